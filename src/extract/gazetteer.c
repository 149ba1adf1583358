/*
 * Reading a gazetteer (schema "entente-gazetteer/1"): entities with every
 * spelling by which an article may name them, the offices persons hold,
 * and the sources those facts cite. The reader is strict: an unknown
 * member, a spelling claimed by two entities, a bad date or a citation of
 * a source the file does not list is an error at its line and column, so
 * that a typo never silently loses a fact. The tables it fills are in
 * gazetteer_trie.c.
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
    /* a person's dated forms, "King Abdullah": aliases with the dates of
     * the office that gives the title, which persons may share */
    {"titled", SPELLING_ALIAS},
};
enum {
    SPELLING_MEMBER_COUNT = sizeof spelling_members / sizeof *spelling_members
};

#define COUNT(array) (sizeof(array) / sizeof *(array))

static const char *const document_members[] = {"schema", "note", "sources",
                                               "entities"};
static const char *const source_members[] = {
    "id", "title", "publisher", "url", "accessed", "note",
};
static const char *const entity_members[] = {
    "id",       "type",          "name",    "aliases", "demonyms",   "capitals",
    "metonyms", "abbreviations", "offices", "note",    "source_ref", "titled",
};
static const char *const office_members[] = {"role",  "of",   "since",
                                             "until", "note", "source_ref"};
static const char *const capital_members[] = {"name", "since", "until", "note",
                                              "source_ref"};

