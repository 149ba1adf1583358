/*
 * How far a general rule reads (rules_cues.c): a clause gap "~" stops at
 * a clause break or at another name, so that a cue ("attended") governs
 * only the list of names next to it; the words that deny what a rule
 * would draw ("withdrew", "applied", "partner countries"; "invited A to
 * attend"); and the words a list item may hold ("the leaders of observer
 * states Hungary"). Each set of words is a word class of the compiled
 * patterns (patterns_compile.c), so that testing a token is one bit.
 */
#include <string.h>

#include "common/buffer.h"

#include "extract/rules_common.h"

const char *scope_class_words(word_class c) {
    switch (c) {
    case CLASS_CLAUSE_BREAK:
        /* words that open another clause ("while", "that will"), move
         * the talk away from the summit itself ("on the sidelines",
         * "ahead of", "every summit since"), or turn presence into
         * absence ("refused to take part", "instead of") */
        return "while|but|whereas|although|though|however|meanwhile|"
               "sidelines|bilateral|that|ahead|refused|declined|failed|"
               "unable|skipped|skip|boycotted|instead|absent|absence|"
               "without|except|apart|every|each|since|against|cancelled|"
               "canceled|postponed|rather";
    case CLASS_NOT_MEMBER:
        /* a withdrawal, a former membership, an application or
         * candidacy, a partnership or dialogue short of membership,
         * considering or hoping to join; a suspended or frozen
         * membership is still one
         * (tests/extract/README.md) */
        return "withdrew|withdrawn|withdrawal|withdraw|withdrawing|left|"
               "quit|exited|exit|former|formerly|ex|applied|applicant|"
               "applicants|application|applications|candidate|candidates|"
               "aspiring|aspirant|prospective|seeking|seeks|sought|bid|"
               "wants|partner|partners|partnership|dialogue|expelled|"
               "expulsion|wishes|non|considering|consider|considers|hopes|"
               "hoping|intends|aspires|mulling|potential|possible|eventual|"
               "future|eligible";
    case CLASS_OBJECT_VERB:
        /* verbs whose object is the names after them, not who attends:
         * "invited A to attend", "urged B to take part" */
        return "invited|invite|invites|invitation|urged|urge|urges|asked|"
               "ask|asks|called|calls|pressed|pressured|persuade|persuaded|"
               "convince|convinced|wants|wanted|want|allowed|allow|barred|"
               "banned|expects|expect|hopes|hoped|encouraged|encourage";
    case CLASS_GROUP:
        /* who stands for states, inside a list item */
        return "leaders|leader|presidents|heads|head|observer|observers|"
               "member|members|states|state|government|countries|nations|"
               "delegations|representatives|partner|partners|counterpart|"
               "counterparts";
    case CLASS_REGION:
        /* before a state's name, a region or an entity the gazetteer
         * lacks ("North Cyprus"), not the state */
        return "north|northern|south|southern|east|eastern|west|western|"
               "central";
    default:
        return NULL;
    }
}

/* The classes class_between counts, and their bits in word_classes. */
static const word_class counted_classes[] = {CLASS_NEGATION, CLASS_OTHER_EVENT,
                                             CLASS_HEDGE, CLASS_PLAN,
                                             CLASS_NOT_MEMBER};
#define COUNTED_CLASSES (sizeof counted_classes / sizeof *counted_classes)
#define COUNTED_MASK                                                           \
    (1u << CLASS_NEGATION | 1u << CLASS_OTHER_EVENT | 1u << CLASS_HEDGE |      \
     1u << CLASS_PLAN | 1u << CLASS_NOT_MEMBER)

/* 1 when token k is the "could" of "could not attend | participate |
 * come | travel | join | make it | take part": a past inability is
 * reported, not guessed; "could not confirm", "could not rule out" stay
 * hedges. */
static int reported_could(const sentence_tokens *s, size_t k) {
    static const char *const verbs[] = {
        "attend", "participate", "come", "travel", "join", "make", "take"};
    if (k + 2 >= s->count ||
        !token_is_word(s->text, &s->tokens[k], "could", 5, 0) ||
        !token_is_word(s->text, &s->tokens[k + 1], "not", 3, 0)) {
        return 0;
    }
    const token *verb = &s->tokens[k + 2];
    return scope_word_in(verbs, sizeof verbs / sizeof *verbs,
                         s->text + verb->start, verb->end - verb->start);
}

/* Counts, for each token k and counted class j, the words of class j in
 * tokens [0, k): counts[k * COUNTED_CLASSES + j]. */
