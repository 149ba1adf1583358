/*
 * SIPRI shares for one snapshot: over the window of delivery years, each
 * supplier's share of each recipient's TIV deliveries. The recipient's
 * total counts every supplier, the unknown ones too, summed in file order;
 * the pair sums likewise.
 */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import/import_internal.h"

#define NONSTATE_TYPE "arms_received_from"

/* A recipient-supplier pair in the window. */
typedef struct {
    size_t recipient, supplier;
    double tiv;
    size_t deliveries, estimated;
    size_t first; /* index of its first delivery in `order` */
} pair;

/* A delivery in the window, with its sort key. */
typedef struct {
    size_t recipient, supplier;
    int line;
    size_t index;
} keyed;

typedef struct {
    const ent_import_t *import;
    int from, to;
    keyed *order; /* deliveries in the window, by pair then file order */
    size_t count;
    double *totals; /* by pool entity */
    pair *pairs;
    size_t pair_count;
} window_sums;

static int by_pair(const void *a, const void *b) {
    const keyed *x = a, *y = b;
    if (x->recipient != y->recipient) {
        return x->recipient < y->recipient ? -1 : 1;
    }
    if (x->supplier != y->supplier) {
        return x->supplier < y->supplier ? -1 : 1;
    }
    return (x->line > y->line) - (x->line < y->line);
}

/* The window: the options', else the five years before the date. */
static ent_status choose_window(const ent_import_t *import, const char *date,
                                int *from, int *to, ent_diag_list_t *diags) {
    if (import->window_from != 0) {
        *from = import->window_from;
        *to = import->window_to;
        return ENT_OK;
    }
    if (date == NULL) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "the SIPRI register needs a window of delivery years: "
                     "give --window YEAR-YEAR or --date");
        return ENT_EUSAGE;
    }
    int year = atoi(date);
    *from = year - 5;
    *to = year - 1;
    return ENT_OK;
}

static ent_status sum_window(window_sums *w) {
    const ent_import_t *import = w->import;
    size_t entities = ent_snapshot_entity_count(import->pool);
    w->order = malloc((import->delivery_count + 1) * sizeof *w->order);
    w->totals = calloc(entities + 1, sizeof *w->totals);
    w->pairs = malloc((import->delivery_count + 1) * sizeof *w->pairs);
    if (w->order == NULL || w->totals == NULL || w->pairs == NULL) {
        return ENT_ENOMEM;
    }
    for (size_t i = 0; i < import->delivery_count; i++) {
        const import_delivery *d = &import->deliveries[i];
        if (d->year >= w->from && d->year <= w->to) {
            w->totals[d->recipient] += d->tiv;
            w->order[w->count++] =
                (keyed){d->recipient, d->supplier, d->line, i};
        }
    }
    qsort(w->order, w->count, sizeof *w->order, by_pair);
    for (size_t k = 0; k < w->count; k++) {
        const import_delivery *d = &import->deliveries[w->order[k].index];
        pair *last = w->pair_count ? &w->pairs[w->pair_count - 1] : NULL;
        if (last == NULL || last->recipient != d->recipient ||
            last->supplier != d->supplier) {
            last = &w->pairs[w->pair_count++];
            *last = (pair){d->recipient, d->supplier, 0.0, 0, 0, k};
        }
        last->tiv += d->tiv;
        last->deliveries++;
        last->estimated += (size_t)d->estimated;
    }
    return ENT_OK;
}

static cJSON *pair_attributes(const window_sums *w, const pair *p) {
    cJSON *a = cJSON_CreateObject();
    cJSON *rows = cJSON_CreateArray();
    if (a == NULL || rows == NULL) {
        cJSON_Delete(a);
        cJSON_Delete(rows);
        return NULL;
    }
    cJSON_AddNumberToObject(a, "tiv", p->tiv);
    cJSON_AddNumberToObject(a, "recipient_tiv", w->totals[p->recipient]);
    cJSON_AddNumberToObject(a, "deliveries", (double)p->deliveries);
    cJSON_AddNumberToObject(a, "estimated_delivery_years",
                            (double)p->estimated);
    for (size_t k = p->first; k < p->first + p->deliveries; k++) {
        int line = w->order[k].line;
        cJSON_AddItemToArray(rows, cJSON_CreateNumber(line));
    }
    cJSON_AddItemToObject(a, "rows", rows);
    return a;
}

/* The relation type of a pair: arms_dependency between states, else the
 * declared non-state type. */
