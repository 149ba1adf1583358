/*
 * The loader's prescan offered to the other JSON readers (json_check.h).
 */
#include "load/json_check.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/load_internal.h"

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
