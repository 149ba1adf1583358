/*
 * entente/entente.h - the whole public interface of libentente.
 *
 * entente turns the relationships between states and institutions into
 * weighted networks and measures them. Include this header (it includes
 * every other public header), or the one of the stage you use (model,
 * load, ...). The library never prints to stdout and never exits: it
 * returns an ent_status and fills caller-owned diagnostics (diag.h).
 */
#ifndef ENTENTE_ENTENTE_H
#define ENTENTE_ENTENTE_H

#include "entente/batch.h"
#include "entente/compare.h"
#include "entente/convert.h"
#include "entente/diag.h"
#include "entente/export.h"
#include "entente/extract.h"
#include "entente/import.h"
#include "entente/io.h"
#include "entente/load.h"
#include "entente/metrics.h"
#include "entente/model.h"
#include "entente/network.h"
#include "entente/render.h"
#include "entente/report.h"

#ifdef __cplusplus
extern "C" {
#endif
ENT_PUBLIC_BEGIN

/* The library's version, e.g. "0.1.0". */
const char *ent_version(void);

/*
 * The versions of the libraries entente runs on, as one line such as
 * "igraph 0.10.2, Graphviz 2.43.0, cJSON 1.7.15", written into `out`
 * (truncated to `size`): those of the libraries loaded, as each reports
 * itself at run time. The first call makes (and frees) a Graphviz context,
 * of which Graphviz keeps a few kilobytes for the rest of the process.
 */
void ent_dependency_versions(char *out, size_t size);

ENT_PUBLIC_END
#ifdef __cplusplus
}
#endif

#endif /* ENTENTE_ENTENTE_H */
