/*
 * The streaming load (see load_internal.h): the whole-tree load's result
 * without the whole tree.
 *
 * cJSON's tree of a large snapshot is about five times the file (a
 * 64-byte node per value and a heap string per name and string value),
 * and faulting it in was a quarter to a third of the load. Here the
 * top-level object is read member by member with a strict little scanner,
 * and each element of "entities" and "relations" is parsed by cJSON on its
 * own into a small arena that is emptied once its batch is walked: the
 * arena stays in the cache, and the peak is the text, the model and one
 * batch of elements.
 *
 * The walk is the whole-tree load's own (walk.h), element by element, in
 * the same order of records. Diagnostics are where the two could differ
 * (the error limit, the order of discovery, where cJSON stops on bad
 * syntax), so this path never reports an error: at the first one it gives
 * up, and the whole-tree load runs from the start and words it. A valid
 * snapshot in the usual order is loaded here alone, and its warnings are
 * found on the finished model as always.
 */
#include <cjson/cJSON.h>
#include <string.h>

#include "load/walk.h"

/* Top-level members whose place in the file the stream must know. */
enum {
    PART_SOURCES = 1,
    PART_RELATION_TYPES = 2,
    PART_ENTITIES = 4,
    PART_RELATIONS = 8
};

typedef struct {
    const char *text;
    size_t length; /* text[length] is the terminating NUL */
    size_t at;     /* the scanner's position */
    walker w;
    cJSON *root;          /* the other members, and empty arrays for the two */
    json_arena header;    /* root and its members, until the end */
    json_arena element;   /* one batch of "entities" or "relations" */
    unsigned seen;        /* PART_* met so far */
    size_t longest_array; /* the prescan's bound on any part's elements */
} stream;

static void skip_space(stream *s) {
    while (s->at < s->length && json_is_space(s->text[s->at])) {
        s->at++;
    }
}

/* Consumes `c` (after white space) when it is next. */
static int accept(stream *s, char c) {
    skip_space(s);
    if (s->at < s->length && s->text[s->at] == c) {
        s->at++;
        return 1;
    }
    return 0;
}

/*
 * Parses the value at the scanner's position with cJSON, in the arena in
 * use. Only a byte that starts a JSON value is handed over: cJSON would
 * also skip a byte-order mark there, which the whole-tree parse accepts
 * only at the start of the text.
 */
static cJSON *parse_value(stream *s) {
    skip_space(s);
    if (s->at >= s->length || s->text[s->at] == '\0' ||
        strchr("{[\"-0123456789tfn", s->text[s->at]) == NULL) {
        return NULL;
    }
    const char *end = NULL;
    cJSON *value = cJSON_ParseWithLengthOpts(s->text + s->at,
                                             s->length + 1 - s->at, &end, 0);
    if (value != NULL) {
        s->at = (size_t)(end - s->text);
    }
    return value;
}

static int failed(const stream *s) {
    return s->w.diags->errors > 0 || s->w.diags->nomem;
}

/* Gives the record the walk just added heap attributes of its own, as
 * its element's tree is about to go. */
static void rehome_now(stream *s, cJSON **attributes) {
    if (*attributes == NULL) {
        return;
    }
    json_arena_stop();
    if (!json_arena_rehome(attributes)) {
        s->w.diags->nomem = 1;
    }
    json_arena_use(&s->element);
}

/* How the stream treats the elements of one part. */
typedef struct {
    /* Starts the index look-ups the walk of `item` is going to make. */
    void (*prefetch)(stream *s, const cJSON *item);
    /* Walks `item` and gives the record it adds heap attributes. */
    void (*visit)(stream *s, cJSON *item);
} element_kind;

static void prefetch_member_id(stream *s, const cJSON *item, const char *key) {
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(item, key);
    if (cJSON_IsString(id)) {
        id_index_prefetch(&s->w.snapshot->entity_index, id->valuestring);
    }
}

static void prefetch_entity(stream *s, const cJSON *item) {
    prefetch_member_id(s, item, "id");
}

static void prefetch_relation(stream *s, const cJSON *item) {
    prefetch_member_id(s, item, "source");
    prefetch_member_id(s, item, "target");
}

static void stream_entity(stream *s, cJSON *item) {
    ent_snapshot_t *snapshot = s->w.snapshot;
    size_t before = snapshot->entity_count;
    walk_entity(&s->w, item);
    if (snapshot->entity_count > before) {
        rehome_now(s, &snapshot->entities[before].attributes);
    }
}

