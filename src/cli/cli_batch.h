/*
 * The parts of `entente batch` that entente-mpi shares (cmd_batch.c): the
 * options, the inputs and their checks, the progress line, and the tables
 * written at the end. Only the way files reach a worker differs.
 */
#ifndef ENTENTE_CLI_BATCH_H
#define ENTENTE_CLI_BATCH_H

#include "cli/cli.h"
#include "entente/batch.h"
#include "entente/load.h"

typedef struct {
    const char *output;
    const char *nodes;
    const char *groups;
    const char *render;
    const char *metrics;
    unsigned long jobs; /* 0: not given */
    double timeout;
    int quiet;
    cli_sampling_args sampling;
    ent_network_options_t network;
} cli_batch_args;

/* The progress line, redrawn in place on a terminal. */
typedef struct {
    int show;
    int drawn;
    double last;
} cli_batch_progress;

/*
 * Parses the options of `entente batch` into `args` (release with
 * cli_batch_args_destroy whatever it returns). Returns -1 to go on with
 * the PATHs at argv[optind..], else the exit status (0 after --help).
 */
int cli_batch_parse(int argc, char **argv, cli_batch_args *args);
void cli_batch_args_destroy(cli_batch_args *args);

/* Expands the PATHs into `files` and checks the outputs against them
 * (making the --render directory); returns an exit status. */
int cli_batch_inputs(const cli_batch_args *args, int count, char **inputs,
                     ent_path_list_t *files);

/* The batch options that `args` asks for, reporting to `progress`;
 * returns an exit status (2 for a bad --metrics). */
int cli_batch_options(const cli_batch_args *args, ent_batch_options_t *options,
                      cli_batch_progress *progress);
/* Clears the progress line before the last lines. */
void cli_batch_progress_clear(cli_batch_progress *progress);

/* Writes the tables, prints `diags` and the count line; returns the exit
 * status of the whole batch. */
int cli_batch_conclude(const cli_batch_args *args, const ent_batch_t *batch,
                       ent_diag_list_t *diags);

#endif /* ENTENTE_CLI_BATCH_H */
