/*
 * Shared parts of the command-line program: exit codes, printing
 * diagnostics, and usage errors. The program only parses and calls.
 */
#ifndef ENTENTE_CLI_H
#define ENTENTE_CLI_H

#include <getopt.h>
#include <stddef.h>

#include "entente/entente.h"
#include "entente/metrics.h"
#include "entente/network.h"
#include "entente/render.h"

/* Exit statuses, as the README and every --help state them. */
enum {
    EXIT_OK = 0,
    EXIT_BAD_INPUT = 1,
    EXIT_BAD_USAGE = 2,
    EXIT_IO_ERROR = 3,
};

/* The exit status that reports `status`. */
int cli_exit_code(ent_status status);

/* Prints each diagnostic as one line on stderr. */
void cli_print_diags(const ent_diag_list_t *diags);

/*
 * Prints "entente COMMAND: MESSAGE" and the hint "Try 'entente COMMAND
 * --help'." on stderr, and returns EXIT_BAD_USAGE.
 */
int cli_usage_error(const char *command, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/*
 * Reports the option getopt_long rejected: `code` is what it returned, '?'
 * for an unknown option or ':' for a missing value (optstrings start with
 * ':' so that the two differ). Returns EXIT_BAD_USAGE.
 */
int cli_bad_option(const char *command, char **argv, int code);

/* Pins OpenMP (igraph's PRPACK) to one thread unless OMP_NUM_THREADS is
 * set: its threads make PageRank erratic on a shared machine. Done in the
 * program, not the library, which leaves process state alone. */
void cli_pin_openmp(void);

/* Parses a whole non-negative number; returns 0 when `text` is not one. */
int cli_parse_count(const char *text, unsigned long *value);

/* The shared network options (cli_network.c): codes for getopt_long. */
enum {
    CLI_OPT_LAYER = 1000,
    CLI_OPT_WEIGHT,
    CLI_OPT_STATUS,
    CLI_OPT_DIRECTED,
    CLI_OPT_PROJECT,
    CLI_OPT_DISTANCE,
    CLI_NETWORK_OPTION_COUNT = CLI_OPT_DISTANCE - CLI_OPT_LAYER + 1
};
extern const struct option cli_network_long_options[CLI_NETWORK_OPTION_COUNT];
/* Copies the network options, then `own` (ended by a zero entry), into
 * `out` with a zero entry at the end; returns the number copied. */
size_t cli_merge_options(struct option *out, size_t capacity,
                         const struct option *own);
int cli_is_network_option(int code);
/* Applies one network option; returns an exit code (2 when bad). */
int cli_network_option(const char *command, ent_network_options_t *network,
                       int code, const char *value);
/* Prints the help section of the network options. */
void cli_network_help(void);

/* Sampled betweenness's options, as `metrics` and `batch` take them
 * (cli_sampling.c): codes for getopt_long, and what they gave. */
enum { CLI_OPT_EXACT = 1100, CLI_OPT_EPSILON, CLI_OPT_DELTA, CLI_OPT_SEED };
/* Their entries of a command's getopt_long table. */
/* clang-format off */
#define CLI_SAMPLING_LONG_OPTIONS                                              \
    {"exact", no_argument, NULL, CLI_OPT_EXACT},                               \
    {"epsilon", required_argument, NULL, CLI_OPT_EPSILON},                     \
    {"delta", required_argument, NULL, CLI_OPT_DELTA},                         \
    {"seed", required_argument, NULL, CLI_OPT_SEED}
/* clang-format on */
typedef struct {
    unsigned long seed;
    double epsilon, delta; /* 0: not given */
    int exact, seed_given;
} cli_sampling_args;
int cli_is_sampling_option(int code);
/* Takes one of them into `args`; returns an exit code (2 when bad). */
int cli_sampling_option(const char *command, cli_sampling_args *args, int code,
                        const char *value);
/* Into the metrics options; 2 when --exact comes with the others. */
int cli_sampling_apply(const char *command, const cli_sampling_args *args,
                       ent_metrics_options_t *mopts);
/* Prints their lines of a --help. */
void cli_sampling_help(void);

/* The drawing options render and compare share, as given (NULL: not
 * given), parsed into `render` (cli_render.c); returns an exit code. */
typedef struct {
    const char *size_by, *color_by, *labels, *width, *dpi, *format;
} cli_render_words;
int cli_render_encoding(const char *command, const cli_render_words *words,
                        ent_render_options_t *render);
/* Their codes for getopt_long (--format, --layout, --size-by, --color-by,
 * --width, --column, --dpi, --labels, --no-legend, --subtitle, --caption),
 * one table for both commands. */
enum {
    CLI_OPT_FORMAT = 1100,
    CLI_OPT_LAYOUT_ENGINE,
    CLI_OPT_SIZE_BY,
    CLI_OPT_COLOR_BY,
    CLI_OPT_WIDTH,
    CLI_OPT_COLUMN,
    CLI_OPT_DPI,
    CLI_OPT_LABELS,
    CLI_OPT_NO_LEGEND,
    CLI_OPT_SUBTITLE,
    CLI_OPT_CAPTION,
};
/* Like cli_merge_options, with the drawing options after the network
 * options. */
size_t cli_merge_render_options(struct option *out, size_t capacity,
                                const struct option *own);
int cli_is_render_option(int code);
/* Records one drawing option: into `words` those cli_render_encoding
 * parses once all are read, the others into `render`. */
void cli_render_option(cli_render_words *words, ent_render_options_t *render,
                       int code, const char *value);

/* A snapshot loaded (warnings off), its network built and measured. */
typedef struct {
    ent_snapshot_t *snapshot;
    ent_network_t *network;
    ent_metrics_t metrics;
    int have_network, have_metrics;
} cli_measured;

/* Fills `m` (release it with cli_measured_release whatever the status). */
ent_status cli_measure(cli_measured *m, const char *path,
                       const ent_network_options_t *network,
                       const ent_metrics_options_t *metrics,
                       ent_diag_list_t *diags);
void cli_measured_release(cli_measured *m);

/* One entry per command (cmd_*.c). */
typedef struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
    void (*help)(void);
} cli_command;

int cmd_validate(int argc, char **argv);
int cmd_render(int argc, char **argv);
void cmd_render_help(void);
void cmd_validate_help(void);
int cmd_metrics(int argc, char **argv);
void cmd_metrics_help(void);
int cmd_extract(int argc, char **argv);
void cmd_extract_help(void);
int cmd_batch(int argc, char **argv);
void cmd_batch_help(void);
int cmd_compare(int argc, char **argv);
void cmd_compare_help(void);
int cmd_import(int argc, char **argv);
void cmd_import_help(void);
int cmd_report(int argc, char **argv);
void cmd_report_help(void);
int cmd_convert(int argc, char **argv);
void cmd_convert_help(void);

#endif /* ENTENTE_CLI_H */