static void count_classes(const sentence_tokens *s, uint32_t *counts) {
    uint32_t running[COUNTED_CLASSES] = {0};
    for (size_t k = 0;; k++) {
        memcpy(counts + k * COUNTED_CLASSES, running, sizeof running);
        if (k == s->count) {
            return;
        }
        uint16_t bits =
            s->ids[k] != WORD_UNKNOWN ? s->p->word_classes[s->ids[k]] : 0;
        if (bits & COUNTED_MASK) { /* few words are */
            if ((bits >> CLASS_HEDGE & 1u) && reported_could(s, k)) {
                bits &= (uint16_t) ~(1u << CLASS_HEDGE);
            }
            for (size_t j = 0; j < COUNTED_CLASSES; j++) {
                running[j] += (bits >> counted_classes[j]) & 1u;
            }
        }
    }
}

int class_between(const sentence_tokens *s, word_class c, size_t from,
                  size_t to) {
    if (!(s->classes & (1u << c))) {
        return 0; /* most sentences have no word of the class */
    }
    finding_list *f = s->findings;
    if (f->class_counts_stamp != s->stamp) {
        count_classes(s, f->class_counts);
        f->class_counts_stamp = s->stamp;
    }
    size_t j = 0;
    while (counted_classes[j] != c) {
        j++; /* c is one of them (the callers') */
    }
    to = to < s->count ? to : s->count;
    return from < to && f->class_counts[to * COUNTED_CLASSES + j] >
                            f->class_counts[from * COUNTED_CLASSES + j];
}

int class_counts_reserve(finding_list *f, size_t count) {
    return grow_array((void **)&f->class_counts, &f->class_counts_capacity,
                      (count + 1) * COUNTED_CLASSES, sizeof *f->class_counts);
}

/* 1 when text[0..n) is one of `words` (ASCII, case folded). */
int scope_word_in(const char *const *words, size_t count, const char *text,
                  size_t n) {
    if (n == 0) {
        return 0; /* no word is empty */
    }
    /* most words of the list differ in the first letter: tested alone */
    char first = (char)(text[0] | 0x20);
    for (size_t k = 0; k < count; k++) {
        const char *word = words[k];
        if (word[0] != first) {
            continue;
        }
        size_t j = 1;
        while (j < n && word[j] != '\0' && (char)(text[j] | 0x20) == word[j]) {
            j++;
        }
        if (j == n && word[j] == '\0') {
            return 1;
        }
    }
    return 0;
}

/* Prepositions of place: a state named after one is where something
 * happens, not who does it ("will travel to Astana to attend"). Tested
 * only at a state's name in a gap, which is rare. */
static const char *const place_words[] = {"in",   "to",   "at", "from",
                                          "into", "near", "via"};

static int after_place_word(const sentence_tokens *s, size_t i) {
    size_t k = i;
    if (k > 0 && in_class(s, k - 1, CLASS_ARTICLE)) {
        k--; /* "in the Kazakh capital" */
    }
    if (k == 0 || s->tokens[k - 1].kind != TOKEN_WORD) {
        return 0;
    }
    const token *t = &s->tokens[k - 1];
    size_t n = t->end - t->start;
    return n <= 4 &&
           scope_word_in(place_words, sizeof place_words / sizeof *place_words,
                         s->text + t->start, n);
}

/* 1 when the state named at token i only qualifies a word: joined to it
 * by a hyphen ("the Asean-United States Summit", "US-Africa") or glossed
 * in brackets after a name ("(US)"). Such a name is no new subject or
 * object, so a clause gap may pass it. Tested only at a state's name. */
static int state_as_modifier(const sentence_tokens *s, size_t i) {
    const token *t = &s->tokens[i];
    if (i >= 2 && s->tokens[i - 1].kind == TOKEN_DASH &&
        s->tokens[i - 1].end == t->start &&
        s->tokens[i - 1].start + 1 == t->start &&
        s->tokens[i - 2].end == t->start - 1) {
        return 1; /* "Asean-United States" */
    }
    if (i + 2 < s->count && s->tokens[i + 1].kind == TOKEN_DASH &&
        s->tokens[i + 1].start == t->end &&
        s->tokens[i + 1].end == t->end + 1 &&
        s->tokens[i + 2].start == t->end + 1) {
        return 1; /* "US-Africa" */
    }
    return i > 0 && i + 1 < s->count && is_punct(s, i - 1, '(') &&
           is_punct(s, i + 1, ')');
}

