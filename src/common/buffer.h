/*
 * The one growable buffer and the one array growth rule, for every module
 * that builds text or a list of unknown length (snapshot writer, JSON
 * pointers, batch wire records, CSV cells, tokens...): one place for the
 * doubling and its overflow checks.
 */
#ifndef ENTENTE_COMMON_BUFFER_H
#define ENTENTE_COMMON_BUFFER_H

#include <stddef.h>

/*
 * Bytes that grow by appending. A zeroed struct is an empty buffer. After
 * any append `data` holds `length` bytes and a NUL after them (text may be
 * used as a string; binary data may contain NULs). An allocation failure
 * sets `failed`, keeps what was there and makes every later append a
 * no-op, so that a writer checks once at the end. The owner frees `data`
 * (buffer_release), or takes it.
 */
typedef struct {
    char *data;
    size_t length, capacity;
    int failed;
} byte_buffer;

void buffer_append(byte_buffer *buffer, const void *bytes, size_t length);
/* buffer_append of a NUL-terminated string. */
void buffer_append_string(byte_buffer *buffer, const char *text);
/* Frees `data` and empties the buffer. */
void buffer_release(byte_buffer *buffer);

/*
 * Makes room for at least `needed` items of `size` bytes in *items, whose
 * room is *capacity items, doubling it (16 items at first). Returns 1 on
 * success; 0 when out of memory or when the size would overflow, with the
 * array unchanged.
 */
int grow_array(void **items, size_t *capacity, size_t needed, size_t size);

#endif /* ENTENTE_COMMON_BUFFER_H */
