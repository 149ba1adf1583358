/*
 * entente batch: metrics over many snapshot files, in worker processes,
 * into one table.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli_batch.h"
#include "entente/io.h"

void cmd_batch_help(void) {
    printf(
        "Usage: entente batch PATH... [-o TABLE] [--nodes PATH] [--groups "
        "PATH]\n"
        "                     [-j N] [--render DIR] [--quiet] [network "
        "options]\n"
        "\n"
        "Measure many snapshots at once: each PATH is a snapshot file or a "
        "directory\n(its *.json files in sorted order; files of another "
        "schema are skipped with\na note). Every file gets the network and "
        "the metrics of `entente metrics`.\n"
        "\n"
        "Output:\n"
        "  -o, --output TABLE    one row per file (default: standard "
        "output): file,\n"
        "                        id, title, date, status (ok or failed), "
        "error (the\n"
        "                        first error line), then every graph "
        "metric; CSV, or\n"
        "                        JSON (an array of objects) when TABLE "
        "ends in .json\n"
        "  --nodes PATH          the node metrics in long form: one row per "
        "file and\n"
        "                        node (file, snapshot, id, name, type, every "
        "node metric)\n"
        "  --groups PATH         the group metrics in long form: one row per "
        "file and\n"
        "                        organization (members and frozen members as "
        "ids joined\n"
        "                        by ';'; attendance = mean over the events "
        "the organization\n"
        "                        convened of the share of members attending; "
        "events = how many\n"
        "                        events the snapshot has)\n"
        "  --render DIR          also draw each snapshot as DIR/NAME.svg "
        "(NAME: the\n"
        "                        file name less .json; DIR is made if "
        "missing)\n"
        "  --metrics NAME[,...]  compute only these (names as in `entente "
        "metrics\n"
        "                        --help`); the others are empty or null\n");
    cli_sampling_help();
    printf("                        When any file's betweenness is sampled, "
           "the CSV\n"
           "                        columns are named "
           "betweenness_sampled(epsilon=...;\n"
           "                        delta=...;seed=...) for every file, and "
           "the last\n"
           "                        column betweenness_sampling gives each "
           "sampled file's\n"
           "                        bound (empty: exact); JSON rows carry "
           "the same names\n");
    printf(
        "  -j, --jobs N          worker processes (default: one per CPU). "
        "igraph and\n"
        "                        Graphviz are not thread-safe, so workers "
        "are processes;\n"
        "                        the output is the same bytes for every N; "
        "fewer\n"
        "                        when the limit on open files (ulimit -n) "
        "allows fewer\n"
        "  --timeout SECONDS     stop a worker that spends longer on one "
        "file, mark\n"
        "                        the file failed and go on (default 3600; 0: "
        "no limit)\n"
        "  -q, --quiet           no progress line (it is shown only on a "
        "terminal)\n"
        "  -h, --help            show this help\n"
        "\n");
    cli_network_help();
    printf(
        "\n"
        "Undefined values are empty in CSV and null in JSON. Every output is "
        "written\natomically, and never over an input. A file that fails to "
        "load or compute\ngets its diagnostics on stderr (FILE:LINE:COLUMN: "
        "error: ...) and a row with\nstatus failed; the others go on. The "
        "last line on stderr says how many\nsucceeded and failed. A worker "
        "that dies marks its file failed and is\nreplaced. OpenMP runs on "
        "one thread per worker unless OMP_NUM_THREADS is set.\n"
        "\n"
        "Exit status: 0 every file measured, 1 some file failed (or no "
        "file), 2 bad\nusage, 3 I/O or internal error (an output could not "
        "be written).\n"
        "\n"
        "Example:\n"
        "  entente batch graphs/ -o output/batch.csv --groups "
        "output/groups.csv -j 2\n");
}

static void on_message(void *payload, ent_severity severity,
                       const char *message) {
    (void)severity;
    cli_batch_progress_clear(payload);
    fprintf(stderr, "%s\n", message);
}

void cli_batch_progress_clear(cli_batch_progress *state) {
    if (state->drawn) {
        fputs("\r\033[K", stderr);
        state->drawn = 0;
    }
}

static void on_progress(void *payload, const ent_batch_progress_t *progress) {
    cli_batch_progress *state = payload;
    /* Ten redraws a second at most: a terminal is slower than a batch. */
    if (!state->show || (progress->done < progress->total &&
                         progress->elapsed - state->last < 0.1)) {
        return;
    }
    state->last = progress->elapsed;
    double rate = progress->elapsed > 0
                      ? (double)progress->done / progress->elapsed
                      : 0.0;
    double left =
        rate > 0 ? (double)(progress->total - progress->done) / rate : 0.0;
    fprintf(stderr, "\r%zu/%zu files, %.1f files/s, %.0f s left",
            progress->done, progress->total, rate, left);
    if (progress->failed > 0) {
        fprintf(stderr, ", %zu failed", progress->failed);
    }
    fputs("\033[K", stderr);
    fflush(stderr);
    state->drawn = 1;
}

