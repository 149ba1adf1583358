/*
 * The loader's checks of JSON text, for the other readers of JSON files
 * (the extractor's gazetteers and gold files): one grammar for every file
 * the program reads.
 */
#ifndef ENTENTE_LOAD_JSON_CHECK_H
#define ENTENTE_LOAD_JSON_CHECK_H

#include <stddef.h>

/*
 * Checks `length` bytes of JSON text (a NUL at the end is not needed) for
 * what cJSON lets through: invalid UTF-8, NUL bytes, unescaped control
 * characters and \u0000 in strings, numbers outside JSON's grammar ("01",
 * "1."), a byte-order mark after the first, nesting deeper than
 * `max_depth`. Returns 1 when the text passes; 0 with the byte offset of
 * the first problem in *offset and its message (lower case, no position)
 * in `message`; -1 when out of memory.
 */
int json_text_check(const char *text, size_t length, int max_depth,
                    size_t *offset, char *message, size_t message_size);

#endif /* ENTENTE_LOAD_JSON_CHECK_H */
