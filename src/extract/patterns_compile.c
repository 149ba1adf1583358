/*
 * Compiling the pattern table of rules.c: each pattern becomes a list of
 * elements, each word alternative an id in one vocabulary, and each rule
 * is filed under what its first element needs (a word, an entity type, or
 * anything), so that the matcher tries a token only against the rules
 * that can start there. Done once per extraction; its cost depends on the
 * table only.
 */
#include <stdlib.h>
#include <string.h>

#include "common/buffer.h"
#include "extract/attendance_model.h"
#include "extract/patterns_internal.h"

#define TABLE_SIZE 2048 /* a power of two, well above the vocabulary */

uint16_t patterns_word_id(const compiled_patterns *p, const char *text,
                          size_t length) {
    return patterns_word_id_hashed(p, text_word_hash(text, length), text,
                                   length);
}

/* The id of a pattern word (lower case), added when new; WORD_UNKNOWN
 * when out of memory or the vocabulary is full. */
static uint16_t intern(compiled_patterns *p, const char *text, size_t length) {
    uint16_t known = patterns_word_id(p, text, length);
    if (known != WORD_UNKNOWN || length == 0 || length > UINT8_MAX ||
        p->word_count >= p->table_size / 2) {
        return known;
    }
    if (p->word_count == p->word_capacity) {
        size_t grown = p->word_capacity ? p->word_capacity * 2 : 256;
        const char **words = realloc(p->words, grown * sizeof *words);
        if (words == NULL) {
            p->out_of_memory = 1;
            return WORD_UNKNOWN;
        }
        p->words = words;
        uint8_t *lengths = realloc(p->word_lengths, grown * sizeof *lengths);
        if (lengths == NULL) {
            p->out_of_memory = 1;
            return WORD_UNKNOWN;
        }
        p->word_lengths = lengths;
        p->word_capacity = grown;
    }
    uint32_t hash = text_word_hash(text, length);
    size_t slot = hash & (p->table_size - 1);
    while (p->table[slot].id != 0) {
        slot = (slot + 1) & (p->table_size - 1);
    }
    p->words[p->word_count] = text;
    p->word_lengths[p->word_count] = (uint8_t)length;
    p->table[slot].hash = hash;
    p->table[slot].id = (uint32_t)++p->word_count;
    return (uint16_t)(p->word_count - 1);
}

static int pool_push(compiled_patterns *p, uint16_t id) {
    if (!grow_array((void **)&p->pool, &p->pool_capacity, p->pool_count + 1,
                    sizeof *p->pool)) {
        p->out_of_memory = 1;
        return 0;
    }
    p->pool[p->pool_count++] = id;
    return 1;
}

/* Interns the "a|b|c" alternatives of a word element. */
static int compile_word(compiled_patterns *p, const char *text, size_t length,
                        element *e) {
    e->kind = EL_WORD;
    e->ids_at = (uint32_t)p->pool_count;
    e->id_count = 0;
    e->id_bits = 0;
    for (size_t at = 0; at <= length;) {
        size_t end = at;
        while (end < length && text[end] != '|') {
            end++;
        }
        uint16_t id = intern(p, text + at, end - at);
        if (id == WORD_UNKNOWN || !pool_push(p, id)) {
            return 0;
        }
        e->id_count++;
        e->id_bits |= UINT64_C(1) << (id & 63);
        at = end + 1;
    }
    return 1;
}

