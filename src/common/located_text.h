/*
 * Text every reader shares: checking that a file is UTF-8 text, and the
 * line and column of a byte, so that every diagnostic of every reader
 * (snapshots, articles, gazetteers, tables, GraphML, GEXF) names
 * FILE:LINE:COLUMN the same way. Columns count code points, as editors do.
 */
#ifndef ENTENTE_COMMON_LOCATED_TEXT_H
#define ENTENTE_COMMON_LOCATED_TEXT_H

#include <stddef.h>

#include "entente/diag.h"

/* Checks that the text is non-empty UTF-8 (common/utf8.h) without NUL
 * bytes; reports the first fault at its line and column under `name`. */
ent_status text_check_utf8(const char *text, size_t length, const char *name,
                           ent_diag_list_t *diags);

/* Line and column (code points) of byte `offset` (at most `length`), both
 * 1-based. Linear in `offset`. */
void text_position(const char *text, size_t length, size_t offset, int *line,
                   int *column);

/* Line breaks ('\n') in text[from, to). */
size_t text_count_line_breaks(const char *text, size_t from, size_t to);

/* Characters (UTF-8 lead bytes) in text[from, to). */
size_t text_count_characters(const char *text, size_t from, size_t to);

#endif /* ENTENTE_COMMON_LOCATED_TEXT_H */
