/*
 * entente/entente.h - the whole public interface of libentente.
 *
 * entente turns the relationships between states and institutions into
 * weighted networks and measures them. Include this header, or the one of
 * the stage you use (model, load, ...). The library never prints to stdout
 * and never exits: it returns an ent_status and fills caller-owned
 * diagnostics (diag.h).
 */
#ifndef ENTENTE_ENTENTE_H
#define ENTENTE_ENTENTE_H

#include "entente/diag.h"
#include "entente/load.h"
#include "entente/model.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The library's version, e.g. "0.1.0". */
const char *ent_version(void);

/*
 * The versions of the libraries entente runs on, as one line such as
 * "igraph 0.10.2, Graphviz 2.42.2, cJSON 1.7.15", written into `out`
 * (truncated to `size`).
 */
void ent_dependency_versions(char *out, size_t size);

#ifdef __cplusplus
}
#endif

#endif /* ENTENTE_ENTENTE_H */