/* Everything a load reports through. */
typedef struct {
    const char *text;
    size_t length;
    const char *name;
    const cJSON *root;
    ent_diag_list_t *diags;
    const cJSON **sources; /* the sources' ids, sorted by value */
    size_t source_count;
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

/* Reports members not in `known`: a typo ("demonym") would otherwise
 * silently lose spellings; and a known one twice, of which cJSON's
 * look-up would silently take the first. */
static void check_members(reader *r, const cJSON *object, const char *path,
                          const char *const *known, size_t count) {
    const cJSON *seen[16] = {NULL};
    for (const cJSON *m = object->child; m; m = m->next) {
        size_t k = 0;
        while (k < count && strcmp(m->string, known[k]) != 0) {
            k++;
        }
        if (k == count) {
            report(r, m, path, "unknown member \"%s\"", m->string);
        } else if (k < sizeof seen / sizeof *seen && seen[k] != NULL) {
            report(r, m, path,
                   "duplicate member \"%s\" (JSON names must be unique in "
                   "an object)",
                   m->string);
        } else if (k < sizeof seen / sizeof *seen) {
            seen[k] = m;
        }
    }
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

/* The optional dates `since` and `until` of `object`: each a date, and
 * `since` not after `until`. Sets *since and *until to the strings or
 * NULL; returns 0 when either is bad (reported). */
static int read_period(reader *r, const cJSON *object, const char *path,
                       const char **since, const char **until) {
    const cJSON *items[2] = {expect_string(r, object, "since", path, 0),
                             expect_string(r, object, "until", path, 0)};
    const char *dates[2] = {NULL, NULL};
    int ok = 1;
    for (size_t d = 0; d < 2; d++) {
        const char *key = d == 0 ? "since" : "until";
        const cJSON *any = cJSON_GetObjectItemCaseSensitive(object, key);
        if (any != NULL && items[d] == NULL) {
            ok = 0; /* reported by expect_string */
        } else if (items[d] && !ent_date_is_valid(items[d]->valuestring)) {
            report(r, items[d], path,
                   "expected a date (YYYY-MM-DD, YYYY-MM or YYYY) for \"%s\", "
                   "found \"%s\"",
                   key, items[d]->valuestring);
            ok = 0;
        } else if (items[d]) {
            dates[d] = items[d]->valuestring;
        }
    }
    if (dates[0] && dates[1]) {
        size_t m = strlen(dates[0]), n = strlen(dates[1]);
        if (strncmp(dates[0], dates[1], m < n ? m : n) > 0) {
            report(r, items[1], path, "\"until\" (%s) is before \"since\" (%s)",
                   dates[1], dates[0]);
            ok = 0;
        }
    }
    *since = dates[0];
    *until = dates[1];
    return ok;
}

static int by_source_id(const void *a, const void *b) {
    return strcmp((*(const cJSON *const *)a)->valuestring,
                  (*(const cJSON *const *)b)->valuestring);
}

/* Reports `item` unless it is a string naming a listed source. */
static void check_one_ref(reader *r, const cJSON *item, const char *path) {
    if (!cJSON_IsString(item)) {
        report(r, item, path, "expected a source id in \"source_ref\"");
        return;
    }
    const cJSON *probe = item;
    if (r->source_count == 0 ||
        bsearch(&probe, r->sources, r->source_count, sizeof *r->sources,
                by_source_id) == NULL) {
        report(r, item, path,
               "unknown source \"%s\" (not listed in \"sources\")",
               item->valuestring);
    }
}

/* Checks `source_ref` of `object` when present: a source id, or an array
 * of them, each listed in the document's `sources`. */
static void check_source_ref(reader *r, const cJSON *object, const char *path) {
    const cJSON *ref = cJSON_GetObjectItemCaseSensitive(object, "source_ref");
    if (ref == NULL) {
        return;
    }
    if (cJSON_IsString(ref)) {
        check_one_ref(r, ref, path);
    } else if (cJSON_IsArray(ref) && ref->child != NULL) {
        for (const cJSON *item = ref->child; item; item = item->next) {
            check_one_ref(r, item, path);
        }
    } else {
        report(r, ref, path,
               "expected a source id or a non-empty array of source ids for "
               "\"source_ref\"");
    }
}

/* Reads one entry of `sources`: string members, a required `id`, a date
 * for `accessed`. Returns its id, or NULL. */
static const cJSON *read_source(reader *r, const cJSON *s, const char *path) {
    if (!cJSON_IsObject(s)) {
        report(r, s, path, "expected an object for a source");
        return NULL;
    }
    check_members(r, s, path, source_members, COUNT(source_members));
    for (const cJSON *m = s->child; m; m = m->next) {
        if (!cJSON_IsString(m) || m->valuestring[0] == '\0') {
            report(r, m, path, "expected a non-empty string for \"%s\"",
                   m->string);
        }
    }
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(s, "id");
    const cJSON *accessed = cJSON_GetObjectItemCaseSensitive(s, "accessed");
    if (cJSON_IsString(accessed) && accessed->valuestring[0] != '\0' &&
        !ent_date_is_valid(accessed->valuestring)) {
        report(r, accessed, path,
               "expected a date for \"accessed\", found "
               "\"%s\"",
               accessed->valuestring);
    }
    if (id == NULL) {
        report(r, s, path, "missing member \"id\"");
    }
    return cJSON_IsString(id) && id->valuestring[0] != '\0' ? id : NULL;
}

/* Reads the `sources` list; its ids, sorted, go to r->sources. */
static void read_sources(reader *r) {
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(r->root, "sources");
    if (list == NULL) {
        return;
    }
    if (!cJSON_IsArray(list)) {
        report(r, list, "/sources", "expected an array for \"sources\"");
        return;
    }
    r->sources =
        calloc((size_t)cJSON_GetArraySize(list) + 1, sizeof *r->sources);
    if (r->sources == NULL) {
        r->nomem = 1;
        return;
    }
    char path[64];
    size_t i = 0;
    for (const cJSON *s = list->child; s; s = s->next, i++) {
        snprintf(path, sizeof path, "/sources/%zu", i);
        const cJSON *id = read_source(r, s, path);
        if (id != NULL) {
            r->sources[r->source_count++] = id;
        }
    }
    qsort(r->sources, r->source_count, sizeof *r->sources, by_source_id);
    for (i = 1; i < r->source_count; i++) {
        if (strcmp(r->sources[i - 1]->valuestring,
                   r->sources[i]->valuestring) == 0) {
            report(r, r->sources[i], "/sources", "duplicate source id \"%s\"",
                   r->sources[i]->valuestring);
        }
    }
}

/* Adds `text`, a spelling with an ASCII apostrophe, once more with each
 * apostrophe written as the curly U+2019 that most outlets print ("People’s
 * Republic of China"): the trie matches bytes, and without this copy the
 * words after the apostrophe would match on their own ("Republic of
 * China", another state). The copy's claim was checked with the original. */
static void add_curly_spelling(reader *r, ent_gazetteer_t *g, const char *text,
                               size_t entity, spelling_kind kind,
                               const char *since, const char *until) {
    size_t length = strlen(text), n = 0;
    char *curly = malloc(3 * length + 1);
    if (curly == NULL) {
        r->nomem = 1;
        return;
    }
    for (size_t i = 0; i < length; i++) {
        if (text[i] == '\'') {
            memcpy(curly + n, "\xE2\x80\x99", 3);
            n += 3;
        } else {
            curly[n++] = text[i];
        }
    }
    curly[n] = '\0';
    size_t other = 0;
    if (gazetteer_trie_insert(g, curly, entity, kind, since, until, &other) <
        0) {
        r->nomem = 1;
    }
    free(curly);
}

/* Adds one spelling; reports one claimed by another entity. */
static void add_spelling(reader *r, ent_gazetteer_t *g, const cJSON *item,
                         const char *path, size_t entity, spelling_kind kind,
                         const char *since, const char *until) {
    const char *text = item->valuestring;
    size_t length = strlen(text);
    if (length < 2 || !text_is_word_at(text, length, 0)) {
        report(r, item, path,
               "expected a spelling of two characters or more that starts "
               "with a letter or digit, found \"%s\"",
               text);
        return;
    }
    size_t other = 0;
    int added =
        gazetteer_trie_insert(g, text, entity, kind, since, until, &other);
    if (added < 0) {
        r->nomem = 1;
    } else if (added > 0) {
        report(r, item, path,
               "spelling \"%s\" is already claimed by entity \"%s\"", text,
               g->entities[other].id);
    } else if (strchr(text, '\'') != NULL) {
        add_curly_spelling(r, g, text, entity, kind, since, until);
    }
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

static void read_entity(reader *r, ent_gazetteer_t *g, const cJSON *object,
                        size_t index) {
    char path[96];
    snprintf(path, sizeof path, "/entities/%zu", index);
    gz_entity *e = &g->entities[index];
    if (!cJSON_IsObject(object)) {
        report(r, object, path, "expected an object for an entity");
        return;
    }
    check_members(r, object, path, entity_members, COUNT(entity_members));
    check_source_ref(r, object, path);
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

/* A capital: a string, or {"name", "since", "until", ...} for a capital
 * that held the role for a time (Nur-Sultan, 2019-03-23 to 2022-09-17).
 * A person's dated form (kind SPELLING_ALIAS): such an object, with a
 * date, always. */
static void read_capital(reader *r, ent_gazetteer_t *g, const cJSON *list,
                         const cJSON *item, const char *path, size_t index,
                         spelling_kind kind) {
    if (cJSON_IsString(item) && kind == SPELLING_CAPITAL) {
        add_spelling(r, g, item, path, index, SPELLING_CAPITAL, NULL, NULL);
        return;
    }
    if (!cJSON_IsObject(item)) {
        /* A number or literal has no position of its own: point at the
         * list's key. */
        report(r, list, path,
               kind == SPELLING_CAPITAL
                   ? "expected a string or an object {\"name\", \"since\", "
                     "\"until\"} for a capital"
                   : "expected an object {\"name\", \"since\", \"until\"} "
                     "for a dated form");
        return;
    }
    check_members(r, item, path, capital_members, COUNT(capital_members));
    check_source_ref(r, item, path);
    const cJSON *name = expect_string(r, item, "name", path, 1);
    const char *since = NULL, *until = NULL;
    int dated = read_period(r, item, path, &since, &until);
    if (dated && kind != SPELLING_CAPITAL && since == NULL && until == NULL) {
        report(r, item, path, "a dated form needs \"since\" or \"until\"");
    } else if (dated && name != NULL) {
        add_spelling(r, g, name, path, index, kind, since, until);
    }
}

static void read_spellings(reader *r, ent_gazetteer_t *g, const cJSON *object,
                           size_t index) {
    char path[96];
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(object, "name");
    snprintf(path, sizeof path, "/entities/%zu/name", index);
    if (cJSON_IsString(name) && name->valuestring[0] != '\0') {
        add_spelling(r, g, name, path, index, SPELLING_NAME, NULL, NULL);
    }
    for (size_t k = 0; k < SPELLING_MEMBER_COUNT; k++) {
        const char *member = spelling_members[k].member;
        spelling_kind kind = spelling_members[k].kind;
        const cJSON *list = cJSON_GetObjectItemCaseSensitive(object, member);
        if (list == NULL) {
            continue;
        }
        snprintf(path, sizeof path, "/entities/%zu/%s", index, member);
        int titled = strcmp(member, "titled") == 0;
        if (!cJSON_IsArray(list) ||
            (titled && g->entities[index].type != ENT_ENTITY_PERSON)) {
            report(r, list, path,
                   titled ? "expected an array of objects for \"%s\", for a "
                            "person"
                   : kind == SPELLING_CAPITAL
                       ? "expected an array of strings or objects for \"%s\""
                       : "expected an array of strings for \"%s\"",
                   member);
            continue;
        }
        size_t i = 0;
        for (const cJSON *item = list->child; item; item = item->next, i++) {
            snprintf(path, sizeof path, "/entities/%zu/%s/%zu", index, member,
                     i);
            if (kind == SPELLING_CAPITAL || titled) {
                read_capital(r, g, list, item, path, index, kind);
            } else if (!cJSON_IsString(item)) {
                report(r, item, path, "expected a string in \"%s\"", member);
            } else {
                add_spelling(r, g, item, path, index, kind, NULL, NULL);
            }
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
        check_members(r, o, path, office_members, COUNT(office_members));
        check_source_ref(r, o, path);
        const cJSON *role = expect_string(r, o, "role", path, 1);
        const cJSON *of = expect_string(r, o, "of", path, 1);
        const char *since = NULL, *until = NULL;
        int dated = read_period(r, o, path, &since, &until);
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
        if (role == NULL || holder == NULL || !dated) {
            continue;
        }
        gz_office *office = &e->offices[e->office_count++];
        office->of = (size_t)(holder - g->entities);
        office->role = strdup(role->valuestring);
        office->since = since ? strdup(since) : NULL;
        office->until = until ? strdup(until) : NULL;
        if (!office->role || (since && !office->since) ||
            (until && !office->until)) {
            r->nomem = 1;
        }
    }
}

/* Reports ids that two entities share; `sorted` is by id. */
static void check_unique_ids(reader *r, ent_gazetteer_t *g,
                             gz_entity *const *sorted, const cJSON *list) {
    for (size_t i = 1; i < g->entity_count; i++) {
        if (strcmp(sorted[i - 1]->id, sorted[i]->id) != 0) {
            continue;
        }
        size_t later = (size_t)(sorted[i] - g->entities);
        size_t earlier = (size_t)(sorted[i - 1] - g->entities);
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

/* Reads the document into `g`: sources first, so that any fact can cite
 * them; then entities, so that offices can name any of them and duplicate
 * ids are known before spellings are claimed. */
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
    check_members(r, root, "", document_members, COUNT(document_members));
    read_sources(r);
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(root, "entities");
    if (!cJSON_IsArray(list)) {
        report(r, list ? list : root, "/entities",
               "expected an array for \"entities\"");
        return;
    }
    size_t count = (size_t)cJSON_GetArraySize(list);
    g->entities = calloc(count + 1, sizeof *g->entities);
    *sorted = calloc(count + 1, sizeof **sorted);
    if (g->entities == NULL || *sorted == NULL || r->nomem ||
        gazetteer_trie_init(g) != 0) {
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
    check_unique_ids(r, g, *sorted, list);
    i = 0;
    for (const cJSON *e = list->child; e && !r->nomem; e = e->next, i++) {
        read_spellings(r, g, e, i);
        read_offices(r, g, e, i, *sorted);
    }
    if (!r->failed && !r->nomem && gazetteer_trie_finish(g) != 0) {
        r->nomem = 1;
    }
    if (!r->failed && !r->nomem && gazetteer_prepare(g) != 0) {
        r->nomem = 1;
    }
}

ent_status ent_gazetteer_load_buffer(ent_gazetteer_t **gazetteer,
                                     const char *data, size_t length,
                                     const char *name, ent_diag_list_t *diags) {
    ent_status status = ENT_OK;
    cJSON *root = NULL;
    gz_entity **sorted = NULL;
    ent_gazetteer_t *g = NULL;
    reader r = {data, length, name, NULL, diags, NULL, 0, 0, 0};
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
    r.root = root;
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
    free(r.sources);
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
