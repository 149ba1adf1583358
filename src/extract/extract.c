/*
 * ent_extract_*: article in, draft snapshot out. One linear pass over the
 * text finds the sentences, their tokens, what the patterns find in them
 * and the organization the article is about (the one it names most); a
 * second, over what was found, checks it against the gazetteer, infers,
 * explains and keeps. Relations
 * found more than once are kept once, at their first sentence, with the
 * highest confidence any sentence gave them; the output follows article
 * order, so the same article always gives the same bytes.
 */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/buffer.h"
#include "entente/io.h"
#include "extract/absence.h"
#include "extract/attendance_model.h"
#include "extract/blocks.h"
#include "extract/membership_model.h"
#include "extract/names.h"
#include "extract/patterns_internal.h"

/* A dateline says where the report was written: most often, but not
 * always, where the summit is. */
#define DATELINE_CONFIDENCE 0.7

void ent_extract_options_init(ent_extract_options_t *options) {
    memset(options, 0, sizeof *options);
    options->min_confidence = 0.5;
}

/* The distinct relations found so far, with a hash index on their key:
 * type, source and target. The term is not part of it: "Russia's
 * chairmanship" and "Russia's presidency for the 2026 term" are one
 * relation, and the more confident (more specific) pattern wins. */
typedef struct {
    found_relation *items;
    size_t count, capacity;
    size_t *slots; /* index + 1 into items, 0 for empty */
    size_t slot_count;
} unique_list;

static int undirected(const char *type) {
    return type == extract_type_border_risk;
}

/* The key of a relation: an undirected one has its ends in order. */
static void key_of(const found_relation *r, size_t *a, size_t *b) {
    *a = r->source;
    *b = r->target;
    if (undirected(r->type) && *b < *a) {
        *a = r->target;
        *b = r->source;
    }
}

static int same_key(const found_relation *x, const found_relation *y) {
    size_t xa, xb, ya, yb;
    key_of(x, &xa, &xb);
    key_of(y, &ya, &yb);
    return xa == ya && xb == yb && x->type == y->type; /* interned */
}

static size_t hash_of(const found_relation *r) {
    size_t a, b;
    key_of(r, &a, &b);
    /* types are interned (same_key compares them by pointer), so the
     * pointer stands for the name; the slots only find items, whose
     * order is that of insertion, so no output depends on it */
    uint64_t h = 1469598103934665603u;
    h = (h ^ (uint64_t)(uintptr_t)r->type) * 1099511628211u;
    h = (h ^ a) * 1099511628211u;
    h = (h ^ b) * 1099511628211u;
    return (size_t)h;
}

static ent_status unique_grow(unique_list *u) {
    size_t slots = u->slot_count ? u->slot_count * 2 : 256;
    size_t *table = calloc(slots, sizeof *table);
    found_relation *items = realloc(u->items, slots / 2 * sizeof *items);
    if (table == NULL || items == NULL) {
        free(table);
        if (items != NULL) {
            u->items = items;
        }
        return ENT_ENOMEM;
    }
    u->items = items;
    u->capacity = slots / 2;
    for (size_t i = 0; i < u->count; i++) {
        size_t s = hash_of(&items[i]) & (slots - 1);
        while (table[s] != 0) {
            s = (s + 1) & (slots - 1);
        }
        table[s] = i + 1;
    }
    free(u->slots);
    u->slots = table;
    u->slot_count = slots;
    return ENT_OK;
}

/* 1 when r should replace `known`, an equal relation: one the text
 * states beats one inferred from it, then the higher confidence wins. */
static int better(const found_relation *r, const found_relation *known) {
    int r_stated = !(r->flags & FOUND_INFERRED);
    int known_stated = !(known->flags & FOUND_INFERRED);
    if (r_stated != known_stated) {
        return r_stated;
    }
    return r->confidence > known->confidence;
}

/* Keeps `r` unless an equal relation is known; then keeps the better one
 * (and its evidence) at the earlier position. */
