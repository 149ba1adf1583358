/*
 * An RFC 4180 reader that keeps the line and column of every field, so
 * that a bad cell is reported where an editor shows it. The whole table is
 * read at once into one buffer of unescaped, NUL-terminated fields: a
 * field is never longer than its raw text, so twice the input plus one
 * byte a field bounds the buffer.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "common/buffer.h"
#include "common/csv.h"
#include "common/located_text.h"
#include "common/utf8.h"
#include "entente/io.h"

/* Tables larger than this are refused (the SIPRI register is 2 MB). */
#define CSV_MAX_SIZE ((size_t)256 * 1024 * 1024)

typedef struct {
    const char *text;
    size_t length, at;
    int line, column;
    char delimiter;
    char *out; /* next free byte of the storage */
} scanner;

/* Moves past one byte, keeping line and column (code points). */
static void advance(scanner *s) {
    unsigned char c = (unsigned char)s->text[s->at++];
    if (c == '\n') {
        s->line++;
        s->column = 1;
    } else if (utf8_is_lead_byte(c)) {
        s->column++;
    }
}

static int at_row_end(const scanner *s) {
    if (s->at >= s->length || s->text[s->at] == '\n') {
        return 1;
    }
    return s->text[s->at] == '\r' && s->at + 1 < s->length &&
           s->text[s->at + 1] == '\n';
}

static ent_status push_cell(csv_table *t, const char *text, int line,
                            int column) {
    if (!grow_array((void **)&t->cells, &t->cell_capacity, t->cell_count + 1,
                    sizeof *t->cells)) {
        return ENT_ENOMEM;
    }
    t->cells[t->cell_count++] = (csv_cell){text, line, column};
    return ENT_OK;
}

static ent_status push_row(csv_table *t, size_t first, int line) {
    if (!grow_array((void **)&t->rows, &t->row_capacity, t->row_count + 1,
                    sizeof *t->rows)) {
        return ENT_ENOMEM;
    }
    t->rows[t->row_count++] = (csv_row){first, t->cell_count - first, line};
    return ENT_OK;
}

/* A quoted field: "" stands for one quote; line breaks are kept. */
static ent_status scan_quoted(scanner *s, const char *name,
                              ent_diag_list_t *diags) {
    int line = s->line, column = s->column;
    advance(s); /* the opening quote */
    for (;;) {
        if (s->at >= s->length) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, name, line, column, NULL,
                         "unterminated quote: the field that opens here "
                         "never closes");
            return ENT_EINPUT;
        }
        char c = s->text[s->at];
        if (c == '"') {
            advance(s);
            if (s->at < s->length && s->text[s->at] == '"') {
                *s->out++ = '"';
                advance(s);
                continue;
            }
            break;
        }
        *s->out++ = c;
        advance(s);
    }
    if (!at_row_end(s) && s->text[s->at] != s->delimiter) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, name, s->line, s->column, NULL,
                     "text after the closing quote of a field (a quote "
                     "inside a field is written \"\")");
        return ENT_EINPUT;
    }
    return ENT_OK;
}

static ent_status scan_plain(scanner *s, const char *name,
                             ent_diag_list_t *diags) {
    while (!at_row_end(s) && s->text[s->at] != s->delimiter) {
        if (s->text[s->at] == '"') {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, name, s->line, s->column,
                         NULL,
                         "quote inside an unquoted field (quote the whole "
                         "field and write the quote \"\")");
            return ENT_EINPUT;
        }
        *s->out++ = s->text[s->at];
        advance(s);
    }
    return ENT_OK;
}

/* One row from s->at; at its end s->at is past the line break. */
static ent_status scan_row(scanner *s, csv_table *t, const char *name,
                           ent_diag_list_t *diags) {
    size_t first = t->cell_count;
    int row_line = s->line;
    for (;;) {
        char *field = s->out;
        int line = s->line, column = s->column;
        ent_status status = s->at < s->length && s->text[s->at] == '"'
                                ? scan_quoted(s, name, diags)
                                : scan_plain(s, name, diags);
        *s->out++ = '\0';
        if (status == ENT_OK) {
            status = push_cell(t, field, line, column);
        }
        if (status != ENT_OK) {
            return status;
        }
        if (at_row_end(s)) {
            break;
        }
        advance(s); /* the delimiter */
    }
    if (s->at < s->length) {
        if (s->text[s->at] == '\r') {
            advance(s);
        }
        advance(s);
    }
    return push_row(t, first, row_line);
}

