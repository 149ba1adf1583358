/*
 * Vetoes of what a match draws of a state or a chair, apart from the
 * scope of its cue (rules_scope.c): a state's name that is part of
 * another entity's ("Northern Cyprus", "Southern Sudan" for the gazetteer
 * lacks them), a chairmanship the words around date to another time
 * ("who chaired the bloc last year", "the previous chair") and a meeting
 * named as the point time is counted from ("progress since the
 * inaugural summit in Niamey").
 */
#include "extract/rules_common.h"

/* Tokens before and after a chair's match where a word of the past
 * still dates it. */
#define PAST_BEFORE 3
#define PAST_AFTER 4

int region_before_state(const sentence_tokens *s, size_t from) {
    /* a capitalized region word makes a name ("Northern Cyprus"); a
     * lower-case one a part of the state ("in northern Mali") */
    return from > 0 && is_type(s, from, ENT_ENTITY_STATE) &&
           in_class(s, from - 1, CLASS_REGION) && is_capitalized(s, from - 1);
}

/* A pair of words (a word list each) read before a match. */
typedef struct {
    const char *const *first;
    size_t first_count;
    const char *const *second;
    size_t second_count;
} word_pair;

/* 1 when a pair of words stands in the `back` tokens before token `from`
 * in its clause: any mark but a comma or an apostrophe ends the search (a
 * time phrase is set off by a comma; "Indonesia's" holds an apostrophe). */
static int pair_before(const sentence_tokens *s, size_t from, size_t back,
                       word_pair pair) {
    size_t lo = from > back ? from - back : 0;
    for (size_t k = from; k > lo + 1; k--) {
        const token *t = &s->tokens[k - 1];
        if (t->kind == TOKEN_PUNCT && s->text[t->start] != ',' &&
            s->text[t->start] != '\'') {
            return 0;
        }
        if (scope_word_is(s, k - 1, pair.second, pair.second_count) &&
            scope_word_is(s, k - 2, pair.first, pair.first_count)) {
            return 1;
        }
    }
    return 0;
}

/* Tokens before a chair's match a time phrase opening its clause may
 * stand ("Last year, under Indonesia's presidency, ..."). */
#define TIME_BEFORE 8

/* 1 when a phrase of past time ("last year", "the previous summit", "a
 * year ago") stands before the match in its clause: a single past word
 * that far back ("last") may date something else, the phrase does not. */
static int past_time_opens_clause(const sentence_tokens *s, size_t from) {
    static const char *const past[] = {"last", "previous", "past"};
    static const char *const unit[] = {"year", "summit", "session",
                                       "presidency", "time"};
    static const char *const year[] = {"year"};
    static const char *const ago[] = {"ago"};
    return pair_before(s, from, TIME_BEFORE, (word_pair){past, 3, unit, 5}) ||
           pair_before(s, from, TIME_BEFORE, (word_pair){year, 1, ago, 1});
}

int chair_of_the_past(const sentence_tokens *s, size_t from, size_t to) {
    /* not "next", "incoming": a chair the chairmanship passes to is one
     * (tests/extract/README.md, "Chair") */
    static const char *const past[] = {"last",      "previous", "past",
                                       "preceding", "formerly", "outgoing",
                                       "former",    "until",    "ago"};
    if (past_time_opens_clause(s, from)) {
        return 1;
    }
    size_t lo = from > PAST_BEFORE ? from - PAST_BEFORE : 0;
    size_t hi = to + PAST_AFTER < s->count ? to + PAST_AFTER : s->count;
    for (size_t k = lo; k < hi; k++) {
        /* a mark after the match closes its clause */
        if (k >= to && s->tokens[k].kind == TOKEN_PUNCT &&
            s->text[s->tokens[k].start] != ',') {
            return 0;
        }
        if (scope_word_is(s, k, past, sizeof past / sizeof *past)) {
            return 1;
        }
    }
    return 0;
}

/* Tokens before a hosting match where "since" still governs its meeting
 * ("since the first ever summit in"). */
#define SINCE_BEFORE 4

int since_another_meeting(const sentence_tokens *s, size_t from) {
    static const char *const since[] = {"since"};
    for (size_t n = 0, k = from; n < SINCE_BEFORE && k > 0; n++, k--) {
        if (s->tokens[k - 1].kind == TOKEN_PUNCT) {
            return 0;
        }
        if (scope_word_is(s, k - 1, since, 1)) {
            return 1;
        }
    }
    return 0;
}

