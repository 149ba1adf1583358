/*
 * The loader's entry points: reading the file, the text checks, cJSON's
 * parse, the semantic walk, and turning what they found into diagnostics.
 */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/buffer.h"
#include "entente/io.h"
#include "load/load_internal.h"
#include "model/model_internal.h"

void ent_load_options_init(ent_load_options_t *options) {
    options->max_errors = ENT_LOAD_DEFAULT_MAX_ERRORS;
    options->max_file_size = ENT_LOAD_DEFAULT_MAX_FILE_SIZE;
    options->max_depth = ENT_LOAD_DEFAULT_MAX_DEPTH;
    options->warnings = 1;
    options->max_entities = ENT_LOAD_DEFAULT_MAX_ENTITIES;
    options->max_relations = ENT_LOAD_DEFAULT_MAX_RELATIONS;
    options->max_string = ENT_LOAD_DEFAULT_MAX_STRING;
}

/* ---- pending diagnostics ------------------------------------------------- */

static char *vformat(const char *format, va_list args) {
    va_list again;
    va_copy(again, args);
    int length = vsnprintf(NULL, 0, format, again);
    va_end(again);
    char *text = length < 0 ? NULL : malloc((size_t)length + 1);
    if (text != NULL) {
        vsnprintf(text, (size_t)length + 1, format, args);
    }
    return text;
}

void pending_addv(pending_list *list, ent_severity severity, const char *path,
                  size_t offset, const char *format, va_list args) {
    if (severity == ENT_SEVERITY_ERROR && list->errors >= list->max_errors) {
        list->stopped = 1;
        return;
    }
    if (severity == ENT_SEVERITY_WARNING &&
        list->warnings >= list->max_errors) {
        list->suppressed_warnings++;
        return;
    }
    if (!grow_array((void **)&list->items, &list->capacity, list->count + 1,
                    sizeof *list->items)) {
        list->nomem = 1;
        return;
    }
    pending_diag *diag = &list->items[list->count];
    memset(diag, 0, sizeof *diag);
    diag->severity = severity;
    diag->offset = offset;
    diag->path = path ? strdup(path) : NULL;
    diag->message = vformat(format, args);
    if ((path && !diag->path) || !diag->message) {
        free(diag->path);
        free(diag->message);
        list->nomem = 1;
        return;
    }
    list->count++;
    if (severity == ENT_SEVERITY_ERROR) {
        list->errors++;
        /* Reaching the limit stops the walk at once. */
        list->stopped = list->errors >= list->max_errors;
    } else if (severity == ENT_SEVERITY_WARNING) {
        list->warnings++;
    }
}

void pending_add_at_path(pending_list *list, ent_severity severity,
                         const char *path, const char *format, ...) {
    va_list args;
    va_start(args, format);
    pending_addv(list, severity, path, 0, format, args);
    va_end(args);
}

void pending_add_at_offset(pending_list *list, ent_severity severity,
                           size_t offset, const char *format, ...) {
    va_list args;
    va_start(args, format);
    pending_addv(list, severity, NULL, offset, format, args);
    va_end(args);
}

void pending_release(pending_list *list) {
    for (size_t i = 0; i < list->count; i++) {
        free(list->items[i].path);
        free(list->items[i].message);
    }
    free(list->items);
    free(list->entities.starts);
    free(list->relations.starts);
    memset(list, 0, sizeof *list);
}

int element_starts_reserve(element_starts *elements, size_t count) {
    if (count <= elements->capacity || count > SIZE_MAX / sizeof(size_t)) {
        return count <= elements->capacity;
    }
    size_t *starts = large_array_new(count * sizeof *starts);
    if (starts == NULL) {
        return 0;
    }
    if (elements->count > 0) {
        memcpy(starts, elements->starts, elements->count * sizeof *starts);
    }
    free(elements->starts);
    elements->starts = starts;
    elements->capacity = count;
    return 1;
}

int element_starts_push(element_starts *elements, size_t offset) {
    if (!grow_array((void **)&elements->starts, &elements->capacity,
                    elements->count + 1, sizeof *elements->starts)) {
        return 0;
    }
    elements->starts[elements->count++] = offset;
    return 1;
}

/* Orders by position; equal positions keep the order of discovery. */
static int compare_position(const void *a, const void *b) {
    const pending_diag *const *x = a, *const *y = b;
    if ((*x)->line != (*y)->line) {
        return (*x)->line < (*y)->line ? -1 : 1;
    }
    if ((*x)->column != (*y)->column) {
        return (*x)->column < (*y)->column ? -1 : 1;
    }
    return (*x < *y) ? -1 : (*x > *y);
}

