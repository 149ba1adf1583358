/*
 * States of the field's datasets (identity.c), used by the presets.
 */
#ifndef ENTENTE_IMPORT_IDENTITY_INTERNAL_H
#define ENTENTE_IMPORT_IDENTITY_INTERNAL_H

#include "import/import_internal.h"
#include "import/states.h"

/* The entity of an identity row, added to the pool unless there, with
 * cow_code, cow_abb and `name_key`: `dataset_name` as attributes. */
ent_status import_identity_entity(ent_import_t *import,
                                  const ent_state_identity_t *row,
                                  const char *name_key,
                                  const char *dataset_name, size_t *index);

/* The rows of COW code `code` whose years meet [first, last] (last 0:
 * open), by year, at most `max`; returns how many. */
size_t import_code_spans(int code, int first, int last,
                         const ent_state_identity_t **spans, size_t max);

/* A relation of a state over the years [first, last] (last 0: open). */
typedef struct {
    const ent_state_identity_t *row; /* the state the dataset names */
    int first, last;
    int state_is_target; /* else the state is the source */
    const char *name_key, *dataset_name;
} import_spell;

/*
 * Adds `record` (its other end, dates and attributes set) once for each
 * state the spell's COW code stood for during the spell: a later piece
 * starts with the year its state took the code, an earlier one ends the
 * year after its state's last. Takes ownership of record->attributes.
 */
ent_status import_add_spans(ent_import_t *import, const import_spell *spell,
                            ent_relation_t *record, int line,
                            ent_diag_list_t *diags);

/* The same with both ends states: `a` the source, `b` the target. */
ent_status import_add_pair_spans(ent_import_t *import, const import_spell *a,
                                 const import_spell *b, ent_relation_t *record,
                                 int line, ent_diag_list_t *diags);

/* Reports that the identity table has nothing for `cell`: an error
 * (returns 0), or with skip_unknown a warning (returns 1: leave the row
 * out). */
int import_unknown_state(const ent_import_t *import, const char *file,
                         const csv_cell *cell, const char *what,
                         ent_diag_list_t *diags);

#endif /* ENTENTE_IMPORT_IDENTITY_INTERNAL_H */