int clause_break_mark_or_name(const sentence_tokens *s, size_t i) {
    const token *t = &s->tokens[i];
    switch (t->kind) {
    case TOKEN_PUNCT:
        return (t->end - t->start == 1 &&
                strchr(";:.?!", s->text[t->start]) != NULL) ||
               bullet_at(s, i) != 0;
    case TOKEN_DASH:
        return bullet_at(s, i) != 0;
    case TOKEN_MENTION:
        return is_type(s, i, ENT_ENTITY_PERSON) ||
               (is_type(s, i, ENT_ENTITY_STATE) && !after_place_word(s, i) &&
                !state_as_modifier(s, i));
    case TOKEN_WORD: /* told inline by clause_break */
    case TOKEN_NUMBER:
        break;
    }
    return 0;
}

int names_group(const sentence_tokens *s, size_t i) {
    return in_class(s, i, CLASS_GROUP);
}

int names_region(const sentence_tokens *s, size_t i) {
    return in_class(s, i, CLASS_REGION);
}

/* 1 when token k is a word of `words` (lower-case ASCII). */
int scope_word_is(const sentence_tokens *s, size_t k, const char *const *words,
                  size_t count) {
    const token *t = &s->tokens[k];
    return t->kind == TOKEN_WORD &&
           scope_word_in(words, count, s->text + t->start, t->end - t->start);
}

int names_institution(const sentence_tokens *s, size_t i) {
    static const char *const of[] = {"of"};
    static const char *const bodies[] = {
        "council",  "parliament", "assembly",  "senate",     "ministry",
        "court",    "bank",       "committee", "commission", "chamber",
        "congress", "duma",       "majlis",    "presidium"};
    size_t k = i;
    if (k > 0 && in_class(s, k - 1, CLASS_ARTICLE)) {
        k--;
    }
    /* "of" first: two bytes, which few tokens before a name are */
    return k >= 2 && s->tokens[k - 1].end - s->tokens[k - 1].start == 2 &&
           scope_word_is(s, k - 1, of, 1) &&
           scope_word_is(s, k - 2, bodies, sizeof bodies / sizeof *bodies);
}

/* Tokens before and after a match where a word denying membership still
 * counts. */
#define NOT_MEMBER_AROUND 3

/* 1 when the word at i is "former" before the name of a state that no
 * longer exists or an empire's past ("former Soviet republics", "former
 * colonies"): it dates the states, not their membership. Tested only
 * when a denying word is in reach, which is rare. */
static int former_of_past_entity(const sentence_tokens *s, size_t i) {
    static const char *const former[] = {"former"};
    static const char *const past[] = {"soviet",   "ussr",     "yugoslav",
                                       "colonial", "colonies", "colony"};
    if (i + 1 >= s->count || s->tokens[i].kind != TOKEN_WORD) {
        return 0;
    }
    const token *t = &s->tokens[i], *next = &s->tokens[i + 1];
    return scope_word_in(former, 1, s->text + t->start, t->end - t->start) &&
           scope_word_in(past, sizeof past / sizeof *past,
                         s->text + next->start, next->end - next->start);
}

static int denies_membership(const sentence_tokens *s, size_t from, size_t to) {
    size_t lo = from > NOT_MEMBER_AROUND ? from - NOT_MEMBER_AROUND : 0;
    size_t hi =
        to + NOT_MEMBER_AROUND < s->count ? to + NOT_MEMBER_AROUND : s->count;
    /* a list closed by a parenthesis (the match takes it): what follows
     * is another list's ("four observer states (A, B) and six dialogue
     * partners (C)") */
    if (to > from && s->tokens[to - 1].kind == TOKEN_PUNCT &&
        s->text[s->tokens[to - 1].start] == ')') {
        hi = to;
    }
    if (!class_between(s, CLASS_NOT_MEMBER, lo, hi)) {
        return 0;
    }
    for (size_t k = lo; k < hi; k++) {
        if (in_class(s, k, CLASS_NOT_MEMBER) && !former_of_past_entity(s, k)) {
            return 1;
        }
    }
    return 0;
}

/* Tokens before a list where an object verb still governs it. */
#define OBJECT_BEFORE 3

/* Tokens of a title the names may follow the object verb with ("invited
 * the transitional president of Mali, Col. NAME, to attend"). */
#define OBJECT_TITLE 4

