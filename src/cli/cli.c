/*
 * Shared parts of the command-line program (see cli.h).
 */
#include "cli/cli.h"

#include <errno.h>
#include <getopt.h>
#include <omp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cli_exit_code(ent_status status) {
    switch (status) {
    case ENT_OK:
        return EXIT_OK;
    case ENT_EINPUT:
        return EXIT_BAD_INPUT;
    case ENT_EUSAGE:
        return EXIT_BAD_USAGE;
    case ENT_EIO:
    case ENT_ENOMEM:
    case ENT_EINTERNAL:
        return EXIT_IO_ERROR;
    }
    return EXIT_IO_ERROR;
}

void cli_print_diags(const ent_diag_list_t *diags) {
    for (size_t i = 0; i < diags->count; i++) {
        char *line = ent_diag_format(&diags->items[i]);
        fprintf(stderr, "%s\n", line ? line : "error: out of memory");
        free(line);
    }
}

int cli_usage_error(const char *command, const char *format, ...) {
    va_list args;
    va_start(args, format);
    fprintf(stderr, "entente%s%s: ", command ? " " : "",
            command ? command : "");
    vfprintf(stderr, format, args);
    fprintf(stderr, "\nTry 'entente%s%s --help'.\n", command ? " " : "",
            command ? command : "");
    va_end(args);
    return EXIT_BAD_USAGE;
}

int cli_bad_option(const char *command, char **argv, int code) {
    /* getopt_long leaves the offending word just before optind. */
    const char *word = optind > 0 ? argv[optind - 1] : NULL;
    int is_long = word != NULL && strncmp(word, "--", 2) == 0;
    if (code == ':') {
        if (is_long) {
            return cli_usage_error(command, "option '%.*s' needs a value",
                                   (int)strcspn(word, "="), word);
        }
        return cli_usage_error(command, "option '-%c' needs a value", optopt);
    }
    if (is_long || optopt == 0) {
        return cli_usage_error(command, "unknown option '%.*s'",
                               (int)strcspn(word ? word : "?", "="),
                               word ? word : "?");
    }
    return cli_usage_error(command, "unknown option '-%c'", optopt);
}

int cli_parse_count(const char *text, unsigned long *value) {
    char *end = NULL;
    errno = 0;
    if (text[0] < '0' || text[0] > '9') {
        return 0;
    }
    unsigned long parsed = strtoul(text, &end, 10);
    if (errno != 0 || *end != '\0') {
        return 0;
    }
    *value = parsed;
    return 1;
}

void cli_pin_openmp(void) {
    if (getenv("OMP_NUM_THREADS") == NULL) {
        omp_set_num_threads(1);
    }
}
