/*
 * entente render: draw a snapshot's network as DOT, SVG, PNG or PDF.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "entente/io.h"
#include "entente/metrics.h"
#include "entente/render.h"

void cmd_render_help(void) {
    printf(
        "Usage: entente render FILE [OPTIONS]\n"
        "\n"
        "Draw the network of a snapshot, the same network `entente metrics` "
        "builds\nwith the same options, laid out and rendered by Graphviz "
        "in-process.\nWithout -o the diagram goes to output/<snapshot "
        "id>.<format>.\n"
        "\n"
        "Output:\n"
        "  -o, --output PATH     where to write (atomically); the format "
        "follows\n"
        "                        from its extension unless --format is "
        "given\n"
        "  --format svg|png|pdf|dot  default svg; dot is cgraph's own text "
        "of the\n"
        "                        graph, which the Graphviz tools render the "
        "same\n"
        "  --layout ENGINE       neato (default), fdp, sfdp (default above "
        "500\n"
        "                        nodes), dot, circo, twopi; --clusters "
        "takes neato\n"
        "                        or dot (fdp's clusters differ from run to "
        "run)\n"
        "\n"
        "Encoding:\n"
        "  --include persons,events  also draw leaders (leads, national_of)"
        "\n"
        "                        and summits (hosts, attends, absent_from)\n"
        "  --size-by METRIC      node area by a node metric (default "
        "strength)\n"
        "  --color-by community|organization|type  fill colour (default "
        "community)\n"
        "  --clusters            a box per organization around its members "
        "(with\n"
        "                        --status, frozen ones too), nested where "
        "one's\n"
        "                        members are all members of another; an "
        "organization\n"
        "                        whose members cross a box (each has a "
        "member the\n"
        "                        other lacks) gets none, and the legend "
        "names it\n"
        "                        with that box and the members that cross "
        "(those\n"
        "                        that convened the snapshot's summits are "
        "boxed\n"
        "                        first, then the larger)\n"
        "  --title TEXT          title (default: the snapshot's title)\n"
        "  --subtitle TEXT       line under the title (default: what the "
        "ties are)\n"
        "  --caption TEXT        note under the legend\n"
        "  --as-nodes persons,events  draw leaders and summits as nodes with "
        "their\n"
        "                        ties (default: leaders under the labels, "
        "attendance\n"
        "                        and absence marked on the states)\n"
        "\n"
        "Print size (the drawing is made at this size, 1:1):\n"
        "  --width CM            width (default 16, an A4 text width)\n"
        "  --column              one column of two: --width 8.5\n"
        "  --dpi N               PNG resolution (default 300)\n"
        "  --no-legend           leave the legend out\n"
        "  --labels all|top:N    label every node (default) or the N "
        "largest\n"
        "\n"
        "Matching other diagrams:\n"
        "  --positions FILE      pin the nodes where FILE puts them, in its "
        "colours and\n"
        "                        size scale (the positions.tsv `entente "
        "compare` writes),\n"
        "                        so that this diagram lines up with "
        "compare's; with\n"
        "                        --color-by organization, an organization "
        "keeps compare's\n"
        "                        colour. FILE: tab-separated lines "
        "\"entente-positions 1\",\n"
        "                        \"size_by METRIC\", \"size_reference "
        "VALUE\", \"colors MEANING\"\n"
        "                        (empty: no shared colours), "
        "\"organization ID\" in palette\n"
        "                        order (optional), the header \"id x y "
        "color\", a line\n"
        "                        per entity (points; color a palette index or "
        "-1)\n"
        "  -h, --help            show this help\n"
        "\n");
    cli_network_help();
    printf("\n"
           "Shapes: state ellipse, organization box, person diamond, event "
           "hexagon,\ngroup triangle; area proportional to the size metric. "
           "Ties: membership solid\n(frozen dashed), arms dependency blue "
           "and bold (width: share), border risk\ndashed orange (width: "
           "risk), leadership dotted. Labels sit on white plates\nbeside "
           "their nodes, never over another label or node; those that find "
           "no\nroom are left out, smallest nodes first. Text prints at 7.5 "
           "pt and more at\nthe chosen width. The same input and options "
           "give the same bytes.\n"
           "\n"
           "Exit status: 0 written, 1 bad input, 2 bad usage, 3 I/O or "
           "Graphviz error.\n"
           "\n"
           "Example:\n"
           "  entente render graphs/csto-2025-bishkek.json --status "
           "active,frozen -o bishkek.svg\n");
}

typedef struct {
    const char *input;
    const char *output;
    int include_kinds[2]; /* persons, events */
    int include;          /* any --include given */
    cli_render_words words;
    const char *positions;
    ent_render_options_t render;
    ent_network_options_t network;
} render_args;

static int extension_format(const char *path, ent_render_format *format) {
    const char *dot = strrchr(path, '.');
    return dot != NULL && strchr(dot, '/') == NULL &&
           ent_render_format_parse(dot + 1, format);
}

