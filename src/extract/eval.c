/*
 * Scoring a draft against gold annotations (schema "entente-gold/1", see
 * tests/extract/README.md). Both sides become sets of keys "type, source,
 * target" (ends in byte order for an undirected type), sorted, and one
 * merge counts true positives, false positives and false negatives per
 * relation type.
 */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/io.h"
#include "extract/extract_internal.h"

typedef struct {
    const char *type, *source, *target;
} key;

static int key_compare(const void *a, const void *b) {
    const key *x = a, *y = b;
    int c = strcmp(x->type, y->type);
    if (c == 0) {
        c = strcmp(x->source, y->source);
    }
    if (c == 0) {
        c = strcmp(x->target, y->target);
    }
    return c;
}

/* Orders the ends of an undirected relation. */
static key make_key(const ent_snapshot_t *s, const char *type,
                    const char *source, const char *target) {
    key k = {type, source, target};
    size_t index;
    if (ent_snapshot_find_relation_type(s, type, &index) &&
        !ent_snapshot_relation_type(s, index)->directed &&
        strcmp(source, target) > 0) {
        k.source = target;
        k.target = source;
    }
    return k;
}

/* Sorts and removes duplicates; returns the new count. */
static size_t sort_unique(key *keys, size_t count) {
    if (count == 0) {
        return 0;
    }
    qsort(keys, count, sizeof *keys, key_compare);
    size_t n = 1;
    for (size_t i = 1; i < count; i++) {
        if (key_compare(&keys[i], &keys[n - 1]) != 0) {
            keys[n++] = keys[i];
        }
    }
    return n;
}

/* Reads the gold relations into keys (pointing into `root`). */
static ent_status read_gold(const char *text, size_t length, const char *path,
                            const cJSON *root, const ent_snapshot_t *s,
                            const char *event_id, key **keys, size_t *count,
                            ent_diag_list_t *diags) {
    const cJSON *schema = cJSON_GetObjectItemCaseSensitive(root, "schema");
    if (!cJSON_IsString(schema) ||
        strcmp(schema->valuestring, ENT_GOLD_SCHEMA) != 0) {
        json_report(text, length, path, root, schema, "/schema", diags,
                    "expected \"schema\": \"" ENT_GOLD_SCHEMA "\"");
        return ENT_EINPUT;
    }
    const cJSON *event = cJSON_GetObjectItemCaseSensitive(root, "event");
    const char *gold_event =
        cJSON_IsString(event) ? event->valuestring : "summit";
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(root, "relations");
    if (!cJSON_IsArray(list)) {
        json_report(text, length, path, root, list, "/relations", diags,
                    "expected an array for \"relations\"");
        return ENT_EINPUT;
    }
    *keys = calloc((size_t)cJSON_GetArraySize(list) + 1, sizeof **keys);
    if (*keys == NULL) {
        return ENT_ENOMEM;
    }
    ent_status status = ENT_OK;
    size_t i = 0;
    for (const cJSON *r = list->child; r; r = r->next, i++) {
        static const char *const members[] = {"type", "source", "target"};
        const char *value[3] = {NULL, NULL, NULL};
        for (size_t m = 0; m < 3; m++) {
            const cJSON *item = cJSON_GetObjectItemCaseSensitive(r, members[m]);
            char where[64];
            snprintf(where, sizeof where, "/relations/%zu/%s", i, members[m]);
            if (!cJSON_IsString(item) || item->valuestring[0] == '\0') {
                json_report(text, length, path, root, item ? item : r, where,
                            diags, "expected a non-empty string for \"%s\"",
                            members[m]);
                status = ENT_EINPUT;
                continue;
            }
            value[m] = item->valuestring;
            if (m > 0 && event_id != NULL &&
                strcmp(value[m], gold_event) == 0) {
                value[m] = event_id;
            }
        }
        if (value[0] && value[1] && value[2]) {
            (*keys)[(*count)++] = make_key(s, value[0], value[1], value[2]);
        }
    }
    return status;
}

static ent_eval_row_t *add_row(ent_eval_t *eval, const char *type) {
    if (eval->row_count > 0 &&
        strcmp(eval->rows[eval->row_count - 1].type, type) == 0) {
        return &eval->rows[eval->row_count - 1];
    }
    ent_eval_row_t *rows =
        realloc(eval->rows, (eval->row_count + 1) * sizeof *rows);
    if (rows == NULL) {
        return NULL;
    }
    eval->rows = rows;
    ent_eval_row_t *row = &rows[eval->row_count];
    memset(row, 0, sizeof *row);
    row->type = strdup(type);
    if (row->type == NULL) {
        return NULL;
    }
    eval->row_count++;
    return row;
}

