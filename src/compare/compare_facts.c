/*
 * The facts of a snapshot that may change (memberships, attendance,
 * chairs, leadership) and their differences between two snapshots: each
 * kind is a list of (subject, object) -> value sorted once, so that two
 * snapshots are compared by one merge, in O(n log n).
 */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "compare/compare_internal.h"

static char *concat3(const char *a, const char *b, const char *c) {
    size_t size = strlen(a) + strlen(b) + strlen(c) + 1;
    char *text = malloc(size);
    if (text != NULL) {
        snprintf(text, size, "%s%s%s", a, b, c);
    }
    return text;
}

/* ---- facts ---------------------------------------------------------- */

void cmp_facts_free(cmp_facts *facts) {
    for (size_t i = 0; facts && i < facts->count; i++) {
        free(facts->items[i].subject);
        free(facts->items[i].object);
        free(facts->items[i].value);
    }
    if (facts != NULL) {
        free(facts->items);
    }
}

static int fact_order(const void *a, const void *b) {
    const cmp_fact *x = a, *y = b;
    int order = strcmp(x->subject, y->subject);
    if (order == 0) {
        order = strcmp(x->object, y->object);
    }
    return order != 0 ? order : strcmp(x->value, y->value);
}

static ent_status facts_add(cmp_facts *facts, const char *subject,
                            const char *object, const char *value) {
    if (!cmp_grow(&facts->items, facts->count, sizeof *facts->items)) {
        return ENT_ENOMEM;
    }
    cmp_fact *fact = &facts->items[facts->count];
    fact->subject = strdup(subject);
    fact->object = strdup(object);
    fact->value = strdup(value);
    facts->count++;
    return fact->subject && fact->object && fact->value ? ENT_OK : ENT_ENOMEM;
}

/* Sorts, then joins the values of one (subject, object) with ", ". */
static ent_status facts_settle(cmp_facts *facts) {
    if (facts->count > 1) {
        qsort(facts->items, facts->count, sizeof *facts->items, fact_order);
    }
    size_t kept = 0;
    for (size_t i = 0; i < facts->count; i++) {
        cmp_fact *fact = &facts->items[i];
        cmp_fact *last = kept ? &facts->items[kept - 1] : NULL;
        if (last && strcmp(last->subject, fact->subject) == 0 &&
            strcmp(last->object, fact->object) == 0) {
            char *joined = strcmp(last->value, fact->value) == 0
                               ? strdup(last->value)
                               : concat3(last->value, ", ", fact->value);
            free(fact->subject);
            free(fact->object);
            free(fact->value);
            if (joined == NULL) {
                /* Keep the facts not reached yet, after the kept ones:
                 * the slots between hold freed or moved strings. */
                memmove(&facts->items[kept], &facts->items[i + 1],
                        (facts->count - i - 1) * sizeof *facts->items);
                facts->count = kept + (facts->count - i - 1);
                return ENT_ENOMEM;
            }
            free(last->value);
            last->value = joined;
            continue;
        }
        facts->items[kept++] = *fact;
    }
    facts->count = kept;
    return ENT_OK;
}