static int ends_with(const char *text, const char *suffix) {
    size_t a = strlen(text), b = strlen(suffix);
    return a >= b && strcmp(text + a - b, suffix) == 0;
}

static ent_format format_of(const char *path) {
    return ends_with(path, ".json") ? ENT_FORMAT_JSON : ENT_FORMAT_CSV;
}

/* An output that is one of the inputs: usage error. */
static int check_outputs(const cli_batch_args *args,
                         const ent_path_list_t *files) {
    const char *outputs[] = {args->output, args->nodes, args->groups};
    for (size_t o = 0; o < 3; o++) {
        for (size_t i = 0; outputs[o] != NULL && i < files->count; i++) {
            if (ent_file_same(outputs[o], files->paths[i])) {
                return cli_usage_error("batch",
                                       "the output '%s' is an input file: "
                                       "choose another path",
                                       outputs[o]);
            }
        }
    }
    if (args->render != NULL && mkdir(args->render, 0777) != 0 &&
        errno != EEXIST) {
        fprintf(stderr, "%s: error: cannot make the directory: %s\n",
                args->render, strerror(errno));
        return EXIT_IO_ERROR;
    }
    return EXIT_OK;
}

static ent_status write_tables(const cli_batch_args *args,
                               const ent_batch_t *batch,
                               ent_diag_list_t *diags) {
    ent_status status = ENT_OK;
    if (args->output != NULL) {
        status =
            ent_batch_write_file(args->output, batch, ENT_BATCH_TABLE_SNAPSHOTS,
                                 format_of(args->output), diags);
    } else {
        status = ent_batch_write(stdout, batch, ENT_BATCH_TABLE_SNAPSHOTS,
                                 ENT_FORMAT_CSV);
        if ((fflush(stdout) != 0 || status != ENT_OK) &&
            (status = ENT_EIO) == ENT_EIO) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "cannot write to standard output");
        }
    }
    if (status == ENT_OK && args->nodes != NULL) {
        status = ent_batch_write_file(args->nodes, batch, ENT_BATCH_TABLE_NODES,
                                      format_of(args->nodes), diags);
    }
    if (status == ENT_OK && args->groups != NULL) {
        status =
            ent_batch_write_file(args->groups, batch, ENT_BATCH_TABLE_GROUPS,
                                 format_of(args->groups), diags);
    }
    return status;
}

int cli_batch_inputs(const cli_batch_args *args, int count, char **inputs,
                     ent_path_list_t *files) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_status status = ent_snapshot_paths_expand(
        files, (const char *const *)inputs, (size_t)count, &diags);
    cli_print_diags(&diags);
    ent_diag_list_destroy(&diags);
    int exit_code = cli_exit_code(status);
    if (exit_code == EXIT_OK && files->count == 0) {
        fprintf(stderr, "entente batch: no snapshot file in the inputs\n");
        exit_code = EXIT_BAD_INPUT;
    }
    return exit_code == EXIT_OK ? check_outputs(args, files) : exit_code;
}

int cli_batch_options(const cli_batch_args *args, ent_batch_options_t *options,
                      cli_batch_progress *progress) {
    progress->show = !args->quiet && isatty(STDERR_FILENO);
    progress->drawn = 0;
    progress->last = 0;
    ent_batch_options_init(options);
    if (args->metrics != NULL) {
        ent_diag_list_t diags;
        ent_diag_list_init(&diags);
        int exit_code = EXIT_OK;
        if (ent_metrics_options_parse(&options->metrics, args->metrics,
                                      &diags) != ENT_OK) {
            exit_code = cli_usage_error("batch", "%s",
                                        diags.count ? diags.items[0].message
                                                    : "out of memory");
        }
        ent_diag_list_destroy(&diags);
        if (exit_code != EXIT_OK) {
            return exit_code;
        }
    }
    int sampling =
        cli_sampling_apply("batch", &args->sampling, &options->metrics);
    if (sampling != EXIT_OK) {
        return sampling;
    }
    options->network = &args->network;
    options->workers = args->jobs;
    options->timeout = args->timeout;
    options->nodes = args->nodes != NULL;
    options->groups = args->groups != NULL;
    options->nodes_format = args->nodes ? format_of(args->nodes) : 0;
    options->groups_format = args->groups ? format_of(args->groups) : 0;
    options->render_dir = args->render;
    options->message = on_message;
    options->progress = on_progress;
    options->payload = progress;
    return EXIT_OK;
}

int cli_batch_conclude(const cli_batch_args *args, const ent_batch_t *batch,
                       ent_diag_list_t *diags) {
    ent_status status = write_tables(args, batch, diags);
    cli_print_diags(diags);
    fprintf(stderr, "batch: %zu succeeded, %zu failed\n", batch->succeeded,
            batch->failed);
    return status != ENT_OK    ? cli_exit_code(status)
           : batch->failed > 0 ? EXIT_BAD_INPUT
                               : EXIT_OK;
}

