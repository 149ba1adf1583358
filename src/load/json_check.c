/*
 * The loader's prescan and locator offered to the other JSON readers
 * (json_check.h).
 */
#include "load/json_check.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/load_internal.h"
#include "load/path.h"

int json_text_check(const char *text, size_t length, int max_depth,
                    size_t *offset, char *message, size_t message_size) {
    /* The one byte-order mark a file may start with, as the loader. */
    size_t skip = length >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    /* The prescan wants a NUL after the text; a buffer need not have one. */
    char *copy = malloc(length - skip + 1);
    if (copy == NULL) {
        return -1;
    }
    memcpy(copy, text + skip, length - skip);
    copy[length - skip] = '\0';
    pending_list pending = {0};
    pending.max_errors = 1;
    int truncated = 0;
    size_t longest_string = 0, longest_array = 0;
    /* A gazetteer is all spellings: its trees are its data. */
    int passed =
        text_prescan(copy, length - skip, max_depth, SIZE_MAX, &pending,
                     &truncated, &longest_string, &longest_array);
    int result = passed ? 1 : pending.nomem || pending.count == 0 ? -1 : 0;
    if (result == 0) {
        *offset = pending.items[0].offset + skip;
        snprintf(message, message_size, "%s", pending.items[0].message);
    }
    pending_release(&pending);
    free(copy);
    return result;
}

/*
 * Walks the tree in the text's order down to `target`, keeping the JSON
 * pointer of the node in `path`; returns 1 once there, `path` then naming
 * `target`. Given `wanted` (the pointer of `target`, from a first walk),
 * also counts in *count the nodes before `target` with that pointer
 * (members that repeat a name repeat their pointers) and skips the
 * subtrees that cannot hold one.
 */
static int walk_to(const cJSON *node, const cJSON *target, path_buffer *path,
                   const char *wanted, size_t *count) {
    if (node == target) {
        return 1;
    }
    if (wanted != NULL) {
        if (strncmp(path->data, wanted, path->length) != 0) {
            return 0;
        }
        *count += wanted[path->length] == '\0';
    }
    if (!cJSON_IsObject(node) && !cJSON_IsArray(node)) {
        return 0;
    }
    size_t index = 0;
    for (const cJSON *child = node->child; child; child = child->next) {
        size_t mark = path->length;
        if (cJSON_IsObject(node)) {
            path_push_key(path, child->string);
        } else {
            path_push_index(path, index++);
        }
        if (!path->failed && walk_to(child, target, path, wanted, count)) {
            return 1;
        }
        path_truncate(path, mark);
    }
    return 0;
}

int json_text_locate_node(const char *text, size_t length, const cJSON *root,
                          const cJSON *item, size_t *offset) {
    path_buffer wanted, path;
    path_init(&wanted);
    path_init(&path);
    pending_diag request = {0};
    int found = walk_to(root, item, &wanted, NULL, NULL);
    int result = -1;
    if (!wanted.failed && !path.failed) {
        result = 0;
        if (found) {
            walk_to(root, item, &path, wanted.data, &request.occurrence);
            request.path = wanted.data;
            /* Only members of objects have names in a parsed tree. */
            request.at_name = item != root && item->string != NULL;
            if (path.failed || !text_locate_request(text, length, &request)) {
                result = -1;
            } else if (request.offset != SIZE_MAX) {
                *offset = request.offset;
                result = 1;
            }
        }
    }
    path_release(&path);
    path_release(&wanted);
    return result;
}
