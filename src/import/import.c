/*
 * The import: options, the pool every table is read into, and the
 * dispatch to the reader of each format.
 */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "common/buffer.h"
#include "entente/io.h"
#include "import/import_internal.h"

static const char *const format_names[ENT_IMPORT_FORMAT_COUNT] = {
    [ENT_IMPORT_TABLE] = "table",
    [ENT_IMPORT_SIPRI_REGISTER] = "sipri-register",
    [ENT_IMPORT_COW_IGO] = "cow-igo",
    [ENT_IMPORT_ATOP] = "atop",
    [ENT_IMPORT_COW_CONTIGUITY] = "cow-contiguity",
};

const char *ent_import_format_name(ent_import_format format) {
    if ((unsigned)format >= ENT_IMPORT_FORMAT_COUNT) {
        return NULL;
    }
    return format_names[format];
}

int ent_import_format_parse(const char *name, ent_import_format *format) {
    for (unsigned i = 0; i < ENT_IMPORT_FORMAT_COUNT; i++) {
        if (strcmp(name, format_names[i]) == 0) {
            *format = (ent_import_format)i;
            return 1;
        }
    }
    return 0;
}

void ent_import_options_init(ent_import_options_t *options) {
    memset(options, 0, sizeof *options);
}

/* The file name without directories and its last extension; heap. */
static char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    const char *start = slash ? slash + 1 : path;
    const char *dot = strrchr(start, '.');
    size_t length = dot && dot > start ? (size_t)(dot - start) : strlen(start);
    char *name = malloc(length + 1);
    if (name != NULL) {
        memcpy(name, start, length);
        name[length] = '\0';
    }
    return name;
}

int import_keeps(const ent_import_t *import, const char *id) {
    if (import->only_count == 0) {
        return 1;
    }
    for (size_t i = 0; i < import->only_count; i++) {
        if (strcmp(import->only[i], id) == 0) {
            return 1;
        }
    }
    return 0;
}

ent_status import_note_input(ent_import_t *import, const char *path) {
    char **grown =
        realloc(import->inputs, (import->input_count + 1) * sizeof *grown);
    if (grown == NULL) {
        return ENT_ENOMEM;
    }
    import->inputs = grown;
    grown[import->input_count] = strdup(path);
    return grown[import->input_count++] ? ENT_OK : ENT_ENOMEM;
}

int ent_import_is_input(const ent_import_t *import, const char *path) {
    for (size_t i = 0; i < import->input_count; i++) {
        if (ent_file_same(import->inputs[i], path)) {
            return 1;
        }
    }
    return 0;
}

ent_status import_add_source(ent_import_t *import, const char *path,
                             const char *source_id, const import_citation *c,
                             size_t *index, ent_diag_list_t *diags) {
    /* A second table of one format gets "-2", "-3"... */
    char id[64];
    snprintf(id, sizeof id, "%s", source_id);
    for (int n = 2; ent_snapshot_find_source(import->pool, id, NULL); n++) {
        snprintf(id, sizeof id, "%s-%d", source_id, n);
    }
    const char *slash = strrchr(path, '/');
    cJSON *attributes = cJSON_CreateObject();
    if (attributes == NULL ||
        cJSON_AddStringToObject(attributes, "file", slash ? slash + 1 : path) ==
            NULL) {
        cJSON_Delete(attributes);
        return ENT_ENOMEM;
    }
    ent_source_t record = {id,     c->title,    c->publisher,
                           c->url, c->accessed, attributes};
    ent_status status = ent_snapshot_add_source(import->pool, &record, index);
    if (status != ENT_OK) {
        cJSON_Delete(attributes);
        ent_diag_add(diags, ENT_SEVERITY_ERROR, path, 0, 0, NULL,
                     "cannot add the source entry of the table");
        return status;
    }
    while (import->source_info_count <= *index) {
        if (!grow_array(
                (void **)&import->source_info, &import->source_info_capacity,
                import->source_info_count + 1, sizeof *import->source_info)) {
            return ENT_ENOMEM;
        }
        import->source_info[import->source_info_count++] =
            (import_source_info){NULL, 0};
    }
    import->source_info[*index].dataset = c->dataset;
    import->source_info[*index].file = strdup(path);
    return import->source_info[*index].file ? import_note_input(import, path)
                                            : ENT_ENOMEM;
}

ent_status import_add_relation(ent_import_t *import, ent_relation_t *record,
                               int line) {
    size_t count = ent_snapshot_relation_count(import->pool);
    if (!grow_array((void **)&import->relation_line, &import->line_capacity,
                    count + 1, sizeof *import->relation_line)) {
        cJSON_Delete(record->attributes);
        return ENT_ENOMEM;
    }
    ent_status status = ent_snapshot_add_relation(import->pool, record, NULL);
    if (status != ENT_OK) {
        cJSON_Delete(record->attributes);
        return status;
    }
    import->relation_line[count] = line;
    return ENT_OK;
}

