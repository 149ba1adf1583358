/*
 * Lookups over the generated state identity table (states_table.c): binary
 * searches over const indexes, so no initialisation and no mutable state.
 */
#include "import/states.h"

#include <string.h>

/* A span's end for comparisons: an open end is later than any year. */
static int span_end(const ent_state_identity_t *row) {
    return row->to == 0 ? 1 << 30 : row->to;
}

static int span_holds(const ent_state_identity_t *row, int year) {
    return (row->from == 0 || row->from <= year) &&
           (row->to == 0 || year <= row->to);
}

/*
 * Among the index entries [first, last) that share one key, the row for
 * `year`: the span that holds it, or with year 0 the latest span.
 */
static const ent_state_identity_t *
row_in_time(const unsigned short *index, size_t first, size_t last, int year) {
    const ent_state_identity_t *best = NULL;
    for (size_t i = first; i < last; i++) {
        const ent_state_identity_t *row = &ent_state_rows[index[i]];
        if (year == 0) {
            if (best == NULL || span_end(row) > span_end(best)) {
                best = row;
            }
        } else if (span_holds(row, year)) {
            return row;
        }
    }
    return best;
}

/* Orders a row against a lookup key, as strcmp does. */
typedef int (*row_order)(const ent_state_identity_t *row, const void *key);

static int order_by_code(const ent_state_identity_t *row, const void *key) {
    int code = *(const int *)key;
    return (row->cow_code > code) - (row->cow_code < code);
}

static int order_by_abb(const ent_state_identity_t *row, const void *key) {
    return strcmp(row->cow_abb, (const char *)key);
}

/* The row for `year` among the rows whose key equals `key` in an index
 * sorted by that key. */
static const ent_state_identity_t *find_in_time(const unsigned short *index,
                                                size_t total, row_order order,
                                                const void *key, int year) {
    size_t low = 0, high = total;
    while (low < high) { /* the first entry not ordered before key */
        size_t middle = low + (high - low) / 2;
        if (order(&ent_state_rows[index[middle]], key) < 0) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    size_t last = low;
    while (last < total && order(&ent_state_rows[index[last]], key) == 0) {
        last++;
    }
    return row_in_time(index, low, last, year);
}

const ent_state_identity_t *ent_state_by_cow_code(int code, int year) {
    if (code == 0) {
        return NULL;
    }
    return find_in_time(ent_state_rows_by_code, ent_state_code_total,
                        order_by_code, &code, year);
}

const ent_state_identity_t *ent_state_by_cow_abb(const char *abb, int year) {
    if (abb == NULL || abb[0] == '\0') {
        return NULL;
    }
    return find_in_time(ent_state_rows_by_abb, ent_state_abb_total,
                        order_by_abb, abb, year);
}

const ent_state_identity_t *ent_state_by_id(const char *id) {
    if (id == NULL) {
        return NULL;
    }
    size_t low = 0, high = ent_state_id_total;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        const ent_state_identity_t *row =
            &ent_state_rows[ent_state_rows_by_id[middle]];
        int order = strcmp(row->id, id);
        if (order == 0) {
            return row;
        }
        if (order < 0) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return NULL;
}

static unsigned char ascii_lower(unsigned char c) {
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* strcmp of the query text[0, length), ASCII-lower-cased, with a key that
 * is already lower case. */
static int compare_folded(const char *text, size_t length, const char *key) {
    for (size_t i = 0; i < length; i++) {
        unsigned char a = ascii_lower((unsigned char)text[i]);
        unsigned char b = (unsigned char)key[i];
        if (a != b) {
            return a < b ? -1 : 1; /* also right when key[i] ends the key */
        }
    }
    return key[length] == '\0' ? 0 : -1;
}

static int is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
}

const ent_state_identity_t *ent_state_by_name(const char *name) {
    if (name == NULL) {
        return NULL;
    }
    while (is_space(*name)) {
        name++;
    }
    size_t length = strlen(name);
    while (length > 0 && is_space(name[length - 1])) {
        length--;
    }
    size_t low = 0, high = ent_state_name_total;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        int order = compare_folded(name, length, ent_state_names[middle].key);
        if (order == 0) {
            return &ent_state_rows[ent_state_names[middle].row];
        }
        if (order > 0) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return NULL;
}

size_t ent_state_count(void) { return ent_state_row_total; }

const ent_state_identity_t *ent_state_at(size_t i) {
    return i < ent_state_row_total ? &ent_state_rows[i] : NULL;
}
