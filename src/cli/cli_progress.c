/*
 * Long runs: progress on a terminal and a clean stop on Ctrl-C.
 *
 * Progress goes to stderr only when it is a terminal (never into a file
 * or a pipe), as one line rewritten in place at most four times a second
 * and erased at the end. SIGINT sets a flag the library polls between
 * sources (its workers, forked with the handler, see the terminal's
 * SIGINT too, or the parent's stop request); the command then writes
 * nothing and exits with 130, as a shell reports a process stopped by
 * SIGINT.
 */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli_progress.h"

static volatile sig_atomic_t interrupted;

static void on_interrupt(int signal_number) {
    (void)signal_number;
    interrupted = 1;
}

const volatile sig_atomic_t *cli_interrupt_catch(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    return &interrupted;
}

int cli_interrupted(void) { return interrupted != 0; }

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

void cli_progress_init(cli_progress_t *p, const char *command) {
    memset(p, 0, sizeof *p);
    p->command = command;
    p->on = isatty(STDERR_FILENO);
}

/* "1 h 02 min", "3 min 05 s", "12 s" */
static void format_duration(char *text, size_t size, double seconds) {
    long s = (long)(fmin(seconds, 999 * 3600.0) + 0.5); /* fits the text */
    if (s >= 3600) {
        snprintf(text, size, "%ld h %02ld min", s / 3600, s / 60 % 60);
    } else if (s >= 60) {
        snprintf(text, size, "%ld min %02ld s", s / 60, s % 60);
    } else {
        snprintf(text, size, "%ld s", s);
    }
}

void cli_progress_report(void *context, const char *what, size_t done,
                         size_t total) {
    cli_progress_t *p = context;
    if (!p->on) {
        return;
    }
    double t = now();
    if (what != p->what || done < p->done) { /* a new phase */
        p->what = what;
        p->start = t;
        p->last = 0;
    }
    p->done = done;
    if (t - p->last < 0.25 && done < total) {
        return;
    }
    p->last = t;
    char left[80] = "";
    double elapsed = t - p->start;
    if (done > 0 && elapsed > 1) {
        char duration[48];
        format_duration(duration, sizeof duration,
                        elapsed * (double)(total - done) / (double)done);
        snprintf(left, sizeof left, ", about %s left", duration);
    }
    fprintf(stderr, "\r\033[K%s: %zu/%zu %s%s", p->command, done, total,
            what ? what : "", left);
    fflush(stderr);
    p->shown = 1;
}

void cli_progress_clear(cli_progress_t *p) {
    if (p->shown) {
        fputs("\r\033[K", stderr);
        fflush(stderr);
        p->shown = 0;
    }
}
