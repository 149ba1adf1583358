/*
 * COW Direct Contiguity (directed: each pair twice) into the undirected
 * built-in type `borders`: one relation per pair and spell, from the row
 * with ccode1 < ccode2, weight 1, the contiguity type (1 land or river,
 * 2-5 water up to 12, 24, 150 and 400 miles) kept as `contiguity`. An end
 * date on the data's last day means the spell is still open.
 */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import/identity_internal.h"

static const import_citation contiguity_citation = {
    "Correlates of War Direct Contiguity v3.2: Stinnett, Tir, Schafer, Diehl "
    "and Gochman (2002), The Correlates of War Project Direct Contiguity "
    "Data, Version 3.0, Conflict Management and Peace Science 19(2): 58-66",
    "Correlates of War Project",
    "https://correlatesofwar.org/data-sets/direct-contiguity/", NULL, 1};

enum { C_CODE1, C_CODE2, C_TYPE, C_START, C_END, C_COUNT };
static const char *const contiguity_columns[] = {
    "ccode1", "ccode2", "conttype", "stdate", "enddate", NULL};

/* The latest end date: the data's last day. */
static const char *last_date(const csv_table *t, int column) {
    const char *last = "";
    for (size_t r = 1; r < t->row_count; r++) {
        const char *date = csv_at(t, r, (size_t)column)->text;
        if (strcmp(date, last) > 0) {
            last = date;
        }
    }
    return last;
}

static int read_codes(const csv_table *t, size_t r, const int *col, long *v,
                      ent_diag_list_t *diags) {
    for (int i = C_CODE1; i <= C_TYPE; i++) {
        const csv_cell *cell = csv_at(t, r, (size_t)col[i]);
        if (!csv_int(cell, &v[i]) || (i == C_TYPE && (v[i] < 0 || v[i] > 5))) {
            cell_error(t->name, cell, diags, "bad %s \"%s\"",
                       contiguity_columns[i], cell->text);
            return 0;
        }
    }
    for (int i = C_START; i <= C_END; i++) {
        const csv_cell *cell = csv_at(t, r, (size_t)col[i]);
        if (strlen(cell->text) != 10 || !ent_date_is_valid(cell->text)) {
            cell_error(t->name, cell, diags,
                       "bad date \"%s\": expected YYYY-MM-DD", cell->text);
            return 0;
        }
    }
    return 1;
}

/* The states of both codes at the start: 1, or 0 after reporting an
 * error, or -1 when the row is skipped. */
static int pair_states(const ent_import_t *import, const csv_table *t, size_t r,
                       const int *col, const long *v,
                       const ent_state_identity_t **states,
                       ent_diag_list_t *diags) {
    int year = atoi(csv_at(t, r, (size_t)col[C_START])->text);
    for (int i = 0; i < 2; i++) {
        states[i] = ent_state_by_cow_code((int)v[i], year);
        if (states[i] == NULL) { /* before the code's state-system years */
            states[i] = ent_state_by_cow_code((int)v[i], 0);
        }
        if (states[i] == NULL) {
            return import_unknown_state(import, t->name,
                                        csv_at(t, r, (size_t)col[i]),
                                        "COW code", diags)
                       ? -1
                       : 0;
        }
    }
    return 1;
}

static int read_border(ent_import_t *import, const csv_table *t, size_t r,
                       const int *col, const char *last, size_t source,
                       size_t *no_contact, ent_status *status,
                       ent_diag_list_t *diags) {
    long v[C_TYPE + 1];
    const ent_state_identity_t *states[2];
    if (!read_codes(t, r, col, v, diags)) {
        return 0;
    }
    if (v[C_CODE1] >= v[C_CODE2]) {
        return 1; /* the same border, read from its other row */
    }
    if (v[C_TYPE] == 0) { /* no direct contiguity in this spell */
        *no_contact += 1;
        return 1;
    }
    int found = pair_states(import, t, r, col, v, states, diags);
    if (found <= 0) {
        return found < 0;
    }
    if (!import_keeps(import, states[0]->id) &&
        !import_keeps(import, states[1]->id)) {
        return 1;
    }
    const char *start = csv_at(t, r, (size_t)col[C_START])->text;
    const char *end = csv_at(t, r, (size_t)col[C_END])->text;
    int open = strcmp(end, last) == 0;
    ent_relation_t record = {0};
    ent_snapshot_find_relation_type(import->pool, "borders", &record.type);
    record.weight = 1.0;
    record.since = start;
    record.until = open ? NULL : end;
    record.source_ref = ent_snapshot_source(import->pool, source)->id;
    record.attributes = cJSON_CreateObject();
    cJSON_AddNumberToObject(record.attributes, "contiguity", (double)v[C_TYPE]);
    cJSON_AddNumberToObject(record.attributes, "row", t->rows[r].line);
    import_spell a = {states[0], atoi(start), open ? 0 : atoi(end),
                      0,         NULL,        NULL};
    import_spell b = a;
    b.row = states[1];
    b.state_is_target = 1;
    *status =
        import_add_pair_spans(import, &a, &b, &record, t->rows[r].line, diags);
    return 1;
}

ent_status import_read_contiguity(ent_import_t *import,
                                  const ent_import_input_t *input,
                                  ent_diag_list_t *diags) {
    csv_table t;
    int col[C_COUNT];
    size_t source, bad = 0, no_contact = 0;
    ent_status status = csv_read_file(&t, input->path, diags);
    if (status == ENT_OK) {
        status = csv_require(&t, contiguity_columns, col, diags);
    }
    if (status == ENT_OK) {
        status = import_add_source(import, input->path, "cow-contiguity",
                                   &contiguity_citation, &source, diags);
    }
    const char *last = status == ENT_OK ? last_date(&t, col[C_END]) : "";
    for (size_t r = 1; status == ENT_OK && r < t.row_count && bad < 20; r++) {
        bad += !read_border(import, &t, r, col, last, source, &no_contact,
                            &status, diags);
    }
    if (status == ENT_OK && no_contact > 0) {
        ent_diag_add(diags, ENT_SEVERITY_NOTE, input->path, 0, 0, NULL,
                     "%zu pairs with conttype 0 (not directly contiguous in "
                     "that spell) left out",
                     no_contact);
    }
    if (status == ENT_OK && bad > 0) {
        status = ENT_EINPUT;
    }
    csv_table_destroy(&t);
    return status;
}
