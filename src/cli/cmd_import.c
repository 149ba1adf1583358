/*
 * entente import: snapshots from a spreadsheet with a column map, or from
 * the field's datasets (--preset).
 */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "entente/import.h"
#include "entente/io.h"

void cmd_import_help(void) {
    printf(
        "Usage: entente import TABLE.csv --map MAP.json [OPTIONS]\n"
        "       entente import --preset NAME FILE [--preset NAME FILE...] "
        "[OPTIONS]\n"
        "\n"
        "Turn a table of relationships into snapshots (schema "
        "\"entente/1\") that\n"
        "pass 'entente validate --strict'. Every relation gets source_ref "
        "to a\n"
        "sources entry naming its table, and `row`, the line it came from.\n"
        "\n"
        "Tables: CSV (RFC 4180, UTF-8, a header row; TSV when the name ends "
        "in\n"
        ".tsv or .tab). The map says which column holds each member of a\n"
        "relation, or gives a constant; columns it does not name become "
        "relation\n"
        "attributes:\n"
        "\n"
        "  {\"title\": \"Eurasian memberships\",\n"
        "   \"source\": {\"title\": \"Membership sheet\", \"publisher\": "
        "\"Desk\"},\n"
        "   \"columns\": {\"source\": \"country\", \"target\": "
        "\"organization\",\n"
        "               \"type\": {\"value\": \"member_of\"},\n"
        "               \"since\": \"joined\", \"until\": \"left\"}}\n"
        "\n"
        "  Members: source, target, type (required), weight, status, role, "
        "term,\n"
        "  since, until, period, note, source_ref. Optional: \"sources\" "
        "(extra\n"
        "  entries a source_ref column may name) and \"relation_types\" "
        "({\"name\":\n"
        "  {\"directed\": true, \"default_weight\": 1}}) for types not built "
        "in.\n"
        "\n"
        "Entities: a cell names an entity of --entities (CSV: id, type, "
        "name,\n"
        "aliases separated by ';', date; other columns kept), else of "
        "--gazetteer\n"
        "by id or name; an unknown one is an error unless --create-entities "
        "TYPE.\n"
        "\n"
        "Spells: with --date D, only relations in force on D (since <= D, and "
        "no\n"
        "until or until > D; \"1999\" against 1999-12-31 compares the "
        "years). With\n"
        "--every year --from Y --to Y, one snapshot a year on --day (default "
        "12-31)\n"
        "into the directory -o, named ID-YEAR.json, ready for batch and "
        "compare.\n"
        "Without either, every relation whatever its dates.\n"
        "\n");
    printf(
        "Presets (the publishers' own files; state ids ISO 3166-1 alpha-3, "
        "the\n"
        "COW code, COW abbreviation and dataset name kept as attributes):\n"
        "  sipri-register  SIPRI Arms Transfers Database trade register CSV: "
        "weight of\n"
        "                  arms_dependency = supplier's share of the "
        "recipient's TIV\n"
        "                  delivery values over --window (default: the five "
        "years\n"
        "                  before the date); TIV sums kept; estimated "
        "delivery years\n"
        "                  counted and reported. Cite: SIPRI Arms Transfers "
        "Database.\n"
        "  cow-igo         COW IGO v3 membership spells -> member_of with "
        "since/until;\n"
        "                  --igo-list names the organizations. Cite "
        "Pevehouse et al.\n"
        "                  (2020), JPR 57(3).\n"
        "  atop            ATOP 4.01 member level -> member_of an "
        "organization per\n"
        "                  alliance (ATOP-<atopid>; --atop-names "
        "atopid,name), per\n"
        "                  phase, with the obligations as attributes. Cite "
        "Leeds et\n"
        "                  al. (2002).\n"
        "  cow-contiguity  COW Direct Contiguity v3.2 -> borders (undirected, "
        "weight 1,\n"
        "                  contiguity 1-5 kept). Cite Stinnett et al. "
        "(2002).\n"
        "\n");
    printf(
        "Options:\n"
        "  -m, --map FILE           the column map of TABLE\n"
        "      --entities FILE      entities table\n"
        "  -g, --gazetteer FILE     entities by id or name (e.g. "
        "graphs/gazetteer.json)\n"
        "      --create-entities T  make unknown entities of type T\n"
        "  -p, --preset NAME        the next FILE is that dataset\n"
        "      --igo-list FILE      cow-igo: the IGO list (organization "
        "names)\n"
        "      --atop-names FILE    atop: alliance names (atopid,name)\n"
        "  -d, --date DATE          the relations in force on DATE\n"
        "      --every year         a series; with --from Y --to Y [--day "
        "MM-DD]\n"
        "      --window Y1-Y2       SIPRI delivery years\n"
        "      --min-share X        SIPRI: drop suppliers below share X\n"
        "      --only ID,...        keep relations touching these ids\n"
        "      --skip-unknown       a state the identity table lacks: a "
        "warning and\n"
        "                           the row left out (default: an error)\n"
        "      --id ID              snapshot id (series: the prefix); "
        "default the\n"
        "                           table's file name\n"
        "  -t, --title TEXT         snapshot title\n"
        "  -o, --output PATH        the file (a directory with --every); "
        "default stdout\n"
        "  -h, --help               show this help\n"
        "\n"
        "Errors: FILE:LINE:COLUMN: error: MESSAGE (unterminated quote, "
        "ragged row,\n"
        "unknown column in the map, bad date, bad weight, unknown entity); "
        "then\n"
        "nothing is written. Outputs are written atomically and never "
        "replace an\n"
        "input.\n"
        "\n"
        "Exit status: 0 success, 1 bad input, 2 bad usage, 3 I/O or internal "
        "error.\n"
        "\n"
        "Examples:\n"
        "  entente import members.csv --map members.map.json --date "
        "2024-01-01 -o m.json\n"
        "  entente import --preset sipri-register trade_2023.csv --date "
        "2025-11-27\n"
        "  entente import --preset cow-igo cow_igo_memberships.csv --only "
        "CSTO,CIS \\\n"
        "      --every year --from 1992 --to 2014 -o eurasia/\n");
}