/* Parses "{A:state/person'+}" at text[0..length). */
static int compile_slot(const char *text, size_t length, element *e) {
    if (length < 5 || text[2] != ':' || text[length - 1] != '}') {
        return 0;
    }
    const char *spec = text + 3;
    size_t n = length - 4;
    if (text[1] == 'R' && n == 4 && memcmp(spec, "role", 4) == 0) {
        e->kind = EL_ROLE;
        return 1;
    }
    if (text[1] == 'T' && n == 4 && memcmp(spec, "year", 4) == 0) {
        e->kind = EL_YEAR;
        return 1;
    }
    if (text[1] != 'A' && text[1] != 'B') {
        return 0;
    }
    e->kind = EL_SLOT;
    e->var = text[1] - 'A';
    /* {A:earlier-person}, {A:earlier-state}: "the head of state", "the
     * country's" */
    if (n > 8 && memcmp(spec, "earlier-", 8) == 0) {
        e->kind = EL_EARLIER;
        spec += 8;
        n -= 8;
    }
    while (n > 0 && (spec[n - 1] == '+' || spec[n - 1] == '\'')) {
        if (spec[n - 1] == '+') {
            e->list = 1;
        } else {
            e->possessive = 1;
        }
        n--;
    }
    static const struct {
        const char *name;
        ent_entity_type type;
    } names[] = {{"state", ENT_ENTITY_STATE},
                 {"org", ENT_ENTITY_ORGANIZATION},
                 {"person", ENT_ENTITY_PERSON},
                 {"group", ENT_ENTITY_GROUP}};
    for (size_t at = 0; at < n;) {
        size_t end = at;
        while (end < n && spec[end] != '/') {
            end++;
        }
        size_t k = 0;
        while (k < 4 && (strlen(names[k].name) != end - at ||
                         memcmp(names[k].name, spec + at, end - at) != 0)) {
            k++;
        }
        if (k == 4) {
            return 0;
        }
        e->types |= ent_entity_type_bit(names[k].type);
        at = end + 1;
    }
    return e->types != 0;
}

static int compile_element(compiled_patterns *p, const char *text,
                           size_t length, element *e) {
    memset(e, 0, sizeof *e);
    if (length > 1 && text[length - 1] == '?' && text[0] != '{') {
        e->optional = 1;
        length--;
    }
    e->text = text;
    e->length = length;
    if (text[0] == '{') {
        return compile_slot(text, length, e);
    }
    if ((length == 3 && memcmp(text, "...", 3) == 0) ||
        (length == 1 && text[0] == '~')) {
        e->kind = EL_GAP;
        e->clause = text[0] == '~';
        return 1;
    }
    if (length == 1 && text[0] == '-') {
        e->kind = EL_DASH;
        return 1;
    }
    if (length == 1 && text[0] == '$') {
        e->kind = EL_END;
        return 1;
    }
    if (strspn(text, ",():;.|$") >= length) {
        e->kind = EL_PUNCT; /* ",|.|;" alternatives */
        e->at_end = memchr(text, '$', length) != NULL;
        return 1;
    }
    return compile_word(p, text, length, e);
}

/* The commonest words of English: an anchor on one would rule out few
 * sentences. */
#define COMMON_WORDS 24
typedef struct {
    uint16_t ids[COMMON_WORDS];
    size_t count;
} common_words;

/* The ids of the common words the patterns name (looked up once all the
 * rules are compiled: a word no rule names is in no element). */
static void find_common_words(const compiled_patterns *p, common_words *out) {
    static const char *const common[COMMON_WORDS] = {
        "the",  "of",   "a",   "an",   "in",   "is",    "are", "was",
        "were", "to",   "and", "or",   "by",   "at",    "for", "on",
        "with", "will", "has", "have", "that", "which", "as",  "from"};
    out->count = 0;
    for (size_t k = 0; k < COMMON_WORDS; k++) {
        uint16_t id = patterns_word_id(p, common[k], strlen(common[k]));
        if (id != WORD_UNKNOWN) {
            out->ids[out->count++] = id;
        }
    }
}

/* 1 when one of the element's words is a common word. */
static int has_common_word(const compiled_patterns *p, const element *e,
                           const common_words *common) {
    for (size_t k = 0; k < common->count; k++) {
        if (element_has_id(p, e, common->ids[k])) {
            return 1;
        }
    }
    return 0;
}

/* The anchor: the first required word element after the first element
 * without a common word, else the last required one, else none. */
static void choose_anchor(const compiled_patterns *p, compiled_rule *out,
                          const common_words *common) {
    out->anchor = -1;
    for (size_t k = 1; k < out->count; k++) {
        const element *e = &out->items[k];
        if (e->kind != EL_WORD || e->optional) {
            continue;
        }
        if (!has_common_word(p, e, common)) {
            out->anchor = (int)k;
            return;
        }
        out->anchor = (int)k;
    }
}

/* 1 when the rule itself says "not" (an absence), so that a negation in
 * its match is its meaning, not a reason to drop it. */