static ent_status pair_type(const ent_import_t *import, ent_snapshot_t *out,
                            const pair *p, size_t *type) {
    const ent_snapshot_t *pool = import->pool;
    if (ent_snapshot_entity(pool, p->recipient)->type == ENT_ENTITY_STATE &&
        ent_snapshot_entity(pool, p->supplier)->type == ENT_ENTITY_STATE) {
        ent_snapshot_find_relation_type(out, "arms_dependency", type);
        return ENT_OK;
    }
    if (ent_snapshot_find_relation_type(out, NONSTATE_TYPE, type)) {
        return ENT_OK;
    }
    ent_relation_type_t declared = {NONSTATE_TYPE, 1, 1.0, 0, 0, 0, 0, NULL};
    return ent_snapshot_add_relation_type(out, &declared, type);
}

static ent_status add_pair(const window_sums *w, ent_snapshot_t *out,
                           const pair *p, const char *period) {
    const ent_import_t *import = w->import;
    const ent_source_t *source =
        ent_snapshot_source(import->pool, import->sipri_source);
    ent_relation_t r = {0};
    ent_status status = pair_type(import, out, p, &r.type);
    if (status == ENT_OK) {
        status = import_copy_entity(import, out, p->recipient, &r.source);
    }
    if (status == ENT_OK) {
        status = import_copy_entity(import, out, p->supplier, &r.target);
    }
    if (status != ENT_OK) {
        return status;
    }
    r.weight = p->tiv / w->totals[p->recipient];
    r.has_weight = 1;
    r.period = period;
    r.source_ref = source->id;
    r.note = "supplier's share of the recipient's SIPRI TIV delivery values "
             "in the period";
    r.attributes = pair_attributes(w, p);
    if (r.attributes == NULL) {
        return ENT_ENOMEM;
    }
    status = ent_snapshot_add_relation(out, &r, NULL);
    if (status != ENT_OK) {
        cJSON_Delete(r.attributes);
    }
    return status;
}

static void note_window(const window_sums *w, size_t dropped,
                        ent_diag_list_t *diags) {
    const ent_import_t *import = w->import;
    const char *file = import->source_info[import->sipri_source].file;
    size_t estimated = 0;
    for (size_t k = 0; k < w->count; k++) {
        estimated += (size_t)import->deliveries[w->order[k].index].estimated;
    }
    ent_diag_add(diags, ENT_SEVERITY_NOTE, file, 0, 0, NULL,
                 "deliveries %d-%d: %zu rows, %zu of them with an estimated "
                 "delivery year (\"Delivery year is estimate\")",
                 w->from, w->to, w->count, estimated);
    if (w->to > import->sipri_last_year) {
        ent_diag_add(diags, ENT_SEVERITY_WARNING, file, 0, 0, NULL,
                     "the register's deliveries end in %d: the window "
                     "%d-%d has no data after that year",
                     import->sipri_last_year, w->from, w->to);
    }
    if (dropped > 0) {
        ent_diag_add(diags, ENT_SEVERITY_NOTE, file, 0, 0, NULL,
                     "%zu suppliers below --min-share %g left out", dropped,
                     import->min_share);
    }
}

ent_status import_sipri_shares(const ent_import_t *import, ent_snapshot_t *out,
                               const char *date, ent_diag_list_t *diags) {
    window_sums w = {import, 0, 0, NULL, 0, NULL, NULL, 0};
    ent_status status = choose_window(import, date, &w.from, &w.to, diags);
    if (status == ENT_OK) {
        status = sum_window(&w);
    }
    char period[16];
    snprintf(period, sizeof period, "%04d-%04d", w.from, w.to);
    size_t dropped = 0;
    if (status == ENT_OK) {
        status = import_copy_source(import, out, import->sipri_source);
    }
    for (size_t i = 0; status == ENT_OK && i < w.pair_count; i++) {
        const pair *p = &w.pairs[i];
        if (p->supplier == SIPRI_UNKNOWN || !(p->tiv > 0)) {
            continue; /* no supplier to name, or nothing to weigh */
        }
        if (p->tiv / w.totals[p->recipient] < import->min_share) {
            dropped++;
            continue;
        }
        status = add_pair(&w, out, p, period);
    }
    if (status == ENT_OK) {
        note_window(&w, dropped, diags);
    }
    free(w.order);
    free(w.totals);
    free(w.pairs);
    return status;
}
