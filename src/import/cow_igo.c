/*
 * COW IGO v3 memberships as state-IGO spells (stateID, StateName, igoID,
 * Title, cowigoNR, Beg, End): member_of from the state to the IGO, since
 * Beg, until the year after End (the last year coded a member), open when
 * End is the last year of the data (2014: still a member). Organizations
 * are named from the IGO list when given.
 */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import/identity_internal.h"

static const import_citation cow_igo_citation = {
    "Correlates of War IGO data v3: Pevehouse, Nordstrom, McManus and "
    "Jamison (2020), Tracking Organizations in the World: The Correlates of "
    "War IGO Version 3.0 datasets, Journal of Peace Research 57(3): 492-503",
    "Correlates of War Project", "https://correlatesofwar.org/data-sets/igos/",
    NULL, 1};

enum { I_STATE_ID, I_STATE_NAME, I_IGO, I_TITLE, I_NR, I_BEG, I_END, I_COUNT };
static const char *const igo_columns[] = {
    "stateID", "StateName", "igoID", "Title", "cowigoNR", "Beg", "End", NULL};

/* The IGO list: igoID and its title, or none. */
typedef struct {
    csv_table table;
    int id, title;
} igo_list;

static ent_status read_list(ent_import_t *import, const char *path,
                            igo_list *list, ent_diag_list_t *diags) {
    static const char *const columns[] = {"igoID", "Title", NULL};
    int found[2];
    ent_status status = csv_read_file(&list->table, path, diags);
    if (status == ENT_OK) {
        status = csv_require(&list->table, columns, found, diags);
    }
    if (status == ENT_OK) {
        status = import_note_input(import, path);
    }
    list->id = found[0];
    list->title = found[1];
    return status;
}

static const char *list_title(const igo_list *list, const char *id) {
    for (size_t r = 1; list->table.rows != NULL && r < list->table.row_count;
         r++) {
        if (strcmp(csv_at(&list->table, r, (size_t)list->id)->text, id) == 0) {
            return csv_at(&list->table, r, (size_t)list->title)->text;
        }
    }
    return NULL;
}

/* The entity id of an IGO: its igoID, with the prefix "IGO-" when that is
 * also a state's id (GEO, the Group on Earth Observations, and Georgia). */
static const char *igo_id(const char *id, char *buffer, size_t size) {
    const ent_state_identity_t *row = ent_state_by_id(id);
    if (row == NULL || strcmp(row->type, "state") != 0) {
        return id; /* NATO, the AU...: SIPRI's organizations are the same */
    }
    snprintf(buffer, size, "IGO-%s", id);
    return buffer;
}

/* The title less a trailing " (ID)" that repeats the igoID: "Collective
 * Security Treaty Organization (CSTO)" is named without it, as the id says
 * it already. */
static void igo_name(char *out, size_t size, const char *title,
                     const char *id) {
    snprintf(out, size, "%s", title);
    size_t n = strlen(out), m = strlen(id);
    if (n > m + 3 && out[n - 1] == ')' && out[n - m - 3] == ' ' &&
        out[n - m - 2] == '(' && strncmp(out + n - m - 1, id, m) == 0) {
        out[n - m - 3] = '\0';
    }
}

/* The IGO's entity: an organization with its COW number. */
static int igo_entity(ent_import_t *import, const csv_table *t, size_t r,
                      const int *col, const igo_list *list, size_t *index,
                      ent_diag_list_t *diags) {
    const csv_cell *id = csv_at(t, r, (size_t)col[I_IGO]);
    char prefixed[64];
    const char *igo = igo_id(id->text, prefixed, sizeof prefixed);
    if (ent_snapshot_find_entity(import->pool, igo, index)) {
        if (ent_snapshot_entity(import->pool, *index)->type ==
            ENT_ENTITY_ORGANIZATION) {
            return 1;
        }
        cell_error(t->name, id, diags,
                   "IGO id \"%s\" is already the id of "
                   "an entity that is not an "
                   "organization",
                   id->text);
        return 0;
    }
    const char *title = list_title(list, id->text);
    char name[512];
    igo_name(name, sizeof name,
             title ? title : csv_at(t, r, (size_t)col[I_TITLE])->text,
             id->text);
    cJSON *attributes = cJSON_CreateObject();
    long number = 0;
    if (attributes != NULL &&
        csv_int(csv_at(t, r, (size_t)col[I_NR]), &number)) {
        cJSON_AddNumberToObject(attributes, "cowigo_nr", (double)number);
    }
    return import_entity(import, igo, ENT_ENTITY_ORGANIZATION, name, attributes,
                         index) == ENT_OK;
}

static const ent_state_identity_t *igo_state(const csv_table *t, size_t r,
                                             const int *col) {
    const ent_state_identity_t *row =
        ent_state_by_name(csv_at(t, r, (size_t)col[I_STATE_NAME])->text);
    return row ? row
               : ent_state_by_id(csv_at(t, r, (size_t)col[I_STATE_ID])->text);
}

static int read_year(const csv_table *t, const csv_cell *cell, long *year,
                     ent_diag_list_t *diags) {
    if (!csv_int(cell, year) || *year < 1 || *year > 9998) {
        cell_error(t->name, cell, diags, "bad year \"%s\"", cell->text);
        return 0;
    }
    return 1;
}

