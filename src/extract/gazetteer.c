/*
 * The gazetteer (schema "entente-gazetteer/1"): entities with every
 * spelling by which an article may name them, and the offices persons
 * hold. Spellings go into one trie keyed by ASCII-lowercased bytes, so
 * that matching at a position costs the length of the longest spelling,
 * whatever the gazetteer's size, and the longest match wins naturally.
 */
#include <cjson/cJSON.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/io.h"
#include "extract/extract_internal.h"

/* The spelling lists of an entity, by member name. */
static const struct {
    const char *member;
    spelling_kind kind;
} spelling_members[] = {
    {"aliases", SPELLING_ALIAS},
    {"demonyms", SPELLING_DEMONYM},
    {"capitals", SPELLING_CAPITAL},
    {"metonyms", SPELLING_METONYM},
    {"abbreviations", SPELLING_ABBREVIATION},
};
enum {
    SPELLING_MEMBER_COUNT = sizeof spelling_members / sizeof *spelling_members
};

/* Everything a load reports through. */
typedef struct {
    const char *text;
    size_t length;
    const char *name;
    const cJSON *root;
    ent_diag_list_t *diags;
    int failed;
    int nomem;
} reader;

static void report(reader *r, const cJSON *item, const char *path,
                   const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
static void report(reader *r, const cJSON *item, const char *path,
                   const char *format, ...) {
    va_list args;
    va_start(args, format);
    json_reportv(r->text, r->length, r->name, r->root, item, path, r->diags,
                 format, args);
    va_end(args);
    r->failed = 1;
}

static unsigned char fold(unsigned char c) {
    return (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

static int new_node(ent_gazetteer_t *g, unsigned char byte) {
    if (g->node_count == g->node_capacity) {
        size_t grown = g->node_capacity ? g->node_capacity * 2 : 256;
        gz_node *bigger = realloc(g->nodes, grown * sizeof *bigger);
        if (bigger == NULL) {
            return -1;
        }
        g->nodes = bigger;
        g->node_capacity = grown;
    }
    gz_node *node = &g->nodes[g->node_count];
    node->child = node->sibling = node->spelling = -1;
    node->byte = byte;
    return (int)g->node_count++;
}

static int find_child(const ent_gazetteer_t *g, int node, unsigned char byte) {
    for (int c = g->nodes[node].child; c >= 0; c = g->nodes[c].sibling) {
        if (g->nodes[c].byte == byte) {
            return c;
        }
    }
    return -1;
}

/* Adds one spelling; reports one claimed by another entity. */
static void add_spelling(reader *r, ent_gazetteer_t *g, const cJSON *item,
                         const char *path, size_t entity, spelling_kind kind) {
    const char *text = item->valuestring;
    size_t length = strlen(text);
    if (length < 2 || !text_is_word_at(text, length, 0)) {
        report(r, item, path,
               "expected a spelling of two characters or more that starts "
               "with a letter or digit, found \"%s\"",
               text);
        return;
    }
    int node = 0;
    for (size_t i = 0; i < length; i++) {
        unsigned char byte = fold((unsigned char)text[i]);
        int child = find_child(g, node, byte);
        if (child < 0) {
            child = new_node(g, byte);
            if (child < 0) {
                r->nomem = 1;
                return;
            }
            g->nodes[child].sibling = g->nodes[node].child;
            g->nodes[node].child = child;
        }
        node = child;
    }
    for (int s = g->nodes[node].spelling; s >= 0; s = g->spellings[s].next) {
        if (g->spellings[s].entity != entity) {
            report(r, item, path,
                   "spelling \"%s\" is already claimed by entity \"%s\"", text,
                   g->entities[g->spellings[s].entity].id);
            return;
        }
    }
    if (g->spelling_count == g->spelling_capacity) {
        size_t grown = g->spelling_capacity ? g->spelling_capacity * 2 : 256;
        gz_spelling *bigger = realloc(g->spellings, grown * sizeof *bigger);
        if (bigger == NULL) {
            r->nomem = 1;
            return;
        }
        g->spellings = bigger;
        g->spelling_capacity = grown;
    }
    gz_spelling *s = &g->spellings[g->spelling_count];
    s->text = strdup(text);
    if (s->text == NULL) {
        r->nomem = 1;
        return;
    }
    s->length = length;
    s->entity = entity;
    s->kind = kind;
    /* Keep the chain in file order so that the first spelling wins. */
    s->next = -1;
    int *link = &g->nodes[node].spelling;
    while (*link >= 0) {
        link = &g->spellings[*link].next;
    }
    *link = (int)g->spelling_count++;
}

static const cJSON *expect_string(reader *r, const cJSON *object,
                                  const char *key, const char *path,
                                  int required) {
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(object, key);
    if (item == NULL) {
        if (required) {
            report(r, object, path, "missing member \"%s\"", key);
        }
        return NULL;
    }
    if (!cJSON_IsString(item) || item->valuestring[0] == '\0') {
        report(r, item, path, "expected a non-empty string for \"%s\"", key);
        return NULL;
    }
    return item;
}

static int by_id(const void *a, const void *b) {
    return strcmp((*(const gz_entity *const *)a)->id,
                  (*(const gz_entity *const *)b)->id);
}

/* The entity named `id`, by binary search in `sorted`; NULL if none. */
static const gz_entity *find_id(gz_entity *const *sorted, size_t count,
                                const char *id) {
    gz_entity key = {0};
    const gz_entity *probe = &key;
    key.id = (char *)id;
    gz_entity *const *hit =
        bsearch(&probe, sorted, count, sizeof *sorted, by_id);
    return hit ? *hit : NULL;
}

static const char *const entity_members[] = {
    "id",       "type",     "name",          "aliases", "demonyms",
    "capitals", "metonyms", "abbreviations", "offices", "note",
};
static const char *const office_members[] = {"role", "of", "since", "until"};

/* Reports members not in `known`: a typo ("demonym") would otherwise
 * silently lose spellings. */
static void check_members(reader *r, const cJSON *object, const char *path,
                          const char *const *known, size_t count) {
    for (const cJSON *m = object->child; m; m = m->next) {
        size_t k = 0;
        while (k < count && strcmp(m->string, known[k]) != 0) {
            k++;
        }
        if (k == count) {
            report(r, m, path, "unknown member \"%s\"", m->string);
        }
    }
}

static void read_entity(reader *r, ent_gazetteer_t *g, const cJSON *object,
                        size_t index) {
    char path[96];
    snprintf(path, sizeof path, "/entities/%zu", index);
    gz_entity *e = &g->entities[index];
    if (!cJSON_IsObject(object)) {
        report(r, object, path, "expected an object for an entity");
        return;
    }
    check_members(r, object, path, entity_members,
                  sizeof entity_members / sizeof *entity_members);
    const cJSON *id = expect_string(r, object, "id", path, 1);
    const cJSON *type = expect_string(r, object, "type", path, 1);
    const cJSON *name = expect_string(r, object, "name", path, 1);
    if (type != NULL && (!ent_entity_type_parse(type->valuestring, &e->type) ||
                         e->type == ENT_ENTITY_EVENT)) {
        report(r, type, path,
               "expected \"state\", \"organization\", \"person\" or "
               "\"group\" for \"type\", found \"%s\"",
               type->valuestring);
    }
    e->id = id ? strdup(id->valuestring) : NULL;
    e->name = name ? strdup(name->valuestring) : NULL;
    if ((id && !e->id) || (name && !e->name)) {
        r->nomem = 1;
    }
}

static void read_spellings(reader *r, ent_gazetteer_t *g, const cJSON *object,
                           size_t index) {
    char path[96];
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(object, "name");
    snprintf(path, sizeof path, "/entities/%zu/name", index);
    if (cJSON_IsString(name) && name->valuestring[0] != '\0') {
        add_spelling(r, g, name, path, index, SPELLING_NAME);
    }
    for (size_t k = 0; k < SPELLING_MEMBER_COUNT; k++) {
        const char *member = spelling_members[k].member;
        const cJSON *list = cJSON_GetObjectItemCaseSensitive(object, member);
        if (list == NULL) {
            continue;
        }
        snprintf(path, sizeof path, "/entities/%zu/%s", index, member);
        if (!cJSON_IsArray(list)) {
            report(r, list, path, "expected an array of strings for \"%s\"",
                   member);
            continue;
        }
        size_t i = 0;
        for (const cJSON *item = list->child; item; item = item->next, i++) {
            snprintf(path, sizeof path, "/entities/%zu/%s/%zu", index, member,
                     i);
            if (!cJSON_IsString(item)) {
                report(r, item, path, "expected a string in \"%s\"", member);
                continue;
            }
            add_spelling(r, g, item, path, index, spelling_members[k].kind);
        }
    }
}

static void read_offices(reader *r, ent_gazetteer_t *g, const cJSON *object,
                         size_t index, gz_entity *const *sorted) {
    char path[96];
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(object, "offices");
    if (list == NULL) {
        return;
    }
    snprintf(path, sizeof path, "/entities/%zu/offices", index);
    gz_entity *e = &g->entities[index];
    if (!cJSON_IsArray(list) || e->type != ENT_ENTITY_PERSON) {
        report(r, list, path, "expected an array of offices, for a person");
        return;
    }
    e->offices =
        calloc((size_t)cJSON_GetArraySize(list) + 1, sizeof *e->offices);
    if (e->offices == NULL) {
        r->nomem = 1;
        return;
    }
    size_t i = 0;
    for (const cJSON *o = list->child; o; o = o->next, i++) {
        snprintf(path, sizeof path, "/entities/%zu/offices/%zu", index, i);
        if (!cJSON_IsObject(o)) {
            report(r, o, path, "expected an object for an office");
            continue;
        }
        check_members(r, o, path, office_members,
                      sizeof office_members / sizeof *office_members);
        const cJSON *role = expect_string(r, o, "role", path, 1);
        const cJSON *of = expect_string(r, o, "of", path, 1);
        const cJSON *since = expect_string(r, o, "since", path, 0);
        const cJSON *until = expect_string(r, o, "until", path, 0);
        const gz_entity *holder =
            of ? find_id(sorted, g->entity_count, of->valuestring) : NULL;
        if (of &&
            (holder == NULL || (holder->type != ENT_ENTITY_STATE &&
                                holder->type != ENT_ENTITY_ORGANIZATION))) {
            report(r, of, path,
                   "\"of\" must name a state or organization of the "
                   "gazetteer, found \"%s\"",
                   of->valuestring);
        }
        const cJSON *dates[] = {since, until};
        for (size_t d = 0; d < 2; d++) {
            if (dates[d] && !ent_date_is_valid(dates[d]->valuestring)) {
                report(r, dates[d], path,
                       "expected a date for \"%s\", found \"%s\"",
                       dates[d]->string, dates[d]->valuestring);
            }
        }
        if (role == NULL || holder == NULL) {
            continue;
        }
        gz_office *office = &e->offices[e->office_count++];
        office->of = (size_t)(holder - g->entities);
        office->role = strdup(role->valuestring);
        office->since = since ? strdup(since->valuestring) : NULL;
        office->until = until ? strdup(until->valuestring) : NULL;
        if (!office->role || (since && !office->since) ||
            (until && !office->until)) {
            r->nomem = 1;
        }
    }
}

void ent_gazetteer_free(ent_gazetteer_t *g) {
    if (g == NULL) {
        return;
    }
    for (size_t i = 0; i < g->entity_count; i++) {
        gz_entity *e = &g->entities[i];
        free(e->id);
        free(e->name);
        for (size_t k = 0; k < e->office_count; k++) {
            free(e->offices[k].role);
            free(e->offices[k].since);
            free(e->offices[k].until);
        }
        free(e->offices);
    }
    for (size_t i = 0; i < g->spelling_count; i++) {
        free(g->spellings[i].text);
    }
    free(g->entities);
    free(g->spellings);
    free(g->nodes);
    free(g);
}

/* Reads the document into `g`: entities first, so that offices can name
 * any of them and duplicate ids are known before spellings are claimed. */
static void read_document(reader *r, ent_gazetteer_t *g, gz_entity ***sorted) {
    const cJSON *root = r->root;
    const cJSON *schema = cJSON_GetObjectItemCaseSensitive(root, "schema");
    if (!cJSON_IsObject(root)) {
        report(r, root, NULL, "expected a JSON object");
        return;
    }
    if (!cJSON_IsString(schema) ||
        strcmp(schema->valuestring, ENT_GAZETTEER_SCHEMA) != 0) {
        report(r, schema ? schema : root, "/schema",
               "expected \"schema\": \"" ENT_GAZETTEER_SCHEMA "\"");
        return;
    }
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(root, "entities");
    if (!cJSON_IsArray(list)) {
        report(r, list ? list : root, "/entities",
               "expected an array for \"entities\"");
        return;
    }
    size_t count = (size_t)cJSON_GetArraySize(list);
    g->entities = calloc(count + 1, sizeof *g->entities);
    *sorted = calloc(count + 1, sizeof **sorted);
    if (g->entities == NULL || *sorted == NULL || new_node(g, 0) != 0) {
        r->nomem = 1;
        return;
    }
    g->entity_count = count;
    size_t i = 0;
    for (const cJSON *e = list->child; e; e = e->next, i++) {
        read_entity(r, g, e, i);
    }
    if (r->failed || r->nomem) {
        return;
    }
    for (i = 0; i < count; i++) {
        (*sorted)[i] = &g->entities[i];
    }
    qsort(*sorted, count, sizeof **sorted, by_id);
    for (i = 1; i < count; i++) {
        if (strcmp((*sorted)[i - 1]->id, (*sorted)[i]->id) == 0) {
            size_t later = (size_t)((*sorted)[i] - g->entities);
            size_t earlier = (size_t)((*sorted)[i - 1] - g->entities);
            if (later < earlier) {
                size_t t = later;
                later = earlier;
                earlier = t;
            }
            char path[96];
            snprintf(path, sizeof path, "/entities/%zu/id", later);
            report(r,
                   cJSON_GetObjectItemCaseSensitive(
                       cJSON_GetArrayItem(list, (int)later), "id"),
                   path, "duplicate entity id \"%s\", first at /entities/%zu",
                   g->entities[later].id, earlier);
        }
    }
    i = 0;
    for (const cJSON *e = list->child; e && !r->nomem; e = e->next, i++) {
        read_spellings(r, g, e, i);
        read_offices(r, g, e, i, *sorted);
    }
}

ent_status ent_gazetteer_load_buffer(ent_gazetteer_t **gazetteer,
                                     const char *data, size_t length,
                                     const char *name, ent_diag_list_t *diags) {
    ent_status status = ENT_OK;
    cJSON *root = NULL;
    gz_entity **sorted = NULL;
    ent_gazetteer_t *g = NULL;
    *gazetteer = NULL;
    status = json_parse_located(data, length, name, &root, diags);
    if (status != ENT_OK) {
        goto cleanup;
    }
    g = calloc(1, sizeof *g);
    if (g == NULL) {
        status = ENT_ENOMEM;
        goto cleanup;
    }
    reader r = {data, length, name, root, diags, 0, 0};
    read_document(&r, g, &sorted);
    if (r.nomem) {
        status = ENT_ENOMEM;
    } else if (r.failed) {
        status = ENT_EINPUT;
    } else {
        *gazetteer = g;
        g = NULL;
    }
cleanup:
    ent_gazetteer_free(g);
    free(sorted);
    cJSON_Delete(root);
    return status;
}

ent_status ent_gazetteer_load_file(ent_gazetteer_t **gazetteer,
                                   const char *path, ent_diag_list_t *diags) {
    char *data = NULL;
    size_t length = 0;
    *gazetteer = NULL;
    ent_status status =
        ent_file_read(path, ENT_EXTRACT_MAX_SIZE, &data, &length, diags);
    if (status == ENT_OK) {
        status =
            ent_gazetteer_load_buffer(gazetteer, data, length, path, diags);
    }
    free(data);
    return status;
}

size_t ent_gazetteer_entity_count(const ent_gazetteer_t *g) {
    return g->entity_count;
}

size_t ent_gazetteer_spelling_count(const ent_gazetteer_t *g) {
    return g->spelling_count;
}

/* The case rule: a capital in the spelling needs a capital in the text, a
 * small letter matches either (so "drug trafficking" opens a sentence as
 * "Drug trafficking", but "US" never matches "us"). */
static int case_fits(const gz_spelling *s, const char *text) {
    for (size_t i = 0; i < s->length; i++) {
        char c = s->text[i];
        if (c >= 'A' && c <= 'Z' && text[i] != c) {
            return 0;
        }
    }
    return 1;
}

/* Length of a possessive ending at text[at]: 's, ’s, or a bare
 * apostrophe after a final s; 0 for none. */
static size_t possessive_size(const char *text, size_t length, size_t at) {
    size_t quote = 0;
    if (at < length && text[at] == '\'') {
        quote = 1;
    } else if (at + 2 < length && (unsigned char)text[at] == 0xE2 &&
               (unsigned char)text[at + 1] == 0x80 &&
               (unsigned char)text[at + 2] == 0x99) {
        quote = 3;
    }
    if (quote == 0) {
        return 0;
    }
    if (at + quote < length && text[at + quote] == 's' &&
        !text_is_word_at(text, length, at + quote + 1)) {
        return quote + 1;
    }
    if (at > 0 && text[at - 1] == 's' &&
        !text_is_word_at(text, length, at + quote)) {
        return quote;
    }
    return 0;
}

int gazetteer_match(const ent_gazetteer_t *g, const char *text, size_t length,
                    size_t at, mention *found) {
    int node = 0, best = -1;
    size_t best_end = 0;
    for (size_t i = at; i < length; i++) {
        node = find_child(g, node, fold((unsigned char)text[i]));
        if (node < 0) {
            break;
        }
        if (g->nodes[node].spelling < 0 ||
            text_is_word_at(text, length, i + 1)) {
            continue;
        }
        for (int s = g->nodes[node].spelling; s >= 0;
             s = g->spellings[s].next) {
            if (case_fits(&g->spellings[s], text + at)) {
                best = s;
                best_end = i + 1;
                break;
            }
        }
    }
    if (best < 0) {
        return 0;
    }
    size_t tail = possessive_size(text, length, best_end);
    found->start = at;
    found->end = best_end + tail;
    found->entity = g->spellings[best].entity;
    found->kind = g->spellings[best].kind;
    found->possessive = tail > 0;
    return 1;
}

/* 1 when the office's dates include `date` (compared on the precision
 * both give: "2024" is within "2024-11-28"). */
static int office_held(const gz_office *office, const char *date) {
    if (date == NULL) {
        return 1;
    }
    size_t n = strlen(date);
    if (office->since != NULL) {
        size_t m = strlen(office->since);
        if (strncmp(office->since, date, m < n ? m : n) > 0) {
            return 0;
        }
    }
    if (office->until != NULL) {
        size_t m = strlen(office->until);
        if (strncmp(office->until, date, m < n ? m : n) < 0) {
            return 0;
        }
    }
    return 1;
}

int gazetteer_office(const ent_gazetteer_t *g, size_t entity, const char *role,
                     const char *date, ent_entity_type type, size_t *index) {
    const gz_entity *e = &g->entities[entity];
    if (e->type == type && role == NULL) {
        *index = entity;
        return 1;
    }
    for (size_t k = 0; k < e->office_count; k++) {
        const gz_office *o = &e->offices[k];
        if (g->entities[o->of].type == type &&
            (role == NULL || strcmp(o->role, role) == 0) &&
            office_held(o, date)) {
            *index = o->of;
            return 1;
        }
    }
    return 0;
}

int ent_gazetteer_lookup(const ent_gazetteer_t *g, const char *text,
                         const char **id, ent_entity_type *type,
                         const char **name) {
    size_t length = strlen(text), entity = g->entity_count;
    for (size_t i = 0; i < g->entity_count && entity == g->entity_count;
         i++) {
        if (strcmp(g->entities[i].id, text) == 0) {
            entity = i;
        }
    }
    mention m;
    if (entity == g->entity_count && length > 0 &&
        gazetteer_match(g, text, length, 0, &m) && m.end == length &&
        !m.possessive &&
        (m.kind == SPELLING_NAME || m.kind == SPELLING_ALIAS ||
         m.kind == SPELLING_ABBREVIATION)) {
        entity = m.entity;
    }
    if (entity == g->entity_count) {
        return 0;
    }
    *id = g->entities[entity].id;
    *type = g->entities[entity].type;
    *name = g->entities[entity].name;
    return 1;
}
