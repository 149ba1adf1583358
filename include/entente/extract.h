/*
 * entente/extract.h - drafting a snapshot from an article.
 *
 * The extractor reads a UTF-8 article, splits it into sentences, finds the
 * entities of a gazetteer (names, aliases, demonyms, capitals, metonyms,
 * abbreviations; longest match first, possessives included) and applies a
 * table of relation patterns to each sentence. Every relation it emits
 * carries the sentence as `evidence`, the sentence's byte offsets as
 * `span`, the pattern's `confidence` and `extracted: true`, for an analyst
 * to review. A sentence that matches no pattern yields nothing: a
 * co-mention alone is not a relation. Negations and hedges are read. The
 * gazetteer's offices on the article's date veto a `leads` they
 * contradict, resolve a title given alone ("President Vladimir Putin"),
 * and carry the attendance or absence of a head of state or government
 * to the state, as a relation marked `inferred`. An optional callback
 * receives, sentence by sentence, what matched and what was rejected and
 * why. Time is linear in the article's length; the output is
 * deterministic.
 *
 * Lifecycle: ent_gazetteer_load_file / ent_gazetteer_free for the
 * gazetteer; ent_extract_* return a snapshot freed with ent_snapshot_free;
 * ent_eval_run fills an ent_eval_t released with ent_eval_destroy.
 */
#ifndef ENTENTE_EXTRACT_H
#define ENTENTE_EXTRACT_H

#include <stddef.h>
#include <stdio.h>

#include "entente/diag.h"
#include "entente/export.h"
#include "entente/model.h"

