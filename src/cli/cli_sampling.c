/*
 * The options of sampled betweenness (--exact, --epsilon, --delta,
 * --seed), which `metrics` and `batch` take alike.
 */
#include <stdio.h>
#include <stdlib.h>

#include "cli/cli.h"

int cli_is_sampling_option(int code) {
    return code >= CLI_OPT_EXACT && code <= CLI_OPT_SEED;
}

/* A number strictly between 0 and 1 into *value; returns an exit code. */
static int parse_fraction(const char *command, double *value,
                          const char *option, const char *text) {
    char *end;
    double x = strtod(text, &end);
    if (end == text || *end != '\0' || !(x > 0 && x < 1)) {
        return cli_usage_error(command,
                               "%s takes a number between 0 and 1, not '%s'",
                               option, text);
    }
    *value = x;
    return EXIT_OK;
}

int cli_sampling_option(const char *command, cli_sampling_args *args, int code,
                        const char *value) {
    switch (code) {
    case CLI_OPT_EXACT:
        args->exact = 1;
        return EXIT_OK;
    case CLI_OPT_EPSILON:
        return parse_fraction(command, &args->epsilon, "--epsilon", value);
    case CLI_OPT_DELTA:
        return parse_fraction(command, &args->delta, "--delta", value);
    default:
        args->seed_given = 1;
        if (!cli_parse_count(value, &args->seed)) {
            return cli_usage_error(
                command, "--seed takes a whole number, not '%s'", value);
        }
        return EXIT_OK;
    }
}

int cli_sampling_apply(const char *command, const cli_sampling_args *args,
                       ent_metrics_options_t *mopts) {
    int asked = args->epsilon > 0 || args->delta > 0;
    if (args->exact && (asked || args->seed_given)) {
        return cli_usage_error(command,
                               "--exact computes betweenness exactly: drop "
                               "--epsilon, --delta and --seed");
    }
    mopts->exact = args->exact;
    mopts->sample = asked;
    mopts->epsilon = args->epsilon > 0 ? args->epsilon : ENT_METRICS_EPSILON;
    mopts->delta = args->delta > 0 ? args->delta : ENT_METRICS_DELTA;
    mopts->seed = args->seed_given ? args->seed : ENT_METRICS_SAMPLE_SEED;
    return EXIT_OK;
}

void cli_sampling_help(void) {
    fputs("  --exact               exact betweenness at any size (no "
          "sampling)\n"
          "  --epsilon E, --delta D  sample betweenness (at any size) so that "
          "with\n"
          "                        probability 1 - D every node is within E "
          "of its\n"
          "                        exact betweenness normalized by the n(n-1) "
          "ordered\n"
          "                        pairs (Riondato-Kornaropoulos); defaults "
          "0.01, 0.05\n"
          "  --seed N              seed of the sampling (default 1): same "
          "seed, same\n"
          "                        values, for every -j\n",
          stdout);
}
