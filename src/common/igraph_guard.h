/*
 * The guard that keeps igraph from aborting or printing while a library
 * call runs. It lives in common/ so that every module calling igraph
 * (network, metrics, render) uses it without another module's internals.
 */
#ifndef ENTENTE_IGRAPH_GUARD_H
#define ENTENTE_IGRAPH_GUARD_H

#include <igraph/igraph.h>

#include "entente/diag.h"

/*
 * igraph's default handlers abort on error and print warnings; a library
 * must do neither. ent_igraph_guard_enter installs the ignoring handlers
 * and remembers the caller's; ent_igraph_guard_leave puts them back. Every
 * public entry point that calls igraph brackets its work with the pair.
 */
typedef struct {
    igraph_error_handler_t *error_handler;
    igraph_warning_handler_t *warning_handler;
} ent_igraph_guard_t;

void ent_igraph_guard_enter(ent_igraph_guard_t *guard);
void ent_igraph_guard_leave(const ent_igraph_guard_t *guard);

/* The ent_status for an igraph error code. */
ent_status ent_status_from_igraph(igraph_error_t error);

#endif /* ENTENTE_IGRAPH_GUARD_H */