/* --include persons,events: the layers that bring those entities in. */
static const struct {
    const char *word;
    const char *const layers[4];
} included_kinds[] = {
    {"persons", {"leads", "national_of", NULL}},
    {"events", {"hosts", "attends", "absent_from", NULL}},
};
enum { INCLUDED_KINDS = 2 };

/* Reads one --include value into args->include_kinds (repeatable). */
static int parse_include(render_args *args, const char *value) {
    char *words = strdup(value);
    if (words == NULL) {
        return EXIT_IO_ERROR;
    }
    int exit_code = EXIT_OK;
    char *save = NULL;
    for (char *word = strtok_r(words, ",", &save); word && !exit_code;
         word = strtok_r(NULL, ",", &save)) {
        size_t k = 0;
        while (k < INCLUDED_KINDS && strcmp(word, included_kinds[k].word)) {
            k++;
        }
        if (k == INCLUDED_KINDS) {
            exit_code = cli_usage_error(
                "render", "--include takes persons and events, not '%s'", word);
        } else {
            args->include_kinds[k] = 1;
        }
    }
    free(words);
    return exit_code;
}

/* --as-nodes persons,events. */
static int parse_as_nodes(render_args *args, const char *value) {
    char *words = strdup(value);
    if (words == NULL) {
        return EXIT_IO_ERROR;
    }
    int exit_code = EXIT_OK;
    char *save = NULL;
    for (char *word = strtok_r(words, ",", &save); word && !exit_code;
         word = strtok_r(NULL, ",", &save)) {
        if (strcmp(word, "persons") == 0) {
            args->render.persons_as_nodes = 1;
        } else if (strcmp(word, "events") == 0) {
            args->render.events_as_nodes = 1;
        } else {
            exit_code = cli_usage_error(
                "render", "--as-nodes takes persons and events, not '%s'",
                word);
        }
    }
    free(words);
    return exit_code;
}

/* Appends `layer` to the comma list unless it is there already. */
static void add_layer(char *list, size_t size, const char *layer) {
    size_t length = strlen(layer);
    for (const char *p = list; (p = strstr(p, layer)) != NULL; p += length) {
        if ((p == list || p[-1] == ',') && (p[length] == ',' || !p[length])) {
            return;
        }
    }
    size_t used = strlen(list);
    snprintf(list + used, size - used, "%s%s", used ? "," : "", layer);
}

/* The chosen layers plus those the included kinds need, each once. */
static int add_included_layers(render_args *args) {
    size_t size = 128; /* the included layers' names, with commas */
    for (size_t k = 0; k < args->network.layer_count; k++) {
        size += strlen(args->network.layers[k]) + 1;
    }
    char *list = calloc(size, 1);
    if (list == NULL) {
        return EXIT_IO_ERROR;
    }
    for (size_t k = 0; k < args->network.layer_count; k++) {
        add_layer(list, size, args->network.layers[k]);
    }
    for (size_t k = 0; k < INCLUDED_KINDS; k++) {
        for (size_t l = 0;
             args->include_kinds[k] && included_kinds[k].layers[l]; l++) {
            add_layer(list, size, included_kinds[k].layers[l]);
        }
    }
    int exit_code =
        cli_network_option("render", &args->network, CLI_OPT_LAYER, list);
    free(list);
    return exit_code;
}

/* The drawing options, and without --format the output's extension. */
static int parse_encoding(render_args *args) {
    int exit_code = cli_render_encoding("render", &args->words, &args->render);
    if (exit_code == EXIT_OK && args->words.format == NULL &&
        args->output != NULL &&
        !extension_format(args->output, &args->render.format)) {
        return cli_usage_error("render",
                               "cannot tell the format of '%s': give "
                               "--format or end the name in .svg, .png, "
                               ".pdf or .dot",
                               args->output);
    }
    return exit_code;
}

/* output/<id>.<format>, with the id made safe as a file name. */
static char *default_output(const ent_snapshot_t *snapshot,
                            ent_render_format format) {
    char *stem = ent_render_file_stem(ent_snapshot_id(snapshot));
    const char *extension = ent_render_format_name(format);
    char *path = stem ? malloc(strlen(stem) + strlen(extension) + 16) : NULL;
    if (path != NULL) {
        mkdir("output", 0777); /* an existing folder is fine */
        sprintf(path, "output/%s.%s", stem, extension);
    }
    free(stem);
    return path;
}

/* --positions FILE: the nodes pinned, and the file's size scale when it
 * is for the same metric. */
static ent_status read_positions(render_args *args,
                                 ent_render_positions_t *positions,
                                 ent_diag_list_t *diags) {
    ent_node_metric size_by;
    double reference = 0;
    ent_status status = ent_render_positions_read(args->positions, positions,
                                                  &size_by, &reference, diags);
    if (status == ENT_OK) {
        args->render.positions = positions;
        if (size_by == args->render.size_by) {
            args->render.size_reference = reference;
        }
    }
    return status;
}

