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

/* The CSV and JSON writers (metrics_write.c) and the table (table.c). */
ent_status ent_metrics_write_json(FILE *out, const ent_metrics_t *metrics);
ent_status ent_metrics_write_csv(FILE *out, const ent_metrics_t *metrics,
                                 ent_csv_level level);
ent_status ent_metrics_write_table(FILE *out, const ent_metrics_t *metrics,
                                   const ent_write_options_t *options);

#endif /* ENTENTE_METRICS_INTERNAL_H */