static int rule_negates(const compiled_patterns *p, const compiled_rule *r) {
    for (size_t k = 0; k < r->count; k++) {
        const element *e = &r->items[k];
        if (e->kind != EL_WORD) {
            continue;
        }
        for (uint16_t a = 0; a < e->id_count; a++) {
            if (element_has_id(p, &p->classes[CLASS_NEGATION],
                               p->pool[e->ids_at + a])) {
                return 1;
            }
        }
    }
    return 0;
}

/* Calls visit(p, word, length, cue) for every cue word of the attendance
 * model; 0 as soon as a call returns 0. */
static int each_cue_word(compiled_patterns *p,
                         int (*visit)(compiled_patterns *, const char *, size_t,
                                      uint16_t)) {
    const char *w;
    uint16_t cue;
    for (size_t k = 0; (w = attendance_cue_words(k, &cue)) != NULL; k++) {
        while (*w) {
            size_t n = strcspn(w, " ");
            if (!visit(p, w, n, cue)) {
                return 0;
            }
            w += n;
            w += *w == ' ';
        }
    }
    return 1;
}

static int intern_cue(compiled_patterns *p, const char *word, size_t n,
                      uint16_t cue) {
    (void)cue;
    return intern(p, word, n) != WORD_UNKNOWN;
}

static int note_cue(compiled_patterns *p, const char *word, size_t n,
                    uint16_t cue) {
    p->word_cues[patterns_word_id(p, word, n)] |= cue;
    return 1;
}

/* The attendance model's cue words join the vocabulary after the
 * patterns' words (so that the matcher's ids and anchors stay as they
 * are), each id with its cue classes: the model reads a token's classes
 * from the one lookup the matcher makes, exact, not by hash. 0 when the
 * vocabulary is full (a bug of the tables) or out of memory. */
static int intern_cue_words(compiled_patterns *p) {
    p->pattern_words = p->word_count;
    if (!each_cue_word(p, intern_cue)) {
        return 0;
    }
    p->word_cues = calloc(p->word_count + 1, sizeof *p->word_cues);
    if (p->word_cues == NULL) {
        p->out_of_memory = 1;
        return 0;
    }
    return each_cue_word(p, note_cue);
}

/* 1 when the rule binds A and B at most once each: the matcher puts
 * back only the counts of a failed trial's bindings (patterns.c). */
static int binds_once(const compiled_rule *r) {
    int seen[2] = {0, 0};
    for (size_t k = 0; k < r->count; k++) {
        const element *e = &r->items[k];
        if ((e->kind == EL_SLOT || e->kind == EL_EARLIER) && seen[e->var]++) {
            return 0;
        }
    }
    return 1;
}

static int compile_rule(compiled_patterns *p, const char *pattern,
                        compiled_rule *out) {
    out->count = 0;
    for (const char *at = pattern; *at;) {
        while (*at == ' ') {
            at++;
        }
        if (*at == '\0') {
            break;
        }
        const char *end = at;
        while (*end && *end != ' ') {
            end++;
        }
        if (out->count == MAX_ELEMENTS ||
            !compile_element(p, at, (size_t)(end - at),
                             &out->items[out->count++])) {
            return 0;
        }
        at = end;
    }
    out->negates = rule_negates(p, out);
    /* Anchored on a real element: a leading gap would only cost time. */
    return out->count > 0 && out->items[0].kind != EL_GAP &&
           !out->items[0].optional && binds_once(out);
}

static int compile_role(compiled_patterns *p, const char *words,
                        compiled_role *out) {
    out->count = 0;
    while (*words) {
        size_t n = strcspn(words, " ");
        if (out->count == MAX_ROLE_WORDS) {
            return 0;
        }
        uint16_t id =
            n == 1 && words[0] == '-' ? WORD_DASH : intern(p, words, n);
        if (id == WORD_UNKNOWN) {
            return 0;
        }
        out->ids[out->count++] = id;
        words += n;
        words += *words == ' ';
    }
    return out->count > 0 && out->ids[0] != WORD_DASH;
}

