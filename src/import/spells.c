/*
 * Cutting snapshots from an import: the relations in force on a date, the
 * entities and sources they use, and yearly series written to a directory.
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "entente/io.h"
#include "import/import_internal.h"

/* Compares two dates on the precision both give ("1999" against
 * "1999-12-31" compares the years). */
static int compare_dates(const char *a, const char *b) {
    size_t n = strlen(a) < strlen(b) ? strlen(a) : strlen(b);
    return strncmp(a, b, n);
}

int import_in_force(const char *since, const char *until, const char *date) {
    if (date == NULL) {
        return 1;
    }
    if (since != NULL && compare_dates(since, date) > 0) {
        return 0;
    }
    return until == NULL || compare_dates(until, date) > 0;
}

ent_status import_copy_source(const ent_import_t *import, ent_snapshot_t *out,
                              size_t index) {
    const ent_source_t *s = ent_snapshot_source(import->pool, index);
    if (ent_snapshot_find_source(out, s->id, NULL)) {
        return ENT_OK;
    }
    ent_source_t copy = *s;
    copy.attributes = s->attributes ? cJSON_Duplicate(s->attributes, 1) : NULL;
    if (s->attributes != NULL && copy.attributes == NULL) {
        return ENT_ENOMEM;
    }
    ent_status status = ent_snapshot_add_source(out, &copy, NULL);
    if (status != ENT_OK) {
        cJSON_Delete(copy.attributes);
    }
    return status;
}

ent_status import_copy_entity(const ent_import_t *import, ent_snapshot_t *out,
                              size_t index, size_t *copied) {
    const ent_entity_t *e = ent_snapshot_entity(import->pool, index);
    if (ent_snapshot_find_entity(out, e->id, copied)) {
        return ENT_OK;
    }
    ent_entity_t copy = *e;
    copy.attributes = e->attributes ? cJSON_Duplicate(e->attributes, 1) : NULL;
    if (e->attributes != NULL && copy.attributes == NULL) {
        return ENT_ENOMEM;
    }
    ent_status status = ent_snapshot_add_entity(out, &copy, copied);
    if (status != ENT_OK) {
        cJSON_Delete(copy.attributes);
    }
    return status;
}

/* The index in `out` of pool relation type `index`, declared when it is
 * not built in. */
static ent_status copy_type(const ent_import_t *import, ent_snapshot_t *out,
                            size_t index, size_t *copied) {
    const ent_relation_type_t *t =
        ent_snapshot_relation_type(import->pool, index);
    if (ent_snapshot_find_relation_type(out, t->name, copied)) {
        return ENT_OK;
    }
    ent_relation_type_t copy = *t;
    copy.attributes = NULL;
    return ent_snapshot_add_relation_type(out, &copy, copied);
}

/* Relation identity in a snapshot, endpoints unordered when undirected;
 * an open-addressing set of relation indices + 1. */
typedef struct {
    size_t *slots;
    size_t capacity;
} relation_set;

static size_t key_hash(size_t type, size_t a, size_t b) {
    size_t h = type * 0x9E3779B97F4A7C15u ^ a * 0xC2B2AE3D27D4EB4Fu ^
               b * 0x165667B19E3779F9u;
    return h ^ (h >> 31);
}

static void ordered_ends(const ent_snapshot_t *s, const ent_relation_t *r,
                         size_t *a, size_t *b) {
    *a = r->source;
    *b = r->target;
    if (!ent_snapshot_relation_type(s, r->type)->directed && *a > *b) {
        *a = r->target;
        *b = r->source;
    }
}

/* Finds the relation of `out` with the same identity as `r`, or adds r's
 * future index `position`; returns the earlier index + 1, or 0. */
static size_t set_claim(relation_set *set, const ent_snapshot_t *out,
                        const ent_relation_t *r, size_t position) {
    size_t a, b;
    ordered_ends(out, r, &a, &b);
    size_t mask = set->capacity - 1;
    for (size_t i = key_hash(r->type, a, b) & mask;; i = (i + 1) & mask) {
        if (set->slots[i] == 0) {
            set->slots[i] = position + 1;
            return 0;
        }
        const ent_relation_t *other =
            ent_snapshot_relation(out, set->slots[i] - 1);
        size_t oa, ob;
        ordered_ends(out, other, &oa, &ob);
        if (other->type == r->type && oa == a && ob == b) {
            return set->slots[i];
        }
    }
}