/* Moves the pending diagnostics, located and in file order, into `out`. */
static ent_status publish(const char *text, size_t length, const char *name,
                          pending_list *pending, ent_diag_list_t *out) {
    if (pending->count > 0 && !text_resolve_positions(text, length, pending)) {
        return ENT_ENOMEM;
    }
    pending_diag **order = malloc((pending->count + 1) * sizeof *order);
    if (order == NULL) {
        return ENT_ENOMEM;
    }
    for (size_t i = 0; i < pending->count; i++) {
        order[i] = &pending->items[i];
    }
    qsort(order, pending->count, sizeof *order, compare_position);
    for (size_t i = 0; i < pending->count; i++) {
        ent_diag_add(out, order[i]->severity, name, order[i]->line,
                     order[i]->column, order[i]->path, "%s", order[i]->message);
    }
    free(order);
    if (pending->stopped) {
        ent_diag_add(out, ENT_SEVERITY_NOTE, name, 0, 0, NULL,
                     "stopped after %zu errors; fix these and run again",
                     pending->errors);
    }
    if (pending->suppressed_warnings > 0) {
        ent_diag_add(out, ENT_SEVERITY_NOTE, name, 0, 0, NULL,
                     "%zu more warnings not shown",
                     pending->suppressed_warnings);
        if (out != NULL) {
            out->warnings += pending->suppressed_warnings;
        }
    }
    return ENT_OK;
}

/* ---- loading ------------------------------------------------------------- */

static int only_white_space(const char *text, size_t length) {
    for (size_t i = 0; i < length; i++) {
        if (!strchr(" \t\r\n", text[i])) {
            return 0;
        }
    }
    return 1;
}

/* Forgets what an attempt found, keeping the list's settings. */
static void restart(pending_list *pending) {
    size_t max_errors = pending->max_errors;
    pending_release(pending);
    pending->max_errors = max_errors;
}

/* Parses the whole text into one cJSON tree and walks it; the load of any
 * text, valid or not. Frees `snapshot` and returns NULL on failure. */
static ent_snapshot_t *load_whole_tree(const char *text, size_t length,
                                       const ent_load_options_t *options,
                                       int truncated, size_t longest_string,
                                       size_t longest_array,
                                       ent_snapshot_t *snapshot,
                                       pending_list *pending) {
    const char *end = NULL;
    json_arena arena;
    json_arena_init(&arena);
    json_arena_use(&arena);
    cJSON *root = cJSON_ParseWithLengthOpts(text, length + 1, &end, 1);
    if (root == NULL) {
        size_t offset = end != NULL && end >= text ? (size_t)(end - text) : 0;
        text_syntax_error(text, length, offset, truncated, pending);
    } else if (load_check_limits(root, options, longest_string, longest_array,
                                 pending)) {
        validate_document(root, snapshot, options->warnings, pending);
    }
    json_arena_stop();
    if (!json_arena_rehome_attributes(snapshot)) {
        pending->nomem = 1;
    }
    json_arena_release(&arena);
    if (root == NULL || pending->errors > 0 || pending->nomem) {
        ent_snapshot_free(snapshot);
        return NULL;
    }
    return snapshot;
}

/* Parses and validates `length` bytes at `text`, which has a NUL at
 * text[length]. Collects its findings in `pending`. */
static ent_snapshot_t *load_text(const char *text, size_t length,
                                 const ent_load_options_t *options,
                                 int may_stream, pending_list *pending) {
    if (length == 0) {
        pending_add_at_offset(pending, ENT_SEVERITY_ERROR, 0,
                              "the file is empty (expected a JSON object)");
        return NULL;
    }
    int truncated = 0;
    size_t longest_string = 0, longest_array = 0;
    if (!text_prescan(text, length, options->max_depth,
                      text_nested_value_limit(length), pending, &truncated,
                      &longest_string, &longest_array)) {
        return NULL;
    }
    if (only_white_space(text, length)) {
        pending_add_at_offset(pending, ENT_SEVERITY_ERROR, length,
                              "the file holds only white space (expected a "
                              "JSON object)");
        return NULL;
    }
    ent_snapshot_t *snapshot = ent_snapshot_new();
    if (snapshot == NULL) {
        pending->nomem = 1;
        return NULL;
    }
    /* The common case, a valid snapshot within the limits, streams. */
    if (may_stream &&
        load_limits_cannot_fail(options, longest_string, longest_array)) {
        if (stream_document(text, length, longest_array, snapshot,
                            options->warnings, pending)) {
            return snapshot;
        }
        ent_snapshot_free(snapshot);
        restart(pending);
        if ((snapshot = ent_snapshot_new()) == NULL) {
            pending->nomem = 1;
            return NULL;
        }
    }
    return load_whole_tree(text, length, options, truncated, longest_string,
                           longest_array, snapshot, pending);
}