static ent_status unique_add(unique_list *u, const found_relation *r) {
    if (u->count == u->capacity && unique_grow(u) != ENT_OK) {
        return ENT_ENOMEM;
    }
    size_t s = hash_of(r) & (u->slot_count - 1);
    while (u->slots[s] != 0) {
        found_relation *known = &u->items[u->slots[s] - 1];
        if (same_key(known, r)) {
            if (better(r, known)) {
                *known = *r;
            }
            return ENT_OK;
        }
        s = (s + 1) & (u->slot_count - 1);
    }
    u->items[u->count] = *r;
    u->slots[s] = ++u->count;
    return ENT_OK;
}

/* What the first pass keeps of the article: the sentences, the
 * relations their patterns found (the article's organization not yet
 * known), and how often and how early each organization is named. */
typedef struct {
    sentence where;
    size_t first, count; /* its relations in `found` */
} sentence_record;

typedef struct {
    sentence_record *sentences;
    size_t sentence_count, sentence_capacity;
    found_relation *found;
    size_t found_count, found_capacity;
    size_t *mentions, *first_named, order; /* per entity */
    attendance_pass attendance; /* what the sentences say of leaders */
    membership_pass membership; /* ... of states near membership words */
    absence_reader absences;    /* the polarity of clauses (absence.h) */
} article_pass;

/* Records one sentence and the relations found in it. */
static ent_status record_sentence(article_pass *a, sentence where,
                                  const finding_list *local) {
    if (!grow_array((void **)&a->sentences, &a->sentence_capacity,
                    a->sentence_count + 1, sizeof *a->sentences) ||
        !grow_array((void **)&a->found, &a->found_capacity,
                    a->found_count + local->count, sizeof *a->found)) {
        return ENT_ENOMEM;
    }
    sentence_record *r = &a->sentences[a->sentence_count++];
    r->where = where;
    r->first = a->found_count;
    r->count = local->count;
    if (local->count > 0) {
        memcpy(a->found + a->found_count, local->items,
               local->count * sizeof *local->items);
    }
    a->found_count += local->count;
    return ENT_OK;
}

/* Counts the organizations the sentence names and its mentions of
 * persons (*persons); returns how many mentions it has. */
static size_t count_mentions(article_pass *a, const ent_gazetteer_t *g,
                             const token *tokens, size_t count,
                             size_t *persons) {
    size_t mentions = 0;
    *persons = 0;
    for (size_t i = 0; i < count; i++) {
        if (tokens[i].kind != TOKEN_MENTION) {
            continue; /* only a mention's entity is set */
        }
        mentions++;
        size_t e = tokens[i].m.entity;
        *persons += g->entities[e].type == ENT_ENTITY_PERSON;
        if (g->entities[e].type == ENT_ENTITY_ORGANIZATION &&
            a->mentions[e]++ == 0) {
            a->first_named[e] = ++a->order;
        }
    }
    return mentions;
}

/* The organization named most often (first named on a tie), or
 * EXTRACT_EVENT when the article names none. */
static size_t focus_organization(const article_pass *a,
                                 const ent_gazetteer_t *g) {
    size_t focus = EXTRACT_EVENT;
    for (size_t e = 0; e < g->entity_count; e++) {
        if (a->mentions[e] > 0 &&
            (focus == EXTRACT_EVENT || a->mentions[e] > a->mentions[focus] ||
             (a->mentions[e] == a->mentions[focus] &&
              a->first_named[e] < a->first_named[focus]))) {
            focus = e;
        }
    }
    return focus;
}