static int after_object_verb(const sentence_tokens *s, size_t i) {
    for (size_t k = i > OBJECT_BEFORE ? i - OBJECT_BEFORE : 0; k < i; k++) {
        if (in_class(s, k, CLASS_OBJECT_VERB)) {
            return 1;
        }
    }
    /* further back only over the words of a title: "invited the
     * transitional president of" */
    size_t k = i > OBJECT_BEFORE ? i - OBJECT_BEFORE : 0;
    for (size_t n = 0; k > 0 && n < OBJECT_TITLE; n++) {
        k--;
        if (in_class(s, k, CLASS_OBJECT_VERB)) {
            return 1;
        }
        if (!in_class(s, k, CLASS_ARTICLE) &&
            !in_class(s, k, CLASS_QUALIFIER)) {
            return 0;
        }
    }
    return 0;
}

/* 1 when the list of states that opens a match at `from` is a
 * preposition's object: "Finland, which shares a border with Russia,
 * became a member", "talks between Armenia and Azerbaijan were
 * suspended" (no state is the subject). "with Turkmenistan as an
 * associate member" says what the state is, and stays. */
static int in_prepositional_phrase(const sentence_tokens *s, size_t from) {
    static const char *const prepositions[] = {
        "with",   "from",    "against", "between", "toward", "towards",
        "across", "through", "near",    "beyond",  "than",   "into"};
    if (from == 0 || s->tokens[from - 1].kind != TOKEN_WORD) {
        return 0;
    }
    const token *p = &s->tokens[from - 1];
    if (!scope_word_in(prepositions, sizeof prepositions / sizeof *prepositions,
                       s->text + p->start, p->end - p->start)) {
        return 0;
    }
    size_t k = from;
    while (k < s->count &&
           (s->tokens[k].kind == TOKEN_MENTION ||
            in_class(s, k, CLASS_AND_OR) || in_class(s, k, CLASS_ARTICLE) ||
            is_punct(s, k, ','))) {
        k++;
    }
    static const char *const as[] = {"as"};
    const token *next = k < s->count ? &s->tokens[k] : NULL;
    return !(
        next != NULL && next->kind == TOKEN_WORD &&
        scope_word_in(as, 1, s->text + next->start, next->end - next->start));
}

/* 1 when the rule draws a relation of `type`, an extract_type_* pointer:
 * the compiled rule's types are interned, so a pointer compare does. */
static int emits(const compiled_rule *cr, const char *type) {
    return cr->types[0] == type || cr->types[1] == type;
}

/* 1 when the row emits "chairs" (no interned pointer of its own). */
static int emits_chairs(const rule *r) {
    for (int k = 0; k < 2 && r->out[k].type != NULL; k++) {
        if (r->out[k].type[0] == 'c' && strcmp(r->out[k].type, "chairs") == 0) {
            return 1;
        }
    }
    return 0;
}

/* Words of a title before a name that may hold "Vice" or "Deputy". */
#define DEPUTY_BEFORE 4

/* 1 when a title in tokens [from, to), or just before them, is a vice or
 * deputy one: "Vice President NAME of STATE", "NAME, Vice-President of
 * STATE", "Deputy Prime Minister NAME". Tested only for a leadership. */
static int deputy_title(const sentence_tokens *s, size_t from, size_t to) {
    static const char *const deputy[] = {"vice", "deputy"};
    /* back over the title before the match's first name: "Vice
     * President NAME of STATE attended" */
    size_t first = from;
    while (first > 0 && from - first < DEPUTY_BEFORE &&
           (s->tokens[first - 1].kind == TOKEN_WORD ||
            s->tokens[first - 1].kind == TOKEN_DASH)) {
        first--;
    }
    for (size_t k = first; k < to && k + 1 < s->count; k++) {
        if (scope_word_is(s, k, deputy, 2)) {
            size_t next = s->tokens[k + 1].kind == TOKEN_DASH ? k + 2 : k + 1;
            if (next < s->count && is_capitalized(s, next)) {
                return 1;
            }
        }
    }
    return 0;
}

/* 1 when, in a match that draws the host, the person comes after a
 * state and a verb of rule: "hosted by the kingdom of Saudi Arabia
 * headed by King Salman" names the head of the host state, who is not
 * thereby at the summit. Tested only for hosting rules. */
static int head_of_named_host(const sentence_tokens *s, size_t from,
                              size_t to) {
    static const char *const rule_verbs[] = {"headed", "ruled", "led",
                                             "governed", "reigned"};
    int state_seen = 0;
    for (size_t k = from; k < to && k < s->count; k++) {
        if (is_type(s, k, ENT_ENTITY_STATE)) {
            state_seen = 1;
        } else if (state_seen && scope_word_is(s, k, rule_verbs, 5)) {
            return 1;
        }
    }
    return 0;
}