/* What the import knows of the source a relation cites, or NULL. */
static const import_source_info *relation_source(const ent_import_t *import,
                                                 const ent_relation_t *r) {
    size_t source = 0;
    if (r->source_ref != NULL &&
        ent_snapshot_find_source(import->pool, r->source_ref, &source) &&
        source < import->source_info_count) {
        return &import->source_info[source];
    }
    return NULL;
}

/* Copies pool relation `index` into `out`; duplicates are an error. */
static ent_status copy_relation(const ent_import_t *import, ent_snapshot_t *out,
                                relation_set *set, size_t index, size_t *origin,
                                const char *date, size_t *repeats,
                                ent_diag_list_t *diags) {
    const ent_relation_t *r = ent_snapshot_relation(import->pool, index);
    ent_relation_t copy = *r;
    size_t source = 0;
    ent_status status = copy_type(import, out, r->type, &copy.type);
    if (status == ENT_OK) {
        status = import_copy_entity(import, out, r->source, &copy.source);
    }
    if (status == ENT_OK) {
        status = import_copy_entity(import, out, r->target, &copy.target);
    }
    if (status == ENT_OK && r->source_ref != NULL &&
        ent_snapshot_find_source(import->pool, r->source_ref, &source)) {
        status = import_copy_source(import, out, source);
    }
    if (status != ENT_OK) {
        return status;
    }
    size_t position = ent_snapshot_relation_count(out);
    size_t earlier = set_claim(set, out, &copy, position);
    const import_source_info *info = relation_source(import, r);
    if (earlier != 0 && info != NULL && info->dataset) {
        (*repeats)++;
        return ENT_OK;
    }
    if (earlier != 0) {
        const ent_relation_t *e = ent_snapshot_relation(out, earlier - 1);
        ent_diag_add(diags, ENT_SEVERITY_ERROR, info ? info->file : NULL,
                     import->relation_line[index], 1, NULL,
                     "this row gives \"%s\" between \"%s\" and \"%s\" again "
                     "(line %d)%s%s",
                     ent_snapshot_relation_type(out, copy.type)->name,
                     ent_snapshot_entity(out, e->source)->id,
                     ent_snapshot_entity(out, e->target)->id,
                     import->relation_line[origin[earlier - 1]],
                     date ? ", both in force on " : "", date ? date : "");
        return ENT_EINPUT;
    }
    origin[position] = index;
    copy.attributes = r->attributes ? cJSON_Duplicate(r->attributes, 1) : NULL;
    status = ent_snapshot_add_relation(out, &copy, NULL);
    if (status != ENT_OK) {
        cJSON_Delete(copy.attributes);
    }
    return status;
}

static ent_status copy_relations(const ent_import_t *import,
                                 ent_snapshot_t *out, const char *date,
                                 ent_diag_list_t *diags) {
    size_t count = ent_snapshot_relation_count(import->pool);
    relation_set set = {NULL, 16};
    while (set.capacity < count * 2) {
        set.capacity *= 2;
    }
    set.slots = calloc(set.capacity, sizeof *set.slots);
    size_t *origin = malloc((count + 1) * sizeof *origin);
    size_t repeats = 0;
    ent_status status = set.slots && origin ? ENT_OK : ENT_ENOMEM;
    for (size_t i = 0; status == ENT_OK && i < count; i++) {
        const ent_relation_t *r = ent_snapshot_relation(import->pool, i);
        if (import_in_force(r->since, r->until, date)) {
            status = copy_relation(import, out, &set, i, origin, date, &repeats,
                                   diags);
        }
    }
    if (status == ENT_OK && repeats > 0) {
        ent_diag_add(diags, ENT_SEVERITY_NOTE, NULL, 0, 0, NULL,
                     "%s: %zu relations of the datasets repeat an earlier one "
                     "once their states are mapped (two COW codes, one id, "
                     "as germany and wgermany): kept once",
                     date ? date : "all dates", repeats);
    }
    free(set.slots);
    free(origin);
    return status;
}