/* Runs load_text on a NUL-terminated buffer and reports into `diags`. */
static ent_status load_terminated(ent_snapshot_t **snapshot, const char *data,
                                  size_t length, const char *name,
                                  const ent_load_options_t *options,
                                  int may_stream, ent_diag_list_t *diags) {
    ent_load_options_t defaults;
    if (options == NULL) {
        ent_load_options_init(&defaults);
        options = &defaults;
    }
    /* A UTF-8 byte-order mark is allowed and is not part of the JSON. */
    if (length >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3;
        length -= 3;
    }
    pending_list pending = {0};
    pending.max_errors = options->max_errors ? options->max_errors : 1;
    *snapshot = load_text(data, length, options, may_stream, &pending);
    ent_status status = publish(data, length, name, &pending, diags);
    if (pending.nomem || status == ENT_ENOMEM) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, name, 0, 0, NULL,
                     "out of memory");
        status = ENT_ENOMEM;
    } else if (*snapshot == NULL) {
        status = ENT_EINPUT;
    }
    pending_release(&pending);
    if (status != ENT_OK) {
        ent_snapshot_free(*snapshot);
        *snapshot = NULL;
    }
    return status;
}

/* Loads a NUL-terminated copy of `data`. */
static ent_status load_copy(ent_snapshot_t **snapshot, const char *data,
                            size_t length, const char *name,
                            const ent_load_options_t *options, int may_stream,
                            ent_diag_list_t *diags) {
    *snapshot = NULL;
    char *copy = malloc(length + 1);
    if (copy == NULL) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, name, 0, 0, NULL,
                     "out of memory");
        return ENT_ENOMEM;
    }
    memcpy(copy, data, length);
    copy[length] = '\0';
    ent_status status = load_terminated(snapshot, copy, length, name, options,
                                        may_stream, diags);
    free(copy);
    return status;
}

ent_status ent_snapshot_load_buffer(ent_snapshot_t **snapshot, const char *data,
                                    size_t length, const char *name,
                                    const ent_load_options_t *options,
                                    ent_diag_list_t *diags) {
    return load_copy(snapshot, data, length, name, options, 1, diags);
}

ent_status load_buffer_whole_tree(ent_snapshot_t **snapshot, const char *data,
                                  size_t length, const char *name,
                                  const ent_load_options_t *options,
                                  ent_diag_list_t *diags) {
    return load_copy(snapshot, data, length, name, options, 0, diags);
}

ent_status ent_snapshot_load_file(ent_snapshot_t **snapshot, const char *path,
                                  const ent_load_options_t *options,
                                  ent_diag_list_t *diags) {
    *snapshot = NULL;
    ent_load_options_t defaults;
    if (options == NULL) {
        ent_load_options_init(&defaults);
        options = &defaults;
    }
    char *data = NULL;
    size_t length = 0;
    ent_status status =
        ent_file_read(path, options->max_file_size, &data, &length, diags);
    if (status == ENT_OK) {
        status =
            load_terminated(snapshot, data, length, path, options, 1, diags);
    }
    free(data);
    return status;
}

ent_status ent_file_kind_probe(const char *path, ent_file_kind *kind,
                               char *schema, size_t schema_size) {
    char *data = NULL;
    size_t length = 0;
    *kind = ENT_FILE_NO_SCHEMA;
    ent_status status = ent_file_read(path, ENT_LOAD_DEFAULT_MAX_FILE_SIZE,
                                      &data, &length, NULL);
    if (status != ENT_OK) {
        return status == ENT_EINPUT ? ENT_OK : status;
    }
    size_t skip = length >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    /* A snapshot says so first: the common case needs no tree of its
     * whole text (five times the file). */
    if (stream_names_snapshot_schema(data + skip, length - skip)) {
        *kind = ENT_FILE_SNAPSHOT;
        free(data);
        return ENT_OK;
    }
    /* The schema's value alone: a tree of the whole text could take 80
     * times its size (an attribute array of zeros), before any limit. */
    size_t start = 0, end = 0;
    cJSON *member = NULL;
    if (text_top_level_member(data + skip, length - skip, "schema", &start,
                              &end)) {
        member = cJSON_ParseWithLength(data + skip + start, end - start);
    }
    if (cJSON_IsString(member)) {
        /* Any version of ours is a snapshot: loading it says if it is one
         * this version cannot read. */
        int snapshot = strncmp(member->valuestring, "entente/", 8) == 0;
        *kind = snapshot ? ENT_FILE_SNAPSHOT : ENT_FILE_OTHER_SCHEMA;
        if (!snapshot && schema != NULL && schema_size > 0) {
            snprintf(schema, schema_size, "%s", member->valuestring);
        }
    }
    cJSON_Delete(member);
    free(data);
    return ENT_OK;
}
