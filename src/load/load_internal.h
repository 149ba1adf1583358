/*
 * Private parts of the loader: text-level checks on the raw bytes, the
 * locator that maps JSON pointers back to offsets, and the semantic walk.
 */
#ifndef ENTENTE_LOAD_INTERNAL_H
#define ENTENTE_LOAD_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>

#include "entente/load.h"

struct cJSON;

/* A diagnostic whose position is known as a byte offset or a JSON path. */
typedef struct {
    ent_severity severity;
    char *path;    /* JSON pointer to locate, or NULL */
    size_t offset; /* byte offset in the text when path is NULL */
    char *message;
    int line, column; /* filled in by resolve_positions */
} pending_diag;

typedef struct {
    pending_diag *items;
    size_t count, capacity;
    size_t errors, warnings;
    size_t max_errors;
    size_t suppressed_warnings;
    int stopped; /* the error limit was reached */
    int nomem;
} pending_list;

/* Appends an error or warning located by `path` (copied). */
void pending_add_at_path(pending_list *list, ent_severity severity,
                         const char *path, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* Appends one located by a byte offset. */
void pending_add_at_offset(pending_list *list, ent_severity severity,
                           size_t offset, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* The general form: located by `path` when not NULL, else by `offset`. */
void pending_addv(pending_list *list, ent_severity severity, const char *path,
                  size_t offset, const char *format, va_list args);
void pending_release(pending_list *list);

/*
 * Checks the raw text before it reaches cJSON, which accepts things JSON
 * forbids and has no depth limit of ours: invalid UTF-8, NUL bytes,
 * unescaped control characters and \u0000 in strings, nesting deeper than
 * `max_depth` (at most 256). Returns 1 when the text passes, else records
 * one error. Sets *truncated when the text ends inside a string or an open
 * container whose brackets all match so far: a cut-off file. Sets
 * *longest_string to the raw length of the longest string, which bounds
 * every decoded string and member name (escapes only shorten them), and
 * *longest_array to a bound on the number of elements of any array that
 * is a member of the top-level object (entities, relations).
 */
int text_prescan(const char *text, size_t length, int max_depth,
                 pending_list *diags, int *truncated, size_t *longest_string,
                 size_t *longest_array);

/* Describes a cJSON syntax error found at `offset`; a truncated text is
 * reported at its end, where the reader must look. */
void text_syntax_error(const char *text, size_t length, size_t offset,
                       int truncated, pending_list *diags);

/*
 * Fills in line and column of every pending diagnostic: paths are found by
 * one pass over the text that descends only into the containers on the way
 * to a requested path, offsets by one pass over the line breaks.
 */
int text_resolve_positions(const char *text, size_t length,
                           pending_list *diags);

/*
 * The parse tree's allocator (json_arena.c). Between begin and end every
 * cJSON allocation comes from the arena; json_arena_rehome_attributes then
 * copies the snapshot's attribute objects to the heap (with the default
 * hooks back), and json_arena_release drops the whole tree at once.
 */
typedef struct {
    struct json_block *head;
} json_arena;
void json_arena_begin(json_arena *arena);
void json_arena_end(json_arena *arena);
void json_arena_release(json_arena *arena);
/* Returns 0 when out of memory (the failed copies are left NULL). */
int json_arena_rehome_attributes(ent_snapshot_t *snapshot);

/*
 * Checks the size limits of `options` (string and member-name length,
 * number of entities and relations) on the parsed document; returns 1 when
 * it is within them, else records an error at the path of each excess.
 */
int load_check_limits(const struct cJSON *root,
                      const ent_load_options_t *options, size_t longest_string,
                      size_t longest_array, pending_list *diags);

/*
 * The semantic walk: validates the parsed document and fills `snapshot`.
 * Detaches the members it keeps as attributes from `root`.
 */
void validate_document(struct cJSON *root, ent_snapshot_t *snapshot,
                       int warnings, pending_list *diags);

#endif /* ENTENTE_LOAD_INTERNAL_H */
