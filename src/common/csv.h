/*
 * An RFC 4180 reader that keeps the line and column of every field, shared
 * by import (tables) and convert (node and edge lists).
 */
#ifndef ENTENTE_COMMON_CSV_H
#define ENTENTE_COMMON_CSV_H

#include <stddef.h>

#include "entente/diag.h"

/* One field, unescaped and NUL-terminated, with where it starts. */
typedef struct {
    const char *text;
    int line, column; /* 1-based; columns in code points */
} csv_cell;

typedef struct {
    size_t first, count; /* cells[first .. first + count) */
    int line;            /* line of the row's first field */
} csv_row;

/* A whole table; rows[0] is the header. Release with csv_table_destroy. */
typedef struct {
    const char *name; /* the file, for diagnostics (not owned) */
    char *storage;    /* the unescaped fields */
    csv_cell *cells;
    size_t cell_count, cell_capacity;
    csv_row *rows;
    size_t row_count, row_capacity;
} csv_table;

/*
 * Parses RFC 4180 text (fields split by `delimiter`, quoted with ", lines
 * ended by LF or CRLF; blank lines skipped) from byte `start`, whose line
 * is `first_line`. Checks UTF-8 first. ENT_EINPUT with located errors for
 * an unterminated quote, text after a closing quote, a quote inside an
 * unquoted field, or rows whose field count differs from the header's.
 */
ent_status csv_parse(csv_table *table, const char *text, size_t length,
                     size_t start, int first_line, char delimiter,
                     const char *name, ent_diag_list_t *diags);
/* Reads the file at `path` (tab-separated when it ends in .tsv or .tab). */
ent_status csv_read_file(csv_table *table, const char *path,
                         ent_diag_list_t *diags);
void csv_table_destroy(csv_table *table);

static inline const csv_cell *csv_at(const csv_table *t, size_t row,
                                     size_t column) {
    return &t->cells[t->rows[row].first + column];
}
/* Checks that every header column has a name of its own: columns become
 * attribute names, which must be unique. */
ent_status csv_check_header(const csv_table *table, ent_diag_list_t *diags);
/* Index of the header column named `name`, or -1. */
int csv_column(const csv_table *table, const char *name);
/* The header columns named in `names` (NULL-terminated), each required:
 * an error at the header's line for the first missing one. */
ent_status csv_require(const csv_table *table, const char *const *names,
                       int *columns, ent_diag_list_t *diags);
/* An error at a cell of `file` (a table, or a map for a constant). */
void cell_error(const char *file, const csv_cell *cell, ent_diag_list_t *diags,
                const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* Parses a whole integer cell; 0 when it is not one. */
int csv_int(const csv_cell *cell, long *value);

#endif /* ENTENTE_COMMON_CSV_H */
