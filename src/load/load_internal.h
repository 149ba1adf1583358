/*
 * Private parts of the loader: text-level checks on the raw bytes, the
 * locator that maps JSON pointers back to offsets, and the semantic walk.
 */
#ifndef ENTENTE_LOAD_INTERNAL_H
#define ENTENTE_LOAD_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>

#include "common/arena.h"
#include "entente/load.h"

struct cJSON;

/* JSON's white space; after the prescan no other byte below 0x20 is
 * left outside strings. */
static inline int json_is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* A diagnostic whose position is known as a byte offset or a JSON path. */
typedef struct {
    ent_severity severity;
    char *path;    /* JSON pointer to locate, or NULL */
    size_t offset; /* byte offset in the text when path is NULL */
    char *message;
    int line, column; /* filled in by resolve_positions */
    /* For json_text_locate_node only: the path's occurrence to find (a
     * duplicated member name repeats a path), and whether a member is
     * wanted at its name rather than its value. */
    size_t occurrence;
    int at_name;
} pending_diag;

/* Where each element of a top-level array starts in the text. */
typedef struct {
    size_t *starts;
    size_t count, capacity;
} element_starts;

typedef struct {
    pending_diag *items;
    size_t count, capacity;
    size_t errors, warnings;
    size_t max_errors;
    size_t suppressed_warnings;
    int stopped; /* the error limit was reached */
    int nomem;
    /* The elements of "entities" and "relations" as the streaming load
     * met them (else empty): a diagnostic at /relations/N is then placed
     * without a search through the text. */
    element_starts entities, relations;
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
/* Records where the next element starts; returns 0 when out of memory. */
int element_starts_push(element_starts *elements, size_t offset);
/* Makes room for `count` starts at once; returns 0 when out of memory. */
int element_starts_reserve(element_starts *elements, size_t count);

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
 * is a member of the top-level object (entities, relations). The text
 * must have a NUL at text[length], as every text the loader reads has.
 * Refuses more than `max_nested` values in what the snapshot keeps as
 * attributes (SIZE_MAX: no limit).
 */
int text_prescan(const char *text, size_t length, int max_depth,
                 size_t max_nested, pending_list *diags, int *truncated,
                 size_t *longest_string, size_t *longest_array);

/* The limit on values in attributes for a text of `length` bytes: one per
 * NESTED_BYTES_PER_VALUE bytes, at least NESTED_VALUES_FLOOR. Each such
 * value costs about 150 bytes at the peak of a load (a cJSON node while
 * parsed, another once kept), so they take at most about 2.3 times the
 * file's size, or 15 MB. */
enum { NESTED_BYTES_PER_VALUE = 64, NESTED_VALUES_FLOOR = 100000 };
size_t text_nested_value_limit(size_t length);

/* Finds the member `name` (written without escapes) of the top-level
 * object by skipping the other values, never parsing them: returns 1 and
 * the byte range of its value, 0 when there is none or the text is not an
 * object. For the file-kind probe, which must not build the tree of a
 * file that the load would refuse. */
int text_top_level_member(const char *text, size_t length, const char *name,
                          size_t *start, size_t *end);

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

/* Sets request->offset to where its path (its `occurrence`-th, its name
 * when `at_name`) starts in the text, SIZE_MAX when nowhere; returns 0
 * when out of memory. For json_text_locate_node (json_check.h). */
int text_locate_request(const char *text, size_t length, pending_diag *request);

/*
 * The parse tree's allocator (json_arena.c: common/arena.h installed as
 * cJSON's hooks, with large blocks). While an arena is in use
 * every cJSON allocation comes from it and cJSON_Delete frees nothing;
 * json_arena_stop puts malloc and free back. cJSON's hooks are
 * process-wide, so a load switches them only between its entry and its
 * return. Attribute objects the snapshot keeps are copied to the heap
 * (json_arena_rehome*, with the default hooks back) before their arena is
 * reset or released.
 */
typedef arena_t json_arena;
void json_arena_init(json_arena *arena);
void json_arena_use(json_arena *arena);
void json_arena_stop(void);
/* Empties the arena for the next tree and keeps its front block. */
void json_arena_reset(json_arena *arena);
void json_arena_release(json_arena *arena);
/* Replaces *attributes (may be NULL) by a heap copy; returns 0 when out of
 * memory, with *attributes then NULL. */
int json_arena_rehome(struct cJSON **attributes);
/* Rehomes the attributes of the header, sources and relation types; the
 * second also those of entities and relations. Return 0 when out of memory
 * (the failed copies are left NULL). */
int json_arena_rehome_header(ent_snapshot_t *snapshot);
int json_arena_rehome_attributes(ent_snapshot_t *snapshot);

/* 1 when the prescan's bounds show that no size limit of `options` can be
 * broken, so that load_check_limits has nothing to check. */
int load_limits_cannot_fail(const ent_load_options_t *options,
                            size_t longest_string, size_t longest_array);

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

/*
 * The streaming load (stream.c): parses the top-level object member by
 * member and each element of "entities" and "relations" on its own, walks
 * each element as soon as it is parsed and drops its tree, so that the
 * whole document's tree never exists. Text must have passed the prescan,
 * whose `longest_array` bounds the counts of entities and relations.
 * Returns 1 when the snapshot is complete with no error (warnings, when
 * asked, are in `diags`). Returns 0 for anything else, the documented
 * fallback: a syntax error, an error in the walk, an order it cannot
 * stream (relations before entities, sources or relation types), out of
 * memory. The caller then drops `snapshot` and `diags` and runs the
 * whole-tree load, which finds and words every problem as always.
 */
int stream_document(const char *text, size_t length, size_t longest_array,
                    ent_snapshot_t *snapshot, int warnings,
                    pending_list *diags);

/* 1 when a top-level "schema" member before any array or object member
 * is a string "entente/...": a snapshot, told without parsing the rest
 * (its entities and relations) into a tree. 0 says nothing. */
int stream_names_snapshot_schema(const char *text, size_t length);

/* ent_snapshot_load_buffer by the whole-tree load alone, never streaming:
 * for the tests that hold the two loads to the same result. */
ent_status load_buffer_whole_tree(ent_snapshot_t **snapshot, const char *data,
                                  size_t length, const char *name,
                                  const ent_load_options_t *options,
                                  ent_diag_list_t *diags);

#endif /* ENTENTE_LOAD_INTERNAL_H */
