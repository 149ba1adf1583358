/*
 * The SIPRI Arms Transfers Database trade register (CSV export: notes,
 * then the header line). Each row is one deal's deliveries in one year;
 * the snapshot's arms_dependency weight is the supplier's share of the
 * recipient's "TIV delivery values" summed over a window of delivery years.
 * Sums run in file order, so an independent sum in file order gives the
 * same doubles.
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "entente/io.h"
#include "import/identity_internal.h"

#define SIPRI_HEADER "SIPRI AT Database ID,"
#define SIPRI_NAME_KEY "sipri_name"
/* Non-state recipients or suppliers get this declared type: the built-in
 * arms_dependency joins states only. */
#define SIPRI_NONSTATE_TYPE "arms_received_from"

static const import_citation sipri_citation = {
    "SIPRI Arms Transfers Database, trade register",
    "Stockholm International Peace Research Institute (SIPRI)",
    "https://www.sipri.org/databases/armstransfers", NULL, 1};

enum { S_SUPPLIER, S_RECIPIENT, S_YEAR, S_ESTIMATE, S_TIV, S_COUNT };
static const char *const sipri_columns[] = {"Supplier",
                                            "Recipient",
                                            "Delivery year",
                                            "Delivery year is estimate",
                                            "TIV delivery values",
                                            NULL};

/* The byte offset and line of the header, after the notes. */
static int find_header(const char *text, size_t length, size_t *offset,
                       int *line) {
    size_t at = 0;
    for (*line = 1; at < length; (*line)++) {
        if (strncmp(text + at, SIPRI_HEADER, strlen(SIPRI_HEADER)) == 0) {
            *offset = at;
            return 1;
        }
        const char *newline = memchr(text + at, '\n', length - at);
        if (newline == NULL) {
            break;
        }
        at = (size_t)(newline - text) + 1;
    }
    return 0;
}

/* A recipient or supplier: 1 with its pool index, 2 for SIPRI's own
 * "unknown ..." names, 0 (an error at its line) for a name the state
 * table lacks, 3 when such a row is skipped. */
static int sipri_party(ent_import_t *import, const csv_table *t,
                       const csv_cell *cell, size_t *index,
                       ent_diag_list_t *diags) {
    const ent_state_identity_t *row = ent_state_by_name(cell->text);
    if (row == NULL && strncmp(cell->text, "unknown ", 8) == 0) {
        return 2;
    }
    if (row == NULL) {
        return import_unknown_state(import, t->name, cell, "SIPRI name", diags)
                   ? 3
                   : 0;
    }
    return import_identity_entity(import, row, SIPRI_NAME_KEY, cell->text,
                                  index) == ENT_OK;
}

static int parse_tiv(const csv_cell *cell, double *tiv) {
    char *end = NULL;
    errno = 0;
    *tiv = strtod(cell->text, &end);
    return end != cell->text && *end == '\0' && errno == 0 && isfinite(*tiv) &&
           *tiv >= 0;
}

typedef struct {
    size_t unknown_recipients, unknown_suppliers;
    int first_unknown_recipient, first_unknown_supplier;
} unknown_counts;

