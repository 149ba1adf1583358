/*
 * A test fixture of the metrics suites: a snapshot of tests/data loaded
 * and its default network built (test_metrics_jobs.c).
 */
#ifndef ENTENTE_TEST_METRICS_FIXTURE_H
#define ENTENTE_TEST_METRICS_FIXTURE_H

#include "entente/load.h"
#include "entente/network.h"

typedef struct {
    ent_snapshot_t *snapshot;
    ent_network_t *network;
} metrics_fixture_t;

/* Loads tests/data/NAME and builds its network (directed or not);
 * release with metrics_fixture_unload. Fails the test when it cannot. */
void metrics_fixture_load(metrics_fixture_t *l, const char *name, int directed);
void metrics_fixture_unload(metrics_fixture_t *l);

/* Calls visit(network, context) on the network, undirected then
 * directed, of every snapshot in tests/data, tests/data/metrics, graphs
 * and graphs/eurasia (files that are not snapshots are skipped); returns
 * how many networks it visited (test_metrics_local.c). */
int metrics_fixture_each_network(void (*visit)(const ent_network_t *network,
                                               void *context),
                                 void *context);

#endif /* ENTENTE_TEST_METRICS_FIXTURE_H */
