/*
 * The drawing options `render` and `compare` share: one parser, so that
 * both take the same words with the same limits and messages.
 */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static const struct option render_long_options[] = {
    {"format", required_argument, NULL, CLI_OPT_FORMAT},
    {"layout", required_argument, NULL, CLI_OPT_LAYOUT_ENGINE},
    {"size-by", required_argument, NULL, CLI_OPT_SIZE_BY},
    {"color-by", required_argument, NULL, CLI_OPT_COLOR_BY},
    {"width", required_argument, NULL, CLI_OPT_WIDTH},
    {"column", no_argument, NULL, CLI_OPT_COLUMN},
    {"dpi", required_argument, NULL, CLI_OPT_DPI},
    {"labels", required_argument, NULL, CLI_OPT_LABELS},
    {"no-legend", no_argument, NULL, CLI_OPT_NO_LEGEND},
    {"subtitle", required_argument, NULL, CLI_OPT_SUBTITLE},
    {"caption", required_argument, NULL, CLI_OPT_CAPTION},
    {NULL, 0, NULL, 0},
};

size_t cli_merge_render_options(struct option *out, size_t capacity,
                                const struct option *own) {
    size_t count = cli_merge_options(out, capacity, render_long_options);
    for (size_t i = 0; own[i].name != NULL && count < capacity; i++) {
        out[count++] = own[i];
    }
    if (count < capacity) {
        memset(&out[count], 0, sizeof out[count]);
    }
    return count;
}

int cli_is_render_option(int code) {
    return code >= CLI_OPT_FORMAT && code <= CLI_OPT_CAPTION;
}

void cli_render_option(cli_render_words *words, ent_render_options_t *render,
                       int code, const char *value) {
    switch (code) {
    case CLI_OPT_FORMAT:
        words->format = value;
        break;
    case CLI_OPT_LAYOUT_ENGINE:
        render->layout = value;
        break;
    case CLI_OPT_SIZE_BY:
        words->size_by = value;
        break;
    case CLI_OPT_COLOR_BY:
        words->color_by = value;
        break;
    case CLI_OPT_WIDTH:
        words->width = value;
        break;
    case CLI_OPT_COLUMN:
        words->width = "8.5";
        break;
    case CLI_OPT_DPI:
        words->dpi = value;
        break;
    case CLI_OPT_LABELS:
        words->labels = value;
        break;
    case CLI_OPT_NO_LEGEND:
        render->legend = 0;
        break;
    case CLI_OPT_SUBTITLE:
        render->subtitle = value;
        break;
    case CLI_OPT_CAPTION:
        render->caption = value;
        break;
    default:
        break;
    }
}

static int parse_size_by(const char *command, const char *value,
                         ent_render_options_t *render) {
    for (int m = 0; m < ENT_NODE_METRIC_COUNT; m++) {
        if (strcmp(value, ent_node_metric_name((ent_node_metric)m)) == 0) {
            render->size_by = (ent_node_metric)m;
            return EXIT_OK;
        }
    }
    return cli_usage_error(command, "--size-by takes a node metric, not '%s'",
                           value);
}

static int parse_color_by(const char *command, const char *value,
                          ent_render_options_t *render) {
    static const char *const colors[] = {"community", "organization", "type"};
    for (int c = 0; c < 3; c++) {
        if (strcmp(value, colors[c]) == 0) {
            render->color_by = (ent_color_by)c;
            return EXIT_OK;
        }
    }
    return cli_usage_error(command,
                           "--color-by takes community, organization or "
                           "type, not '%s'",
                           value);
}

static int parse_print_size(const char *command, const cli_render_words *w,
                            ent_render_options_t *render) {
    if (w->width != NULL) {
        char *end = NULL;
        double cm = strtod(w->width, &end);
        if (end == w->width || *end != '\0' || !(cm >= 2 && cm <= 100)) {
            return cli_usage_error(command,
                                   "--width takes centimetres from 2 to 100, "
                                   "not '%s'",
                                   w->width);
        }
        render->width_cm = cm;
    }
    if (w->dpi != NULL) {
        unsigned long dpi = 0;
        if (!cli_parse_count(w->dpi, &dpi) || dpi < 36 || dpi > 1200) {
            return cli_usage_error(command,
                                   "--dpi takes a whole number from 36 to "
                                   "1200, not '%s'",
                                   w->dpi);
        }
        render->dpi = (unsigned)dpi;
    }
    return EXIT_OK;
}

int cli_render_encoding(const char *command, const cli_render_words *w,
                        ent_render_options_t *render) {
    int exit_code = EXIT_OK;
    if (w->size_by != NULL) {
        exit_code = parse_size_by(command, w->size_by, render);
    }
    if (exit_code == EXIT_OK && w->color_by != NULL) {
        exit_code = parse_color_by(command, w->color_by, render);
    }
    if (exit_code == EXIT_OK) {
        exit_code = parse_print_size(command, w, render);
    }
    if (exit_code == EXIT_OK && w->labels != NULL &&
        strcmp(w->labels, "all") != 0) {
        unsigned long top = 0;
        if (strncmp(w->labels, "top:", 4) != 0 ||
            !cli_parse_count(w->labels + 4, &top) || top == 0) {
            return cli_usage_error(
                command, "--labels takes all or top:N, not '%s'", w->labels);
        }
        render->label_top = top;
    }
    if (exit_code == EXIT_OK && w->format != NULL &&
        !ent_render_format_parse(w->format, &render->format)) {
        exit_code = cli_usage_error(
            command, "--format takes svg, png, pdf or dot, not '%s'",
            w->format);
    }
    if (exit_code == EXIT_OK && render->layout != NULL &&
        !ent_render_layout_is_known(render->layout)) {
        exit_code = cli_usage_error(command,
                                    "--layout takes neato, fdp, sfdp, dot, "
                                    "circo or twopi, not '%s'",
                                    render->layout);
    }
    return exit_code;
}