/* The first pass: sentences, tokens and patterns, once over the text. */
static ent_status read_article(const compiled_patterns *patterns,
                               finding_list *local, const char *text,
                               size_t length, article_pass *a) {
    ent_status status = ENT_OK;
    token *tokens = NULL;
    uint16_t *ids = NULL; /* the word ids, then the cues, of the tokens */
    size_t count = 0, capacity = 0, id_capacity = 0, at = 0;
    sentence s;
    while (status == ENT_OK && text_next_sentence(text, length, &at, &s)) {
        status =
            text_tokenize_dated(local->gazetteer, local->filter, local->date,
                                text, s, &tokens, &count, &capacity);
        if (status == ENT_OK) {
            status = names_sentence(local->names, local, text, tokens, &count);
        }
        if (status == ENT_OK && capacity > id_capacity) {
            uint16_t *bigger = realloc(ids, 2 * capacity * sizeof *ids);
            status = bigger != NULL ? ENT_OK : ENT_ENOMEM;
            ids = bigger != NULL ? bigger : ids;
            id_capacity = bigger != NULL ? capacity : id_capacity;
        }
        local->count = 0;
        /* Every pattern binds a name: a sentence that names nobody and
         * nothing the gazetteer knows yields nothing, and its words are
         * not looked up. */
        size_t named = 0, persons = 0;
        uint16_t *cues = NULL;
        if (status == ENT_OK) {
            cues = ids + id_capacity;
            named =
                count_mentions(a, local->gazetteer, tokens, count, &persons);
            if (named > 0) {
                patterns_word_ids(patterns, text, tokens, count, s, ids, cues);
            }
            status = attendance_observe(&a->attendance, local->gazetteer,
                                        tokens, cues, count, persons, s);
        }
        if (status == ENT_OK) {
            status = membership_observe(&a->membership, local->gazetteer, text,
                                        tokens, count, s);
        }
        if (status == ENT_OK && named > 0) {
            status = patterns_apply(patterns, local, tokens, count, ids, s);
        }
        if (status == ENT_OK && named > 0) {
            status =
                absence_sentence(&a->absences, local, s, tokens, cues, count);
        }
        if (status == ENT_OK) {
            status = record_sentence(a, s, local);
        }
    }
    free(tokens);
    free(ids);
    return status;
}

/* The relations of sentence k, the article's organization put in. */
static ent_status sentence_findings(const article_pass *a, size_t k,
                                    finding_list *local) {
    const sentence_record *r = &a->sentences[k];
    /* an article with no finding has no array (no offset on NULL) */
    const found_relation *found = r->count > 0 ? a->found + r->first : NULL;
    local->count = 0;
    size_t pending = 0;
    for (size_t i = 0; i < r->count; i++) {
        pending += found[i].source == EXTRACT_PENDING_ORG ||
                   found[i].target == EXTRACT_PENDING_ORG;
    }
    if (pending == 0) {
        /* the list finding_add made in the first pass, as it was: added
         * again in its order, each finding would meet none it equals in
         * the window (it met none when it was added, and an item merged
         * into keeps its key), so it is copied at once */
        if (r->count > local->capacity &&
            !grow_array((void **)&local->items, &local->capacity, r->count,
                        sizeof *local->items)) {
            return ENT_ENOMEM;
        }
        if (r->count > 0) {
            memcpy(local->items, found, r->count * sizeof *found);
        }
        local->count = r->count;
        return ENT_OK;
    }
    for (size_t i = r->first; i < r->first + r->count; i++) {
        found_relation f = a->found[i];
        size_t *ends[2] = {&f.source, &f.target};
        int lost = 0;
        for (int e = 0; e < 2; e++) {
            if (*ends[e] == EXTRACT_PENDING_ORG) {
                *ends[e] = local->organization;
                lost |= local->organization == EXTRACT_EVENT;
            }
        }
        if (!lost && finding_add(local, &f) != ENT_OK) {
            return ENT_ENOMEM;
        }
    }
    return ENT_OK;
}

/* The index of the kept relation TYPE SOURCE TARGET, or SIZE_MAX. */
static size_t unique_find(const unique_list *u, const char *type, size_t source,
                          size_t target) {
    found_relation key = {0};
    key.type = type;
    key.source = source;
    key.target = target;
    if (u->slot_count == 0) {
        return SIZE_MAX;
    }
    size_t s = hash_of(&key) & (u->slot_count - 1);
    while (u->slots[s] != 0) {
        if (same_key(&u->items[u->slots[s] - 1], &key)) {
            return u->slots[s] - 1;
        }
        s = (s + 1) & (u->slot_count - 1);
    }
    return SIZE_MAX;
}

/* An inferred presence or absence of a state yields to the opposite one
 * the text states or infers otherwise: a president who stays away while
 * his premier attends leaves his state attending. The relations dropped
 * are explained; the list keeps its order. */
