/*
 * ATOP member level: one row per alliance, member (a COW code) and phase.
 * Each alliance becomes an organization "ATOP-<atopid>" (named from an
 * optional atopid,name table); each row a member_of from the date of entry
 * to the date of exit (0 = still in force), with the alliance's obligations
 * for that member as 0/1 attributes.
 */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import/identity_internal.h"

static const import_citation atop_citation = {
    "Alliance Treaty Obligations and Provisions (ATOP) 4.01, member level: "
    "Leeds, Ritter, Mitchell and Long (2002), Alliance Treaty Obligations "
    "and Provisions, 1815-1944, International Interactions 28: 237-60",
    "ATOP project", "http://www.atopdata.org/", NULL, 1};

enum {
    A_ID,
    A_MEMBER,
    A_YEAR,
    A_MONTH,
    A_DAY,
    A_EXIT_YEAR,
    A_EXIT_MONTH,
    A_EXIT_DAY,
    A_PHASE,
    A_DEFENSE,
    A_OFFENSE,
    A_NEUTRAL,
    A_NONAGG,
    A_CONSUL,
    A_COUNT
};
static const char *const atop_columns[] = {
    "atopid",  "member",  "yrent",   "moent",  "dayent",
    "yrexit",  "moexit",  "dayexit", "phase",  "defense",
    "offense", "neutral", "nonagg",  "consul", NULL};
/* The obligations, under the names the attributes take. */
static const char *const obligation_names[] = {
    "defense", "offense", "neutrality", "non_aggression", "consultation"};

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" from year, month and day (0 = not
 * known); 0 when the parts are not a date. */
static int atop_date(char *out, size_t size, long year, long month, long day) {
    if (month == 0) {
        snprintf(out, size, "%04ld", year);
    } else if (day == 0) {
        snprintf(out, size, "%04ld-%02ld", year, month);
    } else {
        snprintf(out, size, "%04ld-%02ld-%02ld", year, month, day);
    }
    return year >= 1 && year <= 9999 && month >= 0 && month <= 12 && day >= 0 &&
           day <= 31 && ent_date_is_valid(out);
}

static int is_month_or_day(int column) {
    return column == A_MONTH || column == A_DAY || column == A_EXIT_MONTH ||
           column == A_EXIT_DAY;
}

/* Reads the numeric cells of a row; 0 after reporting the first bad one. */
static int read_numbers(const csv_table *t, size_t r, const int *col,
                        long *values, ent_diag_list_t *diags) {
    for (int i = 0; i < A_COUNT; i++) {
        const csv_cell *cell = csv_at(t, r, (size_t)col[i]);
        values[i] = 0;
        if (cell->text[0] == '\0' && is_month_or_day(i)) {
            continue; /* not known */
        }
        if (!csv_int(cell, &values[i])) {
            cell_error(t->name, cell, diags,
                       "\"%s\" must be a whole number, "
                       "found \"%s\"",
                       atop_columns[i], cell->text);
            return 0;
        }
    }
    return 1;
}

/* The state of a member's COW code at entry. A member before the COW state
 * system counts it (West Germany joined alliances in 1954, a COW state from
 * 1955): then the code's latest state. */
static const ent_state_identity_t *member_state(const long *v) {
    const ent_state_identity_t *state =
        ent_state_by_cow_code((int)v[A_MEMBER], (int)v[A_YEAR]);
    return state ? state : ent_state_by_cow_code((int)v[A_MEMBER], 0);
}

/* The alliance's organization, named from the names table when it has one. */
static int alliance(ent_import_t *import, const csv_table *names, long atopid,
                    size_t *index) {
    char id[32], fallback[64];
    snprintf(id, sizeof id, "ATOP-%ld", atopid);
    snprintf(fallback, sizeof fallback, "ATOP alliance %ld", atopid);
    const char *name = fallback;
    for (size_t r = 1; names->rows != NULL && r < names->row_count; r++) {
        long value;
        if (csv_int(csv_at(names, r, 0), &value) && value == atopid) {
            name = csv_at(names, r, 1)->text;
        }
    }
    cJSON *attributes = cJSON_CreateObject();
    if (attributes != NULL) {
        cJSON_AddNumberToObject(attributes, "atopid", (double)atopid);
    }
    return import_entity(import, id, ENT_ENTITY_ORGANIZATION, name, attributes,
                         index) == ENT_OK;
}