/* "Imported from FILE" when neither the options nor a map gave a title. */
static ent_status set_header(const ent_import_t *import, ent_snapshot_t *out,
                             const char *date, const char *id) {
    char title[512];
    if (import->title == NULL) {
        const char *file =
            import->source_info_count > 0 && import->source_info[0].file != NULL
                ? import->source_info[0].file
                : import->id;
        const char *slash = strrchr(file, '/');
        snprintf(title, sizeof title, "Imported from %s",
                 slash ? slash + 1 : file);
    }
    return ent_snapshot_set_header(out, id ? id : import->id,
                                   import->title ? import->title : title, date);
}

ent_status ent_import_snapshot(ent_snapshot_t **snapshot,
                               const ent_import_t *import, const char *date,
                               const char *id, ent_diag_list_t *diags) {
    *snapshot = NULL;
    if (date != NULL && !ent_date_is_valid(date)) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "bad date \"%s\": expected YYYY-MM-DD, YYYY-MM or YYYY",
                     date);
        return ENT_EUSAGE;
    }
    ent_snapshot_t *out = ent_snapshot_new();
    ent_status status = out ? set_header(import, out, date, id) : ENT_ENOMEM;
    if (status == ENT_OK) {
        status = copy_relations(import, out, date, diags);
    }
    if (status == ENT_OK && import->has_sipri) {
        status = import_sipri_shares(import, out, date, diags);
    }
    if (status != ENT_OK) {
        ent_snapshot_free(out);
        return status;
    }
    *snapshot = out;
    return ENT_OK;
}

/* Makes `directory` unless it exists. */
static ent_status make_directory(const char *directory,
                                 ent_diag_list_t *diags) {
    struct stat info;
    if (stat(directory, &info) == 0 && S_ISDIR(info.st_mode)) {
        return ENT_OK;
    }
    if (mkdir(directory, 0777) != 0) {
        ent_diag_add_errno(diags, directory, "cannot make the directory",
                           errno);
        return ENT_EIO;
    }
    return ENT_OK;
}

/* The JSON text of the snapshot of `year`; heap, or NULL on failure. */
static ent_status series_text(const ent_import_t *import, int year,
                              const char *day, char **text,
                              ent_diag_list_t *diags) {
    char date[32], id[512];
    snprintf(date, sizeof date, "%04d-%s", year, day);
    snprintf(id, sizeof id, "%s-%d", import->id, year);
    ent_snapshot_t *snapshot = NULL;
    ent_status status = ent_import_snapshot(&snapshot, import, date, id, diags);
    if (status == ENT_OK) {
        status = ent_snapshot_to_json(snapshot, text);
    }
    ent_snapshot_free(snapshot);
    return status;
}

ent_status ent_import_write_series(const ent_import_t *import,
                                   const char *directory, int from, int to,
                                   const char *day, ent_diag_list_t *diags) {
    char probe[32];
    day = day ? day : "12-31";
    snprintf(probe, sizeof probe, "%04d-%s", from, day);
    if (from < 1 || to > 9999 || from > to || strlen(day) != 5 ||
        !ent_date_is_valid(probe)) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "a series needs years from 1 to 9999 in order and a day "
                     "MM-DD");
        return ENT_EUSAGE;
    }
    size_t count = (size_t)(to - from + 1);
    char **texts = calloc(count, sizeof *texts);
    ent_status status = texts ? ENT_OK : ENT_ENOMEM;
    for (size_t i = 0; status == ENT_OK && i < count; i++) {
        status = series_text(import, from + (int)i, day, &texts[i], diags);
    }
    char path[4096];
    for (size_t i = 0; status == ENT_OK && i < count; i++) {
        snprintf(path, sizeof path, "%s/%s-%d.json", directory, import->id,
                 from + (int)i);
        if (ent_import_is_input(import, path)) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, path, 0, 0, NULL,
                         "the output would replace an input file");
            status = ENT_EUSAGE;
        }
    }
    if (status == ENT_OK) {
        status = make_directory(directory, diags);
    }
    for (size_t i = 0; status == ENT_OK && i < count; i++) {
        snprintf(path, sizeof path, "%s/%s-%d.json", directory, import->id,
                 from + (int)i);
        status = ent_file_write_buffer(path, texts[i], strlen(texts[i]), diags);
    }
    for (size_t i = 0; texts != NULL && i < count; i++) {
        free(texts[i]);
    }
    free(texts);
    return status;
}