/* 1 when a cue of representing in tokens [from, to) takes a pronoun:
 * "deployed his minister to represent him at the summit" - the names
 * before it are represented, not present. */
static int represented_by_another(const sentence_tokens *s, size_t from,
                                  size_t to) {
    static const char *const represent[] = {"represent", "represents",
                                            "representing"};
    static const char *const pronouns[] = {"him", "her", "them"};
    for (size_t k = from; k + 1 < to && k + 1 < s->count; k++) {
        /* the lengths first: "represent..." has 9 to 12 bytes, the
         * pronoun 3 or 4 */
        size_t n = s->tokens[k].end - s->tokens[k].start;
        size_t m = s->tokens[k + 1].end - s->tokens[k + 1].start;
        if (n >= 9 && n <= 12 && (m == 3 || m == 4) &&
            scope_word_is(s, k, represent, 3) &&
            scope_word_is(s, k + 1, pronouns, 3)) {
            return 1;
        }
    }
    return 0;
}

/* Tokens of a summit's name a hosting match may open after. */
#define NAME_BEFORE 8

/* 1 when the summit a hosting match opens with is named as another one
 * by a word before its name: "The last in-person SCO Heads of State
 * Summit was held in Bishkek" ("last" is too far for the veto of
 * patterns.c). Back over capitalized words, "of", names and hyphenated
 * words only. */
static int other_named_summit(const sentence_tokens *s, size_t from) {
    static const char *const of[] = {"of"};
    size_t k = from;
    for (size_t n = 0; n < NAME_BEFORE && k > 0; n++) {
        size_t j = k - 1;
        int dash_near =
            s->tokens[j].kind == TOKEN_DASH ||
            (j > 0 && s->tokens[j - 1].kind == TOKEN_DASH) ||
            (j + 1 < s->count && s->tokens[j + 1].kind == TOKEN_DASH);
        if (!(s->tokens[j].kind == TOKEN_MENTION || is_capitalized(s, j) ||
              scope_word_is(s, j, of, 1) || dash_near)) {
            break;
        }
        k = j;
    }
    return k > 0 && k < from && in_class(s, k - 1, CLASS_OTHER_EVENT);
}

/* Tokens of a place's name before its state ("in Jeddah, Saudi Arabia"). */
#define PLACE_BACK 6

/* Tokens before a hosting match where "had been scheduled" may stand. */
#define PLAN_BEFORE 4

/* 1 when a hosting match is a plan the text says was changed: "The
 * meeting had been scheduled to be held in the UAE" (the pluperfect of
 * a plan, then "to"), not where the summit is; "The summit, which had
 * been scheduled for June, will be held in Astana" is where it is. */
static int superseded_plan(const sentence_tokens *s, size_t from, size_t to) {
    static const char *const had[] = {"had"};
    static const char *const been[] = {"been"};
    static const char *const plan[] = {"scheduled", "planned", "slated",
                                       "due",       "set",     "supposed",
                                       "expected",  "meant"};
    size_t lo = from > PLAN_BEFORE ? from - PLAN_BEFORE : 0;
    static const char *const to_word[] = {"to"};
    for (size_t k = lo; k + 3 < to && k + 3 < s->count; k++) {
        if (scope_word_is(s, k, had, 1) && scope_word_is(s, k + 1, been, 1) &&
            scope_word_is(s, k + 2, plan, sizeof plan / sizeof *plan) &&
            scope_word_is(s, k + 3, to_word, 1)) {
            return 1;
        }
    }
    return 0;
}

/* Capitalized words of a title between "on behalf of" and the name. */
#define BEHALF_TITLE 3

/* 1 when the match ends with a person named after "on behalf of": the
 * one someone else stands in for ("represented by Vice President A on
 * behalf of President B"), not one present by it. */
static int on_behalf_of(const sentence_tokens *s, size_t from, size_t to) {
    static const char *const behalf[] = {"behalf"};
    static const char *const of[] = {"of"};
    size_t last = to - 1;
    if (to < from + 3 || !is_type(s, last, ENT_ENTITY_PERSON)) {
        return 0;
    }
    /* back over a title the mention leaves out ("of President NAME") */
    size_t k = last;
    for (size_t n = 0;
         n < BEHALF_TITLE && k > from + 2 &&
         s->tokens[k - 1].kind == TOKEN_WORD && is_capitalized(s, k - 1);
         n++) {
        k--;
    }
    return scope_word_is(s, k - 1, of, 1) && scope_word_is(s, k - 2, behalf, 1);
}

