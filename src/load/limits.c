/*
 * The size limits checked on the parsed document before the semantic walk
 * (load.h lists them): the length of every string and member name, and the
 * number of entities and of relations.
 *
 * They run before the walk so that an oversized value is reported once, at
 * its path, instead of being quoted by every message that names it (an
 * entity id of 10 MB would otherwise be repeated in each duplicate or
 * unknown-id message), and so that nothing is built from a document the
 * loader is going to refuse.
 */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <string.h>

#include "load/load_internal.h"
#include "load/path.h"

typedef struct {
    size_t max_string;
    pending_list *diags;
    path_buffer path;
} limit_walk;

static const char *here(const limit_walk *lw) {
    return lw->path.failed ? "" : lw->path.data;
}

/* Depth is bounded by the prescan's nesting limit, so recursion is safe. */
static void check_value(limit_walk *lw, const cJSON *item) {
    if (cJSON_IsString(item)) {
        size_t length = strlen(item->valuestring);
        if (length > lw->max_string) {
            pending_add_at_path(lw->diags, ENT_SEVERITY_ERROR, here(lw),
                                "the string is %zu bytes long, over the limit "
                                "of %zu bytes",
                                length, lw->max_string);
        }
        return;
    }
    size_t index = 0;
    int object = cJSON_IsObject(item);
    for (const cJSON *child = item->child; child && !lw->diags->stopped;
         child = child->next) {
        size_t mark = lw->path.length;
        if (object) {
            size_t length = strlen(child->string);
            if (length > lw->max_string) {
                /* Reported at the object: the path must not quote it. */
                pending_add_at_path(lw->diags, ENT_SEVERITY_ERROR, here(lw),
                                    "a member name is %zu bytes long, over "
                                    "the limit of %zu bytes",
                                    length, lw->max_string);
                continue;
            }
            path_push_key(&lw->path, child->string);
        } else {
            path_push_index(&lw->path, index++);
        }
        check_value(lw, child);
        path_truncate(&lw->path, mark);
    }
}

static void check_count(const cJSON *root, const char *key, size_t limit,
                        pending_list *diags) {
    const cJSON *array = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!cJSON_IsArray(array)) {
        return; /* the walk reports what is wrong with it */
    }
    size_t count = 0;
    for (const cJSON *item = array->child; item; item = item->next) {
        count++;
    }
    if (count > limit) {
        char path[32];
        snprintf(path, sizeof path, "/%s", key);
        pending_add_at_path(diags, ENT_SEVERITY_ERROR, path,
                            "\"%s\" has %zu entries, over the limit of %zu",
                            key, count, limit);
    }
}

static size_t smallest_count_limit(const ent_load_options_t *options) {
    size_t entities = options->max_entities ? options->max_entities
                                            : ENT_LOAD_DEFAULT_MAX_ENTITIES;
    size_t relations = options->max_relations ? options->max_relations
                                              : ENT_LOAD_DEFAULT_MAX_RELATIONS;
    return entities < relations ? entities : relations;
}

int load_check_limits(const cJSON *root, const ent_load_options_t *options,
                      size_t longest_string, size_t longest_array,
                      pending_list *diags) {
    size_t errors = diags->errors;
    limit_walk lw = {options->max_string ? options->max_string
                                         : ENT_LOAD_DEFAULT_MAX_STRING,
                     diags,
                     {0}};
    path_init(&lw.path);
    if (lw.path.failed) {
        diags->nomem = 1;
        return 0;
    }
    /* The walk visits every node: only when the raw text holds a string
     * long enough to break the limit once decoded. */
    if (longest_string > lw.max_string) {
        check_value(&lw, root);
    }
    path_release(&lw.path);
    /* Counting walks both lists: only when the text could break a limit. */
    if (cJSON_IsObject(root) && longest_array > smallest_count_limit(options)) {
        check_count(root, "entities",
                    options->max_entities ? options->max_entities
                                          : ENT_LOAD_DEFAULT_MAX_ENTITIES,
                    diags);
        check_count(root, "relations",
                    options->max_relations ? options->max_relations
                                           : ENT_LOAD_DEFAULT_MAX_RELATIONS,
                    diags);
    }
    return diags->errors == errors && !diags->nomem;
}

int load_limits_cannot_fail(const ent_load_options_t *options,
                            size_t longest_string, size_t longest_array) {
    size_t max_string =
        options->max_string ? options->max_string : ENT_LOAD_DEFAULT_MAX_STRING;
    return longest_string <= max_string &&
           longest_array <= smallest_count_limit(options);
}
