/*
 * Relation types interned once per compile: every type name has one
 * pointer, so that the matcher, the inference, the attendance model and
 * the draft compare types by pointer, never with strcmp.
 */
#include <string.h>

#include "extract/patterns_internal.h"

const char extract_type_attends[] = "attends";
const char extract_type_absent_from[] = "absent_from";
const char extract_type_member_of[] = "member_of";
const char extract_type_hosts[] = "hosts";
const char extract_type_leads[] = "leads";
const char extract_type_border_risk[] = "border_risk";

/* The one pointer of relation type `name`: an extract_type_* string, else
 * the first pointer the rules gave for that name; NULL when the rules name
 * more than MAX_OTHER_TYPES other types (a bug of the tables). */
static const char *relation_type_intern(compiled_patterns *p,
                                        const char *name) {
    static const char *const known[] = {
        extract_type_attends,   extract_type_absent_from,
        extract_type_member_of, extract_type_hosts,
        extract_type_leads,     extract_type_border_risk};
    for (size_t k = 0; k < sizeof known / sizeof *known; k++) {
        if (strcmp(name, known[k]) == 0) {
            return known[k];
        }
    }
    for (size_t k = 0; k < p->other_type_count; k++) {
        if (p->other_types[k] == name || strcmp(name, p->other_types[k]) == 0) {
            return p->other_types[k];
        }
    }
    if (p->other_type_count == MAX_OTHER_TYPES) {
        return NULL;
    }
    return p->other_types[p->other_type_count++] = name;
}

/* Interns the types of a rule's outputs into cr->types. */
int patterns_intern_types(compiled_patterns *p, const rule *row,
                          compiled_rule *cr) {
    for (size_t o = 0; o < 2 && row->out[o].type != NULL; o++) {
        cr->types[o] = relation_type_intern(p, row->out[o].type);
        if (cr->types[o] == NULL) {
            return 0;
        }
    }
    return 1;
}
