/*
 * The parts of `entente metrics` that entente-mpi shares (cmd_metrics.c):
 * its options and the run that measures and writes.
 */
#ifndef ENTENTE_CLI_METRICS_H
#define ENTENTE_CLI_METRICS_H

#include "cli/cli.h"
#include "entente/io.h"

typedef struct {
    const char *input;
    const char *output;
    const char *format;
    const char *level;
    const char *sort;
    const char *metrics;
    unsigned long top;
    unsigned long jobs; /* 0: one per CPU */
    cli_sampling_args sampling;
    ent_network_options_t network;
} cli_metrics_args;

/*
 * Parses the options of `entente metrics` into `args`, `mopts` and
 * `write` (release `args` with cli_metrics_args_destroy whatever it
 * returns). Returns -1 to go on, else the exit status (0 after --help).
 */
int cli_metrics_parse(int argc, char **argv, cli_metrics_args *args,
                      ent_metrics_options_t *mopts, ent_write_options_t *write);
void cli_metrics_args_destroy(cli_metrics_args *args);

/*
 * Measures args->input and writes the result; returns the exit status.
 * Sets the progress and stop hooks of `mopts` (a terminal's progress line,
 * Ctrl-C: exit status 130 with nothing written).
 */
int cli_metrics_run(const cli_metrics_args *args, ent_metrics_options_t *mopts,
                    const ent_write_options_t *write);

#endif /* ENTENTE_CLI_METRICS_H */
