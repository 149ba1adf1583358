/*
 * entente extract: draft a snapshot from an article, or score the draft
 * against gold annotations.
 */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli_extract.h"
#include "entente/extract.h"
#include "entente/io.h"

void cmd_extract_help(void) {
    printf(
        "Usage: entente extract [OPTIONS] ARTICLE.txt\n"
        "\n"
        "Draft a snapshot (schema \"entente/1\") of the relationships an "
        "article\n"
        "states: attendance and absence, hosting, leadership, the chair, "
        "secretary\n"
        "general and nationality, membership, arms, borders and non-state "
        "threats.\n"
        "Every relation carries the sentence that supports it (`evidence`), "
        "its byte\n"
        "offsets (`span`), a `confidence` from 0 to 1 and `extracted: true`, "
        "for an\n"
        "analyst to review. Entities come from the gazetteer; its offices on "
        "--date\n"
        "veto a leadership they contradict, and a head of state or "
        "government who\n"
        "attends or stays away takes the state along (\"inferred\": "
        "true).\n"
        "\n"
        "Options:\n"
        "  -g, --gazetteer FILE     entities and spellings "
        "(default " CLI_DEFAULT_GAZETTEER ")\n"
        "  -e, --event ID           id of the summit event (default "
        "summit-YYYY\n"
        "                           with --date, else summit)\n"
        "  -d, --date DATE          the snapshot's date; also picks the "
        "offices held\n"
        "  -t, --title TEXT         the snapshot's title\n"
        "      --organization ID    the organization \"the chair\", "
        "\"member state\"\n"
        "                           refer to (default: the one named most)\n"
        "  -m, --min-confidence X   drop relations below X (default 0.5)\n"
        "      --explain[=FILE]     for each sentence, what matched, what "
        "was inferred\n"
        "                           and what was rejected and why (to "
        "stderr, or FILE)\n"
        "  -o, --output FILE        write the snapshot there (atomically), "
        "not stdout\n"
        "      --eval GOLD.json     print precision, recall and F1 per "
        "relation type\n"
        "                           against gold annotations instead of "
        "the snapshot\n"
        "  -h, --help               show this help\n"
        "\n"
        "Exit status: 0 success (with --eval, whatever the scores), 1 bad "
        "input,\n"
        "2 bad usage, 3 I/O or internal error.\n"
        "\n"
        "Example:\n"
        "  entente extract graphs/articles/csto-bishkek-summit-2025.txt "
        "--date 2025-11-27 \\\n"
        "      -o output/draft.json\n");
}

/* Where --explain lines go: straight to a stream, or into a buffer
 * written to FILE (atomically) once the extraction is done. */
typedef struct {
    FILE *stream;
    char *buffer;
    size_t length, capacity;
    int failed; /* out of memory or a write error */
} explain_sink;

static void explain_line(void *payload, const char *line) {
    explain_sink *sink = payload;
    size_t n = strlen(line);
    if (sink->stream != NULL) {
        sink->failed |= fputs(line, sink->stream) == EOF ||
                        fputc('\n', sink->stream) == EOF;
        return;
    }
    if (sink->length + n + 1 > sink->capacity) {
        size_t grown = (sink->length + n + 1) * 2;
        char *bigger = realloc(sink->buffer, grown);
        if (bigger == NULL) {
            sink->failed = 1;
            return;
        }
        sink->buffer = bigger;
        sink->capacity = grown;
    }
    memcpy(sink->buffer + sink->length, line, n);
    sink->buffer[sink->length + n] = '\n';
    sink->length += n + 1;
}

/* Parses a number from 0 to 1; 0 when `text` is not one. */
static int parse_unit(const char *text, double *value) {
    char *end = NULL;
    errno = 0;
    double parsed = strtod(text, &end);
    if (errno != 0 || end == text || *end != '\0' || !isfinite(parsed) ||
        parsed < 0 || parsed > 1) {
        return 0;
    }
    *value = parsed;
    return 1;
}

