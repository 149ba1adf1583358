/*
 * Private parts of the metrics module shared by its files.
 */
#ifndef ENTENTE_METRICS_INTERNAL_H
#define ENTENTE_METRICS_INTERNAL_H

#include "entente/io.h"
#include "entente/metrics.h"

/*
 * Computes the group results into metrics->groups and metrics->events
 * (every organization with an active member; every event). O(m) plus the
 * member-induced subnetworks. Returns ENT_ENOMEM.
 */
ent_status ent_metrics_groups(ent_metrics_t *metrics);
void ent_metrics_groups_free(ent_metrics_t *metrics);

/*
 * Vertex connectivity, the value igraph_vertex_connectivity gives, with
 * O(n + d^2) maximum flows for least degree d instead of its n^2
 * (metrics_connectivity.c). Directed graphs: strong connectivity.
 */
igraph_error_t ent_metrics_vertex_connectivity(const igraph_t *graph,
                                               igraph_integer_t *result);
/* Edge connectivity, igraph_edge_connectivity's value, settled by degree
 * and bridges before igraph's O(n m) computation is called. */
igraph_error_t ent_metrics_edge_connectivity(const igraph_t *graph,
                                             igraph_integer_t *result);

/* The CSV and JSON writers (metrics_write.c) and the table (table.c). */
ent_status ent_metrics_write_json(FILE *out, const ent_metrics_t *metrics);
ent_status ent_metrics_write_csv(FILE *out, const ent_metrics_t *metrics,
                                 ent_csv_level level);
ent_status ent_metrics_write_table(FILE *out, const ent_metrics_t *metrics,
                                   const ent_write_options_t *options);

#endif /* ENTENTE_METRICS_INTERNAL_H */
