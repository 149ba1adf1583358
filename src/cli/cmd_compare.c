/*
 * entente compare: how a network moves from one snapshot to the next.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "entente/compare.h"
#include "entente/render.h"

void cmd_compare_help(void) {
    printf("Usage: entente compare FILE FILE... [-o DIR] [--rank-by METRIC] "
           "[--top N]\n"
           "                       [drawing options] [network options]\n"
           "\n"
           "Compare snapshots: order them by date (undated ones last), align "
           "entities by\nid, and write what changed between each consecutive "
           "pair. A FILE may be a\ndirectory (its *.json snapshots). The same "
           "file twice compares it with itself.\n"
           "\n"
           "Options:\n"
           "  -o, --output DIR      where to write (default output/compare; "
           "made if missing)\n"
           "  --rank-by METRIC      node metric whose ranks are compared "
           "(default\n"
           "                        betweenness)\n"
           "  --top N               rank moves listed per pair (default 5)\n"
           "  -h, --help            show this help\n"
           "\n"
           "Drawing options (as for `entente render`):\n"
           "  --format svg|png|pdf|dot  the diagrams' format (default svg)\n"
           "  --layout ENGINE       the engine of the one shared layout "
           "(default neato)\n"
           "  --size-by METRIC      node area (default strength), one scale "
           "for all\n"
           "  --color-by community|organization|type  (community: of all "
           "snapshots\n"
           "                        together, one colour per entity)\n"
           "  --width CM, --column, --dpi N, --labels all|top:N, "
           "--no-legend,\n"
           "  --subtitle TEXT, --caption TEXT\n"
           "\n");
    cli_network_help();
    printf(
        "\n"
        "Outputs in DIR:\n"
        "  compare.json   the snapshots in order (with who attended and who "
        "was absent);\n"
        "                 every graph metric and every group metric as a "
        "series; for\n"
        "                 each consecutive pair: entities added and removed, "
        "ties\n"
        "                 added, removed and re-weighted, membership status, "
        "attendance,\n"
        "                 chair and leadership changes, the largest rank "
        "moves\n"
        "  compare.csv    the series in tidy form: "
        "snapshot,scope,id,metric,value\n"
        "                 (scope graph, group or node)\n"
        "  summary.md     what changed, in sentences and tables\n"
        "  cohesion.svg   line chart of each organization's group metrics "
        "over time\n"
        "  NN-ID.svg      each snapshot's diagram (.png, .pdf with "
        "--format)\n"
        "  diff-NN-MM.svg each consecutive pair: the ties of both by "
        "layer, kept\n"
        "                 (grey), added (green), removed (dashed red), "
        "re-weighted (blue,\n"
        "                 labelled with layer and weights, arrows for "
        "directed layers),\n"
        "                 membership status changes (dotted purple, "
        "labelled \"active \xe2\x86\x92\n"
        "                 frozen\"); entities that appeared (+) or "
        "disappeared (\xe2\x88\x92)\n"
        "                 outlined; the header counts what is drawn\n"
        "  positions.tsv  where every entity sits, its colour and the size "
        "scale: give\n"
        "                 it to `entente render --positions` to draw more "
        "diagrams\n"
        "                 that line up with these\n"
        "All diagrams share one layout of the union of every network, so "
        "an entity\nsits at the same point in each. Group attendance is the "
        "mean over the\nevents the organization convened of the share of "
        "active members attending. Every file is\nmade in memory first and "
        "written "
        "atomically; nothing is written when an input\nis bad, and no "
        "output may replace an input. Undefined values are null (JSON),\n"
        "empty (CSV) or \xe2\x80\x93 (summary).\n"
        "\n"
        "Exit status: 0 written, 1 bad input (FILE:LINE:COLUMN on stderr), 2 "
        "bad usage,\n3 I/O or Graphviz error.\n"
        "\n"
        "Example:\n"
        "  entente compare graphs/csto-*.json -o output/compare\n");
}

typedef struct {
    const char *output;
    ent_compare_options_t compare;
    ent_network_options_t network;
    cli_render_words words;
    ent_render_options_t render;
} compare_args;

static int parse_rank_by(compare_args *args, const char *value) {
    for (int m = 0; m < ENT_NODE_METRIC_COUNT; m++) {
        if (m != ENT_NODE_COMMUNITY &&
            strcmp(value, ent_node_metric_name((ent_node_metric)m)) == 0) {
            args->compare.rank_by = (ent_node_metric)m;
            return EXIT_OK;
        }
    }
    return cli_usage_error("compare",
                           "--rank-by takes a node metric other than "
                           "community, not '%s'",
                           value);
}

static int run(compare_args *args, int count, char **inputs) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_path_list_t files = {0};
    ent_comparison_t *comparison = NULL;
    ent_renderer_t *renderer = NULL;
    ent_status status = ent_snapshot_paths_expand(
        &files, (const char *const *)inputs, (size_t)count, &diags);
    int exit_code = EXIT_OK;
    if (status == ENT_OK && files.count < 2) {
        cli_print_diags(&diags);
        exit_code = cli_usage_error("compare",
                                    "two snapshots or more are needed, "
                                    "found %zu",
                                    files.count);
        goto cleanup;
    }
    if (status == ENT_OK) {
        status =
            ent_comparison_new(&comparison, (const char *const *)files.paths,
                               files.count, &args->compare, &diags);
    }
    if (status == ENT_OK && args->output == NULL) {
        mkdir("output", 0777); /* an existing folder is fine */
    }
    const char *dir = args->output ? args->output : "output/compare";
    if (status == ENT_OK && (renderer = ent_renderer_new()) == NULL) {
        ent_diag_add(&diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "graphviz could not start (are its plugins installed?)");
        status = ENT_EINTERNAL;
    }
    if (status == ENT_OK) {
        status = ent_compare_write_dir_with(dir, comparison, renderer,
                                            &args->render, &diags);
    }
    cli_print_diags(&diags);
    if (status == ENT_OK) {
        fprintf(stderr, "%s: written (%zu snapshots, %zu pairs)\n", dir,
                ent_comparison_count(comparison),
                ent_comparison_count(comparison) - 1);
    }
    exit_code = cli_exit_code(status);