const char *cmp_fact_value(const cmp_facts *facts, const char *subject,
                           const char *object) {
    cmp_fact key = {(char *)subject, (char *)object, NULL};
    size_t low = 0, high = facts->count;
    while (low < high) {
        size_t mid = low + (high - low) / 2;
        int order = strcmp(facts->items[mid].subject, key.subject);
        if (order == 0) {
            order = strcmp(facts->items[mid].object, key.object);
        }
        if (order == 0) {
            return facts->items[mid].value;
        }
        if (order < 0) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    return NULL;
}

/* The relation types each kind reads, and what a relation says. */
static ent_status relation_fact(cmp_facts *facts, cmp_fact_kind kind,
                                const ent_snapshot_t *s,
                                const ent_relation_t *r, const char *type) {
    const char *source = ent_snapshot_entity(s, r->source)->id;
    const char *target = ent_snapshot_entity(s, r->target)->id;
    switch (kind) {
    case CMP_MEMBERSHIP:
        if (strcmp(type, "member_of") == 0) {
            const char *status = ent_membership_status_name(r->status);
            return facts_add(facts, source, target, status ? status : "active");
        }
        break;
    case CMP_ATTENDANCE:
        if (strcmp(type, "attends") == 0 || strcmp(type, "absent_from") == 0) {
            return facts_add(facts, source, "",
                             type[1] == 't' ? "attended" : "absent");
        }
        break;
    case CMP_CHAIR:
        if (strcmp(type, "chairs") == 0) {
            char *value =
                r->term ? concat3(source, " (", r->term) : strdup(source);
            char *closed = value && r->term ? concat3(value, ")", "") : value;
            if (closed != value) {
                free(value);
            }
            ent_status status =
                closed ? facts_add(facts, target, "", closed) : ENT_ENOMEM;
            free(closed);
            return status;
        }
        break;
    case CMP_LEADERSHIP:
        if (strcmp(type, "leads") == 0) {
            return facts_add(facts, target, r->role ? r->role : "", source);
        }
        break;
    case CMP_FACT_KINDS:
        break;
    }
    return ENT_OK;
}

ent_status cmp_collect_facts(cmp_facts *facts, cmp_fact_kind kind,
                             const ent_snapshot_t *s) {
    ent_status status = ENT_OK;
    for (size_t i = 0; status == ENT_OK && i < ent_snapshot_relation_count(s);
         i++) {
        const ent_relation_t *r = ent_snapshot_relation(s, i);
        const char *type = ent_snapshot_relation_type(s, r->type)->name;
        status = relation_fact(facts, kind, s, r, type);
    }
    return status == ENT_OK ? facts_settle(facts) : status;
}

/* Merge of two sorted fact lists: every (subject, object) whose value
 * differs, with NULL on the side that lacks it. */
ent_status cmp_diff_facts(cmp_pair *pair, cmp_fact_kind kind,
                          const cmp_facts *a, const cmp_facts *b) {
    size_t i = 0, j = 0;
    while (i < a->count || j < b->count) {
        int order = i == a->count ? 1
                    : j == b->count
                        ? -1
                        : strcmp(a->items[i].subject, b->items[j].subject);
        if (order == 0) {
            order = strcmp(a->items[i].object, b->items[j].object);
        }
        const cmp_fact *x = order <= 0 ? &a->items[i] : NULL;
        const cmp_fact *y = order >= 0 ? &b->items[j] : NULL;
        i += x != NULL;
        j += y != NULL;
        if (x && y && strcmp(x->value, y->value) == 0) {
            continue;
        }
        size_t n = pair->change_count[kind];
        if (!cmp_grow(&pair->changes[kind], n, sizeof *pair->changes[kind])) {
            return ENT_ENOMEM;
        }
        const cmp_fact *either = x ? x : y;
        pair->changes[kind][n] =
            (cmp_change){either->subject, either->object, x ? x->value : NULL,
                         y ? y->value : NULL};
        pair->change_count[kind]++;
    }
    return ENT_OK;
}

/* ---- summits -------------------------------------------------------- */

size_t cmp_snapshot_summit(const ent_snapshot_t *s) {
    size_t first = ENT_NO_ENTITY;
    for (size_t i = 0; i < ent_snapshot_entity_count(s); i++) {
        if (ent_snapshot_entity(s, i)->type != ENT_ENTITY_EVENT) {
            continue;
        }
        if (ent_snapshot_event_organization(s, i, NULL)) {
            return i;
        }
        first = first == ENT_NO_ENTITY ? i : first;
    }
    return first;
}

const char *cmp_summit_place(const ent_snapshot_t *s, size_t event) {
    if (event == ENT_NO_ENTITY) {
        return NULL;
    }
    const cJSON *place = cJSON_GetObjectItemCaseSensitive(
        ent_snapshot_entity(s, event)->attributes, "place");
    if (cJSON_IsString(place) && place->valuestring[0] != '\0') {
        return place->valuestring;
    }
    size_t hosts;
    if (!ent_snapshot_find_relation_type(s, "hosts", &hosts)) {
        return NULL;
    }
    for (size_t i = 0; i < ent_snapshot_relation_count(s); i++) {
        const ent_relation_t *r = ent_snapshot_relation(s, i);
        if (r->type == hosts && r->target == event) {
            return ent_entity_label(ent_snapshot_entity(s, r->source));
        }
    }
    return NULL;
}
