/*
 * entente-mpi extract: a corpus of articles drafted over the ranks. Each
 * article gets the snapshot `entente extract ARTICLE -o DIR/NAME.json`
 * writes (NAME: the article's file name less its extension), drafted by
 * the same library calls; rank 0 prints every article's diagnostics in
 * input order and writes DIR/summary.csv: article, snapshot, status (ok
 * or failed), entities, relations, error (the first error line).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <mpi.h>

#include "cli/cli_extract.h"
#include "entente/io.h"
#include "entente/model.h"
#include "mpi/mpi_internal.h"

/* One article's outcome: the first line of its result, then its
 * diagnostics one a line. */
typedef struct {
    int status;
    size_t entities, relations;
    char *lines; /* its diagnostics, each ending in a newline */
} draft_outcome;

typedef struct {
    const cli_extract_args *args;
    char **articles, **outputs;
    size_t count;
    ent_gazetteer_t *gazetteer; /* loaded at this rank's first article */
    draft_outcome *outcomes;    /* rank 0 */
    mpi_order order;
    size_t failed;
} extract_farm;

/* DIR/NAME.json (heap). */
static char *snapshot_path(const char *dir, const char *article) {
    const char *base = strrchr(article, '/');
    base = base ? base + 1 : article;
    const char *dot = strrchr(base, '.');
    size_t stem = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    size_t size = strlen(dir) + stem + 8;
    char *path = malloc(size);
    if (path != NULL) {
        snprintf(path, size, "%s/%.*s.json", dir, (int)stem, base);
    }
    return path;
}

/* The lines of `diags` appended to the outcome text `text`. */
static char *with_lines(char *text, const ent_diag_list_t *diags) {
    for (size_t i = 0; text && i < diags->count; i++) {
        char *line = ent_diag_format(&diags->items[i]);
        size_t have = strlen(text), add = line ? strlen(line) : 0;
        char *grown = line ? realloc(text, have + add + 2) : NULL;
        if (grown != NULL) {
            memcpy(grown + have, line, add);
            memcpy(grown + have + add, "\n", 2);
        } else {
            free(text);
        }
        text = grown;
        free(line);
    }
    return text;
}

/* One article, as `entente extract` drafts and writes it. */
static char *draft_article(void *payload, size_t task, size_t *length) {
    extract_farm *farm = payload;
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_status status = ENT_OK;
    if (farm->gazetteer == NULL) {
        status = ent_gazetteer_load_file(&farm->gazetteer,
                                         farm->args->gazetteer, &diags);
    }
    ent_snapshot_t *snapshot = NULL;
    char *json = NULL;
    if (status == ENT_OK) {
        status =
            ent_extract_file(&snapshot, farm->articles[task], farm->gazetteer,
                             &farm->args->extract, &diags);
    }
    if (status == ENT_OK) {
        status = ent_snapshot_to_json(snapshot, &json);
    }
    if (status == ENT_OK) {
        status = ent_file_write_buffer(farm->outputs[task], json, strlen(json),
                                       &diags);
    }
    char head[96];
    snprintf(head, sizeof head, "%d %zu %zu\n", (int)status,
             snapshot ? ent_snapshot_entity_count(snapshot) : 0,
             snapshot ? ent_snapshot_relation_count(snapshot) : 0);
    char *text = with_lines(strdup(head), &diags);
    free(json);
    ent_snapshot_free(snapshot);
    ent_diag_list_destroy(&diags);
    *length = text ? strlen(text) : 0;
    return text;
}

