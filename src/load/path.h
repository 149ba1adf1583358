/*
 * JSON pointers (RFC 6901) built one component at a time.
 */
#ifndef ENTENTE_LOAD_PATH_H
#define ENTENTE_LOAD_PATH_H

#include <stddef.h>

#include "common/buffer.h"

/* `data` is NUL-terminated; "" is the whole document. Once `failed` (an
 * allocation failed) the contents are unreliable. */
typedef byte_buffer path_buffer;

void path_init(path_buffer *path);
void path_release(path_buffer *path);
/* Cuts the path back to `length` bytes (a value saved before a push). */
void path_truncate(path_buffer *path, size_t length);
/* Appends "/" and the member name, escaping '~' and '/'. */
void path_push_key(path_buffer *path, const char *key);
/* Like path_push_key for a name still in JSON string syntax (escapes). */
void path_push_json_key(path_buffer *path, const char *raw, size_t length);
void path_push_index(path_buffer *path, size_t index);

#endif /* ENTENTE_LOAD_PATH_H */