/* Tokens before a match a doubt may open its clause from ("It is
 * possible that Kuwait's Emir NAME NAME NAME will not attend"): a bound,
 * so that a long sentence costs no scan back to its start per match. */
#define DOUBT_BEFORE 24

/* 1 when the clause of a match at `from` is the object of a doubt
 * opened before it in the sentence: "It is possible that A will not
 * attend", "It remains unclear whether B will come", "doubtful if": a
 * guess, stated by no one, whatever the rule's own hedge window. */
int doubted_clause(const sentence_tokens *s, size_t from) {
    static const char *const doubt[] = {"possible",  "possibility", "unclear",
                                        "uncertain", "doubtful",    "unsure",
                                        "doubt",     "clear"};
    static const char *const opener[] = {"that", "whether", "if"};
    size_t stop = from > DOUBT_BEFORE ? from - DOUBT_BEFORE : 1;
    for (size_t k = from; k > stop && k > 1; k--) {
        const token *t = &s->tokens[k - 1];
        if (t->kind == TOKEN_PUNCT && s->text[t->start] != ',' &&
            s->text[t->start] != '\'') {
            return 0;
        }
        if (scope_word_is(s, k - 1, opener, 3) &&
            scope_word_is(s, k - 2, doubt, sizeof doubt / sizeof *doubt)) {
            /* "it is clear that" is no doubt: only "not clear" */
            return !scope_word_is(s, k - 2, doubt + 7, 1) ||
                   (k > 2 && in_class(s, k - 3, CLASS_NEGATION));
        }
    }
    return 0;
}

int other_state_before_verb(const sentence_tokens *s, size_t from, size_t to) {
    if (!is_type(s, from, ENT_ENTITY_STATE)) {
        return 0;
    }
    size_t first = s->tokens[from].m.entity;
    for (size_t k = from + 1; k < to; k++) {
        if (is_type(s, k, ENT_ENTITY_STATE) && s->tokens[k].m.entity != first) {
            return 1;
        }
    }
    return 0;
}

/* Words after "joined the ORG" that make it a meeting joined, not a
 * membership: "joined the G20 leaders in New Delhi", "joined the ASEAN
 * summit", "joined the NATO talks". */
static const char *const meeting_nouns[] = {
    "leaders",  "leader",       "summit", "summits",
    "meeting",  "meetings",     "talks",  "session",
    "sessions", "gathering",    "table",  "discussions",
    "dinner",   "counterparts", "heads",  "delegations"};

int joined_a_meeting(const sentence_tokens *s, size_t from, size_t to) {
    static const char *const join[] = {"joined", "join", "joins", "joining"};
    size_t verb = from;
    while (verb < to && !scope_word_is(s, verb, join, 4)) {
        verb++;
    }
    if (verb == to) {
        return 0; /* no joining in the match */
    }
    if (to < s->count &&
        scope_word_is(s, to, meeting_nouns,
                      sizeof meeting_nouns / sizeof *meeting_nouns)) {
        return 1;
    }
    /* a person as the subject ("Ukrainian President Zelensky joined the
     * G7 group in Japan"): a person joins a meeting, a state the
     * organization */
    for (size_t k = from + 1; k < verb; k++) {
        if (is_type(s, k, ENT_ENTITY_PERSON)) {
            return 1;
        }
    }
    return 0;
}

int state_inside_name(const sentence_tokens *s, size_t from, size_t to) {
    /* a state's name or demonym before "Republic of", "Federation of":
     * "Turkish Republic of Northern Cyprus" is not Turkey (the
     * gazetteer's own spellings, "Islamic Republic of Iran", are one
     * mention and never reach here) */
    static const char *const polity[] = {"republic", "federation", "kingdom",
                                         "emirate",  "sultanate",  "union"};
    static const char *const of[] = {"of"};
    int inside = 0, states = 0;
    for (size_t k = from; k < to; k++) {
        if (!is_type(s, k, ENT_ENTITY_STATE) || region_before_state(s, k)) {
            continue; /* "Northern Cyprus" ends the name, no state */
        }
        states++;
        inside |=
            k + 2 < s->count && is_capitalized(s, k + 1) &&
            scope_word_is(s, k + 1, polity, sizeof polity / sizeof *polity) &&
            scope_word_is(s, k + 2, of, 1);
    }
    /* the match's only state: a list keeps its other names (the veto
     * knows the match, not which slot a name filled) */
    return inside && states == 1;
}

