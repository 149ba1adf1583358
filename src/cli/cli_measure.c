/*
 * Loading a snapshot, building its network and measuring it: the common
 * first half of the commands that tabulate or draw a network.
 */
#include "cli/cli.h"

#include <string.h>

ent_status cli_measure(cli_measured *m, const char *path,
                       const ent_network_options_t *network,
                       const ent_metrics_options_t *metrics,
                       ent_diag_list_t *diags) {
    memset(m, 0, sizeof *m);
    ent_load_options_t load;
    ent_load_options_init(&load);
    load.warnings = 0; /* warnings are `entente validate`'s business */
    ent_status status =
        ent_snapshot_load_file(&m->snapshot, path, &load, diags);
    if (status == ENT_OK) {
        status = ent_network_build(&m->network, m->snapshot, network, diags);
        m->have_network = status == ENT_OK;
    }
    if (status == ENT_OK) {
        status = ent_metrics_compute(&m->metrics, m->network, metrics, diags);
        m->have_metrics = status == ENT_OK;
    }
    return status;
}

void cli_measured_release(cli_measured *m) {
    if (m->have_metrics) {
        ent_metrics_destroy(&m->metrics);
    }
    if (m->have_network) {
        ent_network_destroy(m->network);
    }
    ent_snapshot_free(m->snapshot);
    memset(m, 0, sizeof *m);
}
