/*
 * The network options every command that builds a network shares
 * (--layer, --weight, --status, --directed, --project, --distance), so
 * that metrics, render, batch and compare read them the same way.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

const struct option cli_network_long_options[CLI_NETWORK_OPTION_COUNT] = {
    {"layer", required_argument, NULL, CLI_OPT_LAYER},
    {"weight", required_argument, NULL, CLI_OPT_WEIGHT},
    {"status", required_argument, NULL, CLI_OPT_STATUS},
    {"directed", no_argument, NULL, CLI_OPT_DIRECTED},
    {"project", required_argument, NULL, CLI_OPT_PROJECT},
    {"distance", required_argument, NULL, CLI_OPT_DISTANCE},
};

size_t cli_merge_options(struct option *out, size_t capacity,
                         const struct option *own) {
    size_t count = 0;
    for (size_t i = 0; i < CLI_NETWORK_OPTION_COUNT && count < capacity; i++) {
        out[count++] = cli_network_long_options[i];
    }
    for (size_t i = 0; own[i].name != NULL && count < capacity; i++) {
        out[count++] = own[i];
    }
    if (count < capacity) {
        memset(&out[count], 0, sizeof out[count]);
    }
    return count;
}

int cli_network_option(const char *command, ent_network_options_t *network,
                       int code, const char *value) {
    static const char *const names[] = {
        [CLI_OPT_LAYER - CLI_OPT_LAYER] = "layer",
        [CLI_OPT_WEIGHT - CLI_OPT_LAYER] = "weight",
        [CLI_OPT_STATUS - CLI_OPT_LAYER] = "status",
        [CLI_OPT_DIRECTED - CLI_OPT_LAYER] = NULL,
        [CLI_OPT_PROJECT - CLI_OPT_LAYER] = "project",
        [CLI_OPT_DISTANCE - CLI_OPT_LAYER] = "distance",
    };
    if (code == CLI_OPT_DIRECTED) {
        network->directed = 1;
        return EXIT_OK;
    }
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_status status = ent_network_options_parse(
        network, names[code - CLI_OPT_LAYER], value, &diags);
    int exit_code = EXIT_OK;
    if (status == ENT_EUSAGE && diags.count > 0) {
        exit_code = cli_usage_error(command, "%s", diags.items[0].message);
    } else if (status != ENT_OK) {
        exit_code = cli_exit_code(status);
    }
    ent_diag_list_destroy(&diags);
    return exit_code;
}

int cli_is_network_option(int code) {
    return code >= CLI_OPT_LAYER && code <= CLI_OPT_DISTANCE;
}

void cli_network_help(void) {
    printf("The network:\n"
           "  --layer TYPE[,TYPE...]  relation types that form it (default "
           "member_of,\n"
           "                        arms_dependency,border_risk; custom types "
           "too)\n"
           "  --weight TYPE=W       weight of a layer (default 1); "
           "repeatable\n"
           "  --status S[,S...]     memberships that form edges (default "
           "active; a\n"
           "                        relation without status counts as "
           "active)\n"
           "  --directed            keep directions (undirected types give "
           "two arcs)\n"
           "  --project state|organization\n"
           "                        one-mode projection of the membership "
           "network:\n"
           "                        weight = shared organizations (or "
           "members)\n"
           "  --distance inverse|neglog|unit\n"
           "                        length of an edge for path measures: 1/w "
           "(default),\n"
           "                        -ln w (w in (0, 1] only) or 1\n"
           "Nodes: every entity a chosen relation joins, and every state. "
           "Relations\nbetween one pair make one edge of weight sum(layer "
           "weight x weight).\n");
}