static ent_status settle_inferred(unique_list *u, finding_list *f,
                                  const ent_extract_options_t *options) {
    /* decide every relation against the whole list first: compacting
     * while looking up would move items under the index */
    for (size_t i = 0; i < u->count; i++) {
        found_relation *r = &u->items[i];
        int attends = r->type == extract_type_attends;
        int absent = r->type == extract_type_absent_from;
        size_t other = SIZE_MAX;
        if ((r->flags & FOUND_INFERRED) && (attends || absent)) {
            other = unique_find(
                u, attends ? extract_type_absent_from : extract_type_attends,
                r->source, r->target);
        }
        /* an inferred absence always yields; an inferred presence yields
         * to a stated absence only */
        if (other != SIZE_MAX &&
            (absent || !(u->items[other].flags & FOUND_INFERRED))) {
            r->rejected = REASON_CONFLICT;
            explain_finding(options, f, r);
        }
    }
    size_t kept = 0;
    for (size_t i = 0; i < u->count; i++) {
        if (u->items[i].rejected != REASON_CONFLICT) {
            u->items[kept++] = u->items[i];
        }
    }
    u->count = kept;
    /* rebuild the index over the compacted list */
    memset(u->slots, 0, u->slot_count * sizeof *u->slots);
    for (size_t i = 0; i < u->count; i++) {
        size_t s = hash_of(&u->items[i]) & (u->slot_count - 1);
        while (u->slots[s] != 0) {
            s = (s + 1) & (u->slot_count - 1);
        }
        u->slots[s] = i + 1;
    }
    return ENT_OK;
}

/* Keeps what a model drew (in f, after `status`) unless the draft has
 * it already; empties f. */
static ent_status keep_model_findings(ent_status status, finding_list *f,
                                      const ent_extract_options_t *options,
                                      unique_list *kept) {
    for (size_t i = 0; status == ENT_OK && i < f->count; i++) {
        const found_relation *r = &f->items[i];
        if (r->rejected == REASON_NONE &&
            r->confidence >= options->min_confidence &&
            unique_find(kept, r->type, r->source, r->target) == SIZE_MAX) {
            status = unique_add(kept, r);
        }
    }
    f->count = 0;
    return status;
}

/* The attendance model's decisions on what the rules kept: each person
 * it draws, and the state inferred from a head, join the draft unless
 * the rules already have that relation. */
static ent_status add_model_attendance(const attendance_pass *p,
                                       finding_list *f,
                                       const ent_extract_options_t *options,
                                       unique_list *kept, size_t host) {
    f->count = 0;
    ent_status status =
        attendance_decide(p, f, kept->items, kept->count, host, options);
    if (status == ENT_OK) {
        status = findings_check_and_infer(f);
        names_discount(f->names, f);
    }
    return keep_model_findings(status, f, options, kept);
}

/* The membership model's decisions on what the rules (and the
 * attendance model) kept: each pair it draws joins the draft unless the
 * rules already have it. */
static ent_status add_model_membership(const membership_pass *p,
                                       finding_list *f,
                                       const ent_extract_options_t *options,
                                       unique_list *kept) {
    f->count = 0;
    ent_status status =
        membership_decide(p, f, kept->items, kept->count, options);
    names_discount(f->names, f);
    return keep_model_findings(status, f, options, kept);
}

/* The dateline's host, drafted at the sentence that holds the line. */
static found_relation dateline_host(size_t state, sentence line) {
    found_relation r = {0};
    r.type = extract_type_hosts;
    r.source = state;
    r.target = EXTRACT_EVENT;
    r.confidence = DATELINE_CONFIDENCE;
    r.pattern = "{A:capital} - (a dateline or place line)";
    r.where = line;
    r.flags = FOUND_DATELINE;
    r.via = EXTRACT_EVENT;
    return r;
}

/* Keeps the dateline's host unless a sentence named another host. */
static ent_status keep_dateline(finding_list *f,
                                const ent_extract_options_t *options,
                                found_relation *host, unique_list *kept) {
    for (size_t i = 0; i < kept->count; i++) {
        if (kept->items[i].type == extract_type_hosts &&
            kept->items[i].source != host->source) {
            host->rejected = REASON_OTHER_HOST;
            explain_finding(options, f, host);
            return ENT_OK;
        }
    }
    return host->confidence >= options->min_confidence ? unique_add(kept, host)
                                                       : ENT_OK;
}