static int run(render_args *args) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    char *output = NULL;
    /* The size metric, the communities, and the groups (a group metric)
     * for clusters and organization colours. */
    char wanted[96];
    snprintf(wanted, sizeof wanted, "%s,community,members",
             ent_node_metric_name(args->render.size_by));
    ent_metrics_options_t mopts;
    ent_metrics_options_init(&mopts);
    cli_measured m = {0};
    ent_status status = ent_metrics_options_parse(&mopts, wanted, &diags);
    if (status == ENT_OK) {
        status = cli_measure(&m, args->input, &args->network, &mopts, &diags);
    }
    if (status == ENT_OK) {
        output = args->output ? strdup(args->output)
                              : default_output(m.snapshot, args->render.format);
        status = output ? ENT_OK : ENT_ENOMEM;
    }
    if (status == ENT_OK && ent_file_same(output, args->input)) {
        ent_diag_add(&diags, ENT_SEVERITY_ERROR, output, 0, 0, NULL,
                     "the output is the input file: choose another path");
        status = ENT_EUSAGE;
    }
    ent_render_positions_t positions = {0};
    if (status == ENT_OK && args->positions != NULL) {
        status = read_positions(args, &positions, &diags);
    }
    ent_renderer_t *renderer = NULL;
    if (status == ENT_OK && (renderer = ent_renderer_new()) == NULL) {
        ent_diag_add(&diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "graphviz could not start (are its plugins installed?)");
        status = ENT_EINTERNAL;
    }
    if (status == ENT_OK) {
        status = ent_render_file(renderer, output, m.network, &m.metrics,
                                 &args->render, &diags);
    }
    ent_renderer_free(renderer);
    ent_render_positions_free(&positions);
    cli_print_diags(&diags);
    if (status == ENT_OK) {
        fprintf(stderr, "%s: written\n", output);
    }
    free(output);
    cli_measured_release(&m);
    ent_diag_list_destroy(&diags);
    return cli_exit_code(status);
}

int cmd_render(int argc, char **argv) {
    enum {
        OPT_INCLUDE = 256,
        OPT_CLUSTERS,
        OPT_TITLE,
        OPT_AS_NODES,
        OPT_POSITIONS
    };
    static const struct option own_options[] = {
        {"output", required_argument, NULL, 'o'},
        {"include", required_argument, NULL, OPT_INCLUDE},
        {"clusters", no_argument, NULL, OPT_CLUSTERS},
        {"title", required_argument, NULL, OPT_TITLE},
        {"as-nodes", required_argument, NULL, OPT_AS_NODES},
        {"positions", required_argument, NULL, OPT_POSITIONS},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct option options[32];
    cli_merge_render_options(options, 32, own_options);
    render_args args;
    memset(&args, 0, sizeof args);
    ent_render_options_init(&args.render);
    if (ent_network_options_init(&args.network) != ENT_OK) {
        fprintf(stderr, "entente render: out of memory\n");
        return EXIT_IO_ERROR;
    }
    int code, exit_code = EXIT_OK;
    while (exit_code == EXIT_OK &&
           (code = getopt_long(argc, argv, ":o:h", options, NULL)) != -1) {
        if (cli_is_network_option(code)) {
            exit_code =
                cli_network_option("render", &args.network, code, optarg);
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
        case OPT_INCLUDE:
            args.include = 1;
            exit_code = parse_include(&args, optarg);
            break;
        case OPT_CLUSTERS:
            args.render.clusters = 1;
            break;
        case OPT_TITLE:
            args.render.title = optarg;
            break;
        case OPT_AS_NODES:
            exit_code = parse_as_nodes(&args, optarg);
            break;
        case OPT_POSITIONS:
            args.positions = optarg;
            break;
        case 'h':
            cmd_render_help();
            ent_network_options_destroy(&args.network);
            return EXIT_OK;
        default:
            exit_code = cli_bad_option("render", argv, code);
        }
    }
    if (exit_code == EXIT_OK && optind != argc - 1) {
        exit_code =
            cli_usage_error("render", optind >= argc ? "a FILE is required"
                                                     : "one FILE only, found "
                                                       "more");
    }
    if (exit_code == EXIT_OK && args.positions &&
        (args.render.clusters || args.render.layout)) {
        exit_code =
            cli_usage_error("render", "--positions places every node: drop "
                                      "--clusters and --layout");
    }
    if (exit_code == EXIT_OK && args.include) {
        exit_code = add_included_layers(&args);
    }
    if (exit_code == EXIT_OK) {
        exit_code = parse_encoding(&args);
    }
    if (exit_code == EXIT_OK) {
        args.input = argv[optind];
        cli_pin_openmp();
        exit_code = run(&args);
    }
    ent_network_options_destroy(&args.network);
    return exit_code;
}
