/*
 * The vocabularies of the schema: entity types, membership statuses and the
 * built-in relation types with the endpoint types each one allows.
 */
#include <string.h>

#include "model/model_internal.h"

static const char *const entity_type_names[ENT_ENTITY_TYPE_COUNT] = {
    [ENT_ENTITY_STATE] = "state",   [ENT_ENTITY_ORGANIZATION] = "organization",
    [ENT_ENTITY_PERSON] = "person", [ENT_ENTITY_EVENT] = "event",
    [ENT_ENTITY_GROUP] = "group",
};

const char *ent_entity_type_name(ent_entity_type type) {
    if ((unsigned)type >= ENT_ENTITY_TYPE_COUNT) {
        return NULL;
    }
    return entity_type_names[type];
}

int ent_entity_type_parse(const char *name, ent_entity_type *type) {
    for (unsigned i = 0; i < ENT_ENTITY_TYPE_COUNT; i++) {
        if (strcmp(name, entity_type_names[i]) == 0) {
            *type = (ent_entity_type)i;
            return 1;
        }
    }
    return 0;
}

static const char *const membership_names[ENT_MEMBERSHIP_COUNT] = {
    [ENT_MEMBERSHIP_UNSPECIFIED] = NULL,
    [ENT_MEMBERSHIP_ACTIVE] = "active",
    [ENT_MEMBERSHIP_OBSERVER] = "observer",
    [ENT_MEMBERSHIP_FROZEN] = "frozen",
    [ENT_MEMBERSHIP_SUSPENDED] = "suspended",
    [ENT_MEMBERSHIP_FORMER] = "former",
};

const char *ent_membership_status_name(ent_membership_status status) {
    if ((unsigned)status >= ENT_MEMBERSHIP_COUNT) {
        return NULL;
    }
    return membership_names[status];
}

int ent_membership_status_parse(const char *name,
                                ent_membership_status *status) {
    for (unsigned i = 1; i < ENT_MEMBERSHIP_COUNT; i++) {
        if (strcmp(name, membership_names[i]) == 0) {
            *status = (ent_membership_status)i;
            return 1;
        }
    }
    return 0;
}

const char *ent_entity_label(const ent_entity_t *entity) {
    return entity->name ? entity->name : entity->id;
}

#define BIT(t) (1u << (unsigned)(t))
#define STATE BIT(ENT_ENTITY_STATE)
#define ORGANIZATION BIT(ENT_ENTITY_ORGANIZATION)
#define PERSON BIT(ENT_ENTITY_PERSON)
#define EVENT BIT(ENT_ENTITY_EVENT)
#define GROUP BIT(ENT_ENTITY_GROUP)

/* name, directed, default weight, sources, targets, share, builtin. */
const ent_relation_type_t builtin_relation_types[] = {
    {"member_of", 1, 1.0, STATE, ORGANIZATION, 0, 1, NULL},
    {"leads", 1, 1.0, PERSON, STATE | ORGANIZATION, 0, 1, NULL},
    {"chairs", 1, 1.0, STATE, ORGANIZATION, 0, 1, NULL},
    {"hosts", 1, 1.0, STATE, EVENT, 0, 1, NULL},
    {"attends", 1, 1.0, STATE | PERSON, EVENT, 0, 1, NULL},
    {"absent_from", 1, 1.0, STATE | PERSON, EVENT, 0, 1, NULL},
    {"arms_dependency", 1, 1.0, STATE, STATE, 1, 1, NULL},
    {"border_risk", 0, 1.0, STATE, STATE, 1, 1, NULL},
    {"borders", 0, 1.0, STATE, STATE, 0, 1, NULL},
    {"national_of", 1, 1.0, PERSON, STATE, 0, 1, NULL},
    {"threatens", 1, 1.0, GROUP, STATE, 0, 1, NULL},
};
const size_t builtin_relation_type_count =
    sizeof builtin_relation_types / sizeof builtin_relation_types[0];