enum { MAX_INPUTS = 16, MAX_ONLY = 256 };

typedef struct {
    ent_import_options_t import;
    ent_import_input_t inputs[MAX_INPUTS];
    ent_import_format presets[MAX_INPUTS];
    size_t preset_count;
    const char *map, *igo_list, *atop_names, *gazetteer, *output, *date;
    const char *day;
    int every, from, to;
    char *only_text;
    const char *only[MAX_ONLY];
} import_options;

static int parse_year(const char *text, int *year) {
    unsigned long value;
    if (!cli_parse_count(text, &value) || value < 1 || value > 9999) {
        return 0;
    }
    *year = (int)value;
    return 1;
}

static int parse_window(const char *text, int *from, int *to) {
    char first[16];
    const char *dash = strchr(text, '-');
    if (dash == NULL || (size_t)(dash - text) >= sizeof first) {
        return 0;
    }
    memcpy(first, text, (size_t)(dash - text));
    first[dash - text] = '\0';
    return parse_year(first, from) && parse_year(dash + 1, to) && *from <= *to;
}

static int parse_share(const char *text, double *value) {
    char *end = NULL;
    errno = 0;
    double parsed = strtod(text, &end);
    if (errno != 0 || end == text || *end != '\0' || !isfinite(parsed) ||
        parsed < 0 || parsed >= 1) {
        return 0;
    }
    *value = parsed;
    return 1;
}

/* Splits the --only list in place. */
static int split_only(import_options *o, const char *text) {
    free(o->only_text);
    o->only_text = strdup(text);
    o->import.only_count = 0;
    for (char *save = NULL, *part = strtok_r(o->only_text, ",", &save);
         part != NULL; part = strtok_r(NULL, ",", &save)) {
        if (o->import.only_count == MAX_ONLY) {
            return 0;
        }
        o->only[o->import.only_count++] = part;
    }
    o->import.only = o->only;
    return o->import.only_count > 0;
}

/* Applies one option; returns -1 to go on, else an exit status. */
static int apply_option(import_options *o, int code, const char *value) {
    enum { BAD = EXIT_BAD_USAGE };
    switch (code) {
    case 'm':
        o->map = value;
        break;
    case 'g':
        o->gazetteer = value;
        break;
    case 'p':
        if (o->preset_count == MAX_INPUTS ||
            !ent_import_format_parse(value, &o->presets[o->preset_count]) ||
            o->presets[o->preset_count] == ENT_IMPORT_TABLE) {
            return cli_usage_error("import",
                                   "unknown preset '%s' (sipri-register, "
                                   "cow-igo, atop, cow-contiguity)",
                                   value);
        }
        o->preset_count++;
        break;
    case 'd':
        if (!ent_date_is_valid(value)) {
            return cli_usage_error("import",
                                   "--date expects YYYY-MM-DD, YYYY-MM or "
                                   "YYYY, not '%s'",
                                   value);
        }
        o->date = value;
        break;
    case 't':
        o->import.title = value;
        break;
    case 'o':
        o->output = value;
        break;
    default:
        return BAD;
    }
    return -1;
}