/* Rank 0: an article's outcome; its lines printed once in order. */
static int collect_draft(void *payload, size_t task, const char *data,
                         size_t length) {
    extract_farm *farm = payload;
    draft_outcome *outcome = &farm->outcomes[task];
    const char *newline = data ? memchr(data, '\n', length) : NULL;
    if (newline == NULL ||
        sscanf(data, "%d %zu %zu", &outcome->status, &outcome->entities,
               &outcome->relations) != 3) {
        outcome->status = ENT_EINTERNAL;
        newline = NULL;
    }
    const char *rest = newline ? newline + 1 : "";
    size_t rest_length = newline ? length - (size_t)(rest - data) : 0;
    outcome->lines = malloc(rest_length + 1);
    if (outcome->lines == NULL) {
        return 0;
    }
    memcpy(outcome->lines, rest, rest_length);
    outcome->lines[rest_length] = '\0';
    farm->failed += outcome->status != ENT_OK;
    size_t first = farm->order.next;
    size_t ready = mpi_order_finish(&farm->order, task);
    for (size_t k = first; k < first + ready; k++) {
        fputs(farm->outcomes[k].lines, stderr);
        if (farm->outcomes[k].status == ENT_EINTERNAL &&
            farm->outcomes[k].lines[0] == '\0') {
            fprintf(stderr, "%s: error: no result came back for it\n",
                    farm->articles[k]);
        }
    }
    return 1;
}

/* The first error line of an outcome, without its newline (heap). */
static char *first_error(const draft_outcome *outcome) {
    const char *line = strstr(outcome->lines, ": error: ");
    if (line == NULL) {
        return strdup(outcome->status == ENT_OK
                          ? ""
                          : ent_status_name((ent_status)outcome->status));
    }
    while (line > outcome->lines && line[-1] != '\n') {
        line--;
    }
    return strndup(line, strcspn(line, "\n"));
}

/* Rank 0: DIR/summary.csv, written atomically. */
static ent_status write_summary(const extract_farm *farm,
                                ent_diag_list_t *diags) {
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    if (out == NULL) {
        return ENT_ENOMEM;
    }
    fputs("article,snapshot,status,entities,relations,error\n", out);
    for (size_t i = 0; i < farm->count; i++) {
        const draft_outcome *outcome = &farm->outcomes[i];
        char *error = first_error(outcome);
        ent_out_csv_field(out, farm->articles[i], 1);
        ent_out_csv_field(out, farm->outputs[i], 0);
        ent_out_csv_field(out, outcome->status == ENT_OK ? "ok" : "failed", 0);
        fprintf(out, ",%zu,%zu", outcome->entities, outcome->relations);
        ent_out_csv_field(out, error ? error : "", 0);
        fputc('\n', out);
        free(error);
    }
    int failed = ferror(out);
    fclose(out);
    size_t size = strlen(farm->args->output) + sizeof "/summary.csv";
    char *path = text ? malloc(size) : NULL;
    ent_status status = ENT_ENOMEM;
    if (path != NULL && !failed) {
        snprintf(path, size, "%s/summary.csv", farm->args->output);
        status = ent_file_write_buffer(path, text, length, diags);
    }
    free(path);
    free(text);
    return status;
}

static int compare_strings(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Rank 0: two articles drafted to one file, or a draft over an input. */
static int check_outputs(const extract_farm *farm) {
    char **sorted = malloc((farm->count + 1) * sizeof *sorted);
    if (sorted == NULL) {
        fprintf(stderr, "entente extract: out of memory\n");
        return EXIT_IO_ERROR;
    }
    memcpy(sorted, farm->outputs, farm->count * sizeof *sorted);
    qsort(sorted, farm->count, sizeof *sorted, compare_strings);
    int code = -1;
    for (size_t i = 1; i < farm->count && code < 0; i++) {
        if (strcmp(sorted[i - 1], sorted[i]) == 0) {
            code = cli_usage_error("extract",
                                   "two articles would be drafted to '%s': "
                                   "give articles with distinct names",
                                   sorted[i]);
        }
    }
    free(sorted);
    for (size_t i = 0; i < farm->count && code < 0; i++) {
        for (size_t k = 0; k < farm->count && code < 0; k++) {
            if (ent_file_same(farm->outputs[i], farm->articles[k])) {
                code = cli_usage_error("extract",
                                       "the draft '%s' would overwrite an "
                                       "article",
                                       farm->outputs[i]);
            }
        }
        if (code < 0 &&
            ent_file_same(farm->outputs[i], farm->args->gazetteer)) {
            code = cli_usage_error("extract",
                                   "the draft '%s' would overwrite the "
                                   "gazetteer",
                                   farm->outputs[i]);
        }
    }
    return code;
}

/* The articles and their drafts' paths, on every rank alike. */
static int name_drafts(extract_farm *farm, int argc, char **argv) {
    farm->articles = argv + optind;
    farm->count = (size_t)(argc - optind);
    farm->outputs = calloc(farm->count + 1, sizeof *farm->outputs);
    for (size_t i = 0; farm->outputs && i < farm->count; i++) {
        farm->outputs[i] = snapshot_path(farm->args->output, farm->articles[i]);
        if (farm->outputs[i] == NULL) {
            return 0;
        }
    }
    return farm->outputs != NULL;
}

/* Rank 0: the checks before any draft; -1 to go on, else the status. */
static int prepare(extract_farm *farm, int argc, char **argv) {
    if (!name_drafts(farm, argc, argv)) {
        fprintf(stderr, "entente extract: out of memory\n");
        return EXIT_IO_ERROR;
    }
    const char *dir = farm->args->output;
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "%s: error: cannot make the directory: %s\n", dir,
                strerror(errno));
        return EXIT_IO_ERROR;
    }
    int code = check_outputs(farm);
    if (code >= 0) {
        return code;
    }
    /* A bad gazetteer is reported once, here, not once per article. */
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_status status = ent_gazetteer_load_file(&farm->gazetteer,
                                                farm->args->gazetteer, &diags);
    cli_print_diags(&diags);
    ent_diag_list_destroy(&diags);
    return status == ENT_OK ? -1 : cli_exit_code(status);
}

