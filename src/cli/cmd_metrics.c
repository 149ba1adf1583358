/*
 * entente metrics: build a network from a snapshot and measure it.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli_metrics.h"
#include "cli/cli_progress.h"
#include "entente/io.h"
#include "entente/metrics.h"
#include "entente/network.h"

void cmd_metrics_help(void) {
    printf(
        "Usage: entente metrics FILE [OPTIONS]\n"
        "\n"
        "Build a weighted network from a snapshot and measure its nodes, the "
        "whole\ngraph and each organization's group of members.\n"
        "\n");
    cli_network_help();
    printf(
        "\n"
        "Output:\n"
        "  --metrics NAME[,...]  compute only these (names below)\n"
        "  --format table|json|csv  default: table on a terminal, else json; "
        "with\n"
        "                        -o, by the extension (.csv, .txt, else "
        "json)\n"
        "  --level nodes|graph|groups  rows of the CSV (default nodes)\n"
        "  --sort METRIC         table: nodes by this, descending (default "
        "betweenness)\n"
        "  --top N               table: the first N nodes only\n"
        "  -o, --output PATH     write there atomically instead of stdout\n"
        "  -j, --jobs N          worker processes for the all-pairs measures "
        "of\n"
        "                        networks of 500 nodes or more, threads for "
        "eigenvector\n"
        "                        and PageRank (default: one per CPU); every N "
        "gives\n"
        "                        the same values, bit for bit\n");
    cli_sampling_help();
    printf("  -h, --help            show this help\n"
           "\n");
    printf(
        "Node metrics (lengths by --distance, weights as strengths):\n"
        "  degree, in_degree, out_degree  edges (directed: in + out; in/out "
        "only then)\n"
        "  strength      sum of incident weights\n"
        "  betweenness   shortest paths on lengths through the node, "
        "endpoints\n"
        "                excluded, not normalized, an undirected pair once\n"
        "  closeness     harmonic: sum over others of 1/length of the "
        "shortest path\n"
        "                (out-paths), / (n-1); unreachable ones add 0\n"
        "  eigenvector   undirected only, maximum scaled to 1 (else null)\n"
        "  pagerank      damping 0.85\n"
        "  hub, authority  Kleinberg, directed only (else null), max 1\n"
        "  coreness      k-core index, unweighted, directions ignored\n"
        "  clustering    local, unweighted, 0 below degree 2\n"
        "  constraint    Burt's, weighted (null for an isolate)\n"
        "  community     Louvain on weights, seed 42, numbered by first "
        "node\n"
        "Graph metrics:\n"
        "  nodes, edges (after merging), density (edges / possible pairs),\n"
        "  components (weak), largest_component_share,\n"
        "  diameter, average_path_length (on lengths, over connected "
        "pairs),\n"
        "  diameter_hops, average_path_length_hops, transitivity (global),\n"
        "  average_clustering (mean of clustering over all nodes), "
        "modularity,\n"
        "  communities, degree_centralization, betweenness_centralization "
        "(Freeman:\n"
        "  sum of (max - value) over the star's: (n-1)(n-2), "
        "(n-1)^2(n-2)/2;\n"
        "  directed x2), closeness_centralization (Freeman of harmonic "
        "closeness on\n"
        "  hops, over (n-2)/2; directed n-1), type_assortativity (nominal, "
        "by entity\n"
        "  type), vertex_connectivity, edge_connectivity\n"
        "Group metrics (each organization with an active member):\n"
        "  members, frozen_members, size, attendance (per event the "
        "organization convened,\n"
        "  the event's \"organization\": members attending / members),\n"
        "  internal_density, mean_tie_strength (among members, "
        "the\n"
        "  organization's node left out), ei_index ((external - internal) /\n"
        "  (external + internal) ties of members, organization left out), hub "
        "(most\n"
        "  strength among members), hub_share (hub's internal weight / all\n"
        "  internal weight), hub_removal_components (components among the "
        "others\n"
        "  once the hub is removed), top_supplier (most arms_dependency "
        "weight from\n"
        "  members), mean_supplier_dependency (mean over members of their\n"
        "  dependency on it, 0 for a member with none)\n"
        "Undefined values are null in JSON, empty in CSV and - in the "
        "table. Above\n"
        "20000 nodes betweenness is sampled when that draws at most 10 "
        "pairs per\n"
        "node (else exact, which is then cheaper; --exact: always "
        "exact) and\n"
        "named betweenness_sampled in every output, with its bound and "
        "seed; the\n"
        "other all-pairs measures (closeness, constraint, diameters, path "
        "lengths,\n"
        "closeness centralization, connectivity) are skipped unless named "
        "with\n--metrics.\n"
        "On a terminal, long runs show their progress on stderr; Ctrl-C "
        "stops them\nwith nothing written (exit status 130).\n"
        "OpenMP runs on one thread unless OMP_NUM_THREADS is set.\n"
        "\n"
        "Exit status: 0 success, 1 bad input, 2 bad usage, 3 I/O or internal "
        "error.\n"
        "\n"
        "Example:\n"
        "  entente metrics graphs/csto-2025-bishkek.json --format csv "
        "--level groups\n");
}

static int pick(const char *value, const char *const *names, int count) {
    for (int i = 0; i < count; i++) {
        if (strcmp(value, names[i]) == 0) {
            return i;
        }
    }
    return -1;
}

static int ends_with(const char *text, const char *suffix) {
    size_t a = strlen(text), b = strlen(suffix);
    return a >= b && strcmp(text + a - b, suffix) == 0;
}

/* A number strictly between 0 and 1 into *value; returns an exit code. */
/* Turns the format options into write options; returns an exit code. */
static int write_options(ent_write_options_t *write,
                         const cli_metrics_args *args) {
    static const char *const formats[] = {"table", "json", "csv"};
    static const char *const levels[] = {"nodes", "graph", "groups"};
    ent_write_options_init(write);
    if (args->format != NULL) {
        int format = pick(args->format, formats, 3);
        if (format < 0) {
            return cli_usage_error("metrics",
                                   "--format takes table, json or csv, not "
                                   "'%s'",
                                   args->format);
        }
        write->format = (ent_format)format;
    } else if (args->output != NULL) {
        write->format = ends_with(args->output, ".csv")   ? ENT_FORMAT_CSV
                        : ends_with(args->output, ".txt") ? ENT_FORMAT_TABLE
                                                          : ENT_FORMAT_JSON;
    } else {
        write->format =
            isatty(STDOUT_FILENO) ? ENT_FORMAT_TABLE : ENT_FORMAT_JSON;
    }
    if (args->level != NULL) {
        int level = pick(args->level, levels, 3);
        if (level < 0) {
            return cli_usage_error("metrics",
                                   "--level takes nodes, graph or groups, not "
                                   "'%s'",
                                   args->level);
        }
        write->level = (ent_csv_level)level;
    }
    if (args->sort != NULL) {
        int found = 0;
        for (int i = 0; i < ENT_NODE_METRIC_COUNT && !found; i++) {
            if (strcmp(args->sort, ent_node_metric_name((ent_node_metric)i)) ==
                0) {
                write->sort = (ent_node_metric)i;
                found = 1;
            }
        }
        if (!found) {
            return cli_usage_error(
                "metrics", "--sort takes a node metric, not '%s'", args->sort);
        }
    }
    write->top = args->top;
    return EXIT_OK;
}