/* One row into a delivery; 0 after reporting a bad cell. */
static int read_delivery(ent_import_t *import, const csv_table *t, size_t r,
                         const int *col, unknown_counts *unknown,
                         ent_status *status, ent_diag_list_t *diags) {
    const csv_cell *year = csv_at(t, r, (size_t)col[S_YEAR]);
    const csv_cell *tiv = csv_at(t, r, (size_t)col[S_TIV]);
    import_delivery d = {0, 0, 0, 0.0, 0, t->rows[r].line};
    long value = 0;
    if (!csv_int(year, &value) || value < 1900 || value > 9999) {
        cell_error(t->name, year, diags, "bad delivery year \"%s\"",
                   year->text);
        return 0;
    }
    d.year = (int)value;
    if (!parse_tiv(tiv, &d.tiv)) {
        cell_error(t->name, tiv, diags,
                   "TIV delivery value \"%s\" is not a number >= 0", tiv->text);
        return 0;
    }
    d.estimated =
        strcmp(csv_at(t, r, (size_t)col[S_ESTIMATE])->text, "Yes") == 0;
    int recipient = sipri_party(
        import, t, csv_at(t, r, (size_t)col[S_RECIPIENT]), &d.recipient, diags);
    int supplier = sipri_party(import, t, csv_at(t, r, (size_t)col[S_SUPPLIER]),
                               &d.supplier, diags);
    if (recipient == 0 || supplier == 0) {
        return 0;
    }
    if (recipient == 3 || supplier == 3) {
        return 1;
    }
    if (recipient == 2) { /* nobody to attribute the delivery to */
        if (unknown->unknown_recipients++ == 0) {
            unknown->first_unknown_recipient = d.line;
        }
        return 1;
    }
    if (supplier == 2) { /* counts in the recipient's total */
        if (unknown->unknown_suppliers++ == 0) {
            unknown->first_unknown_supplier = d.line;
        }
        d.supplier = SIPRI_UNKNOWN;
    }
    const char *rid = ent_snapshot_entity(import->pool, d.recipient)->id;
    const char *sid = d.supplier == SIPRI_UNKNOWN
                          ? NULL
                          : ent_snapshot_entity(import->pool, d.supplier)->id;
    if (!import_keeps(import, rid) &&
        (sid == NULL || !import_keeps(import, sid))) {
        return 1;
    }
    if (d.year > import->sipri_last_year) {
        import->sipri_last_year = d.year;
    }
    *status = import_add_delivery(import, &d);
    return 1;
}

static void note_unknowns(const char *file, const unknown_counts *u,
                          ent_diag_list_t *diags) {
    if (u->unknown_recipients > 0) {
        ent_diag_add(diags, ENT_SEVERITY_NOTE, file, u->first_unknown_recipient,
                     0, NULL,
                     "%zu rows (the first here) have an unknown recipient "
                     "(SIPRI's \"unknown ...\"): left out, no recipient to "
                     "attribute them to",
                     u->unknown_recipients);
    }
    if (u->unknown_suppliers > 0) {
        ent_diag_add(diags, ENT_SEVERITY_NOTE, file, u->first_unknown_supplier,
                     0, NULL,
                     "%zu rows (the first here) have an unknown supplier "
                     "(SIPRI's \"unknown ...\"): counted in their "
                     "recipient's total, no relation",
                     u->unknown_suppliers);
    }
}

ent_status import_read_sipri(ent_import_t *import,
                             const ent_import_input_t *input,
                             ent_diag_list_t *diags) {
    char *text = NULL;
    size_t length = 0, offset = 0, bad = 0;
    int line = 0, col[S_COUNT];
    csv_table t;
    memset(&t, 0, sizeof t);
    unknown_counts unknown = {0, 0, 0, 0};
    ent_status status =
        ent_file_read(input->path, (size_t)256 << 20, &text, &length, diags);
    if (status == ENT_OK && !find_header(text, length, &offset, &line)) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, input->path, 1, 1, NULL,
                     "no SIPRI header line (\"" SIPRI_HEADER "...\"): is "
                     "this the trade register CSV export?");
        status = ENT_EINPUT;
    }
    if (status == ENT_OK) {
        status =
            csv_parse(&t, text, length, offset, line, ',', input->path, diags);
    }
    if (status == ENT_OK) {
        status = csv_require(&t, sipri_columns, col, diags);
    }
    if (status == ENT_OK) {
        status =
            import_add_source(import, input->path, "sipri", &sipri_citation,
                              &import->sipri_source, diags);
        import->has_sipri = 1;
    }
    for (size_t r = 1; status == ENT_OK && r < t.row_count && bad < 20; r++) {
        bad += !read_delivery(import, &t, r, col, &unknown, &status, diags);
    }
    if (status == ENT_OK && bad > 0) {
        status = ENT_EINPUT;
    }
    if (status == ENT_OK) {
        note_unknowns(input->path, &unknown, diags);
    }
    csv_table_destroy(&t);
    free(text);
    return status;
}