#ifdef __cplusplus
extern "C" {
#endif
ENT_PUBLIC_BEGIN

/* The schema of gazetteer files. */
#define ENT_GAZETTEER_SCHEMA "entente-gazetteer/1"
/* The schema of gold annotation files (see tests/extract/README.md). */
#define ENT_GOLD_SCHEMA "entente-gold/1"
/* Articles and gazetteers larger than this are refused. */
#define ENT_EXTRACT_MAX_SIZE ((size_t)64 * 1024 * 1024)

/* The entities the extractor knows, with their spellings and offices. */
typedef struct ent_gazetteer ent_gazetteer_t;

/*
 * Reads and checks the gazetteer at `path`. On success sets *gazetteer to
 * a new gazetteer the caller frees with ent_gazetteer_free; on failure to
 * NULL, with every problem in `diags` (file, line, column, JSON path).
 * ENT_EINPUT for a bad file (syntax, schema, unknown members, an alias
 * claimed by two entities, an office naming an unknown entity), ENT_EIO
 * when it cannot be read, ENT_ENOMEM.
 */
ent_status ent_gazetteer_load_file(ent_gazetteer_t **gazetteer,
                                   const char *path, ent_diag_list_t *diags);
/* The same for `length` bytes at `data`, named `name` in diagnostics. */
ent_status ent_gazetteer_load_buffer(ent_gazetteer_t **gazetteer,
                                     const char *data, size_t length,
                                     const char *name, ent_diag_list_t *diags);
/* Frees the gazetteer; NULL does nothing. */
void ent_gazetteer_free(ent_gazetteer_t *gazetteer);
/* Number of entities and of spellings (names, aliases, ...) it holds. */
size_t ent_gazetteer_entity_count(const ent_gazetteer_t *gazetteer);
size_t ent_gazetteer_spelling_count(const ent_gazetteer_t *gazetteer);
/*
 * The entity `text` names, by its id or by a whole name, alias or
 * abbreviation (with the gazetteer's case rule). Sets *id, *type and *name
 * (strings the gazetteer owns; *name may be NULL) and returns 1, else 0.
 */
int ent_gazetteer_lookup(const ent_gazetteer_t *gazetteer, const char *text,
                         const char **id, ent_entity_type *type,
                         const char **name);

/* Receives one line of the explanation (no newline; valid during the
 * call only) with the payload given in the options. */
typedef void (*ent_extract_explain_fn)(void *payload, const char *line);

typedef struct {
    const char *snapshot_id;  /* NULL: the article's file name less .txt */
    const char *event_id;     /* NULL: "summit-YYYY" with a date, else
                                 "summit" */
    const char *title;        /* NULL: "Draft extracted from NAME" */
    const char *date;         /* YYYY-MM-DD, YYYY-MM or YYYY; or NULL. Also
                                 picks the offices held on that date */
    const char *organization; /* the organization meant by "the chair",
                                 "member state"...; NULL: the one the
                                 article names most often */
    double min_confidence;    /* relations below are dropped; default 0.5 */
    /* Called, when not NULL, for each sentence in order: a heading line
     * "sentence N [START, END): EXCERPT", then one line per relation found
     * there, "  matched|inferred|rejected TYPE SOURCE->TARGET CONFIDENCE
     * ...", a rejection ending with its reason (negated, the apposition
     * of another name, contradicted by the gazetteer's offices on the
     * date, outranked, below the threshold), or "  no pattern matched";
     * after the last sentence, "attendance model: ..." and one line per
     * leader in office on the date, "  model attends PERSON->EVENT P
     * DECISION [state S] [evidence [START, END)]: FEATURE=VALUE ...",
     * DECISION drawn, not-drawn, drawn-by-rules, vetoed-absent or
     * vetoed-rejected. */
    ent_extract_explain_fn explain;
    void *explain_payload;
} ent_extract_options_t;

void ent_extract_options_init(ent_extract_options_t *options);

/*
 * Drafts a snapshot from the `length` bytes of article text at `text`;
 * `path` is recorded as the article's `file` and names it in diagnostics.
 * On success sets *snapshot to a new snapshot the caller frees with
 * ent_snapshot_free. ENT_EINPUT for an empty article, NUL bytes, invalid
 * UTF-8 or more than ENT_EXTRACT_MAX_SIZE bytes; ENT_EUSAGE for an invalid
 * date or an organization the gazetteer lacks; ENT_ENOMEM. Time O(n) for
 * n bytes of text, for a fixed gazetteer and pattern table.
 */
ent_status ent_extract_buffer(ent_snapshot_t **snapshot, const char *text,
                              size_t length, const char *path,
                              const ent_gazetteer_t *gazetteer,
                              const ent_extract_options_t *options,
                              ent_diag_list_t *diags);
/* The same for the file at `path` (opened read-only); ENT_EIO when it
 * cannot be read. */
ent_status ent_extract_file(ent_snapshot_t **snapshot, const char *path,
                            const ent_gazetteer_t *gazetteer,
                            const ent_extract_options_t *options,
                            ent_diag_list_t *diags);

/* Counts of one relation type (or of all, for the overall row). */
typedef struct {
    char *type; /* owned; "overall" for the total */
    size_t tp, fp, fn;
} ent_eval_row_t;

/* Precision, recall and F1 of a row; NAN when undefined (a zero
 * denominator: nothing extracted, or nothing in the gold). */
double ent_eval_precision(const ent_eval_row_t *row);
double ent_eval_recall(const ent_eval_row_t *row);
double ent_eval_f1(const ent_eval_row_t *row);

/* Scores of one extraction against one gold file. */
typedef struct {
    ent_eval_row_t *rows; /* by type name, in byte order */
    size_t row_count;
    ent_eval_row_t overall;
} ent_eval_t;

/*
 * Compares the relations of `extracted` with those of the gold file at
 * `gold_path` (schema "entente-gold/1") by (type, source, target), source
 * and target unordered for undirected types; the gold's `event` id stands
 * for `event_id` of the extraction (NULL: its first event entity).
 * Fills *eval, which the caller releases
 * with ent_eval_destroy (also after a failure). ENT_EINPUT with located
 * diagnostics for a bad gold file, ENT_EIO, ENT_ENOMEM.
 */
ent_status ent_eval_run(ent_eval_t *eval, const ent_snapshot_t *extracted,
                        const char *event_id, const char *gold_path,
                        ent_diag_list_t *diags);
void ent_eval_destroy(ent_eval_t *eval);

/* Writes the table "type tp fp fn precision recall f1" and the overall
 * row; an undefined figure is written "-". ENT_EIO when writing fails. */
ent_status ent_eval_write(FILE *out, const ent_eval_t *eval);

ENT_PUBLIC_END
#ifdef __cplusplus
}
#endif

#endif /* ENTENTE_EXTRACT_H */