/* Tokens before a hosting match where "weeks after" may govern it. */
#define SPAN_BEFORE 12

int after_a_span_of_time(const sentence_tokens *s, size_t from) {
    static const char *const span[] = {"days", "weeks", "months", "years",
                                       "day",  "week",  "month",  "year"};
    static const char *const relation[] = {"after", "before"};
    return pair_before(
        s, from, SPAN_BEFORE,
        (word_pair){span, sizeof span / sizeof *span, relation, 2});
}

/* Words of a match that refer back to an organization named before:
 * "it includes", "the bloc comprises", "its members are". */
static const char *const referents[] = {
    "it",       "its",          "their",        "bloc",     "group",
    "grouping", "organization", "organisation", "alliance", "union",
    "body",     "community",    "association"};

/* 1 when row r gives a membership to the article's organization (ORG),
 * which the text may give to another. (Not a chair: "the CSTO Collective
 * Security Council chaired by A" is the article's organization's
 * council.) */
static int to_article_org(const compiled_rule *cr) {
    for (int k = 0; k < 2 && cr->row->out[k].type != NULL; k++) {
        if (cr->row->out[k].target == REF_ORG &&
            cr->types[k] == extract_type_member_of) {
            return 1;
        }
    }
    return 0;
}

/* 1 when the last organization named before token `from`, in the
 * sentence or the text before it, is one the gazetteer lacks (a known
 * one may be the article's). */
static int last_named_unknown(const sentence_tokens *s, size_t from) {
    for (size_t k = from; k-- > 0;) {
        if (is_type(s, k, ENT_ENTITY_ORGANIZATION)) {
            return 0;
        }
        if (body_name_at(s->text, s->tokens, s->count, k)) {
            return 1;
        }
    }
    return body_named_before(s->g, s->text, s->tokens[0].start);
}

int org_given_to_another(const sentence_tokens *s, const compiled_rule *cr,
                         size_t from, size_t to) {
    if (!to_article_org(cr)) {
        return 0;
    }
    /* the name that qualifies the match: "SADC member states A, B", "the
     * Gulf Cooperation Council member states A" (a known organization
     * has a row of its own, {B:org}) */
    size_t q = qualifier_of(s->text, s->tokens, from);
    if (q != SIZE_MAX && (body_name_at(s->text, s->tokens, s->count, q) ||
                          is_type(s, q, ENT_ENTITY_ORGANIZATION))) {
        return 1;
    }
    for (size_t k = from; k < to; k++) {
        if (!scope_word_is(s, k, referents,
                           sizeof referents / sizeof *referents)) {
            continue;
        }
        /* a capitalized word ends a name ("the Southern African
         * Development Community includes"); "it", "the bloc" refer back to
         * the last organization named */
        return is_capitalized(s, k)
                   ? body_name_at(s->text, s->tokens, s->count, k)
                   : last_named_unknown(s, k);
    }
    return 0;
}

/* Tokens before a chair's match where the meeting it chairs is named
 * ("the ministerial session was chaired by A"). */
#define CHAIRED_BEFORE 6

int chair_of_another(const sentence_tokens *s, size_t from, size_t to) {
    /* "chaired by Chad's NAME, chairperson of the AU Commission": the
     * person chairs; the state does only when he heads it */
    if (to < s->count && is_type(s, to - 1, ENT_ENTITY_STATE) &&
        s->tokens[to - 1].m.possessive && is_type(s, to, ENT_ENTITY_PERSON)) {
        return !heads_a_state(s->g, s->tokens[to].m.entity, s->date);
    }
    /* a meeting of ministers, officials or a committee (not "the
     * Council of Heads of State", the organization's own) */
    static const char *const lesser[] = {
        "ministerial", "ministers", "committee", "subcommittee",
        "experts",     "officials", "panel",     "commission"};
    for (size_t n = 0, k = from; n < CHAIRED_BEFORE && k > 0; n++, k--) {
        const token *t = &s->tokens[k - 1];
        if (t->kind == TOKEN_PUNCT && s->text[t->start] != ',') {
            return 0;
        }
        if (scope_word_is(s, k - 1, lesser, sizeof lesser / sizeof *lesser)) {
            return 1;
        }
    }
    return 0;
}
