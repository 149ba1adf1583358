/*
 * entente report: one self-contained HTML report of one or more snapshots.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "entente/load.h"
#include "entente/report.h"

void cmd_report_help(void) {
    printf(
        "Usage: entente report SNAPSHOT... [-o DIR] [--title TEXT] [--top N]\n"
        "                      [network options]\n"
        "\n"
        "Write one self-contained HTML report: CSS and every figure inline "
        "(SVG), no\nscript, no web font, nothing fetched from the network, "
        "so that it opens\noffline, travels as one file and prints to PDF "
        "from a browser (A4 print\nstyles included). A SNAPSHOT may be a "
        "directory (its *.json snapshots);\nsnapshots are ordered by date as "
        "in `entente compare`.\n"
        "\n"
        "For each snapshot:\n"
        "  - the diagram, as `entente render` draws it (node area by its "
        "default\n"
        "    size measure, colour by community);\n"
        "  - the top actors: the N largest nodes by that measure, with "
        "degree,\n"
        "    strength, betweenness, eigenvector centrality and "
        "community;\n"
        "  - each organization's cohesion (group metrics of its active "
        "members:\n"
        "    members, frozen members, attendance, internal density, mean tie\n"
        "    strength, E-I index, hub and hub share, components without the "
        "hub,\n"
        "    top arms supplier and mean dependency on it);\n"
        "  - the evidence: every relation's `evidence` quote, with the tie "
        "and\n"
        "    its source;\n"
        "  - the sources, with their links (http and https addresses "
        "only).\n"
        "With two snapshots or more, first the comparison of `entente "
        "compare`:\n"
        "the summary of what changed, the cohesion chart and a diff diagram "
        "per\nconsecutive pair. Last, the methods: layers and their weights, "
        "statuses, the\ndistance convention (length = 1/strength by "
        "default), short definitions\nof the measures, the Louvain seed and "
        "the entente version.\n"
        "\n"
        "Options:\n"
        "  -o, --output DIR      write DIR/report.html (DIR made if missing; "
        "a path\n"
        "                        ending in .html is taken as the file "
        "itself);\n"
        "                        default output/report.html\n"
        "  --title TEXT          the report's title (default: the "
        "snapshot's title,\n"
        "                        or \"FIRST to LAST\" for several)\n"
        "  --top N               top actors listed per snapshot (default "
        "10; 0: all)\n"
        "  -h, --help            show this help\n"
        "\n");
    cli_network_help();
    printf("\n"
           "Every name, id, title and quote from the data is escaped and "
           "comes out as\ntext. The report is made in memory and written "
           "atomically; nothing is\nwritten when an input is bad, and it "
           "never replaces an input. The same\ninputs give the same bytes.\n"
           "\n"
           "Exit status: 0 written, 1 bad input (FILE:LINE:COLUMN on "
           "stderr, as\n`entente validate` reports it), 2 bad usage, 3 I/O "
           "or Graphviz error.\n"
           "\n"
           "Example:\n"
           "  entente report graphs/csto-*.json -o output\n");
}

typedef struct {
    const char *output;
    ent_report_options_t report;
    ent_network_options_t network;
} report_args;

static int ends_with(const char *text, const char *end) {
    size_t a = strlen(text), b = strlen(end);
    return a >= b && strcmp(text + a - b, end) == 0;
}

/* The file to write: DIR/report.html, or the .html path given. The
 * directory is made when missing; the caller frees the path. */
static char *output_path(const char *output) {
    const char *dir = output ? output : "output";
    if (output != NULL && ends_with(output, ".html")) {
        return strdup(output);
    }
    mkdir(dir, 0777); /* an existing folder is fine; else writing says */
    size_t size = strlen(dir) + sizeof "/report.html";
    char *path = malloc(size);
    if (path != NULL) {
        snprintf(path, size, "%s%sreport.html", dir,
                 ends_with(dir, "/") ? "" : "/");
    }
    return path;
}

static int run(report_args *args, int count, char **inputs) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_path_list_t files = {0};
    ent_renderer_t *renderer = NULL;
    char *path = NULL;
    ent_status status = ent_snapshot_paths_expand(
        &files, (const char *const *)inputs, (size_t)count, &diags);
    int exit_code = EXIT_OK;
    if (status == ENT_OK && files.count == 0) {
        cli_print_diags(&diags);
        exit_code = cli_usage_error("report", "no snapshot found");
        goto cleanup;
    }
    if (status == ENT_OK && (renderer = ent_renderer_new()) == NULL) {
        ent_diag_add(&diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "graphviz could not start (are its plugins installed?)");
        status = ENT_EINTERNAL;
    }
    if (status == ENT_OK && (path = output_path(args->output)) == NULL) {
        status = ENT_ENOMEM;
    }
    if (status == ENT_OK) {
        status =
            ent_report_write_file(path, (const char *const *)files.paths,
                                  files.count, &args->report, renderer, &diags);
    }
    cli_print_diags(&diags);
    if (status == ENT_OK) {
        fprintf(stderr, "%s: written (%zu snapshot%s)\n", path, files.count,
                files.count == 1 ? "" : "s");
    }
    exit_code = cli_exit_code(status);
cleanup:
    free(path);
    ent_renderer_free(renderer);
    ent_path_list_destroy(&files);
    ent_diag_list_destroy(&diags);
    return exit_code;
}

int cmd_report(int argc, char **argv) {
    enum { OPT_TITLE = 256, OPT_TOP };
    static const struct option own_options[] = {
        {"output", required_argument, NULL, 'o'},
        {"title", required_argument, NULL, OPT_TITLE},
        {"top", required_argument, NULL, OPT_TOP},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct option options[32];
    cli_merge_options(options, 32, own_options);
    report_args args;
    memset(&args, 0, sizeof args);
    ent_report_options_init(&args.report);
    if (ent_network_options_init(&args.network) != ENT_OK) {
        fprintf(stderr, "entente report: out of memory\n");
        return EXIT_IO_ERROR;
    }
    args.report.network = &args.network;
    int code, exit_code = EXIT_OK;
    unsigned long top = 0;
    while (exit_code == EXIT_OK &&
           (code = getopt_long(argc, argv, ":o:h", options, NULL)) != -1) {
        if (cli_is_network_option(code)) {
            exit_code =
                cli_network_option("report", &args.network, code, optarg);
            continue;
        }
        switch (code) {
        case 'o':
            args.output = optarg;
            break;
        case OPT_TITLE:
            args.report.title = optarg;
            break;
        case OPT_TOP:
            if (!cli_parse_count(optarg, &top)) {
                exit_code = cli_usage_error(
                    "report", "--top takes a whole number, not '%s'", optarg);
            }
            args.report.top_actors = top;
            break;
        case 'h':
            cmd_report_help();
            ent_network_options_destroy(&args.network);
            return EXIT_OK;
        default:
            exit_code = cli_bad_option("report", argv, code);
        }
    }
    if (exit_code == EXIT_OK && optind >= argc) {
        exit_code = cli_usage_error("report", "a SNAPSHOT is required");
    }
    if (exit_code == EXIT_OK && args.network.directed &&
        args.network.projection != ENT_PROJECT_NONE) {
        exit_code = cli_usage_error(
            "report", "--project builds an undirected network: drop "
                      "--directed");
    }
    if (exit_code == EXIT_OK) {
        cli_pin_openmp();
        exit_code = run(&args, argc - optind, argv + optind);
    }
    ent_network_options_destroy(&args.network);
    return exit_code;
}