static int run(const cli_batch_args *args, int count, char **inputs) {
    ent_path_list_t files = {0};
    int exit_code = cli_batch_inputs(args, count, inputs, &files);
    cli_batch_progress progress;
    ent_batch_options_t options;
    if (exit_code == EXIT_OK) {
        exit_code = cli_batch_options(args, &options, &progress);
    }
    if (exit_code != EXIT_OK) {
        ent_path_list_destroy(&files);
        return exit_code;
    }
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_batch_t batch;
    ent_status status = ent_batch_run(&batch, (const char *const *)files.paths,
                                      files.count, &options, &diags);
    cli_batch_progress_clear(&progress);
    if (status == ENT_OK) {
        exit_code = cli_batch_conclude(args, &batch, &diags);
        ent_batch_destroy(&batch);
    } else {
        cli_print_diags(&diags);
        exit_code = cli_exit_code(status);
    }
    ent_path_list_destroy(&files);
    ent_diag_list_destroy(&diags);
    return exit_code;
}

/* A number of seconds: finite, 0 or more, at most a year. */
static int parse_seconds(const char *text, double *seconds) {
    char *end = NULL;
    errno = 0;
    double value = strtod(text, &end);
    if (end == text || *end != '\0' || errno != 0 || !(value >= 0) ||
        value > 366.0 * 86400.0) {
        return 0;
    }
    *seconds = value;
    return 1;
}

void cli_batch_args_destroy(cli_batch_args *args) {
    ent_network_options_destroy(&args->network);
}

int cli_batch_parse(int argc, char **argv, cli_batch_args *args) {
    enum { OPT_NODES = 256, OPT_GROUPS, OPT_RENDER, OPT_METRICS, OPT_TIMEOUT };
    static const struct option own_options[] = {
        {"output", required_argument, NULL, 'o'},
        {"nodes", required_argument, NULL, OPT_NODES},
        {"groups", required_argument, NULL, OPT_GROUPS},
        {"render", required_argument, NULL, OPT_RENDER},
        {"metrics", required_argument, NULL, OPT_METRICS},
        {"jobs", required_argument, NULL, 'j'},
        {"timeout", required_argument, NULL, OPT_TIMEOUT},
        {"quiet", no_argument, NULL, 'q'},
        CLI_SAMPLING_LONG_OPTIONS,
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct option options[32];
    cli_merge_options(options, 32, own_options);
    memset(args, 0, sizeof *args);
    args->timeout = ENT_BATCH_DEFAULT_TIMEOUT;
    if (ent_network_options_init(&args->network) != ENT_OK) {
        fprintf(stderr, "entente batch: out of memory\n");
        return EXIT_IO_ERROR;
    }
    int code, exit_code = EXIT_OK;
    while (exit_code == EXIT_OK &&
           (code = getopt_long(argc, argv, ":o:j:qh", options, NULL)) != -1) {
        if (cli_is_network_option(code)) {
            exit_code =
                cli_network_option("batch", &args->network, code, optarg);
            continue;
        }
        if (cli_is_sampling_option(code)) {
            exit_code =
                cli_sampling_option("batch", &args->sampling, code, optarg);
            continue;
        }
        switch (code) {
        case 'o':
            args->output = optarg;
            break;
        case OPT_NODES:
            args->nodes = optarg;
            break;
        case OPT_GROUPS:
            args->groups = optarg;
            break;
        case OPT_RENDER:
            args->render = optarg;
            break;
        case OPT_METRICS:
            args->metrics = optarg;
            break;
        case 'j':
            if (!cli_parse_count(optarg, &args->jobs) || args->jobs == 0 ||
                args->jobs > 1024) {
                exit_code = cli_usage_error(
                    "batch", "-j takes a whole number from 1 to 1024, not '%s'",
                    optarg);
            }
            break;
        case OPT_TIMEOUT:
            if (!parse_seconds(optarg, &args->timeout)) {
                exit_code = cli_usage_error(
                    "batch",
                    "--timeout takes a number of seconds, 0 or more, not '%s'",
                    optarg);
            }
            break;
        case 'q':
            args->quiet = 1;
            break;
        case 'h':
            cmd_batch_help();
            return EXIT_OK;
        default:
            exit_code = cli_bad_option("batch", argv, code);
        }
    }
    if (exit_code == EXIT_OK && optind >= argc) {
        exit_code = cli_usage_error("batch", "a PATH is required");
    }
    if (exit_code == EXIT_OK && args->network.directed &&
        args->network.projection != ENT_PROJECT_NONE) {
        exit_code = cli_usage_error(
            "batch", "--project builds an undirected network: drop --directed");
    }
    return exit_code == EXIT_OK ? -1 : exit_code;
}

int cmd_batch(int argc, char **argv) {
    cli_batch_args args;
    int exit_code = cli_batch_parse(argc, argv, &args);
    if (exit_code < 0) {
        cli_pin_openmp();
        exit_code = run(&args, argc - optind, argv + optind);
    }
    cli_batch_args_destroy(&args);
    return exit_code;
}