cleanup:
    ent_renderer_free(renderer);
    ent_comparison_free(comparison);
    ent_path_list_destroy(&files);
    ent_diag_list_destroy(&diags);
    return exit_code;
}

int cmd_compare(int argc, char **argv) {
    enum { OPT_RANK_BY = 256, OPT_TOP };
    static const struct option own_options[] = {
        {"output", required_argument, NULL, 'o'},
        {"rank-by", required_argument, NULL, OPT_RANK_BY},
        {"top", required_argument, NULL, OPT_TOP},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct option options[32];
    cli_merge_render_options(options, 32, own_options);
    compare_args args;
    memset(&args, 0, sizeof args);
    ent_compare_options_init(&args.compare);
    ent_render_options_init(&args.render);
    if (ent_network_options_init(&args.network) != ENT_OK) {
        fprintf(stderr, "entente compare: out of memory\n");
        return EXIT_IO_ERROR;
    }
    args.compare.network = &args.network;
    int code, exit_code = EXIT_OK;
    unsigned long top = 0;
    while (exit_code == EXIT_OK &&
           (code = getopt_long(argc, argv, ":o:h", options, NULL)) != -1) {
        if (cli_is_network_option(code)) {
            exit_code =
                cli_network_option("compare", &args.network, code, optarg);
            continue;
        }
        if (cli_is_render_option(code)) {
            cli_render_option(&args.words, &args.render, code, optarg);
            continue;
        }
        switch (code) {
        case 'o':
            args.output = optarg;
            break;
        case OPT_RANK_BY:
            exit_code = parse_rank_by(&args, optarg);
            break;
        case OPT_TOP:
            if (!cli_parse_count(optarg, &top)) {
                exit_code = cli_usage_error(
                    "compare", "--top takes a whole number, not '%s'", optarg);
            }
            args.compare.top_moves = top;
            break;
        case 'h':
            cmd_compare_help();
            ent_network_options_destroy(&args.network);
            return EXIT_OK;
        default:
            exit_code = cli_bad_option("compare", argv, code);
        }
    }
    if (exit_code == EXIT_OK && optind >= argc) {
        exit_code = cli_usage_error("compare", "two FILEs are required");
    }
    if (exit_code == EXIT_OK && args.network.directed &&
        args.network.projection != ENT_PROJECT_NONE) {
        exit_code = cli_usage_error(
            "compare",
            "--project builds an undirected network: drop --directed");
    }
    if (exit_code == EXIT_OK) {
        exit_code = cli_render_encoding("compare", &args.words, &args.render);
    }
    if (exit_code == EXIT_OK) {
        cli_pin_openmp();
        exit_code = run(&args, argc - optind, argv + optind);
    }
    ent_network_options_destroy(&args.network);
    return exit_code;
}