/* Merges the two sorted sets; rows come out in type order. */
static ent_status score(ent_eval_t *eval, const key *found, size_t nf,
                        const key *gold, size_t ng) {
    size_t i = 0, j = 0;
    while (i < nf || j < ng) {
        int c = i == nf ? 1 : j == ng ? -1 : key_compare(&found[i], &gold[j]);
        const char *type = c <= 0 ? found[i].type : gold[j].type;
        ent_eval_row_t *row = add_row(eval, type);
        if (row == NULL) {
            return ENT_ENOMEM;
        }
        if (c == 0) {
            row->tp++;
            eval->overall.tp++;
            i++;
            j++;
        } else if (c < 0) {
            row->fp++;
            eval->overall.fp++;
            i++;
        } else {
            row->fn++;
            eval->overall.fn++;
            j++;
        }
    }
    return ENT_OK;
}

ent_status ent_eval_run(ent_eval_t *eval, const ent_snapshot_t *extracted,
                        const char *event_id, const char *gold_path,
                        ent_diag_list_t *diags) {
    ent_status status = ENT_OK;
    char *text = NULL;
    size_t length = 0, nf = 0, ng = 0;
    cJSON *root = NULL;
    key *found = NULL, *gold = NULL;
    memset(eval, 0, sizeof *eval);
    eval->overall.type = strdup("overall");
    if (eval->overall.type == NULL) {
        return ENT_ENOMEM;
    }
    for (size_t e = 0;
         event_id == NULL && e < ent_snapshot_entity_count(extracted); e++) {
        const ent_entity_t *entity = ent_snapshot_entity(extracted, e);
        if (entity->type == ENT_ENTITY_EVENT) {
            event_id = entity->id;
        }
    }
    status =
        ent_file_read(gold_path, ENT_EXTRACT_MAX_SIZE, &text, &length, diags);
    if (status == ENT_OK) {
        status = json_parse_located(text, length, gold_path, &root, diags);
    }
    if (status == ENT_OK) {
        status = read_gold(text, length, gold_path, root, extracted, event_id,
                           &gold, &ng, diags);
    }
    size_t count = ent_snapshot_relation_count(extracted);
    found = status == ENT_OK ? calloc(count + 1, sizeof *found) : NULL;
    if (status == ENT_OK && found == NULL) {
        status = ENT_ENOMEM;
    }
    if (status != ENT_OK) {
        goto cleanup;
    }
    for (size_t r = 0; r < count; r++) {
        const ent_relation_t *rel = ent_snapshot_relation(extracted, r);
        found[nf++] = make_key(
            extracted, ent_snapshot_relation_type(extracted, rel->type)->name,
            ent_snapshot_entity(extracted, rel->source)->id,
            ent_snapshot_entity(extracted, rel->target)->id);
    }
    nf = sort_unique(found, nf);
    ng = sort_unique(gold, ng);
    status = score(eval, found, nf, gold, ng);
cleanup:
    free(found);
    free(gold);
    cJSON_Delete(root);
    free(text);
    return status;
}

void ent_eval_destroy(ent_eval_t *eval) {
    for (size_t i = 0; i < eval->row_count; i++) {
        free(eval->rows[i].type);
    }
    free(eval->rows);
    free(eval->overall.type);
    memset(eval, 0, sizeof *eval);
}

double ent_eval_precision(const ent_eval_row_t *row) {
    size_t n = row->tp + row->fp;
    return n ? (double)row->tp / (double)n : (double)NAN;
}

double ent_eval_recall(const ent_eval_row_t *row) {
    size_t n = row->tp + row->fn;
    return n ? (double)row->tp / (double)n : (double)NAN;
}

double ent_eval_f1(const ent_eval_row_t *row) {
    double p = ent_eval_precision(row), r = ent_eval_recall(row);
    if (isnan(p) || isnan(r)) {
        return NAN;
    }
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static void put_figure(FILE *out, double value) {
    if (isnan(value)) {
        fprintf(out, "  %9s", "-");
    } else {
        fprintf(out, "  %9.3f", value);
    }
}

static void put_row(FILE *out, const ent_eval_row_t *row) {
    fprintf(out, "%-16s %4zu %4zu %4zu", row->type, row->tp, row->fp, row->fn);
    put_figure(out, ent_eval_precision(row));
    put_figure(out, ent_eval_recall(row));
    put_figure(out, ent_eval_f1(row));
    fputc('\n', out);
}

ent_status ent_eval_write(FILE *out, const ent_eval_t *eval) {
    fprintf(out, "%-16s %4s %4s %4s  %9s  %9s  %9s\n", "type", "tp", "fp", "fn",
            "precision", "recall", "f1");
    for (size_t i = 0; i < eval->row_count; i++) {
        put_row(out, &eval->rows[i]);
    }
    put_row(out, &eval->overall);
    return fflush(out) == 0 && !ferror(out) ? ENT_OK : ENT_EIO;
}
