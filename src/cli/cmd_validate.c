/*
 * entente validate: check snapshot files and report every problem.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

void cmd_validate_help(void) {
    printf("Usage: entente validate [OPTIONS] FILE|DIRECTORY...\n"
           "\n"
           "Check snapshot files (schema \"entente/1\") and report each "
           "problem as\n"
           "  FILE:LINE:COLUMN: error: MESSAGE (at JSON-PATH)\n"
           "on stderr: syntax, UTF-8, types of members, unique ids, relation "
           "types\n"
           "and the entity types they join, statuses, weights, dates and "
           "source\n"
           "references. Up to 20 errors are reported per file. Warnings "
           "(self-loops,\n"
           "duplicated relations, entities in no relation) do not fail a "
           "file.\n"
           "A valid file gets a line on stdout:\n"
           "  FILE: ok, N entities, N relations\n"
           "A directory stands for the *.json files in it; files whose "
           "\"schema\"\n"
           "names another format (such as the gazetteer) are skipped with a "
           "note.\n"
           "\n"
           "Options:\n"
           "  -q, --quiet           no \"ok\" lines, only problems\n"
           "  -W, --no-warnings     do not report warnings\n"
           "      --strict          count warnings as errors\n"
           "      --max-errors N    report at most N errors per file (default "
           "20)\n"
           "  -h, --help            show this help\n"
           "\n"
           "Exit status: 0 all files valid, 1 a file is invalid (or missing), "
           "2 bad\n"
           "usage, 3 a file could not be read.\n"
           "\n"
           "Example:\n"
           "  entente validate graphs/\n");
}

typedef struct {
    int quiet;
    int strict;
    ent_load_options_t load;
} validate_options;

/* Validates one file; returns its exit status. */
static int validate_one(const char *path, const validate_options *options) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_snapshot_t *snapshot = NULL;
    ent_status status =
        ent_snapshot_load_file(&snapshot, path, &options->load, &diags);
    cli_print_diags(&diags);
    if (status == ENT_OK && options->strict && diags.warnings > 0) {
        fprintf(stderr, "%s: error: %zu warnings with --strict\n", path,
                diags.warnings);
        status = ENT_EINPUT;
    }
    if (status == ENT_OK && !options->quiet) {
        size_t entities = ent_snapshot_entity_count(snapshot);
        size_t relations = ent_snapshot_relation_count(snapshot);
        printf("%s: ok, %zu %s, %zu relation%s", path, entities,
               entities == 1 ? "entity" : "entities", relations,
               relations == 1 ? "" : "s");
        if (diags.warnings > 0) {
            printf(", %zu warning%s", diags.warnings,
                   diags.warnings == 1 ? "" : "s");
        }
        printf("\n");
    }
    ent_snapshot_free(snapshot);
    ent_diag_list_destroy(&diags);
    return cli_exit_code(status);
}

/* Bad input (1) outranks success, and an I/O error (3) outranks both. */
static int worse(int a, int b) { return a > b ? a : b; }

int cmd_validate(int argc, char **argv) {
    enum { OPT_STRICT = 256, OPT_MAX_ERRORS };
    static const struct option long_options[] = {
        {"quiet", no_argument, NULL, 'q'},
        {"no-warnings", no_argument, NULL, 'W'},
        {"strict", no_argument, NULL, OPT_STRICT},
        {"max-errors", required_argument, NULL, OPT_MAX_ERRORS},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    validate_options options = {0};
    ent_load_options_init(&options.load);
    unsigned long count;
    int code;
    while ((code = getopt_long(argc, argv, ":qWh", long_options, NULL)) != -1) {
        switch (code) {
        case 'q':
            options.quiet = 1;
            break;
        case 'W':
            options.load.warnings = 0;
            break;
        case OPT_STRICT:
            options.strict = 1;
            break;
        case OPT_MAX_ERRORS:
            if (!cli_parse_count(optarg, &count) || count == 0) {
                return cli_usage_error("validate",
                                       "--max-errors takes a whole number "
                                       "above 0, not '%s'",
                                       optarg);
            }
            options.load.max_errors = count;
            break;
        case 'h':
            cmd_validate_help();
            return EXIT_OK;
        default:
            return cli_bad_option("validate", argv, code);
        }
    }
    if (optind >= argc) {
        return cli_usage_error("validate", "at least one FILE is required");
    }
    ent_diag_list_t notes;
    ent_diag_list_init(&notes);
    ent_path_list_t files = {0};
    ent_status status =
        ent_snapshot_paths_expand(&files, (const char *const *)argv + optind,
                                  (size_t)(argc - optind), &notes);
    cli_print_diags(&notes);
    ent_diag_list_destroy(&notes);
    int exit_code = cli_exit_code(status);
    for (size_t i = 0; i < files.count; i++) {
        exit_code = worse(exit_code, validate_one(files.paths[i], &options));
    }
    ent_path_list_destroy(&files);
    return exit_code;
}