/* One member row, parsed; rows of one member of one alliance that enter on
 * the same day are one membership (ATOP lists some phases side by side):
 * the latest exit, the obligations of any of them, every phase and row. */
typedef struct {
    long v[A_COUNT];
    size_t row;
} atop_row;

static int by_membership(const void *a, const void *b) {
    const atop_row *x = a, *y = b;
    static const int keys[] = {A_ID, A_MEMBER, A_YEAR, A_MONTH, A_DAY};
    for (size_t k = 0; k < 5; k++) {
        if (x->v[keys[k]] != y->v[keys[k]]) {
            return x->v[keys[k]] < y->v[keys[k]] ? -1 : 1;
        }
    }
    return (x->row > y->row) - (x->row < y->row);
}

static int same_membership(const atop_row *x, const atop_row *y) {
    atop_row a = *x, b = *y;
    a.row = b.row = 0;
    return by_membership(&a, &b) == 0;
}

/* 1 when w's exit is after v's; an exit of 0 (in force) is the latest. */
static int exit_later(const long *w, const long *v) {
    if (v[A_EXIT_YEAR] == 0 || w[A_EXIT_YEAR] == 0) {
        return v[A_EXIT_YEAR] != 0;
    }
    for (int k = A_EXIT_YEAR; k <= A_EXIT_DAY; k++) {
        if (w[k] != v[k]) {
            return w[k] > v[k];
        }
    }
    return 0;
}

/* Folds group[1..n) into a copy of group[0]: latest exit, obligations. */
static void merge_group(const atop_row *group, size_t n, long *v) {
    memcpy(v, group[0].v, sizeof group[0].v);
    for (size_t i = 1; i < n; i++) {
        const long *w = group[i].v;
        int later = exit_later(w, v);
        if (later) {
            v[A_EXIT_YEAR] = w[A_EXIT_YEAR];
            v[A_EXIT_MONTH] = w[A_EXIT_MONTH];
            v[A_EXIT_DAY] = w[A_EXIT_DAY];
        }
        for (int k = A_DEFENSE; k <= A_CONSUL; k++) {
            v[k] = v[k] > w[k] ? v[k] : w[k];
        }
    }
}

static cJSON *group_attributes(const csv_table *t, const atop_row *group,
                               size_t n, const long *v) {
    cJSON *a = cJSON_CreateObject();
    if (a == NULL) {
        return NULL;
    }
    cJSON_AddNumberToObject(a, "atopid", (double)v[A_ID]);
    if (n == 1) {
        cJSON_AddNumberToObject(a, "phase", (double)v[A_PHASE]);
    } else {
        cJSON *phases = cJSON_AddArrayToObject(a, "phase");
        for (size_t i = 0; phases != NULL && i < n; i++) {
            cJSON_AddItemToArray(
                phases, cJSON_CreateNumber((double)group[i].v[A_PHASE]));
        }
    }
    for (int i = 0; i < 5; i++) {
        cJSON_AddNumberToObject(a, obligation_names[i],
                                (double)v[A_DEFENSE + i]);
    }
    cJSON_AddNumberToObject(a, "row", t->rows[group[0].row].line);
    if (n > 1) {
        cJSON *rows = cJSON_AddArrayToObject(a, "rows");
        for (size_t i = 0; rows != NULL && i < n; i++) {
            cJSON_AddItemToArray(
                rows, cJSON_CreateNumber(t->rows[group[i].row].line));
        }
    }
    return a;
}

/* Parses a row; 0 after reporting it, 1 (with *keep) otherwise. */
static int parse_member(ent_import_t *import, const csv_table *t, size_t r,
                        const int *col, atop_row *out, int *keep,
                        ent_diag_list_t *diags) {
    char since[16], until[16], id[32];
    *keep = 0;
    if (!read_numbers(t, r, col, out->v, diags)) {
        return 0;
    }
    const long *v = out->v;
    out->row = r;
    const ent_state_identity_t *state = member_state(v);
    snprintf(id, sizeof id, "ATOP-%ld", v[A_ID]);
    if (!import_keeps(import, id) &&
        (state == NULL || !import_keeps(import, state->id))) {
        return 1;
    }
    if (state == NULL) {
        return import_unknown_state(import, t->name,
                                    csv_at(t, r, (size_t)col[A_MEMBER]),
                                    "COW code", diags);
    }
    int has_exit = v[A_EXIT_YEAR] != 0;
    if (!atop_date(since, sizeof since, v[A_YEAR], v[A_MONTH], v[A_DAY]) ||
        (has_exit && !atop_date(until, sizeof until, v[A_EXIT_YEAR],
                                v[A_EXIT_MONTH], v[A_EXIT_DAY]))) {
        cell_error(t->name,
                   csv_at(t, r, (size_t)col[has_exit ? A_EXIT_YEAR : A_YEAR]),
                   diags, "the dates of entry and exit are not real dates");
        return 0;
    }
    *keep = 1;
    return 1;
}

