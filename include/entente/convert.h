/*
 * entente/convert.h - the network in the formats of the field, and back.
 *
 * Export writes the network that `metrics` builds (ent_network_build) as
 * GraphML, GEXF 1.3, node-link JSON (NetworkX, D3), a CSV edge list with a
 * node table, or Pajek .net. Every node carries its entity (id, label,
 * type, name, date, aliases and other attributes as JSON), every edge its
 * weight, length, relation types, statuses, source references and the
 * relations that formed it; optionally the node metrics. The rest of the
 * snapshot (header, sources, declared types, entities and relations off
 * the network, with their positions) goes in one graph attribute,
 * "entente", so that import gives back the same snapshot.
 *
 * Import reads GraphML, GEXF, node-link JSON or the CSV tables into an
 * `entente/1` snapshot, validated by the loader. A node's entity comes from
 * its attributes (an edit made in Gephi counts); an edge's relations from
 * its "relations" attribute when it has one (entente's own export), else
 * one relation from its "type" (default "tie", declared as a custom type)
 * and "weight"; unknown attributes become entity or relation attributes.
 *
 * Nothing here prints or exits; errors are statuses with diagnostics.
 */
#ifndef ENTENTE_CONVERT_H
#define ENTENTE_CONVERT_H

#include <stddef.h>
#include <stdio.h>

#include "entente/diag.h"
#include "entente/export.h"
#include "entente/metrics.h"
#include "entente/model.h"
#include "entente/network.h"

#ifdef __cplusplus
extern "C" {
#endif
ENT_PUBLIC_BEGIN

typedef enum {
    ENT_GRAPH_ENTENTE = 0, /* an entente/1 snapshot */
    ENT_GRAPH_GRAPHML,
    ENT_GRAPH_GEXF,
    ENT_GRAPH_NODE_LINK,
    ENT_GRAPH_CSV,
    ENT_GRAPH_PAJEK,
    ENT_GRAPH_COUNT
} ent_graph_format;

/* "entente", "graphml", "gexf", "node-link", "csv", "pajek"; NULL when out
 * of range. */
const char *ent_graph_format_name(ent_graph_format format);
/* Sets *format and returns 1 when `name` is one of those names, else 0. */
int ent_graph_format_parse(const char *name, ent_graph_format *format);
/*
 * The format of `path` by its extension: .graphml and .xml GraphML, .gexf
 * GEXF, .csv the CSV tables, .net Pajek, .json ENT_GRAPH_ENTENTE (a .json
 * input may still be node-link: see ent_convert_probe_json). Returns 0
 * for any other extension.
 */
int ent_graph_format_from_path(const char *path, ent_graph_format *format);
/* For a .json file: sets *format to ENT_GRAPH_NODE_LINK when the top-level
 * object has "links" or "nodes" and no "schema", else ENT_GRAPH_ENTENTE.
 * ENT_EINPUT with a diagnostic when the file cannot be read. */
ent_status ent_convert_probe_json(const char *path, ent_graph_format *format,
                                  ent_diag_list_t *diags);

/* One network to export: several of them only for GEXF (a time series). */
typedef struct {
    const ent_network_t *network;
    const ent_metrics_t *metrics; /* NULL: no node metrics */
} ent_convert_frame_t;

/* The files of the CSV format; the other formats have ENT_CONVERT_WHOLE. */
typedef enum {
    ENT_CONVERT_WHOLE = 0,
    ENT_CONVERT_CSV_EDGES, /* BASE.edges.csv: source, target, edge keys */
    ENT_CONVERT_CSV_NODES, /* BASE.nodes.csv: id, node keys */
    ENT_CONVERT_CSV_GRAPH, /* BASE.graph.csv: key, value */
} ent_convert_part;

/*
 * The path of a CSV part for the output or input `path`: BASE.edges.csv,
 * BASE.nodes.csv and BASE.graph.csv, where BASE is `path` without ".csv"
 * and without a ".edges", ".nodes" or ".graph" before it. Returns a heap
 * string the caller frees with free(), or NULL when out of memory.
 */
char *ent_convert_part_path(const char *path, ent_convert_part part);

/*
 * Writes `frames` (one, or several with dates in increasing order for
 * GEXF) in `format` to `out`; for ENT_GRAPH_CSV `part` says which table.
 * The frames' networks and snapshots are only read. Returns ENT_EUSAGE
 * for several frames in another format than GEXF, ENT_EINPUT when a frame
 * of a series has no date or the dates do not increase, ENT_EIO when
 * writing fails, ENT_ENOMEM; each with a diagnostic. Output is the same
 * bytes on every run.
 */
ent_status ent_convert_export(FILE *out, ent_graph_format format,
                              ent_convert_part part,
                              const ent_convert_frame_t *frames,
                              size_t frame_count, ent_diag_list_t *diags);

/*
 * Reads `path` in `format` (GraphML, GEXF, node-link or CSV; for CSV the
 * path of any of the tables or BASE.csv) into a new snapshot that the
 * caller frees with ent_snapshot_free; *snapshot is NULL on failure.
 * Returns ENT_EINPUT with FILE:LINE:COLUMN diagnostics for bad input
 * (malformed XML, JSON or CSV, a DOCTYPE, an edge to an unknown node, a
 * value of the wrong type, a snapshot the loader rejects), ENT_EUSAGE for
 * a format that cannot be read (Pajek, entente), ENT_EIO, ENT_ENOMEM.
 */
ent_status ent_convert_import(ent_snapshot_t **snapshot, const char *path,
                              ent_graph_format format, ent_diag_list_t *diags);

ENT_PUBLIC_END
#ifdef __cplusplus
}
#endif

#endif /* ENTENTE_CONVERT_H */
