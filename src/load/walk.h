/*
 * The machinery of the semantic walk shared by its files: where the walk
 * is, how it reports, and how it reads the members of one JSON object.
 */
#ifndef ENTENTE_LOAD_WALK_H
#define ENTENTE_LOAD_WALK_H

#include <cjson/cJSON.h>
#include <stdarg.h>

#include "load/load_internal.h"
#include "load/path.h"
#include "model/model_internal.h"

typedef struct {
    ent_snapshot_t *snapshot;
    pending_list *diags;
    path_buffer path; /* where the walk is, as a JSON pointer */
} walker;

/* Reports at the current path, or at its member `key` when not NULL. */
void walk_report(walker *w, ent_severity severity, const char *key,
                 const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* "a string", "a number", "an object", ... for messages. */
const char *json_kind(const cJSON *item);

/* How a known member is checked before it is stored. */
typedef enum {
    FIELD_STRING, /* any string */
    FIELD_ID,     /* a non-empty string */
    FIELD_DATE,   /* ent_date_is_valid */
    FIELD_PERIOD, /* ent_period_is_valid */
    FIELD_CUSTOM, /* checked by the record's own code */
} field_kind;

typedef struct {
    const char *name;
    field_kind kind;
    size_t offset; /* of the `const char *` in the record (not CUSTOM) */
    int required;
} member_spec;

/*
 * Reads the members of `object` against `specs`: sets found[i] to the
 * member named specs[i].name (or NULL), reports duplicate member names,
 * known or not (at any depth of the attributes), and missing required ones, and
 * moves every other member into *attributes (created on first use). Returns 0
 * when `object` is not an object (reported).
 */
int walk_collect_members(walker *w, cJSON *object, const member_spec *specs,
                         size_t count, const cJSON **found, cJSON **attributes);

/* Reports every object at or below `value` (the walk's path is its) that
 * has a member name twice (unique.c). */
void walk_check_unique_names(walker *w, const cJSON *value);

/* Checks and stores the non-CUSTOM members of found[] into `record`. */
void walk_read_string_fields(walker *w, const member_spec *specs, size_t count,
                             const cJSON **found, void *record);

/* Reads a member that must be a string; NULL (reported) otherwise. */
const char *walk_expect_string(walker *w, const cJSON *item, const char *key);

/* Checks a weight: a finite number > 0, at most 1 for a share; stores it
 * in *weight and returns 1 when valid. */
int walk_check_weight(walker *w, const cJSON *item, const char *key, int share,
                      const char *type_name, double *weight);

/* The members of the top-level object the walk visits after the header. */
typedef struct {
    cJSON *sources, *relation_types, *entities, *relations;
} document_parts;

/*
 * Checks that `root` is an object with a supported schema, reads its
 * members (duplicates, missing required ones, attributes) and the header
 * strings into the snapshot, and points `parts` at the arrays still to
 * walk. Returns 0 when the walk must stop there (reported, or out of
 * memory).
 */
int walk_header(walker *w, cJSON *root, document_parts *parts);

/* One part each, in the order they must be walked: relations refer to
 * sources, relation types and entities. The walk's path is the document's
 * for walk_sources and walk_relation_types, the element's for walk_entity
 * and walk_relation. */
void walk_sources(walker *w, cJSON *sources);
void walk_relation_types(walker *w, cJSON *object);
void walk_entity(walker *w, cJSON *item);
void walk_relation(walker *w, cJSON *item);

/* The relations and the warnings about them (validate_relations.c). */
void walk_relations(walker *w, cJSON *relations);
void walk_relation_warnings(walker *w);
/* Checks each event's optional "organization" (validate_relations.c). */
void walk_event_organizations(walker *w, const cJSON *entities);

#endif /* ENTENTE_LOAD_WALK_H */