static void stream_relation(stream *s, cJSON *item) {
    ent_snapshot_t *snapshot = s->w.snapshot;
    size_t before = snapshot->relation_count;
    walk_relation(&s->w, item);
    if (snapshot->relation_count > before) {
        rehome_now(s, &snapshot->relations[before].attributes);
    }
}

static const element_kind entity_kind = {prefetch_entity, stream_entity};
static const element_kind relation_kind = {prefetch_relation, stream_relation};

/*
 * Elements are parsed a batch ahead of their walk: the index slots a
 * batch needs (ids scattered over megabytes) are asked for together, so
 * that their cache misses overlap instead of queueing. The walk is the
 * same, element by element and in order; a syntax error anywhere in a
 * batch gives up before its walk, which changes nothing, as giving up
 * discards everything.
 */
enum { BATCH = 32 };

/* Parses up to BATCH elements into `batch`; returns how many, with
 * *done set after the closing bracket and *ok cleared to give up. */
static size_t parse_batch(stream *s, cJSON **batch, element_starts *starts,
                          int *done, int *ok) {
    size_t count = 0;
    while (count < BATCH && !*done && *ok) {
        skip_space(s);
        if (!element_starts_push(starts, s->at)) {
            s->w.diags->nomem = 1;
            *ok = 0;
        } else if ((batch[count] = parse_value(s)) == NULL) {
            *ok = 0;
        } else {
            count++;
            if (!accept(s, ',')) {
                *done = 1;
                *ok = accept(s, ']');
            }
        }
    }
    return count;
}

/* Walks the array at the scanner's position ('[') element by element;
 * returns 1 when all went well. */
static int stream_array(stream *s, const char *key, const element_kind *kind,
                        element_starts *starts) {
    size_t mark = s->w.path.length;
    path_push_key(&s->w.path, key);
    s->at++; /* '[' */
    int ok = 1, done = accept(s, ']');
    size_t index = 0;
    json_arena_use(&s->element);
    while (ok && !done) {
        cJSON *batch[BATCH];
        size_t count = parse_batch(s, batch, starts, &done, &ok);
        for (size_t i = 0; ok && i < count; i++) {
            kind->prefetch(s, batch[i]);
        }
        for (size_t i = 0; ok && i < count; i++, index++) {
            size_t item_mark = s->w.path.length;
            path_push_index(&s->w.path, index);
            kind->visit(s, batch[i]);
            path_truncate(&s->w.path, item_mark);
            ok = !failed(s);
        }
        json_arena_reset(&s->element);
    }
    json_arena_use(&s->header);
    path_truncate(&s->w.path, mark);
    return ok;
}

/*
 * Reserves the records, and the table of where they start, for the
 * elements the rest of the text can hold: at most the prescan's count and
 * one per `smallest` bytes (the shortest valid element). Only the part of
 * the reservation that is used becomes resident; a failure leaves the
 * arrays growing as they go.
 */
static void reserve_elements(stream *s, unsigned part) {
    size_t smallest =
        part == PART_ENTITIES
            ? sizeof "{\"id\":\"a\",\"type\":\"group\"}" - 1
            : sizeof "{\"type\":\"x\",\"source\":\"a\",\"target\":\"b\"}" - 1;
    size_t count = (s->length - s->at) / smallest + 1;
    if (count > s->longest_array) {
        count = s->longest_array;
    }
    if (part == PART_ENTITIES) {
        (void)snapshot_reserve_entities(s->w.snapshot, count);
        (void)element_starts_reserve(&s->w.diags->entities, count);
    } else {
        (void)snapshot_reserve_relations(s->w.snapshot, count);
        (void)element_starts_reserve(&s->w.diags->relations, count);
    }
}

static unsigned part_of(const char *key) {
    static const struct {
        const char *name;
        unsigned part;
    } parts[] = {{"sources", PART_SOURCES},
                 {"relation_types", PART_RELATION_TYPES},
                 {"entities", PART_ENTITIES},
                 {"relations", PART_RELATIONS}};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        if (strcmp(parts[i].name, key) == 0) {
            return parts[i].part;
        }
    }
    return 0;
}

/* Relations refer to sources and declared types: those are walked from
 * the members read so far, as the whole-tree walk does before relations. */
static int walk_before_relations(stream *s) {
    cJSON *sources = cJSON_GetObjectItemCaseSensitive(s->root, "sources");
    cJSON *types = cJSON_GetObjectItemCaseSensitive(s->root, "relation_types");
    if (sources != NULL) {
        walk_sources(&s->w, sources);
    }
    if (types != NULL) {
        walk_relation_types(&s->w, types);
    }
    walk_event_organizations(&s->w, NULL); /* every entity is declared */
    return !failed(s);
}

