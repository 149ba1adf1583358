/*
 * Progress on a terminal and a clean stop on Ctrl-C (cli_progress.c).
 */
#ifndef ENTENTE_CLI_PROGRESS_H
#define ENTENTE_CLI_PROGRESS_H

#include <signal.h>
#include <stddef.h>

/* Exit status of a command stopped by SIGINT (128 + 2, as a shell says). */
#define CLI_EXIT_INTERRUPTED 130

/* Installs the SIGINT handler; returns the flag it sets (for the
 * library's `stop`). */
const volatile sig_atomic_t *cli_interrupt_catch(void);
int cli_interrupted(void);

typedef struct {
    const char *command;
    const char *what;
    int on, shown;
    size_t done;
    double start, last;
} cli_progress_t;

/* Progress for `command`, on only when stderr is a terminal. */
void cli_progress_init(cli_progress_t *p, const char *command);
/* The library's progress callback; context is a cli_progress_t. */
void cli_progress_report(void *context, const char *what, size_t done,
                         size_t total);
/* Erases the progress line, if one was shown. */
void cli_progress_clear(cli_progress_t *p);

#endif /* ENTENTE_CLI_PROGRESS_H */