/* Reads the article once, then for each sentence checks what its
 * patterns found against the gazetteer, explains it when asked, and keeps
 * distinct relations at or above the confidence threshold. */
static ent_status find_relations(const compiled_patterns *patterns,
                                 finding_list *local, const char *text,
                                 size_t length,
                                 const ent_extract_options_t *options,
                                 unique_list *kept) {
    const ent_gazetteer_t *g = local->gazetteer;
    article_pass a = {0};
    block_reader blocks = {0};
    size_t host = 0, given = local->organization;
    sentence line;
    int dateline = dateline_find(g, text, length, &host, &line);
    found_relation by_dateline = dateline_host(host, line);
    ent_status status = ENT_OK;
    /* room for the persons the article may add (names.h) */
    size_t entities = g->entity_count + NAMES_MAX;
    a.mentions = calloc(entities + 1, sizeof *a.mentions);
    a.first_named = calloc(entities + 1, sizeof *a.first_named);
    if (a.mentions == NULL || a.first_named == NULL ||
        attendance_init(&a.attendance, entities) != ENT_OK) {
        status = ENT_ENOMEM;
        goto cleanup;
    }
    status = membership_init(&a.membership, entities);
    if (status != ENT_OK) {
        goto cleanup;
    }
    a.membership.article_year = local->date != NULL ? atoi(local->date) : 0;
    local->organization = given == EXTRACT_EVENT ? EXTRACT_PENDING_ORG : given;
    status = read_article(patterns, local, text, length, &a);
    local->organization =
        given == EXTRACT_EVENT ? focus_organization(&a, g) : given;
    for (size_t k = 0; status == ENT_OK && k < a.sentence_count; k++) {
        sentence s = a.sentences[k].where;
        status = sentence_findings(&a, k, local);
        if (status == ENT_OK) {
            status = blocks_sentence(&blocks, local, s);
        }
        if (status == ENT_OK) {
            status = findings_check_and_infer(local);
            names_discount(local->names, local);
        }
        if (status == ENT_OK && k + 1 < a.sentence_count) {
            status = stand_ins_after_absence(local, a.sentences[k + 1].where);
        }
        if (status == ENT_OK && dateline && line.start >= s.start &&
            line.start < s.end) {
            status = finding_add(local, &by_dateline);
        }
        for (size_t i = 0; status == ENT_OK && i < local->count; i++) {
            found_relation *r = &local->items[i];
            if (r->rejected == REASON_NONE &&
                r->confidence < options->min_confidence) {
                r->rejected = REASON_WEAK;
            }
            if (r->rejected == REASON_NONE && !(r->flags & FOUND_DATELINE)) {
                status = unique_add(kept, r);
            }
            attendance_note_finding(&a.attendance, r);
            membership_note_finding(&a.membership, r);
        }
        explain_sentence(options, local, k + 1, s);
    }
    if (status == ENT_OK) {
        status = add_model_attendance(&a.attendance, local, options, kept,
                                      dateline ? host : EXTRACT_EVENT);
    }
    if (status == ENT_OK) {
        status = add_model_membership(&a.membership, local, options, kept);
    }
    local->count = 0;
    if (status == ENT_OK && kept->slot_count > 0) {
        status = settle_inferred(kept, local, options);
    }
    if (status == ENT_OK && dateline) {
        status = keep_dateline(local, options, &by_dateline, kept);
    }
cleanup:
    blocks_release(&blocks);
    absence_release(&a.absences);
    free(a.sentences);
    free(a.found);
    free(a.mentions);
    free(a.first_named);
    attendance_release(&a.attendance);
    membership_release(&a.membership);
    return status;
}

