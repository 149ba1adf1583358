/*
 * The loader's checks of JSON text and its locator, for the other readers
 * of JSON files (common/located_json.h: gazetteers, gold files, import
 * maps): one grammar and one way to find a node's line and column for
 * every file the program reads.
 */
#ifndef ENTENTE_LOAD_JSON_CHECK_H
#define ENTENTE_LOAD_JSON_CHECK_H

#include <stddef.h>

struct cJSON;

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

/*
 * The byte offset in `text` of the node `item` of `root`, the tree cJSON
 * parsed from that text (a byte-order mark already skipped): a member of
 * an object at its name, any other node at its value. Found by the
 * loader's locator through the node's JSON pointer, counting occurrences
 * so that a duplicated member name is found at the very member. Returns 1
 * when found; 0 when `item` is not in `root`; -1 when out of memory.
 */
int json_text_locate_node(const char *text, size_t length,
                          const struct cJSON *root, const struct cJSON *item,
                          size_t *offset);

#endif /* ENTENTE_LOAD_JSON_CHECK_H */