static int compile_classes(compiled_patterns *p) {
    static const char *const classes[CLASS_COUNT] = {
        [CLASS_AND_OR] = "and|or",
        [CLASS_AS] = "as",
        [CLASS_WELL] = "well",
        [CLASS_QUALIFIER] = "acting|of|the|his|her|former|incumbent|newly|"
                            "elected|deputy|vice|interim|transitional|"
                            "transition|military|junta|president|prime|"
                            "minister|chairman|chairwoman|chair|leader|"
                            "secretary|general|emir|king|head",
        [CLASS_NEGATION] = "not|never|no|without|neither|nor|didn't|doesn't|"
                           "don't|wasn't|weren't|isn't|aren't|won't|"
                           "wouldn't|couldn't|didn|doesn|wasn|weren|isn|"
                           "aren|wouldn|couldn",
        [CLASS_HEDGE] = "may|might|could|reportedly|possibly|perhaps|"
                        "rumoured|rumored|unconfirmed|invited|hopes|hoped|"
                        "hoping|considering|mulling|uncertain|unclear",
        [CLASS_PLAN] = "expected|likely|planned|plans|plan|scheduled|due|"
                       "set|slated|intends",
        [CLASS_ARTICLE] = "the",
        /* not "year's" alone: "this year's summit" is this one ("next
         * year's" has "next"); nor "years' time", whose closing
         * apostrophe no word token keeps (text.c, over_apostrophes) */
        /* a habit is no statement of this one: "who was usually keen to
         * attend the summits", "has typically sent ministers" */
        [CLASS_OTHER_EVENT] = "previous|last|next|past|preceding|ahead|"
                              "usually|often|typically|traditionally|"
                              "customarily|habitually|historically",
        [CLASS_FORMER] = "former|ex",
    };
    for (int c = 0; c < CLASS_COUNT; c++) {
        const char *words =
            classes[c] != NULL ? classes[c] : scope_class_words((word_class)c);
        if (!compile_word(p, words, strlen(words), &p->classes[c])) {
            return 0;
        }
    }
    return 1;
}

/* Files rule r under every key its first element accepts; a rule that
 * opens with a name is filed by follow_index_build. */
static void file_rule(const compiled_patterns *p, size_t r, rule_index *words,
                      uint32_t *anywhere, size_t *anywhere_count) {
    const element *e = &p->rules[r].items[0];
    if (e->kind == EL_WORD) {
        for (uint16_t k = 0; k < e->id_count; k++) {
            rule_index_file(words, p->pool[e->ids_at + k], r);
        }
    } else if (e->kind == EL_ROLE) {
        for (size_t k = 0; k < extract_role_count; k++) {
            uint32_t key = p->roles[k].ids[0];
            /* a role starting with a word another role also starts with
             * is filed once */
            size_t prior = 0;
            while (prior < k && p->roles[prior].ids[0] != key) {
                prior++;
            }
            if (prior == k) {
                rule_index_file(words, key, r);
            }
        }
    } else if (e->kind != EL_SLOT) {
        if (anywhere != NULL) {
            anywhere[*anywhere_count] = (uint32_t)r;
        }
        (*anywhere_count)++;
    }
}

size_t rule_index_prefix_sums(rule_index *index) {
    size_t total = 0;
    for (size_t k = 0; k <= index->count; k++) {
        size_t n = index->starts[k];
        index->starts[k] = (uint32_t)total;
        total += n;
    }
    return total;
}

void rule_index_restore_starts(rule_index *index) {
    for (size_t k = index->count; k > 0; k--) {
        index->starts[k] = index->starts[k - 1];
    }
    index->starts[0] = 0;
}

static int build_word_classes(compiled_patterns *p) {
    p->word_classes = calloc(p->word_count + 1, sizeof *p->word_classes);
    if (p->word_classes == NULL) {
        return 0;
    }
    for (int c = 0; c < CLASS_COUNT; c++) {
        const element *e = &p->classes[c];
        for (uint16_t k = 0; k < e->id_count; k++) {
            p->word_classes[p->pool[e->ids_at + k]] |= (uint16_t)(1u << c);
        }
    }
    for (size_t r = 0; r < extract_role_count; r++) {
        if (p->roles[r].ids[0] < WORD_DASH) {
            p->word_classes[p->roles[r].ids[0]] |= (uint16_t)WORD_OPENS_ROLE;
        }
    }
    return 1;
}

/* p->word_packed: each word of up to 8 bytes packed as folded_8 reads a
 * token (the vocabulary is in small letters). */
static int pack_words(compiled_patterns *p) {
    p->word_packed = calloc(p->word_count + 1, sizeof *p->word_packed);
    if (p->word_packed == NULL) {
        return 0;
    }
    for (size_t w = 0; w < p->word_count; w++) {
        uint64_t packed = 0;
        for (size_t k = p->word_lengths[w]; k <= 8 && k-- > 0;) {
            packed = packed << 8 | (unsigned char)p->words[w][k];
        }
        p->word_packed[w] = packed;
    }
    return 1;
}

