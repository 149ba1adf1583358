/*
 * entente convert: the network in GraphML, GEXF, node-link JSON, CSV or
 * Pajek, and those formats (but Pajek) back into a snapshot.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "entente/convert.h"
#include "entente/io.h"
#include "entente/load.h"

void cmd_convert_help(void) {
    printf(
        "Usage: entente convert IN... -o OUT [OPTIONS]\n"
        "\n"
        "Export the network `entente metrics` builds from a snapshot to the\n"
        "formats of other tools, or read such a file back into a snapshot.\n"
        "Formats, by the extension of OUT (or IN) unless --to (--from) says:\n"
        "  graphml    .graphml/.xml  Gephi, yEd, NetworkX read_graphml, "
        "igraph\n"
        "  gexf       .gexf      GEXF 1.3 (Gephi); several snapshots in date\n"
        "                        order make one dynamic graph whose nodes and\n"
        "                        edges carry spells (Gephi's timeline)\n"
        "  node-link  .json      NetworkX node_link_graph, D3\n"
        "  csv        .csv       -o NAME.csv writes NAME.edges.csv (source,\n"
        "                        target, edge keys), NAME.nodes.csv (id, node\n"
        "                        keys) and NAME.graph.csv (key, value); cells\n"
        "                        that begin with = + - @ are written '=...\n"
        "  pajek      .net       Pajek/UCINET (ids and weights; export only)\n"
        "  entente    .json      a snapshot (from a file in another format)\n"
        "A .json OUT is node-link when IN is a snapshot and a snapshot when "
        "IN\n"
        "is in another format; a .json IN is node-link when it has \"nodes\"\n"
        "or \"links\" and no \"schema\".\n"
        "\n"
        "Nodes carry label, type, name, date, aliases and attributes (JSON);\n"
        "edges weight (strength), length, types, statuses, sources (source\n"
        "refs), relations (JSON) and relation_indices; the graph id, title,\n"
        "date, layers, projection, distance and \"entente\" (the rest of the\n"
        "snapshot as JSON), so that reading the file back gives the same\n"
        "snapshot. A file made elsewhere: a node's entity from its type\n"
        "(default state), name (or label) and other keys; each edge one\n"
        "relation of its type (default \"tie\", declared) and weight.\n"
        "\n");
    cli_network_help();
    printf(
        "\n"
        "Options:\n"
        "  -o, --output PATH     where to write (atomically); required\n"
        "  --to FORMAT           output format (names above)\n"
        "  --from FORMAT         input format (names above)\n"
        "  --with-metrics        add every node metric of `entente metrics`\n"
        "                        as a node key (null/absent when undefined)\n"
        "  -h, --help            show this help\n"
        "\n"
        "Exit status: 0 success, 1 bad input, 2 bad usage, 3 I/O or internal "
        "error.\n"
        "\n"
        "Examples:\n"
        "  entente convert graphs/csto-2025-bishkek.json -o csto.graphml\n"
        "  entente convert a.json b.json c.json -o series.gexf\n"
        "  entente convert edited.graphml -o snapshot.json\n");
}

typedef struct {
    const char *output, *to, *from;
    int with_metrics;
    char **inputs;
    size_t input_count;
    ent_network_options_t network;
    ent_graph_format out_format, in_format;
    int in_format_given;
} convert_args;

/* One input: its snapshot, network and metrics. */
typedef struct {
    ent_snapshot_t *snapshot;
    ent_network_t *network;
    ent_metrics_t metrics;
    int have_network, have_metrics;
} convert_input;

static ent_status input_format(const convert_args *args, const char *path,
                               ent_graph_format *format,
                               ent_diag_list_t *diags) {
    if (args->in_format_given) {
        *format = args->in_format;
        return ENT_OK;
    }
    if (!ent_graph_format_from_path(path, format)) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, path, 0, 0, NULL,
                     "unknown extension: name the format with --from");
        return ENT_EUSAGE;
    }
    return *format == ENT_GRAPH_ENTENTE
               ? ent_convert_probe_json(path, format, diags)
               : ENT_OK;
}

static ent_status load_input(const convert_args *args, const char *path,
                             convert_input *in, int *was_foreign,
                             ent_diag_list_t *diags) {
    ent_graph_format format = ENT_GRAPH_ENTENTE;
    ent_status status = input_format(args, path, &format, diags);
    if (status != ENT_OK) {
        return status;
    }
    *was_foreign = format != ENT_GRAPH_ENTENTE;
    if (format == ENT_GRAPH_ENTENTE) {
        ent_load_options_t load;
        ent_load_options_init(&load);
        load.warnings = 0;
        return ent_snapshot_load_file(&in->snapshot, path, &load, diags);
    }
    return ent_convert_import(&in->snapshot, path, format, diags);
}