/* Rank 0: the table and the count line; the exit status. */
static int conclude(extract_farm *farm, int ok) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_status status = ok ? write_summary(farm, &diags) : ENT_ENOMEM;
    cli_print_diags(&diags);
    ent_diag_list_destroy(&diags);
    if (status == ENT_ENOMEM && !ok) {
        fprintf(stderr, "entente extract: out of memory\n");
    }
    int code = cli_exit_code(status);
    for (size_t i = 0; ok && i < farm->count; i++) {
        int article = cli_exit_code((ent_status)farm->outcomes[i].status);
        code = article > code ? article : code;
    }
    fprintf(stderr, "extract: %zu succeeded, %zu failed\n",
            farm->count - farm->failed, farm->failed);
    return code;
}

static int run_farm(const mpi_job *job, extract_farm *farm) {
    int ok = 1;
    if (job->rank == 0) {
        farm->outcomes = calloc(farm->count + 1, sizeof *farm->outcomes);
        ok =
            mpi_order_init(&farm->order, farm->count) && farm->outcomes != NULL;
    }
    ok = mpi_share_decision(ok ? -1 : EXIT_IO_ERROR) < 0 &&
         mpi_farm(job, farm->count, draft_article, collect_draft, farm);
    int code = job->rank == 0 ? conclude(farm, ok) : EXIT_OK;
    for (size_t i = 0; farm->outcomes && i < farm->count; i++) {
        free(farm->outcomes[i].lines);
    }
    free(farm->outcomes);
    mpi_order_destroy(&farm->order);
    return code;
}

int mpi_extract(const mpi_job *job, int argc, char **argv) {
    cli_extract_args args;
    extract_farm farm = {0};
    farm.args = &args;
    int code = -1;
    if (job->rank == 0) {
        code = cli_extract_parse(argc, argv, &args, 1);
        if (code < 0) {
            code = prepare(&farm, argc, argv);
        }
    }
    code = mpi_share_decision(code);
    if (code < 0 && job->rank != 0) {
        /* Rank 0 found these good: parsing them again prints nothing. */
        cli_extract_parse(argc, argv, &args, 1);
        code = name_drafts(&farm, argc, argv) ? -1 : EXIT_IO_ERROR;
        /* A rank out of memory here leaves rank 0 waiting: end the job. */
        if (code >= 0) {
            MPI_Abort(MPI_COMM_WORLD, code);
        }
    }
    if (code < 0) {
        code = run_farm(job, &farm);
    }
    for (size_t i = 0; farm.outputs && i < farm.count; i++) {
        free(farm.outputs[i]);
    }
    free(farm.outputs);
    ent_gazetteer_free(farm.gazetteer);
    return code;
}