/* 1 when the person's mention ending the match at token `last` opens
 * with a head's title: "King Salman", "Emir Tamim". */
static int titled_name(const sentence_tokens *s, size_t last) {
    static const char *const titles[] = {"king",    "queen",     "emir",
                                         "amir",    "sultan",    "president",
                                         "premier", "chancellor"};
    const token *t = &s->tokens[last];
    size_t n = 0;
    while (t->start + n < t->end && s->text[t->start + n] != ' ') {
        n++;
    }
    return t->kind == TOKEN_MENTION &&
           scope_word_in(titles, sizeof titles / sizeof *titles,
                         s->text + t->start, n);
}

reject_reason scope_veto(const sentence_tokens *s, const compiled_rule *cr,
                         size_t from, size_t to) {
    const rule *r = cr->row;
    if ((r->guards & GUARD_TITLED_NAME) && !titled_name(s, to - 1)) {
        return REASON_NO_TITLE;
    }
    int attends = emits(cr, extract_type_attends);
    if (!attends && emits(cr, extract_type_leads) &&
        deputy_title(s, from, to)) {
        return REASON_DEPUTY;
    }
    if (attends && r->out[1].type != NULL && emits(cr, extract_type_hosts) &&
        head_of_named_host(s, from, to)) {
        return REASON_HOST_HEAD;
    }
    if (emits(cr, extract_type_hosts) &&
        (superseded_plan(s, from, to) || other_named_summit(s, from) ||
         since_another_meeting(s, from) || after_a_span_of_time(s, from))) {
        return REASON_OTHER_EVENT;
    }
    if (!attends && cr->items[0].kind == EL_SLOT &&
        emits(cr, extract_type_hosts) && other_state_before_verb(s, from, to)) {
        return REASON_NOT_SUBJECT;
    }
    if ((r->guards & GUARD_PLACE_NAME) && !place_name_before(s, from, to)) {
        return REASON_NOT_PLACE;
    }
    if (emits(cr, extract_type_member_of) &&
        (denies_membership(s, from, to) || joined_a_meeting(s, from, to))) {
        return REASON_NOT_MEMBER;
    }
    if (org_given_to_another(s, cr, from, to)) {
        return REASON_OTHER_BODY;
    }
    if (cr->items[0].kind == EL_SLOT && !(r->guards & GUARD_PLACE_NAME) &&
        region_before_state(s, from)) {
        return REASON_IN_PHRASE; /* "Northern Cyprus also has" */
    }
    if (state_inside_name(s, from, to)) {
        return REASON_IN_PHRASE; /* "the Turkish Republic of" */
    }
    if ((attends || emits(cr, extract_type_absent_from) ||
         emits(cr, extract_type_hosts)) &&
        doubted_clause(s, from)) {
        return REASON_NEGATED; /* a guess: neither stated nor denied */
    }
    if (emits_chairs(r) && chair_of_the_past(s, from, to)) {
        return REASON_OTHER_EVENT;
    }
    if (emits_chairs(r) && chair_of_another(s, from, to)) {
        return REASON_OTHER_CHAIR;
    }
    if (cr->items[0].kind == EL_SLOT && emits(cr, extract_type_member_of) &&
        in_prepositional_phrase(s, from)) {
        return REASON_IN_PHRASE;
    }
    if (attends && cr->items[cr->count - 1].kind == EL_SLOT &&
        on_behalf_of(s, from, to)) {
        return REASON_REPRESENTED;
    }
    /* a rule that opens with the names of those who attend */
    if (cr->items[0].kind == EL_SLOT && attends &&
        is_type(s, from, ENT_ENTITY_STATE) &&
        place_name_before(s, from > PLACE_BACK ? from - PLACE_BACK : 0,
                          from + 1)) {
        /* the state of a place: "The Ritz Carlton Hotel in Jeddah, Saudi
         * Arabia, will gather the heads of state" */
        return REASON_IN_PHRASE;
    }
    if (cr->items[0].kind == EL_SLOT && attends) {
        if (after_object_verb(s, from)) {
            return REASON_NOT_SUBJECT;
        }
        if (represented_by_another(s, from, to)) {
            return REASON_REPRESENTED;
        }
    }
    return REASON_NONE;
}