/* Options checked against the gazetteer before any work. */
static ent_status check_options(const ent_gazetteer_t *g,
                                const ent_extract_options_t *o,
                                size_t *organization, ent_diag_list_t *diags) {
    *organization = EXTRACT_EVENT;
    if (o->date != NULL && !ent_date_is_valid(o->date)) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "--date expects YYYY-MM-DD, YYYY-MM or YYYY, not '%s'",
                     o->date);
        return ENT_EUSAGE;
    }
    if (o->min_confidence < 0 || o->min_confidence > 1) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "--min-confidence expects a number from 0 to 1");
        return ENT_EUSAGE;
    }
    if (o->organization == NULL) {
        return ENT_OK;
    }
    for (size_t e = 0; e < g->entity_count; e++) {
        if (strcmp(g->entities[e].id, o->organization) == 0 &&
            g->entities[e].type == ENT_ENTITY_ORGANIZATION) {
            *organization = e;
            return ENT_OK;
        }
    }
    ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                 "--organization: the gazetteer has no organization '%s'",
                 o->organization);
    return ENT_EUSAGE;
}

ent_status ent_extract_buffer(ent_snapshot_t **snapshot, const char *text,
                              size_t length, const char *path,
                              const ent_gazetteer_t *gazetteer,
                              const ent_extract_options_t *options,
                              ent_diag_list_t *diags) {
    ent_status status = ENT_OK;
    /* the gazetteer's, prepared at its load (gazetteer_prepare); the
     * rules are compiled here only when they did not compile there */
    const compiled_patterns *patterns = gazetteer->patterns;
    compiled_patterns *own_patterns = NULL;
    unique_list kept = {0};
    finding_list findings = {0};
    names_table *names = NULL;
    ent_extract_options_t defaults;
    *snapshot = NULL;
    if (options == NULL) {
        ent_extract_options_init(&defaults);
        options = &defaults;
    }
    if (length > ENT_EXTRACT_MAX_SIZE) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, path, 0, 0, NULL,
                     "article larger than the limit of %zu MiB",
                     ENT_EXTRACT_MAX_SIZE / (1024 * 1024));
        return ENT_EINPUT;
    }
    status = check_options(gazetteer, options, &findings.organization, diags);
    if (status == ENT_OK) {
        status = text_check_utf8(text, length, path, diags);
    }
    if (status == ENT_OK && patterns == NULL) {
        const char *bad = NULL;
        status = patterns_compile(&own_patterns, &bad);
        patterns = own_patterns;
        if (status == ENT_EINTERNAL) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "internal error: the pattern \"%s\" does not "
                         "compile",
                         bad ? bad : "?");
        }
    }
    if (status != ENT_OK) {
        goto cleanup;
    }
    findings.covered = calloc(patterns->rule_count, sizeof *findings.covered);
    findings.any_alive = patterns_any_scratch(patterns);
    findings.lists = patterns_list_cache_new();
    findings.reach = patterns_reach_scratch(patterns);
    findings.roles = patterns_role_memo_new();
    names = malloc(sizeof *names);
    if (names != NULL) {
        names_init(names, gazetteer, options);
    }
    findings.names = names;
    if (names == NULL || findings.covered == NULL ||
        findings.any_alive == NULL || findings.lists == NULL ||
        findings.reach == NULL || findings.roles == NULL) {
        status = ENT_ENOMEM;
        goto cleanup;
    }
    findings.filter = gazetteer->filter;
    findings.gazetteer = gazetteer;
    findings.text = text;
    findings.date = options->date;
    status = find_relations(patterns, &findings, text, length, options, &kept);
    if (status == ENT_OK) {
        status =
            extract_build_snapshot(snapshot, findings.gazetteer, kept.items,
                                   kept.count, text, path, options, diags);
    }
cleanup:
    patterns_release(own_patterns);
    free(findings.items);
    free(findings.covered);
    free(findings.any_alive);
    free(findings.lists);
    free(findings.reach);
    free(findings.roles);
    free(findings.class_counts);
    if (names != NULL) {
        names_release(names);
        free(names);
    }
    free(kept.items);
    free(kept.slots);
    return status;
}

ent_status ent_extract_file(ent_snapshot_t **snapshot, const char *path,
                            const ent_gazetteer_t *gazetteer,
                            const ent_extract_options_t *options,
                            ent_diag_list_t *diags) {
    char *data = NULL;
    size_t length = 0;
    *snapshot = NULL;
    ent_status status =
        ent_file_read(path, ENT_EXTRACT_MAX_SIZE, &data, &length, diags);
    if (status == ENT_OK) {
        status = ent_extract_buffer(snapshot, data, length, path, gazetteer,
                                    options, diags);
    }
    free(data);
    return status;
}