/* Reads one member's value: streamed for the two large arrays, kept in
 * root otherwise. Returns 0 to give up. */
static int read_member(stream *s, const char *key) {
    unsigned part = part_of(key);
    /* A repeated part is an error; one after the relations came too late
     * to be walked before them. */
    if ((s->seen & part) || (part && (s->seen & PART_RELATIONS))) {
        return 0;
    }
    s->seen |= part;
    cJSON *value = NULL;
    if (part == PART_ENTITIES || part == PART_RELATIONS) {
        skip_space(s);
        if (s->at >= s->length || s->text[s->at] != '[') {
            return 0;
        }
        if (part == PART_RELATIONS &&
            (!(s->seen & PART_ENTITIES) || !walk_before_relations(s))) {
            return 0;
        }
        reserve_elements(s, part);
        int entities = part == PART_ENTITIES;
        if (!stream_array(s, key, entities ? &entity_kind : &relation_kind,
                          entities ? &s->w.diags->entities
                                   : &s->w.diags->relations)) {
            return 0;
        }
        value = cJSON_CreateArray(); /* so that the header sees it */
    } else {
        value = parse_value(s);
    }
    return value != NULL && cJSON_AddItemToObject(s->root, key, value);
}

/* The top-level object, as strictly as JSON (and cJSON) reads it. */
static int read_document(stream *s) {
    if (!accept(s, '{')) {
        return 0;
    }
    if (!accept(s, '}')) {
        do {
            skip_space(s);
            if (s->at >= s->length || s->text[s->at] != '"') {
                return 0;
            }
            cJSON *key = parse_value(s);
            if (!cJSON_IsString(key) || !accept(s, ':') ||
                !read_member(s, key->valuestring)) {
                return 0;
            }
        } while (accept(s, ','));
        if (!accept(s, '}')) {
            return 0;
        }
    }
    skip_space(s);
    return s->at == s->length;
}

int stream_document(const char *text, size_t length, size_t longest_array,
                    ent_snapshot_t *snapshot, int warnings,
                    pending_list *diags) {
    stream s = {text, length, 0, {snapshot, diags, {0}}, NULL,
                {0},  {0},    0, longest_array};
    json_arena_init(&s.header);
    json_arena_init(&s.element);
    path_init(&s.w.path);
    int ok = !s.w.path.failed;
    json_arena_use(&s.header);
    s.root = ok ? cJSON_CreateObject() : NULL;
    ok = s.root != NULL && read_document(&s) && (s.seen & PART_RELATIONS);
    document_parts parts;
    ok = ok && walk_header(&s.w, s.root, &parts) && !failed(&s);
    json_arena_stop();
    /* Every attribute object the snapshot holds lives on the heap from
     * here on, whatever happened. */
    if (!json_arena_rehome_header(snapshot)) {
        diags->nomem = 1;
    }
    json_arena_release(&s.element);
    json_arena_release(&s.header);
    if (ok && warnings && !failed(&s)) {
        walk_relation_warnings(&s.w);
    }
    path_release(&s.w.path);
    return ok && !failed(&s);
}

int stream_names_snapshot_schema(const char *text, size_t length) {
    stream s = {0};
    s.text = text;
    s.length = length;
    if (!accept(&s, '{')) {
        return 0;
    }
    /* Members up to the first array or object: "schema" comes first in
     * every snapshot entente writes. */
    int verdict = -1;
    while (verdict < 0) {
        cJSON *key = NULL, *value = NULL;
        skip_space(&s);
        if (s.at < s.length && s.text[s.at] == '"') {
            key = parse_value(&s);
        }
        if (!cJSON_IsString(key) || !accept(&s, ':')) {
            verdict = 0;
        } else {
            skip_space(&s);
            int scalar =
                s.at < s.length && s.text[s.at] != '[' && s.text[s.at] != '{';
            value = scalar ? parse_value(&s) : NULL;
            if (value == NULL) {
                verdict = 0;
            } else if (strcmp(key->valuestring, "schema") == 0) {
                verdict = cJSON_IsString(value) &&
                          strncmp(value->valuestring, "entente/", 8) == 0;
            } else if (!accept(&s, ',')) {
                verdict = 0;
            }
        }
        cJSON_Delete(key);
        cJSON_Delete(value);
    }
    return verdict;
}