static int build_indices(compiled_patterns *p) {
    rule_index *words = &p->by_word;
    words->count = p->word_count;
    words->starts = calloc(words->count + 1, sizeof *words->starts);
    if (words->starts == NULL || !follow_index_build(p)) {
        return 0;
    }
    size_t anywhere = 0;
    for (size_t r = 0; r < p->rule_count; r++) {
        file_rule(p, r, words, NULL, &anywhere);
    }
    words->rules =
        malloc((rule_index_prefix_sums(words) + 1) * sizeof *words->rules);
    p->anywhere = malloc((anywhere + 1) * sizeof *p->anywhere);
    if (words->rules == NULL || p->anywhere == NULL) {
        return 0;
    }
    for (size_t r = 0; r < p->rule_count; r++) {
        file_rule(p, r, words, p->anywhere, &p->anywhere_count);
    }
    rule_index_restore_starts(words);
    return build_word_classes(p) && needs_build(p) && pack_words(p);
}

ent_status patterns_compile(compiled_patterns **patterns, const char **bad) {
    compiled_patterns *p = calloc(1, sizeof *p);
    *patterns = NULL;
    *bad = NULL;
    if (p == NULL) {
        return ENT_ENOMEM;
    }
    p->table_size = TABLE_SIZE;
    p->table = calloc(p->table_size, sizeof *p->table);
    size_t n;
    for (size_t t = 0; extract_rule_table(t, &n) != NULL; t++) {
        p->rule_count += n;
    }
    p->rules = calloc(p->rule_count, sizeof *p->rules);
    p->roles = calloc(extract_role_count, sizeof *p->roles);
    if (p->table == NULL || p->rules == NULL || p->roles == NULL) {
        patterns_release(p);
        return ENT_ENOMEM;
    }
    int ok = compile_classes(p);
    const rule *rows;
    size_t r = 0;
    for (size_t t = 0; ok && (rows = extract_rule_table(t, &n)) != NULL; t++) {
        for (size_t i = 0; ok && i < n; i++, r++) {
            p->rules[r].row = &rows[i];
            ok = compile_rule(p, rows[i].pattern, &p->rules[r]) &&
                 patterns_intern_types(p, &rows[i], &p->rules[r]);
            *bad = ok ? NULL : rows[i].pattern;
        }
    }
    for (size_t i = 0; ok && i < extract_role_count; i++) {
        ok = compile_role(p, extract_roles[i].words, &p->roles[i]);
        *bad = ok ? NULL : extract_roles[i].words;
    }
    if (ok) {
        common_words common;
        find_common_words(p, &common);
        for (size_t k = 0; k < p->rule_count; k++) {
            choose_anchor(p, &p->rules[k], &common);
        }
        ok = intern_cue_words(p);
    }
    if (!ok || !build_indices(p)) {
        /* A malformed table is a bug; memory may also have run out. */
        ent_status status = ok || p->out_of_memory ? ENT_ENOMEM : ENT_EINTERNAL;
        patterns_release(p);
        return status;
    }
    *patterns = p;
    return ENT_OK;
}

void patterns_release(compiled_patterns *p) {
    if (p == NULL) {
        return;
    }
    free(p->rules);
    free(p->roles);
    free(p->words);
    free(p->word_lengths);
    free(p->word_packed);
    free(p->table);
    free(p->pool);
    free(p->by_word.starts);
    free(p->by_word.rules);
    free(p->by_word.anchors);
    free(p->follow.starts);
    free(p->follow.rules);
    free(p->follow.anchors);
    free(p->follow_any.starts);
    free(p->follow_any.rules);
    free(p->follow_any.anchors);
    free(p->any_by_word.starts);
    free(p->any_by_word.rules);
    free(p->any_always);
    free(p->anchor_slots);
    free(p->word_classes);
    free(p->word_cues);
    free(p->anywhere);
    free(p->needs);
    free(p->rule_needs);
    free(p->need_starts);
    free(p->needs_by_word.starts);
    free(p->needs_by_word.rules);
    free(p->name_needs);
    free(p);
}