static ent_status add_membership(ent_import_t *import, const csv_table *t,
                                 const csv_table *names, const atop_row *group,
                                 size_t n, size_t source,
                                 ent_diag_list_t *diags) {
    long v[A_COUNT];
    char since[16], until[16];
    merge_group(group, n, v);
    atop_date(since, sizeof since, v[A_YEAR], v[A_MONTH], v[A_DAY]);
    atop_date(until, sizeof until, v[A_EXIT_YEAR], v[A_EXIT_MONTH],
              v[A_EXIT_DAY]);
    ent_relation_t record = {0};
    if (!alliance(import, names, v[A_ID], &record.target)) {
        return ENT_ENOMEM;
    }
    ent_snapshot_find_relation_type(import->pool, "member_of", &record.type);
    record.weight = 1.0;
    record.since = since;
    record.until = v[A_EXIT_YEAR] != 0 ? until : NULL;
    record.source_ref = ent_snapshot_source(import->pool, source)->id;
    record.attributes = group_attributes(t, group, n, v);
    import_spell spell = {
        member_state(v), (int)v[A_YEAR], (int)v[A_EXIT_YEAR], 0, NULL, NULL};
    return import_add_spans(import, &spell, &record, t->rows[group[0].row].line,
                            diags);
}

/* Parses every row, then adds one membership per group. */
static ent_status read_members(ent_import_t *import, const csv_table *t,
                               const csv_table *names, const int *col,
                               size_t source, ent_diag_list_t *diags) {
    atop_row *rows = malloc(t->row_count * sizeof *rows);
    size_t count = 0, bad = 0;
    if (rows == NULL) {
        return ENT_ENOMEM;
    }
    for (size_t r = 1; r < t->row_count && bad < 20; r++) {
        int keep;
        bad += !parse_member(import, t, r, col, &rows[count], &keep, diags);
        count += (size_t)keep;
    }
    qsort(rows, count, sizeof *rows, by_membership);
    ent_status status = bad > 0 ? ENT_EINPUT : ENT_OK;
    for (size_t i = 0; status == ENT_OK && i < count;) {
        size_t n = 1;
        while (i + n < count && same_membership(&rows[i], &rows[i + n])) {
            n++;
        }
        status = add_membership(import, t, names, &rows[i], n, source, diags);
        i += n;
    }
    free(rows);
    return status;
}

static ent_status read_names(ent_import_t *import, const char *path,
                             csv_table *names, ent_diag_list_t *diags) {
    ent_status status = csv_read_file(names, path, diags);
    if (status == ENT_OK &&
        (names->rows[0].count != 2 || csv_column(names, "atopid") != 0 ||
         csv_column(names, "name") != 1)) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, path, names->rows[0].line, 1,
                     NULL, "the names table must have the columns atopid,name");
        status = ENT_EINPUT;
    }
    return status == ENT_OK ? import_note_input(import, path) : status;
}

ent_status import_read_atop(ent_import_t *import,
                            const ent_import_input_t *input,
                            ent_diag_list_t *diags) {
    csv_table t, names;
    memset(&names, 0, sizeof names);
    int col[A_COUNT];
    size_t source;
    ent_status status = csv_read_file(&t, input->path, diags);
    if (status == ENT_OK) {
        status = csv_require(&t, atop_columns, col, diags);
    }
    if (status == ENT_OK && input->extra_path != NULL) {
        status = read_names(import, input->extra_path, &names, diags);
    }
    if (status == ENT_OK) {
        status = import_add_source(import, input->path, "atop", &atop_citation,
                                   &source, diags);
    }
    if (status == ENT_OK) {
        status = read_members(import, &t, &names, col, source, diags);
    }
    csv_table_destroy(&names);
    csv_table_destroy(&t);
    return status;
}
