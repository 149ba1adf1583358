/*
 * Unique member names in the data a snapshot keeps as attributes: JSON
 * leaves duplicates to the reader, and cJSON keeps both, so a file could
 * say two things under one name and each reader believe another.
 */
#include <stdlib.h>
#include <string.h>

#include "io/hash.h"
#include "load/walk.h"

static void report_duplicate(walker *w, const char *name) {
    walk_report(w, ENT_SEVERITY_ERROR, NULL,
                "duplicate member \"%s\" (JSON names must be unique in an "
                "object)",
                name);
}

/* Few members: compare each with those before it. */
static void check_few(walker *w, const cJSON *object) {
    for (const cJSON *m = object->child; m != NULL; m = m->next) {
        for (const cJSON *before = object->child; before != m;
             before = before->next) {
            if (strcmp(before->string, m->string) == 0) {
                report_duplicate(w, m->string);
                break;
            }
        }
    }
}

/* Many members: a table of the names seen, under the keyed hash, so that
 * no choice of names makes the check quadratic. */
static void check_many(walker *w, const cJSON *object, size_t count) {
    size_t capacity = 16;
    while (capacity < count * 2) {
        capacity *= 2;
    }
    const char **slots = calloc(capacity, sizeof *slots);
    if (slots == NULL) {
        w->diags->nomem = 1;
        return;
    }
    for (const cJSON *m = object->child; m != NULL; m = m->next) {
        size_t slot = (size_t)ent_hash_string(m->string) & (capacity - 1);
        while (slots[slot] != NULL && strcmp(slots[slot], m->string) != 0) {
            slot = (slot + 1) & (capacity - 1);
        }
        if (slots[slot] != NULL) {
            report_duplicate(w, m->string);
        } else {
            slots[slot] = m->string;
        }
    }
    free(slots);
}

void walk_check_unique_names(walker *w, const cJSON *value) {
    if (!cJSON_IsObject(value) && !cJSON_IsArray(value)) {
        return;
    }
    size_t count = 0;
    for (const cJSON *m = value->child; m != NULL; m = m->next) {
        count++;
    }
    if (cJSON_IsObject(value)) {
        if (count <= 8) {
            check_few(w, value);
        } else {
            check_many(w, value, count);
        }
    }
    size_t index = 0;
    for (const cJSON *m = value->child; m != NULL && !w->diags->stopped;
         m = m->next, index++) {
        if (cJSON_IsObject(m) || cJSON_IsArray(m)) {
            size_t mark = w->path.length;
            if (cJSON_IsObject(value)) {
                path_push_key(&w->path, m->string);
            } else {
                path_push_index(&w->path, index);
            }
            walk_check_unique_names(w, m);
            path_truncate(&w->path, mark);
        }
    }
}