static ent_status measure(const convert_args *args, convert_input *in,
                          ent_diag_list_t *diags) {
    ent_status status =
        ent_network_build(&in->network, in->snapshot, &args->network, diags);
    in->have_network = status == ENT_OK;
    if (status == ENT_OK && args->with_metrics) {
        ent_metrics_options_t options;
        ent_metrics_options_init(&options);
        status =
            ent_metrics_compute(&in->metrics, in->network, &options, diags);
        in->have_metrics = status == ENT_OK;
    }
    return status;
}

/* Writes one part into memory first, so that a failure leaves no file. */
static ent_status render_part(char **data, size_t *length,
                              ent_graph_format format, ent_convert_part part,
                              const ent_convert_frame_t *frames, size_t count,
                              ent_diag_list_t *diags) {
    FILE *out = open_memstream(data, length);
    if (out == NULL) {
        return ENT_ENOMEM;
    }
    ent_status status =
        ent_convert_export(out, format, part, frames, count, diags);
    if (fclose(out) != 0 && status == ENT_OK) {
        status = ENT_EIO;
    }
    return status;
}

static ent_status write_export(const convert_args *args,
                               const ent_convert_frame_t *frames, size_t count,
                               ent_diag_list_t *diags) {
    if (args->out_format != ENT_GRAPH_CSV) {
        char *data = NULL;
        size_t length = 0;
        ent_status status =
            render_part(&data, &length, args->out_format, ENT_CONVERT_WHOLE,
                        frames, count, diags);
        if (status == ENT_OK) {
            status = ent_file_write_buffer(args->output, data, length, diags);
        }
        free(data);
        return status;
    }
    /* The three tables change together: all staged, then all committed. */
    ent_staged_file_t *staged[3] = {NULL, NULL, NULL};
    ent_status status = ENT_OK;
    for (int p = 0; status == ENT_OK && p < 3; p++) {
        char *data = NULL, *path = NULL;
        size_t length = 0;
        ent_convert_part part = (ent_convert_part)(ENT_CONVERT_CSV_EDGES + p);
        status = render_part(&data, &length, ENT_GRAPH_CSV, part, frames, count,
                             diags);
        path =
            status == ENT_OK ? ent_convert_part_path(args->output, part) : NULL;
        if (status == ENT_OK && path == NULL) {
            status = ENT_ENOMEM;
        }
        if (status == ENT_OK) {
            status =
                ent_file_stage_buffer(&staged[p], path, data, length, diags);
        }
        free(path);
        free(data);
    }
    for (int p = 0; p < 3; p++) {
        if (status == ENT_OK) {
            status = ent_file_commit(staged[p], diags);
        } else {
            ent_file_discard(staged[p]);
        }
        staged[p] = NULL;
    }
    return status;
}

static ent_status write_snapshot(const convert_args *args,
                                 const ent_snapshot_t *snapshot,
                                 ent_diag_list_t *diags) {
    char *text = NULL;
    ent_status status = ent_snapshot_to_json(snapshot, &text);
    if (status == ENT_OK) {
        status = ent_file_write_buffer(args->output, text, strlen(text), diags);
    }
    free(text);
    return status;
}

static int run(convert_args *args) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    convert_input *inputs = calloc(args->input_count, sizeof *inputs);
    ent_convert_frame_t *frames = calloc(args->input_count, sizeof *frames);
    ent_status status = inputs && frames ? ENT_OK : ENT_ENOMEM;
    int foreign = 0;
    for (size_t i = 0; status == ENT_OK && i < args->input_count; i++) {
        int was_foreign = 0;
        status =
            load_input(args, args->inputs[i], &inputs[i], &was_foreign, &diags);
        foreign |= was_foreign;
    }
    int to_snapshot = args->out_format == ENT_GRAPH_ENTENTE;
    if (status == ENT_OK && to_snapshot && !args->to && !foreign) {
        args->out_format = ENT_GRAPH_NODE_LINK; /* snapshot .json -> .json */
        to_snapshot = 0;
    }
    if (status == ENT_OK && to_snapshot) {
        status = args->input_count == 1
                     ? write_snapshot(args, inputs[0].snapshot, &diags)
                     : ENT_EUSAGE;
        if (status == ENT_EUSAGE) {
            ent_diag_add(&diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "a snapshot is made from one input file");
        }
    } else {
        for (size_t i = 0; status == ENT_OK && i < args->input_count; i++) {
            status = measure(args, &inputs[i], &diags);
            frames[i].network = inputs[i].network;
            frames[i].metrics =
                inputs[i].have_metrics ? &inputs[i].metrics : NULL;
        }
        if (status == ENT_OK) {
            status = write_export(args, frames, args->input_count, &diags);
        }
    }
    cli_print_diags(&diags);
    for (size_t i = 0; inputs && i < args->input_count; i++) {
        if (inputs[i].have_metrics) {
            ent_metrics_destroy(&inputs[i].metrics);
        }
        if (inputs[i].have_network) {
            ent_network_destroy(inputs[i].network);
        }
        ent_snapshot_free(inputs[i].snapshot);
    }
    free(inputs);
    free(frames);
    ent_diag_list_destroy(&diags);
    return cli_exit_code(status);
}

