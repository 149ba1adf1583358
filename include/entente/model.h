/*
 * entente/model.h - the snapshot model (schema "entente/1").
 *
 * A snapshot is the network of states and institutions at one moment:
 * sources, entities, relations and the relation types they use. One
 * ent_snapshot_t owns everything reachable from it (strings, arrays and the
 * cJSON attribute objects) and ent_snapshot_free releases it all in one
 * call. Pointers returned by the accessors stay valid until the snapshot is
 * freed or, for arrays, until the next ent_snapshot_add_* call.
 *
 * Members of the JSON that the schema does not name are kept, with their
 * JSON types and in file order, in the `attributes` object of the record
 * they belong to, so that a load followed by ent_snapshot_to_json loses
 * nothing.
 */
#ifndef ENTENTE_MODEL_H
#define ENTENTE_MODEL_H

#include <stddef.h>

#include "entente/diag.h"
#include "entente/export.h"

#ifdef __cplusplus
extern "C" {
#endif
ENT_PUBLIC_BEGIN

struct cJSON;

/* The schema string this version reads and writes. */
#define ENT_SCHEMA "entente/1"

/* The range of every weight, in files and in --weight: a product of a
 * layer weight and a relation weight and its square stay far from a
 * double's overflow and underflow (about 1e308 and 1e-308), where the
 * eigenvector solver failed (at 1e155) and closeness became inf. */
#define ENT_WEIGHT_MIN 1e-12
#define ENT_WEIGHT_MAX 1e12

typedef enum {
    ENT_ENTITY_STATE = 0,
    ENT_ENTITY_ORGANIZATION,
    ENT_ENTITY_PERSON,
    ENT_ENTITY_EVENT,
    ENT_ENTITY_GROUP,
    ENT_ENTITY_TYPE_COUNT
} ent_entity_type;

/* "state", "organization", ...; NULL for a value out of range. */
const char *ent_entity_type_name(ent_entity_type type);
/* Sets *type and returns 1 when `name` is a known entity type, else 0. */
int ent_entity_type_parse(const char *name, ent_entity_type *type);

/* A set of entity types, as a bit mask; 0 means "any type". */
typedef unsigned ent_entity_type_set;
static inline ent_entity_type_set ent_entity_type_bit(ent_entity_type type) {
    return 1u << (unsigned)type;
}

/* Membership status of a member_of relation (the `status` member). */
typedef enum {
    ENT_MEMBERSHIP_UNSPECIFIED = 0, /* no `status` member: counts as active */
    ENT_MEMBERSHIP_ACTIVE,
    ENT_MEMBERSHIP_OBSERVER,
    ENT_MEMBERSHIP_FROZEN,
    ENT_MEMBERSHIP_SUSPENDED,
    ENT_MEMBERSHIP_FORMER,
    ENT_MEMBERSHIP_COUNT
} ent_membership_status;

/* "active", "observer", ...; NULL for UNSPECIFIED or out of range. */
const char *ent_membership_status_name(ent_membership_status status);
/* Sets *status and returns 1 when `name` is a known status, else 0. */
int ent_membership_status_parse(const char *name,
                                ent_membership_status *status);

typedef struct {
    const char *id;    /* unique among the sources, non-empty */
    const char *title; /* NULL when absent (likewise below) */
    const char *publisher;
    const char *url;
    const char *accessed;     /* a date, see ent_date_is_valid */
    struct cJSON *attributes; /* other members, or NULL */
} ent_source_t;

typedef struct {
    const char *id; /* unique, case-sensitive, non-empty */
    ent_entity_type type;
    const char *name; /* NULL when absent: use ent_entity_label */
    const char **aliases;
    size_t alias_count;
    const char *date;         /* NULL when absent */
    struct cJSON *attributes; /* other members, or NULL */
} ent_entity_t;

/* The entity's name, or its id when it has none. */
const char *ent_entity_label(const ent_entity_t *entity);

typedef struct {
    const char *name;
    int directed;          /* 0: source and target are interchangeable */
    double default_weight; /* the weight of a relation that gives none */
    ent_entity_type_set source_types; /* allowed source types; 0 = any */
    ent_entity_type_set target_types; /* allowed target types; 0 = any */
    int weight_is_share;              /* weights must lie in (0, 1] */
    int builtin;                      /* 1 for the types every snapshot knows */
    struct cJSON *attributes; /* other members of a declaration, or NULL */
} ent_relation_type_t;

typedef struct {
    size_t type;    /* index into the snapshot's relation types */
    size_t source;  /* index of the source entity */
    size_t target;  /* index of the target entity */
    double weight;  /* as given, or the type's default weight */
    int has_weight; /* 1 when the file gave a weight */
    ent_membership_status status;
    const char *role; /* NULL when absent (likewise below) */
    const char *term;
    const char *since;      /* a date */
    const char *until;      /* a date */
    const char *period;     /* a date, "YYYY-YYYY" or "DATE/DATE" */
    const char *source_ref; /* id of one of the snapshot's sources */
    const char *note;
    const char *evidence;
    struct cJSON *attributes; /* other members, or NULL */
} ent_relation_t;

/* The opaque snapshot: create with ent_snapshot_new or a loader (load.h). */
typedef struct ent_snapshot ent_snapshot_t;

/*
 * Returns an empty snapshot that already knows the built-in relation types,
 * or NULL when out of memory. Free with ent_snapshot_free.
 */
ent_snapshot_t *ent_snapshot_new(void);
/* Frees the snapshot and everything it owns; NULL does nothing. */
void ent_snapshot_free(ent_snapshot_t *snapshot);

/* Header members; NULL when absent (the schema is always ENT_SCHEMA). */
const char *ent_snapshot_id(const ent_snapshot_t *snapshot);
const char *ent_snapshot_title(const ent_snapshot_t *snapshot);
const char *ent_snapshot_date(const ent_snapshot_t *snapshot);
/* Top-level members the schema does not name, or NULL. */
const struct cJSON *ent_snapshot_attributes(const ent_snapshot_t *snapshot);

/* Copies the strings; NULL leaves a member absent. */
ent_status ent_snapshot_set_header(ent_snapshot_t *snapshot, const char *id,
                                   const char *title, const char *date);
/* Takes ownership of `attributes` (a cJSON object, or NULL). */
void ent_snapshot_set_attributes(ent_snapshot_t *snapshot,
                                 struct cJSON *attributes);

size_t ent_snapshot_source_count(const ent_snapshot_t *snapshot);
const ent_source_t *ent_snapshot_source(const ent_snapshot_t *snapshot,
                                        size_t index);
size_t ent_snapshot_entity_count(const ent_snapshot_t *snapshot);
const ent_entity_t *ent_snapshot_entity(const ent_snapshot_t *snapshot,
                                        size_t index);
size_t ent_snapshot_relation_count(const ent_snapshot_t *snapshot);
const ent_relation_t *ent_snapshot_relation(const ent_snapshot_t *snapshot,
                                            size_t index);
/* Built-in types first, in the order of DESIGN.md, then declared ones. */
size_t ent_snapshot_relation_type_count(const ent_snapshot_t *snapshot);
const ent_relation_type_t *
ent_snapshot_relation_type(const ent_snapshot_t *snapshot, size_t index);

/*
 * Look-ups by id in O(1) expected time. Each sets *index and returns 1 when
 * found, else returns 0 and leaves *index alone. `index` may be NULL.
 */
int ent_snapshot_find_entity(const ent_snapshot_t *snapshot, const char *id,
                             size_t *index);
int ent_snapshot_find_source(const ent_snapshot_t *snapshot, const char *id,
                             size_t *index);
int ent_snapshot_find_relation_type(const ent_snapshot_t *snapshot,
                                    const char *name, size_t *index);

/*
 * The organization that convened event `event` (entity indices): the
 * event's optional member "organization" names it. Sets *organization and
 * returns 1 when the event names an organization entity of the snapshot
 * (the loader rejects any other value), else returns 0.
 */
int ent_snapshot_event_organization(const ent_snapshot_t *snapshot,
                                    size_t event, size_t *organization);

/*
 * Appending records. Each copies every string of `record` into the
 * snapshot and, on success only, takes ownership of record->attributes.
 * They check only what keeps the model consistent (unique ids, indices in
 * range) and return ENT_EINPUT otherwise; the loader does the full
 * validation. `index`, when not NULL, receives the new record's index.
 */
ent_status ent_snapshot_add_source(ent_snapshot_t *snapshot,
                                   const ent_source_t *record, size_t *index);
ent_status ent_snapshot_add_entity(ent_snapshot_t *snapshot,
                                   const ent_entity_t *record, size_t *index);
ent_status ent_snapshot_add_relation_type(ent_snapshot_t *snapshot,
                                          const ent_relation_type_t *record,
                                          size_t *index);
ent_status ent_snapshot_add_relation(ent_snapshot_t *snapshot,
                                     const ent_relation_t *record,
                                     size_t *index);

/*
 * Serializes the snapshot as "entente/1" JSON, two-space indented, members
 * in schema order followed by the attributes in their order. Sets *text to
 * a NUL-terminated heap string the caller frees with free().
 */
ent_status ent_snapshot_to_json(const ent_snapshot_t *snapshot, char **text);

/*
 * Returns 1 when `text` is a real calendar date written YYYY-MM-DD, YYYY-MM
 * or YYYY (years 0001 to 9999), else 0.
 */
int ent_date_is_valid(const char *text);
/* Returns 1 for a date, "YYYY-YYYY" (ordered years) or "DATE/DATE". */
int ent_period_is_valid(const char *text);

ENT_PUBLIC_END
#ifdef __cplusplus
}
#endif

#endif /* ENTENTE_MODEL_H */