int cli_extract_parse(int argc, char **argv, cli_extract_args *o, int many) {
    enum { OPT_EVAL = 256, OPT_ORGANIZATION, OPT_EXPLAIN };
    static const struct option long_options[] = {
        {"gazetteer", required_argument, NULL, 'g'},
        {"event", required_argument, NULL, 'e'},
        {"date", required_argument, NULL, 'd'},
        {"title", required_argument, NULL, 't'},
        {"organization", required_argument, NULL, OPT_ORGANIZATION},
        {"min-confidence", required_argument, NULL, 'm'},
        {"output", required_argument, NULL, 'o'},
        {"eval", required_argument, NULL, OPT_EVAL},
        {"explain", optional_argument, NULL, OPT_EXPLAIN},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    memset(o, 0, sizeof *o);
    o->gazetteer = CLI_DEFAULT_GAZETTEER;
    ent_extract_options_init(&o->extract);
    int code;
    while ((code = getopt_long(argc, argv, ":g:e:d:t:m:o:h", long_options,
                               NULL)) != -1) {
        switch (code) {
        case 'g':
            o->gazetteer = optarg;
            break;
        case 'e':
            if (optarg[0] == '\0') {
                return cli_usage_error("extract", "--event needs an id");
            }
            o->extract.event_id = optarg;
            break;
        case 'd':
            if (!ent_date_is_valid(optarg)) {
                return cli_usage_error("extract",
                                       "--date expects YYYY-MM-DD, YYYY-MM "
                                       "or YYYY, not '%s'",
                                       optarg);
            }
            o->extract.date = optarg;
            break;
        case 't':
            o->extract.title = optarg;
            break;
        case OPT_ORGANIZATION:
            o->extract.organization = optarg;
            break;
        case 'm':
            if (!parse_unit(optarg, &o->extract.min_confidence)) {
                return cli_usage_error("extract",
                                       "--min-confidence expects a number "
                                       "from 0 to 1, not '%s'",
                                       optarg);
            }
            break;
        case 'o':
            o->output = optarg;
            break;
        case OPT_EVAL:
            o->gold = optarg;
            break;
        case OPT_EXPLAIN:
            if (optarg != NULL && optarg[0] == '\0') {
                return cli_usage_error("extract", "--explain= needs a FILE");
            }
            o->explain = 1;
            o->explain_path = optarg;
            break;
        case 'h':
            cmd_extract_help();
            return EXIT_OK;
        default:
            return cli_bad_option("extract", argv, code);
        }
    }
    if (optind >= argc) {
        return cli_usage_error("extract", "an ARTICLE is required");
    }
    if (many) {
        return o->output == NULL
                   ? cli_usage_error("extract", "-o DIR is required with "
                                                "several articles")
               : o->gold != NULL || o->explain
                   ? cli_usage_error("extract", "--eval and --explain take "
                                                "one ARTICLE")
                   : -1;
    }
    if (optind + 1 < argc) {
        return cli_usage_error("extract", "one ARTICLE at a time, not %d",
                               argc - optind);
    }
    /* The outputs must be none of the inputs: article, gazetteer, gold. */
    const char *inputs[] = {argv[optind], o->gazetteer, o->gold};
    const char *what[] = {"the article", "the gazetteer", "the gold file"};
    const char *outputs[] = {o->output, o->explain_path};
    const char *flags[] = {"-o", "--explain"};
    for (size_t k = 0; k < 2; k++) {
        for (size_t i = 0; outputs[k] != NULL && i < 3; i++) {
            if (inputs[i] != NULL && ent_file_same(outputs[k], inputs[i])) {
                return cli_usage_error("extract", "%s would overwrite %s '%s'",
                                       flags[k], what[i], outputs[k]);
            }
        }
    }
    if (o->output != NULL && o->explain_path != NULL &&
        strcmp(o->output, o->explain_path) == 0) {
        return cli_usage_error("extract",
                               "-o and --explain name the same "
                               "file '%s'",
                               o->output);
    }
    return -1;
}

/* Scores the draft against the gold file and prints the table. */
static ent_status evaluate(const ent_snapshot_t *snapshot,
                           const cli_extract_args *o, ent_diag_list_t *diags) {
    ent_eval_t eval;
    ent_status status = ent_eval_run(&eval, snapshot, NULL, o->gold, diags);
    if (status == ENT_OK) {
        status = ent_eval_write(stdout, &eval);
    }
    ent_eval_destroy(&eval);
    return status;
}

int cmd_extract(int argc, char **argv) {
    cli_extract_args o;
    int exit_code = cli_extract_parse(argc, argv, &o, 0);
    if (exit_code >= 0) {
        return exit_code;
    }
    const char *article = argv[optind];
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_gazetteer_t *gazetteer = NULL;
    ent_snapshot_t *snapshot = NULL;
    char *json = NULL;
    explain_sink sink = {0};
    if (o.explain) {
        sink.stream = o.explain_path == NULL ? stderr : NULL;
        o.extract.explain = explain_line;
        o.extract.explain_payload = &sink;
    }
    ent_status status =
        ent_gazetteer_load_file(&gazetteer, o.gazetteer, &diags);
    if (status == ENT_OK) {
        status =
            ent_extract_file(&snapshot, article, gazetteer, &o.extract, &diags);
    }
    if (status == ENT_OK && (o.gold == NULL || o.output != NULL)) {
        status = ent_snapshot_to_json(snapshot, &json);
    }
    if (status == ENT_OK && json != NULL) {
        size_t length = strlen(json); /* ends in a newline already */
        if (o.output != NULL) {
            status = ent_file_write_buffer(o.output, json, length, &diags);
        } else if (fwrite(json, 1, length, stdout) != length ||
                   fflush(stdout) != 0) {
            ent_diag_add(&diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "cannot write the snapshot to standard output");
            status = ENT_EIO;
        }
    }
    if (status == ENT_OK && sink.failed) {
        ent_diag_add(&diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "cannot write the explanation");
        status = ENT_EIO;
    }
    if (status == ENT_OK && o.explain_path != NULL) {
        status = ent_file_write_buffer(o.explain_path, sink.buffer, sink.length,
                                       &diags);
    }
    if (status == ENT_OK && o.gold != NULL) {
        status = evaluate(snapshot, &o, &diags);
    }
    if (status == ENT_ENOMEM && diags.count == 0) {
        ent_diag_add(&diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "out of memory");
    }
    cli_print_diags(&diags);
    free(json);
    free(sink.buffer);
    ent_snapshot_free(snapshot);
    ent_gazetteer_free(gazetteer);
    ent_diag_list_destroy(&diags);
    return cli_exit_code(status);
}