int cli_metrics_run(const cli_metrics_args *args, ent_metrics_options_t *mopts,
                    const ent_write_options_t *write) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    cli_measured m;
    cli_progress_t progress;
    cli_progress_init(&progress, "entente metrics");
    mopts->progress = cli_progress_report;
    mopts->progress_context = &progress;
    mopts->stop = cli_interrupt_catch();
    ent_status status =
        cli_measure(&m, args->input, &args->network, mopts, &diags);
    cli_progress_clear(&progress);
    if (cli_interrupted()) {
        fprintf(stderr, "entente metrics: interrupted; nothing written\n");
        cli_measured_release(&m);
        ent_diag_list_destroy(&diags);
        return CLI_EXIT_INTERRUPTED;
    }
    if (status == ENT_OK && write->format == ENT_FORMAT_TABLE &&
        !m.metrics.computed.node[write->sort] && args->sort != NULL) {
        ent_diag_add(&diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "--sort %s names a metric that was not computed",
                     args->sort);
        status = ENT_EUSAGE;
    }
    if (status == ENT_OK) {
        if (args->output != NULL) {
            status =
                ent_metrics_write_file(args->output, &m.metrics, write, &diags);
        } else {
            status = ent_metrics_write(stdout, &m.metrics, write);
            if (fflush(stdout) != 0 && status == ENT_OK) {
                status = ENT_EIO;
            }
            if (status == ENT_EIO) {
                ent_diag_add(&diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                             "cannot write to standard output");
            }
        }
    }
    cli_print_diags(&diags);
    cli_measured_release(&m);
    ent_diag_list_destroy(&diags);
    return cli_exit_code(status);
}

void cli_metrics_args_destroy(cli_metrics_args *args) {
    ent_network_options_destroy(&args->network);
}

