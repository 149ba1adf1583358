/*
 * The growable buffer and array growth (buffer.h).
 */
#include "common/buffer.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int grow_array(void **items, size_t *capacity, size_t needed, size_t size) {
    if (needed <= *capacity) {
        return 1;
    }
    size_t grown = *capacity ? *capacity : 16;
    while (grown < needed) {
        if (grown > SIZE_MAX / 2) {
            return 0;
        }
        grown *= 2;
    }
    if (size != 0 && grown > SIZE_MAX / size) {
        return 0;
    }
    void *moved = realloc(*items, grown * size);
    if (moved == NULL) {
        return 0;
    }
    *items = moved;
    *capacity = grown;
    return 1;
}

void buffer_append(byte_buffer *buffer, const void *bytes, size_t length) {
    if (buffer->failed) {
        return;
    }
    if (length >= SIZE_MAX - buffer->length ||
        !grow_array((void **)&buffer->data, &buffer->capacity,
                    buffer->length + length + 1, 1)) {
        buffer->failed = 1;
        return;
    }
    if (length > 0) {
        memcpy(buffer->data + buffer->length, bytes, length);
    }
    buffer->length += length;
    buffer->data[buffer->length] = '\0';
}

void buffer_append_string(byte_buffer *buffer, const char *text) {
    buffer_append(buffer, text, strlen(text));
}

void buffer_release(byte_buffer *buffer) {
    free(buffer->data);
    memset(buffer, 0, sizeof *buffer);
}
