/*
 * States of the field's datasets: a COW code, abbreviation or dataset
 * name becomes the entity of the state identity table (states.h), with the
 * COW code, COW abbreviation and the dataset's own spelling kept as
 * attributes. A COW code stands for different states over time (365: the
 * Russian Empire, the Soviet Union, Russia), so a spell is cut where the
 * code changes hands.
 */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <string.h>

#include "import/identity_internal.h"

ent_status import_identity_entity(ent_import_t *import,
                                  const ent_state_identity_t *row,
                                  const char *name_key,
                                  const char *dataset_name, size_t *index) {
    ent_entity_type type;
    if (!ent_entity_type_parse(row->type, &type)) {
        return ENT_EINTERNAL;
    }
    if (ent_snapshot_find_entity(import->pool, row->id, index)) {
        cJSON *attributes =
            ent_snapshot_entity(import->pool, *index)->attributes;
        /* A second dataset adds its own spelling. */
        if (attributes != NULL && name_key != NULL && dataset_name != NULL &&
            !cJSON_HasObjectItem(attributes, name_key) &&
            cJSON_AddStringToObject(attributes, name_key, dataset_name) ==
                NULL) {
            return ENT_ENOMEM;
        }
        return ENT_OK;
    }
    cJSON *attributes = cJSON_CreateObject();
    if (attributes == NULL) {
        return ENT_ENOMEM;
    }
    if (row->cow_code != 0) {
        cJSON_AddNumberToObject(attributes, "cow_code", row->cow_code);
    }
    if (row->cow_abb[0] != '\0') {
        cJSON_AddStringToObject(attributes, "cow_abb", row->cow_abb);
    }
    if (name_key != NULL && dataset_name != NULL) {
        cJSON_AddStringToObject(attributes, name_key, dataset_name);
    }
    return import_entity(import, row->id, type, row->name, attributes, index);
}

size_t import_code_spans(int code, int first, int last,
                         const ent_state_identity_t **spans, size_t max) {
    size_t count = 0;
    for (size_t i = 0; i < ent_state_count() && count < max; i++) {
        const ent_state_identity_t *row = ent_state_at(i);
        if (row->cow_code != code || (row->to != 0 && row->to < first) ||
            (last != 0 && row->from > last)) {
            continue;
        }
        size_t at = count++;
        while (at > 0 && spans[at - 1]->from > row->from) {
            spans[at] = spans[at - 1];
            at--;
        }
        spans[at] = row;
    }
    return count;
}

/* "YYYY" into `out`. */
static const char *year_text(char *out, size_t size, int year) {
    snprintf(out, size, "%04d", year);
    return out;
}

/* The states the spell's code stood for, at least its own row. */
static size_t spell_spans(const import_spell *spell,
                          const ent_state_identity_t **spans, size_t max) {
    size_t count = spell->row->cow_code != 0
                       ? import_code_spans(spell->row->cow_code, spell->first,
                                           spell->last, spans, max)
                       : 0;
    if (count == 0) {
        spans[0] = spell->row;
        count = 1;
    }
    return count;
}

ent_status import_add_spans(ent_import_t *import, const import_spell *spell,
                            ent_relation_t *record, int line,
                            ent_diag_list_t *diags) {
    const ent_state_identity_t *spans[8];
    size_t count = spell_spans(spell, spans, 8);
    ent_status status = ENT_OK;
    int consumed = 0;
    for (size_t i = 0; status == ENT_OK && i < count; i++) {
        const ent_state_identity_t *row = spans[i];
        size_t state;
        char since[16], until[16];
        ent_relation_t copy = *record;
        status = import_identity_entity(import, row, spell->name_key,
                                        spell->dataset_name, &state);
        if (status != ENT_OK) {
            break;
        }
        *(spell->state_is_target ? &copy.target : &copy.source) = state;
        if (i > 0) { /* the code changed hands in this year */
            copy.since = year_text(since, sizeof since, row->from);
        }
        if (i + 1 < count) {
            copy.until = year_text(until, sizeof until, row->to + 1);
        }
        copy.attributes = record->attributes;
        if (i + 1 < count && record->attributes != NULL) {
            copy.attributes = cJSON_Duplicate(record->attributes, 1);
        }
        consumed = copy.attributes == record->attributes;
        status = import_add_relation(import, &copy, line);
    }
    if (!consumed) {
        cJSON_Delete(record->attributes);
    }
    if (status != ENT_OK && count > 0) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "cannot add the relations of line %d", line);
    }
    return status;
}

ent_status import_add_pair_spans(ent_import_t *import, const import_spell *a,
                                 const import_spell *b, ent_relation_t *record,
                                 int line, ent_diag_list_t *diags) {
    const ent_state_identity_t *spans[8];
    size_t count = spell_spans(a, spans, 8);
    ent_status status = ENT_OK;
    int consumed = 0;
    for (size_t i = 0; status == ENT_OK && i < count; i++) {
        char since[16], until[16];
        ent_relation_t piece = *record;
        import_spell inner = *b;
        status = import_identity_entity(import, spans[i], a->name_key,
                                        a->dataset_name, &piece.source);
        if (status != ENT_OK) {
            break;
        }
        if (i > 0) {
            piece.since = year_text(since, sizeof since, spans[i]->from);
            inner.first = spans[i]->from;
        }
        if (i + 1 < count) {
            piece.until = year_text(until, sizeof until, spans[i]->to + 1);
            inner.last = spans[i]->to;
        }
        piece.attributes = record->attributes;
        if (i + 1 < count && record->attributes != NULL) {
            piece.attributes = cJSON_Duplicate(record->attributes, 1);
        }
        consumed = piece.attributes == record->attributes;
        status = import_add_spans(import, &inner, &piece, line, diags);
    }
    if (!consumed) {
        cJSON_Delete(record->attributes);
    }
    return status;
}

int import_unknown_state(const ent_import_t *import, const char *file,
                         const csv_cell *cell, const char *what,
                         ent_diag_list_t *diags) {
    ent_diag_add(
        diags, import->skip_unknown ? ENT_SEVERITY_WARNING : ENT_SEVERITY_ERROR,
        file, cell->line, cell->column, NULL,
        "%s \"%s\" is not in the state identity table "
        "(data/states.tsv)%s",
        what, cell->text, import->skip_unknown ? ": row left out" : "");
    return import->skip_unknown;
}