int cli_metrics_parse(int argc, char **argv, cli_metrics_args *args,
                      ent_metrics_options_t *mopts,
                      ent_write_options_t *write) {
    enum { OPT_METRICS = 256, OPT_FORMAT, OPT_LEVEL, OPT_SORT, OPT_TOP };
    static const struct option own_options[] = {
        {"metrics", required_argument, NULL, OPT_METRICS},
        {"format", required_argument, NULL, OPT_FORMAT},
        {"level", required_argument, NULL, OPT_LEVEL},
        {"sort", required_argument, NULL, OPT_SORT},
        {"top", required_argument, NULL, OPT_TOP},
        {"output", required_argument, NULL, 'o'},
        {"jobs", required_argument, NULL, 'j'},
        CLI_SAMPLING_LONG_OPTIONS,
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct option long_options[32];
    cli_merge_options(long_options, 32, own_options);
    memset(args, 0, sizeof *args);
    if (ent_network_options_init(&args->network) != ENT_OK) {
        fprintf(stderr, "entente metrics: out of memory\n");
        return EXIT_IO_ERROR;
    }
    int code, exit_code = EXIT_OK;
    while (exit_code == EXIT_OK &&
           (code = getopt_long(argc, argv, ":o:j:h", long_options, NULL)) !=
               -1) {
        if (cli_is_network_option(code)) {
            exit_code =
                cli_network_option("metrics", &args->network, code, optarg);
            continue;
        }
        if (cli_is_sampling_option(code)) {
            exit_code =
                cli_sampling_option("metrics", &args->sampling, code, optarg);
            continue;
        }
        switch (code) {
        case OPT_METRICS:
            args->metrics = optarg;
            break;
        case OPT_FORMAT:
            args->format = optarg;
            break;
        case OPT_LEVEL:
            args->level = optarg;
            break;
        case OPT_SORT:
            args->sort = optarg;
            break;
        case OPT_TOP:
            if (!cli_parse_count(optarg, &args->top) || args->top == 0) {
                exit_code = cli_usage_error(
                    "metrics", "--top takes a whole number above 0, not '%s'",
                    optarg);
            }
            break;
        case 'o':
            args->output = optarg;
            break;
        case 'j':
            if (!cli_parse_count(optarg, &args->jobs) || args->jobs == 0 ||
                args->jobs > 1024) {
                exit_code = cli_usage_error(
                    "metrics",
                    "-j takes a whole number from 1 to 1024, not '%s'", optarg);
            }
            break;
        case 'h':
            cmd_metrics_help();
            return EXIT_OK;
        default:
            exit_code = cli_bad_option("metrics", argv, code);
            break;
        }
    }
    ent_metrics_options_init(mopts);
    mopts->jobs = (unsigned)args->jobs; /* 0 (not given): one per CPU */
    if (exit_code == EXIT_OK) {
        exit_code = cli_sampling_apply("metrics", &args->sampling, mopts);
    }
    if (exit_code == EXIT_OK && optind != argc - 1) {
        exit_code =
            cli_usage_error("metrics", optind >= argc ? "a FILE is required"
                                                      : "one FILE only, found "
                                                        "more");
    }
    if (exit_code == EXIT_OK && args->network.directed &&
        args->network.projection != ENT_PROJECT_NONE) {
        exit_code = cli_usage_error(
            "metrics", "--project builds an undirected network: drop "
                       "--directed");
    }
    if (exit_code == EXIT_OK && args->metrics != NULL) {
        ent_diag_list_t diags;
        ent_diag_list_init(&diags);
        if (ent_metrics_options_parse(mopts, args->metrics, &diags) != ENT_OK) {
            exit_code = cli_usage_error("metrics", "%s",
                                        diags.count ? diags.items[0].message
                                                    : "out of memory");
        }
        ent_diag_list_destroy(&diags);
    }
    if (exit_code == EXIT_OK) {
        args->input = argv[optind];
        exit_code = write_options(write, args);
    }
    if (exit_code == EXIT_OK && args->output != NULL &&
        ent_file_same(args->input, args->output)) {
        exit_code =
            cli_usage_error("metrics",
                            "the output '%s' is the input file: choose another "
                            "path",
                            args->output);
    }
    return exit_code == EXIT_OK ? -1 : exit_code;
}

int cmd_metrics(int argc, char **argv) {
    cli_metrics_args args;
    ent_metrics_options_t mopts;
    ent_write_options_t write;
    int exit_code = cli_metrics_parse(argc, argv, &args, &mopts, &write);
    if (exit_code < 0) {
        cli_pin_openmp();
        exit_code = cli_metrics_run(&args, &mopts, &write);
    }
    cli_metrics_args_destroy(&args);
    return exit_code;
}