/* The long-only options. */
enum {
    OPT_ENTITIES = 256,
    OPT_CREATE,
    OPT_IGO_LIST,
    OPT_ATOP_NAMES,
    OPT_EVERY,
    OPT_FROM,
    OPT_TO,
    OPT_DAY,
    OPT_WINDOW,
    OPT_MIN_SHARE,
    OPT_ONLY,
    OPT_ID,
    OPT_SKIP_UNKNOWN,
};

static int apply_long_option(import_options *o, int code, const char *value) {
    switch (code) {
    case OPT_ENTITIES:
        o->import.entities_path = value;
        return -1;
    case OPT_CREATE:
        o->import.create_entities = value;
        return -1;
    case OPT_IGO_LIST:
        o->igo_list = value;
        return -1;
    case OPT_ATOP_NAMES:
        o->atop_names = value;
        return -1;
    case OPT_EVERY:
        if (strcmp(value, "year") != 0) {
            return cli_usage_error("import", "--every takes 'year', not '%s'",
                                   value);
        }
        o->every = 1;
        return -1;
    case OPT_FROM:
    case OPT_TO:
        if (!parse_year(value, code == OPT_FROM ? &o->from : &o->to)) {
            return cli_usage_error("import", "%s expects a year, not '%s'",
                                   code == OPT_FROM ? "--from" : "--to", value);
        }
        return -1;
    case OPT_DAY:
        o->day = value;
        return -1;
    case OPT_WINDOW:
        if (!parse_window(value, &o->import.window_from,
                          &o->import.window_to)) {
            return cli_usage_error(
                "import", "--window expects YEAR-YEAR, not '%s'", value);
        }
        return -1;
    case OPT_MIN_SHARE:
        if (!parse_share(value, &o->import.min_share)) {
            return cli_usage_error("import",
                                   "--min-share expects a number in [0, 1), "
                                   "not '%s'",
                                   value);
        }
        return -1;
    case OPT_ONLY:
        if (!split_only(o, value)) {
            return cli_usage_error("import",
                                   "--only expects ids separated by commas "
                                   "(at most %d)",
                                   MAX_ONLY);
        }
        return -1;
    case OPT_SKIP_UNKNOWN:
        o->import.skip_unknown = 1;
        return -1;
    case OPT_ID:
        if (value[0] == '\0') {
            return cli_usage_error("import", "--id needs an id");
        }
        o->import.id = value;
        return -1;
    default:
        return EXIT_BAD_USAGE;
    }
}

/* Pairs the FILE arguments with the presets, in order; the rest are
 * tables read through --map. */
static int collect_inputs(import_options *o, int argc, char **argv) {
    size_t count = (size_t)(argc - optind);
    if (count == 0) {
        return cli_usage_error("import", "a TABLE (or --preset NAME FILE) is "
                                         "required");
    }
    if (count > MAX_INPUTS || count < o->preset_count) {
        return cli_usage_error("import",
                               "%zu presets need as many FILEs (at most %d), "
                               "found %zu",
                               o->preset_count, MAX_INPUTS, count);
    }
    for (size_t i = 0; i < count; i++) {
        ent_import_input_t *in = &o->inputs[i];
        in->path = argv[optind + (int)i];
        in->format = i < o->preset_count ? o->presets[i] : ENT_IMPORT_TABLE;
        in->map_path = in->format == ENT_IMPORT_TABLE ? o->map : NULL;
        in->extra_path = in->format == ENT_IMPORT_COW_IGO ? o->igo_list
                         : in->format == ENT_IMPORT_ATOP  ? o->atop_names
                                                          : NULL;
        if (in->format == ENT_IMPORT_TABLE && o->map == NULL) {
            return cli_usage_error("import", "TABLE '%s' needs --map MAP.json",
                                   in->path);
        }
    }
    o->import.inputs = o->inputs;
    o->import.input_count = count;
    return -1;
}

static int check_combination(import_options *o, char **argv) {
    if (o->every && (o->from == 0 || o->to == 0 || o->output == NULL)) {
        return cli_usage_error("import", "--every year needs --from, --to "
                                         "and -o DIRECTORY");
    }
    if (o->every && o->date != NULL) {
        return cli_usage_error("import", "--date and --every exclude each "
                                         "other");
    }
    if (!o->every && (o->from || o->to || o->day)) {
        return cli_usage_error("import",
                               "--from, --to and --day need --every year");
    }
    if (o->every && o->from > o->to) {
        return cli_usage_error("import", "--from %d comes after --to %d",
                               o->from, o->to);
    }
    const char *inputs[] = {o->map, o->igo_list, o->atop_names, o->gazetteer,
                            o->import.entities_path};
    for (size_t i = 0; o->output != NULL && i < 5; i++) {
        if (inputs[i] != NULL && ent_file_same(o->output, inputs[i])) {
            return cli_usage_error("import",
                                   "-o would overwrite the input "
                                   "'%s'",
                                   o->output);
        }
    }
    for (size_t i = 0; o->output != NULL && i < o->import.input_count; i++) {
        if (ent_file_same(o->output, o->inputs[i].path)) {
            return cli_usage_error("import",
                                   "-o would overwrite the input "
                                   "'%s'",
                                   o->output);
        }
    }
    (void)argv;
    return -1;
}