/* Checks the arguments once parsed; returns an exit code. */
static int check_args(convert_args *args) {
    if (args->input_count == 0) {
        return cli_usage_error("convert", "an input file is required");
    }
    if (args->output == NULL) {
        return cli_usage_error("convert", "-o OUT is required");
    }
    if (args->to && !ent_graph_format_parse(args->to, &args->out_format)) {
        return cli_usage_error("convert", "unknown format '%s' for --to",
                               args->to);
    }
    if (!args->to &&
        !ent_graph_format_from_path(args->output, &args->out_format)) {
        return cli_usage_error("convert",
                               "cannot tell the format of '%s' from its "
                               "extension: give --to",
                               args->output);
    }
    if (args->from && !ent_graph_format_parse(args->from, &args->in_format)) {
        return cli_usage_error("convert", "unknown format '%s' for --from",
                               args->from);
    }
    args->in_format_given = args->from != NULL;
    if (args->input_count > 1 && args->out_format != ENT_GRAPH_GEXF) {
        return cli_usage_error("convert",
                               "several inputs make a series: only GEXF "
                               "(.gexf) holds one");
    }
    if (args->network.directed &&
        args->network.projection != ENT_PROJECT_NONE) {
        return cli_usage_error("convert",
                               "--project builds an undirected network: drop "
                               "--directed");
    }
    for (size_t i = 0; i < args->input_count; i++) {
        if (ent_file_same(args->inputs[i], args->output)) {
            return cli_usage_error("convert",
                                   "the output '%s' is an input file: choose "
                                   "another path",
                                   args->output);
        }
    }
    return EXIT_OK;
}

int cmd_convert(int argc, char **argv) {
    enum { OPT_TO = 256, OPT_FROM, OPT_WITH_METRICS };
    static const struct option own_options[] = {
        {"to", required_argument, NULL, OPT_TO},
        {"from", required_argument, NULL, OPT_FROM},
        {"with-metrics", no_argument, NULL, OPT_WITH_METRICS},
        {"output", required_argument, NULL, 'o'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct option long_options[32];
    cli_merge_options(long_options, 32, own_options);
    convert_args args;
    memset(&args, 0, sizeof args);
    if (ent_network_options_init(&args.network) != ENT_OK) {
        fprintf(stderr, "entente convert: out of memory\n");
        return EXIT_IO_ERROR;
    }
    int code, exit_code = EXIT_OK;
    while (exit_code == EXIT_OK &&
           (code = getopt_long(argc, argv, ":o:h", long_options, NULL)) != -1) {
        if (cli_is_network_option(code)) {
            exit_code =
                cli_network_option("convert", &args.network, code, optarg);
            continue;
        }
        switch (code) {
        case OPT_TO:
            args.to = optarg;
            break;
        case OPT_FROM:
            args.from = optarg;
            break;
        case OPT_WITH_METRICS:
            args.with_metrics = 1;
            break;
        case 'o':
            args.output = optarg;
            break;
        case 'h':
            cmd_convert_help();
            ent_network_options_destroy(&args.network);
            return EXIT_OK;
        default:
            exit_code = cli_bad_option("convert", argv, code);
            break;
        }
    }
    args.inputs = argv + optind;
    args.input_count = optind < argc ? (size_t)(argc - optind) : 0;
    if (exit_code == EXIT_OK) {
        exit_code = check_args(&args);
    }
    if (exit_code == EXIT_OK) {
        cli_pin_openmp();
        exit_code = run(&args);
    }
    ent_network_options_destroy(&args.network);
    return exit_code;
}
