/*
 * Mapping diagnostics back to line and column: JSON pointers are found by
 * one pass over the text that descends only into the containers on the
 * way to a requested path, byte offsets by one pass over the line breaks
 * (counted by common/located_text.h, as every reader counts them).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/located_text.h"
#include "load/load_internal.h"
#include "load/path.h"

/* What skipping a value must stop at, by byte: a skip runs over the
 * other bytes with one table look-up each. */
enum { STOP_IN_STRING = 1, STOP_IN_CONTAINER = 2, STOP_AT_TOP = 4 };

typedef struct {
    const char *text;
    size_t length;
    pending_diag **requests; /* sorted by path */
    size_t request_count;
    path_buffer path;
    unsigned char stops[256]; /* STOP_* by byte */
} locator;

static void fill_stops(unsigned char stops[256]) {
    memset(stops, 0, 256);
    stops['"'] = STOP_IN_STRING | STOP_IN_CONTAINER | STOP_AT_TOP;
    stops['\\'] = STOP_IN_STRING;
    for (const char *c = "[]{}"; *c; c++) {
        stops[(unsigned char)*c] = STOP_IN_CONTAINER | STOP_AT_TOP;
    }
    /* A scalar ends at these; inside a container they are of no interest. */
    for (const char *c = ", \t\n\r"; *c; c++) {
        stops[(unsigned char)*c] = STOP_AT_TOP;
    }
}

/* Moves i to the first byte at or after it that `stop` names. */
static size_t run_to_stop(const locator *L, size_t i, unsigned char stop) {
    const unsigned char *text = (const unsigned char *)L->text;
    while (i < L->length && !(L->stops[text[i]] & stop)) {
        i++;
    }
    return i;
}

static int compare_requests(const void *a, const void *b) {
    const pending_diag *x = *(pending_diag *const *)a;
    const pending_diag *y = *(pending_diag *const *)b;
    return strcmp(x->path, y->path);
}

/* First request whose path is not less than `path`. */
static size_t lower_bound(const locator *L, const char *path) {
    size_t low = 0, high = L->request_count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        if (strcmp(L->requests[middle]->path, path) < 0) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low;
}

/* Records `offset` for a request of the current path. By default the first
 * occurrence: the one cJSON's look-ups return, so the value a message
 * speaks of (the loader reports a duplicated member name at its object,
 * not through this path). */
static void record(pending_diag *request, size_t offset) {
    if (request->offset != SIZE_MAX) {
        return;
    }
    if (request->occurrence > 0) {
        request->occurrence--;
    } else {
        request->offset = offset;
    }
}

/* Records the name at `offset` for the requests of the member at the
 * current path that want its name. */
static void visit_name(locator *L, size_t offset) {
    if (L->path.failed) {
        return;
    }
    const char *path = L->path.data;
    for (size_t i = lower_bound(L, path);
         i < L->request_count && strcmp(L->requests[i]->path, path) == 0; i++) {
        if (L->requests[i]->at_name) {
            record(L->requests[i], offset);
        }
    }
}

/* Records `offset` for every request of the current path; returns 1 when a
 * request lies below it, so that the walk must descend. */
static int visit(locator *L, size_t offset) {
    const char *path = L->path.data;
    size_t length = L->path.length;
    int below = 0;
    for (size_t i = lower_bound(L, path); i < L->request_count; i++) {
        const char *candidate = L->requests[i]->path;
        if (strncmp(candidate, path, length) != 0) {
            break;
        }
        if (candidate[length] == '\0') {
            if (!L->requests[i]->at_name) {
                record(L->requests[i], offset);
            }
        } else if (candidate[length] == '/') {
            below = 1;
        }
    }
    return below;
}

static size_t skip_space(const locator *L, size_t i) {
    while (i < L->length && json_is_space(L->text[i])) {
        i++;
    }
    return i;
}

static size_t skip_string(const locator *L, size_t i) {
    for (i = run_to_stop(L, i + 1, STOP_IN_STRING);
         i < L->length && L->text[i] != '"';
         i = run_to_stop(L, i + 2, STOP_IN_STRING)) {
        /* a backslash: the byte after it is escaped */
    }
    return i + 1;
}

/* Skips a whole value without looking inside it. */
static size_t skip_value(const locator *L, size_t i) {
    size_t depth = 0;
    while ((i = run_to_stop(L, i, depth ? STOP_IN_CONTAINER : STOP_AT_TOP)) <
           L->length) {
        char c = L->text[i];
        if (c == '"') {
            i = skip_string(L, i);
            if (depth == 0) {
                return i;
            }
            continue;
        }
        if (c == '[' || c == '{') {
            depth++;
        } else if (c == ']' || c == '}') {
            if (depth == 0) {
                return i;
            }
            if (--depth == 0) {
                return i + 1;
            }
        } else {
            return i; /* ',' or white space after a scalar */
        }
        i++;
    }
    return i;
}

/*
 * The smallest index at or after `from` of an element of the array at the
 * current path that a request names or lies under; SIZE_MAX when none.
 * The other elements are skipped without a look at the requests.
 */
static size_t next_requested_index(const locator *L, size_t from) {
    const char *path = L->path.data;
    size_t length = L->path.length, best = SIZE_MAX;
    for (size_t i = lower_bound(L, path); i < L->request_count; i++) {
        const char *candidate = L->requests[i]->path;
        if (strncmp(candidate, path, length) != 0) {
            break;
        }
        if (candidate[length] != '/') {
            continue;
        }
        const char *digit = candidate + length + 1;
        size_t index = 0;
        int digits = 0;
        for (; *digit >= '0' && *digit <= '9' && digits < 19; digit++) {
            index = index * 10 + (size_t)(*digit - '0');
            digits++;
        }
        if (digits > 0 && (*digit == '\0' || *digit == '/') && index >= from &&
            index < best) {
            best = index;
        }
    }
    return best;
}