static int parse_options(int argc, char **argv, import_options *o) {
    static const struct option long_options[] = {
        {"map", required_argument, NULL, 'm'},
        {"gazetteer", required_argument, NULL, 'g'},
        {"preset", required_argument, NULL, 'p'},
        {"date", required_argument, NULL, 'd'},
        {"title", required_argument, NULL, 't'},
        {"output", required_argument, NULL, 'o'},
        {"help", no_argument, NULL, 'h'},
        {"entities", required_argument, NULL, OPT_ENTITIES},
        {"create-entities", required_argument, NULL, OPT_CREATE},
        {"igo-list", required_argument, NULL, OPT_IGO_LIST},
        {"atop-names", required_argument, NULL, OPT_ATOP_NAMES},
        {"every", required_argument, NULL, OPT_EVERY},
        {"from", required_argument, NULL, OPT_FROM},
        {"to", required_argument, NULL, OPT_TO},
        {"day", required_argument, NULL, OPT_DAY},
        {"window", required_argument, NULL, OPT_WINDOW},
        {"min-share", required_argument, NULL, OPT_MIN_SHARE},
        {"only", required_argument, NULL, OPT_ONLY},
        {"id", required_argument, NULL, OPT_ID},
        {"skip-unknown", no_argument, NULL, OPT_SKIP_UNKNOWN},
        {NULL, 0, NULL, 0},
    };
    int code;
    while ((code = getopt_long(argc, argv, ":m:g:p:d:t:o:h", long_options,
                               NULL)) != -1) {
        int result;
        if (code == 'h') {
            cmd_import_help();
            return EXIT_OK;
        } else if (code == '?' || code == ':') {
            return cli_bad_option("import", argv, code);
        } else if (code >= OPT_ENTITIES) {
            result = apply_long_option(o, code, optarg);
        } else {
            result = apply_option(o, code, optarg);
        }
        if (result >= 0) {
            return result;
        }
    }
    int result = collect_inputs(o, argc, argv);
    return result >= 0 ? result : check_combination(o, argv);
}

/* Writes the one snapshot to -o (atomically) or stdout. */
static ent_status write_one(const ent_import_t *import, const char *date,
                            const char *output, ent_diag_list_t *diags) {
    ent_snapshot_t *snapshot = NULL;
    char *json = NULL;
    ent_status status =
        ent_import_snapshot(&snapshot, import, date, NULL, diags);
    if (status == ENT_OK) {
        status = ent_snapshot_to_json(snapshot, &json);
    }
    if (status == ENT_OK) {
        size_t length = strlen(json);
        if (output != NULL) {
            status = ent_file_write_buffer(output, json, length, diags);
        } else if (fwrite(json, 1, length, stdout) != length ||
                   fflush(stdout) != 0) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "cannot write the snapshot to standard output");
            status = ENT_EIO;
        }
    }
    free(json);
    ent_snapshot_free(snapshot);
    return status;
}

int cmd_import(int argc, char **argv) {
    import_options o;
    memset(&o, 0, sizeof o);
    ent_import_options_init(&o.import);
    int exit_code = parse_options(argc, argv, &o);
    if (exit_code >= 0) {
        free(o.only_text);
        return exit_code;
    }
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_gazetteer_t *gazetteer = NULL;
    ent_import_t *import = NULL;
    ent_status status = ENT_OK;
    if (o.gazetteer != NULL) {
        status = ent_gazetteer_load_file(&gazetteer, o.gazetteer, &diags);
        o.import.gazetteer = gazetteer;
    }
    if (status == ENT_OK) {
        status = ent_import_read(&import, &o.import, &diags);
    }
    if (status == ENT_OK && o.every) {
        status = ent_import_write_series(import, o.output, o.from, o.to, o.day,
                                         &diags);
    } else if (status == ENT_OK) {
        status = write_one(import, o.date, o.output, &diags);
    }
    if (status == ENT_ENOMEM && diags.errors == 0) {
        ent_diag_add(&diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "out of memory");
    }
    cli_print_diags(&diags);
    ent_import_free(import);
    ent_gazetteer_free(gazetteer);
    ent_diag_list_destroy(&diags);
    free(o.only_text);
    return cli_exit_code(status);
}