/* Rows whose field count differs from the header's, up to 20. */
static ent_status check_shape(const csv_table *t, const char *name,
                              ent_diag_list_t *diags) {
    size_t want = t->rows[0].count, reported = 0;
    for (size_t r = 1; r < t->row_count && reported < 20; r++) {
        const csv_row *row = &t->rows[r];
        if (row->count == want) {
            continue;
        }
        const csv_cell *at = row->count > want
                                 ? &t->cells[row->first + want]
                                 : &t->cells[row->first + row->count - 1];
        int column = at->column;
        if (row->count < want) {
            column += 1 + (int)strlen(at->text); /* after the last field */
        }
        ent_diag_add(diags, ENT_SEVERITY_ERROR, name, at->line, column, NULL,
                     "ragged row: %zu field%s, the header has %zu", row->count,
                     row->count == 1 ? "" : "s", want);
        reported++;
    }
    return reported ? ENT_EINPUT : ENT_OK;
}

ent_status csv_parse(csv_table *t, const char *text, size_t length,
                     size_t start, int first_line, char delimiter,
                     const char *name, ent_diag_list_t *diags) {
    memset(t, 0, sizeof *t);
    t->name = name;
    ent_status status = text_check_utf8(text, length, name, diags);
    if (status != ENT_OK) {
        return status;
    }
    t->storage = malloc(2 * (length - start) + 2);
    if (t->storage == NULL) {
        return ENT_ENOMEM;
    }
    scanner s = {text, length, start, first_line, 1, delimiter, t->storage};
    if (start == 0 && length >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        s.at = 3; /* a byte-order mark */
    }
    while (s.at < s.length && status == ENT_OK) {
        if (at_row_end(&s)) { /* a blank line */
            advance(&s);
            continue;
        }
        status = scan_row(&s, t, name, diags);
    }
    if (status == ENT_OK && t->row_count == 0) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, name, first_line, 1, NULL,
                     "no header row: the table is empty");
        status = ENT_EINPUT;
    }
    if (status == ENT_OK) {
        status = check_shape(t, name, diags);
    }
    return status;
}

static int ends_with(const char *text, const char *tail) {
    size_t n = strlen(text), m = strlen(tail);
    return n >= m && strcmp(text + n - m, tail) == 0;
}

ent_status csv_read_file(csv_table *t, const char *path,
                         ent_diag_list_t *diags) {
    memset(t, 0, sizeof *t);
    char *text = NULL;
    size_t length = 0;
    ent_status status =
        ent_file_read(path, CSV_MAX_SIZE, &text, &length, diags);
    if (status == ENT_OK) {
        char delimiter =
            ends_with(path, ".tsv") || ends_with(path, ".tab") ? '\t' : ',';
        status = csv_parse(t, text, length, 0, 1, delimiter, path, diags);
    }
    free(text);
    return status;
}

void csv_table_destroy(csv_table *t) {
    free(t->storage);
    free(t->cells);
    free(t->rows);
    memset(t, 0, sizeof *t);
}

ent_status csv_check_header(const csv_table *t, ent_diag_list_t *diags) {
    for (size_t i = 0; i < t->rows[0].count; i++) {
        const csv_cell *cell = csv_at(t, 0, i);
        if (cell->text[0] == '\0') {
            cell_error(t->name, cell, diags, "column %zu has no name", i + 1);
            return ENT_EINPUT;
        }
        if (csv_column(t, cell->text) != (int)i) {
            cell_error(t->name, cell, diags,
                       "column \"%s\" appears twice in the header", cell->text);
            return ENT_EINPUT;
        }
    }
    return ENT_OK;
}

int csv_column(const csv_table *t, const char *name) {
    for (size_t i = 0; i < t->rows[0].count; i++) {
        if (strcmp(csv_at(t, 0, i)->text, name) == 0) {
            return (int)i;
        }
    }
    return -1;
}

ent_status csv_require(const csv_table *t, const char *const *names,
                       int *columns, ent_diag_list_t *diags) {
    for (size_t i = 0; names[i] != NULL; i++) {
        columns[i] = csv_column(t, names[i]);
        if (columns[i] < 0) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, t->name, t->rows[0].line, 1,
                         NULL, "the header has no column \"%s\"", names[i]);
            return ENT_EINPUT;
        }
    }
    return ENT_OK;
}

void cell_error(const char *file, const csv_cell *cell, ent_diag_list_t *diags,
                const char *format, ...) {
    va_list args;
    va_start(args, format);
    ent_diag_addv(diags, ENT_SEVERITY_ERROR, file, cell->line, cell->column,
                  NULL, format, args);
    va_end(args);
}

int csv_int(const csv_cell *cell, long *value) {
    char *end = NULL;
    errno = 0;
    long parsed = strtol(cell->text, &end, 10);
    if (errno != 0 || end == cell->text || *end != '\0') {
        return 0;
    }
    *value = parsed;
    return 1;
}