static int read_membership(ent_import_t *import, const csv_table *t, size_t r,
                           const int *col, const igo_list *list, long last,
                           size_t source, ent_status *status,
                           ent_diag_list_t *diags) {
    char prefixed[64];
    const char *igo = igo_id(csv_at(t, r, (size_t)col[I_IGO])->text, prefixed,
                             sizeof prefixed);
    const ent_state_identity_t *state = igo_state(t, r, col);
    if (!import_keeps(import, igo) &&
        (state == NULL || !import_keeps(import, state->id))) {
        return 1;
    }
    long beg, end;
    size_t organization;
    if (state == NULL) {
        return import_unknown_state(import, t->name,
                                    csv_at(t, r, (size_t)col[I_STATE_NAME]),
                                    "COW IGO state", diags);
    }
    if (!read_year(t, csv_at(t, r, (size_t)col[I_BEG]), &beg, diags) ||
        !read_year(t, csv_at(t, r, (size_t)col[I_END]), &end, diags) ||
        !igo_entity(import, t, r, col, list, &organization, diags)) {
        return 0;
    }
    char since[24], until[24];
    snprintf(since, sizeof since, "%04ld", beg);
    snprintf(until, sizeof until, "%04ld", end + 1);
    ent_relation_t record = {0};
    ent_snapshot_find_relation_type(import->pool, "member_of", &record.type);
    record.target = organization;
    record.weight = 1.0;
    record.since = since;
    record.until = end < last ? until : NULL;
    record.source_ref = ent_snapshot_source(import->pool, source)->id;
    record.attributes = cJSON_CreateObject();
    cJSON_AddNumberToObject(record.attributes, "cow_beg", (double)beg);
    cJSON_AddNumberToObject(record.attributes, "cow_end", (double)end);
    cJSON_AddNumberToObject(record.attributes, "row", t->rows[r].line);
    import_spell spell = {
        state, (int)beg,       end < last ? (int)end : 0,
        0,     "cow_igo_name", csv_at(t, r, (size_t)col[I_STATE_NAME])->text};
    *status = import_add_spans(import, &spell, &record, t->rows[r].line, diags);
    return 1;
}

/* Rows that repeat an earlier row's state, IGO and years (the data lists
 * the African Union twice under two titles): marked in `repeated`, read
 * once. Returns how many. */
typedef struct {
    const csv_table *t;
    const int *col;
    size_t row;
} row_ref;

static int compare_keys(const row_ref *x, const row_ref *y) {
    static const int keys[] = {I_STATE_NAME, I_IGO, I_BEG, I_END};
    for (size_t k = 0; k < 4; k++) {
        int c = strcmp(csv_at(x->t, x->row, (size_t)x->col[keys[k]])->text,
                       csv_at(y->t, y->row, (size_t)y->col[keys[k]])->text);
        if (c != 0) {
            return c;
        }
    }
    return 0;
}

static int compare_rows(const void *a, const void *b) {
    const row_ref *x = a, *y = b;
    int c = compare_keys(x, y);
    return c != 0 ? c : (x->row > y->row) - (x->row < y->row);
}

static ent_status mark_repeated(const csv_table *t, const int *col,
                                char *repeated, size_t *count) {
    row_ref *refs = malloc(t->row_count * sizeof *refs);
    if (refs == NULL) {
        return ENT_ENOMEM;
    }
    for (size_t r = 1; r < t->row_count; r++) {
        refs[r - 1] = (row_ref){t, col, r};
    }
    qsort(refs, t->row_count - 1, sizeof *refs, compare_rows);
    *count = 0;
    for (size_t i = 1; i + 1 < t->row_count; i++) {
        if (compare_keys(&refs[i], &refs[i - 1]) == 0) {
            repeated[refs[i].row] = 1;
            (*count)++;
        }
    }
    free(refs);
    return ENT_OK;
}

/* The last year of the data: an End there means "still a member". */
static long last_year(const csv_table *t, int column) {
    long last = 0, year;
    for (size_t r = 1; r < t->row_count; r++) {
        if (csv_int(csv_at(t, r, (size_t)column), &year) && year > last) {
            last = year;
        }
    }
    return last;
}

ent_status import_read_cow_igo(ent_import_t *import,
                               const ent_import_input_t *input,
                               ent_diag_list_t *diags) {
    csv_table t;
    igo_list list;
    memset(&list, 0, sizeof list);
    int col[I_COUNT];
    size_t source, bad = 0;
    ent_status status = csv_read_file(&t, input->path, diags);
    if (status == ENT_OK) {
        status = csv_require(&t, igo_columns, col, diags);
    }
    if (status == ENT_OK && input->extra_path != NULL) {
        status = read_list(import, input->extra_path, &list, diags);
    }
    if (status == ENT_OK) {
        status = import_add_source(import, input->path, "cow-igo",
                                   &cow_igo_citation, &source, diags);
    }
    long last = status == ENT_OK ? last_year(&t, col[I_END]) : 0;
    char *repeated = status == ENT_OK ? calloc(t.row_count, 1) : NULL;
    size_t repeats = 0;
    if (status == ENT_OK) {
        status =
            repeated ? mark_repeated(&t, col, repeated, &repeats) : ENT_ENOMEM;
    }
    if (status == ENT_OK && repeats > 0) {
        ent_diag_add(diags, ENT_SEVERITY_NOTE, input->path, 0, 0, NULL,
                     "%zu rows repeat the state, IGO and years of an "
                     "earlier row: read once",
                     repeats);
    }
    for (size_t r = 1; status == ENT_OK && r < t.row_count && bad < 20; r++) {
        bad += !repeated[r] && !read_membership(import, &t, r, col, &list, last,
                                                source, &status, diags);
    }
    if (status == ENT_OK && bad > 0) {
        status = ENT_EINPUT;
    }
    free(repeated);
    csv_table_destroy(&list.table);
    csv_table_destroy(&t);
    return status;
}