ent_status import_add_delivery(ent_import_t *import,
                               const import_delivery *delivery) {
    if (!grow_array((void **)&import->deliveries, &import->delivery_capacity,
                    import->delivery_count + 1, sizeof *import->deliveries)) {
        return ENT_ENOMEM;
    }
    import->deliveries[import->delivery_count++] = *delivery;
    return ENT_OK;
}

void ent_import_free(ent_import_t *import) {
    if (import == NULL) {
        return;
    }
    for (size_t i = 0; i < import->source_info_count; i++) {
        free(import->source_info[i].file);
    }
    free(import->source_info);
    for (size_t i = 0; i < import->input_count; i++) {
        free(import->inputs[i]);
    }
    free(import->inputs);
    ent_snapshot_free(import->pool);
    free(import->relation_line);
    free(import->deliveries);
    free(import->id);
    free(import->title);
    free(import);
}

typedef ent_status (*reader_fn)(ent_import_t *, const ent_import_input_t *,
                                ent_diag_list_t *);
static const reader_fn readers[ENT_IMPORT_FORMAT_COUNT] = {
    [ENT_IMPORT_TABLE] = import_read_table,
    [ENT_IMPORT_SIPRI_REGISTER] = import_read_sipri,
    [ENT_IMPORT_COW_IGO] = import_read_cow_igo,
    [ENT_IMPORT_ATOP] = import_read_atop,
    [ENT_IMPORT_COW_CONTIGUITY] = import_read_contiguity,
};

static ent_status check_options(const ent_import_options_t *o,
                                ent_diag_list_t *diags) {
    const char *problem = NULL;
    if (o->input_count == 0) {
        problem = "a table to import is required";
    } else if (o->window_from > o->window_to) {
        problem = "the SIPRI window must run from an earlier year to a "
                  "later one";
    } else if (o->min_share < 0 || o->min_share >= 1) {
        problem = "the minimum share must lie in [0, 1)";
    }
    for (size_t i = 0; problem == NULL && i < o->input_count; i++) {
        if ((unsigned)o->inputs[i].format >= ENT_IMPORT_FORMAT_COUNT) {
            problem = "unknown table format";
        } else if (o->inputs[i].format == ENT_IMPORT_TABLE &&
                   o->inputs[i].map_path == NULL) {
            problem = "a table needs a column map (--map)";
        }
    }
    if (problem != NULL) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL, "%s",
                     problem);
        return ENT_EUSAGE;
    }
    return ENT_OK;
}

static ent_status setup(ent_import_t *import, const ent_import_options_t *o,
                        ent_diag_list_t *diags) {
    import->pool = ent_snapshot_new();
    import->id = o->id ? strdup(o->id) : base_name(o->inputs[0].path);
    if (o->title != NULL) {
        import->title = strdup(o->title);
    }
    if (import->pool == NULL || import->id == NULL ||
        (o->title != NULL && import->title == NULL)) {
        return ENT_ENOMEM;
    }
    import->window_from = o->window_from;
    import->window_to = o->window_to;
    import->min_share = o->min_share;
    import->only = o->only;
    import->only_count = o->only_count;
    import->gazetteer = o->gazetteer;
    import->skip_unknown = o->skip_unknown;
    if (o->create_entities != NULL) {
        ent_entity_type type;
        if (!ent_entity_type_parse(o->create_entities, &type)) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "unknown entity type \"%s\" for new entities",
                         o->create_entities);
            return ENT_EUSAGE;
        }
        import->create = 1;
        import->create_type = (int)type;
    }
    return ENT_OK;
}

ent_status ent_import_read(ent_import_t **result, const ent_import_options_t *o,
                           ent_diag_list_t *diags) {
    *result = NULL;
    ent_status status = check_options(o, diags);
    if (status != ENT_OK) {
        return status;
    }
    ent_import_t *import = calloc(1, sizeof *import);
    if (import == NULL) {
        return ENT_ENOMEM;
    }
    status = setup(import, o, diags);
    if (status == ENT_OK && o->entities_path != NULL) {
        status = import_read_entities(import, o->entities_path, diags);
    }
    for (size_t i = 0; status == ENT_OK && i < o->input_count; i++) {
        status = readers[o->inputs[i].format](import, &o->inputs[i], diags);
    }
    import->only = NULL; /* borrowed for the read only */
    import->only_count = 0;
    import->gazetteer = NULL;
    if (status == ENT_ENOMEM) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "out of memory");
    }
    if (status != ENT_OK) {
        ent_import_free(import);
        return status;
    }
    *result = import;
    return ENT_OK;
}

size_t ent_import_relation_count(const ent_import_t *import) {
    return ent_snapshot_relation_count(import->pool);
}

size_t ent_import_delivery_count(const ent_import_t *import) {
    return import->delivery_count;
}

const char *ent_import_id(const ent_import_t *import) { return import->id; }