static size_t walk_value(locator *L, size_t i);

static size_t walk_members(locator *L, size_t i) {
    for (i = skip_space(L, i + 1); i < L->length && L->text[i] != '}';) {
        size_t key_end = skip_string(L, i);
        size_t mark = L->path.length;
        path_push_json_key(&L->path, L->text + i + 1, key_end - i - 2);
        visit_name(L, i);
        i = skip_space(L, skip_space(L, key_end) + 1); /* past ':' */
        i = skip_space(L, walk_value(L, i));
        path_truncate(&L->path, mark);
        if (i < L->length && L->text[i] == ',') {
            i = skip_space(L, i + 1);
        }
    }
    return i + 1;
}

static size_t walk_elements(locator *L, size_t i) {
    size_t index = 0, wanted = next_requested_index(L, 0);
    for (i = skip_space(L, i + 1); i < L->length && L->text[i] != ']';
         index++) {
        size_t start = i;
        if (index == wanted) {
            size_t mark = L->path.length;
            path_push_index(&L->path, index);
            i = skip_space(L, walk_value(L, i));
            path_truncate(&L->path, mark);
            wanted = next_requested_index(L, index + 1);
        } else {
            i = skip_space(L, skip_value(L, i));
        }
        if (i == start) {
            break; /* not a value: never loop on text cJSON did not take */
        }
        if (i < L->length && L->text[i] == ',') {
            i = skip_space(L, i + 1);
        }
    }
    return i + 1;
}

static size_t walk_value(locator *L, size_t i) {
    int below = visit(L, i);
    if (!below || L->path.failed || i >= L->length) {
        return skip_value(L, i);
    }
    if (L->text[i] == '{') {
        return walk_members(L, i);
    }
    if (L->text[i] == '[') {
        return walk_elements(L, i);
    }
    return skip_value(L, i);
}

static int compare_by_offset(const void *a, const void *b) {
    const pending_diag *x = *(pending_diag *const *)a;
    const pending_diag *y = *(pending_diag *const *)b;
    return (x->offset > y->offset) - (x->offset < y->offset);
}

/* One pass over the text turns sorted offsets into lines and columns
 * (columns count code points, as editors do). */
static void offsets_to_lines(const char *text, size_t length,
                             pending_diag **sorted, size_t count) {
    size_t position = 0, line = 1, column = 1;
    for (size_t k = 0; k < count; k++) {
        size_t target = sorted[k]->offset < length ? sorted[k]->offset : length;
        if (target > position) {
            size_t breaks = text_count_line_breaks(text, position, target);
            if (breaks > 0) {
                size_t line_start = target;
                while (text[line_start - 1] != '\n') {
                    line_start--;
                }
                line += breaks;
                column = 1;
                position = line_start;
            }
            column += text_count_characters(text, position, target);
            position = target;
        }
        sorted[k]->line = (int)line;
        sorted[k]->column = (int)column;
    }
}

/* Sets *offset when `path` is /entities/N or /relations/N and the
 * streaming load saw where that element starts. */
static int known_element_start(const pending_list *diags, const char *path,
                               size_t *offset) {
    static const char entities[] = "/entities/", relations[] = "/relations/";
    const element_starts *elements = NULL;
    if (strncmp(path, entities, sizeof entities - 1) == 0) {
        elements = &diags->entities;
        path += sizeof entities - 1;
    } else if (strncmp(path, relations, sizeof relations - 1) == 0) {
        elements = &diags->relations;
        path += sizeof relations - 1;
    } else {
        return 0;
    }
    size_t index = 0;
    const char *digit = path;
    for (; *digit >= '0' && *digit <= '9' && digit - path < 19; digit++) {
        index = index * 10 + (size_t)(*digit - '0');
    }
    /* Only the index as path_push_index writes it: nothing after it. */
    if (digit == path || *digit != '\0' ||
        (path[0] == '0' && digit - path > 1) || index >= elements->count) {
        return 0;
    }
    *offset = elements->starts[index];
    return 1;
}

/* Walks the whole text for the requests; 0 when out of memory. */
static int walk_document(locator *L) {
    fill_stops(L->stops);
    path_init(&L->path);
    walk_value(L, skip_space(L, 0));
    int failed = L->path.failed;
    path_release(&L->path);
    return !failed;
}

int text_resolve_positions(const char *text, size_t length,
                           pending_list *diags) {
    pending_diag **order = malloc((diags->count + 1) * sizeof *order);
    if (order == NULL) {
        return 0;
    }
    locator L = {text, length, order, 0, {0}, {0}};
    for (size_t i = 0; i < diags->count; i++) {
        pending_diag *diag = &diags->items[i];
        if (diag->path != NULL &&
            !known_element_start(diags, diag->path, &diag->offset)) {
            diag->offset = SIZE_MAX; /* until found */
            order[L.request_count++] = diag;
        }
    }
    if (L.request_count > 0) {
        qsort(order, L.request_count, sizeof *order, compare_requests);
        if (!walk_document(&L)) {
            free(order);
            return 0;
        }
    }
    size_t count = 0;
    for (size_t i = 0; i < diags->count; i++) {
        if (diags->items[i].offset != SIZE_MAX) {
            order[count++] = &diags->items[i];
        }
    }
    qsort(order, count, sizeof *order, compare_by_offset);
    offsets_to_lines(text, length, order, count);
    free(order);
    return 1;
}

int text_locate_request(const char *text, size_t length,
                        pending_diag *request) {
    pending_diag *order[1] = {request};
    locator L = {text, length, order, 1, {0}, {0}};
    request->offset = SIZE_MAX; /* until found */
    return walk_document(&L);
}
