/*
 * ent_extract_*: article in, draft snapshot out. Two linear passes over
 * the sentences: the first finds the organization the article is about
 * (the one it names most), the second applies the patterns. Relations
 * found more than once are kept once, at their first sentence, with the
 * highest confidence any sentence gave them; the output follows article
 * order, so the same article always gives the same bytes.
 */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "entente/io.h"
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
    return strcmp(type, "border_risk") == 0;
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
    return strcmp(x->type, y->type) == 0 && xa == ya && xb == yb;
}

static size_t hash_of(const found_relation *r) {
    size_t a, b;
    key_of(r, &a, &b);
    uint64_t h = 1469598103934665603u;
    for (const char *p = r->type; *p; p++) {
        h = (h ^ (unsigned char)*p) * 1099511628211u;
    }
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

/* The organization named most often (first named on a tie), or
 * EXTRACT_EVENT when the article names none. */
static ent_status focus_organization(const ent_gazetteer_t *g, const char *text,
                                     size_t length, size_t *focus) {
    ent_status status = ENT_OK;
    size_t *counts = calloc(g->entity_count + 1, sizeof *counts);
    size_t *first = calloc(g->entity_count + 1, sizeof *first);
    token *tokens = NULL;
    size_t count = 0, capacity = 0, at = 0, order = 0;
    sentence s;
    *focus = EXTRACT_EVENT;
    if (counts == NULL || first == NULL) {
        status = ENT_ENOMEM;
        goto cleanup;
    }
    while (text_next_sentence(text, length, &at, &s)) {
        status = text_tokenize(g, text, s, &tokens, &count, &capacity);
        if (status != ENT_OK) {
            goto cleanup;
        }
        for (size_t i = 0; i < count; i++) {
            size_t e = tokens[i].m.entity;
            if (tokens[i].kind == TOKEN_MENTION &&
                g->entities[e].type == ENT_ENTITY_ORGANIZATION) {
                if (counts[e]++ == 0) {
                    first[e] = ++order;
                }
            }
        }
    }
    for (size_t e = 0; e < g->entity_count; e++) {
        if (counts[e] > 0 &&
            (*focus == EXTRACT_EVENT || counts[e] > counts[*focus] ||
             (counts[e] == counts[*focus] && first[e] < first[*focus]))) {
            *focus = e;
        }
    }
cleanup:
    free(counts);
    free(first);
    free(tokens);
    return status;
}

/* The dateline's host, drafted at the sentence that holds the line. */
static found_relation dateline_host(size_t state, sentence line) {
    found_relation r = {0};
    r.type = "hosts";
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
        if (strcmp(kept->items[i].type, "hosts") == 0 &&
            kept->items[i].source != host->source) {
            host->rejected = REASON_OTHER_HOST;
            explain_finding(options, f, host);
            return ENT_OK;
        }
    }
    return host->confidence >= options->min_confidence ? unique_add(kept, host)
                                                       : ENT_OK;
}

/* Applies the patterns to every sentence, checks what they found against
 * the gazetteer, explains it when asked, and keeps distinct relations at
 * or above the confidence threshold. */
static ent_status find_relations(const compiled_patterns *patterns,
                                 finding_list *findings, const char *text,
                                 size_t length,
                                 const ent_extract_options_t *options,
                                 unique_list *kept) {
    ent_status status = ENT_OK;
    token *tokens = NULL;
    uint16_t *ids = NULL;
    size_t count = 0, capacity = 0, id_capacity = 0, at = 0, number = 0;
    size_t host = 0;
    sentence s, line;
    int dateline =
        dateline_find(findings->gazetteer, text, length, &host, &line);
    found_relation by_dateline = dateline_host(host, line);
    while (status == ENT_OK && text_next_sentence(text, length, &at, &s)) {
        status = text_tokenize(findings->gazetteer, text, s, &tokens, &count,
                               &capacity);
        if (status == ENT_OK && capacity > id_capacity) {
            uint16_t *bigger = realloc(ids, capacity * sizeof *ids);
            status = bigger != NULL ? ENT_OK : ENT_ENOMEM;
            ids = bigger != NULL ? bigger : ids;
            id_capacity = bigger != NULL ? capacity : id_capacity;
        }
        findings->count = 0;
        if (status == ENT_OK) {
            status = patterns_apply(patterns, findings, tokens, count, ids, s);
        }
        if (status == ENT_OK) {
            status = findings_check_and_infer(findings);
        }
        if (status == ENT_OK && dateline && line.start >= s.start &&
            line.start < s.end) {
            status = finding_add(findings, &by_dateline);
        }
        for (size_t i = 0; status == ENT_OK && i < findings->count; i++) {
            found_relation *r = &findings->items[i];
            if (r->rejected == REASON_NONE &&
                r->confidence < options->min_confidence) {
                r->rejected = REASON_WEAK;
            }
            if (r->rejected == REASON_NONE && !(r->flags & FOUND_DATELINE)) {
                status = unique_add(kept, r);
            }
        }
        explain_sentence(options, findings, ++number, s);
    }
    if (status == ENT_OK && dateline) {
        findings->count = 0;
        status = keep_dateline(findings, options, &by_dateline, kept);
    }
    free(tokens);
    free(ids);
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
    compiled_patterns *patterns = NULL;
    unique_list kept = {0};
    finding_list findings = {0};
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
        status = text_check_article(text, length, path, diags);
    }
    if (status == ENT_OK && findings.organization == EXTRACT_EVENT) {
        status =
            focus_organization(gazetteer, text, length, &findings.organization);
    }
    if (status == ENT_OK) {
        const char *bad = NULL;
        status = patterns_compile(&patterns, &bad);
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
    if (findings.covered == NULL) {
        status = ENT_ENOMEM;
        goto cleanup;
    }
    findings.gazetteer = gazetteer;
    findings.text = text;
    findings.date = options->date;
    status = find_relations(patterns, &findings, text, length, options, &kept);
    if (status == ENT_OK) {
        status = extract_build_snapshot(snapshot, gazetteer, kept.items,
                                        kept.count, text, path, options, diags);
    }
cleanup:
    patterns_release(patterns);
    free(findings.items);
    free(findings.covered);
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
