/*
 * Keeping igraph quiet and non-fatal at the library edge
 * (common/igraph_guard.h).
 */
#include "common/igraph_guard.h"

void ent_igraph_guard_enter(ent_igraph_guard_t *guard) {
    guard->error_handler =
        igraph_set_error_handler(igraph_error_handler_ignore);
    guard->warning_handler =
        igraph_set_warning_handler(igraph_warning_handler_ignore);
}

void ent_igraph_guard_leave(const ent_igraph_guard_t *guard) {
    igraph_set_error_handler(guard->error_handler);
    igraph_set_warning_handler(guard->warning_handler);
}

ent_status ent_status_from_igraph(igraph_error_t error) {
    switch (error) {
    case IGRAPH_SUCCESS:
        return ENT_OK;
    case IGRAPH_ENOMEM:
        return ENT_ENOMEM;
    default:
        return ENT_EINTERNAL;
    }
}
