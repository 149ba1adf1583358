/*
 * The chair model's reading of a sentence (membership_internal.h): the
 * state nearest each chair word, the features around them and what
 * denies that the state holds the chair now.
 */
#include <stddef.h>
#include <stdint.h>

#include "extract/membership_internal.h"

/* Tokens between a chair word and its state at most; words around them
 * that count. */
#define CHAIR_NEAR 6
#define CHAIR_AROUND 4
#define CHAIR_VETO_AROUND 3
/* Tokens after a chair word where another body's name may end: "chairman
 * of the Central Military Commission" (5 tokens) is no chair of the
 * organization; 4 reached "the AU Commission" and not this one (review
 * of the tenth round). */
#define CHAIR_BODY_REACH 6

static int person_mention(const ent_gazetteer_t *g, const token *t) {
    return mention_of_type(g, t, ENT_ENTITY_PERSON);
}

/* 1 when two persons are named strictly between tokens a and b: the
 * state is the first one's and the chair another's ("President of A
 * NAME, President of B NAME2, Chairman of ..."); one person between is
 * the state's head ("A's King NAME chairing the session", "A's NAME, the
 * current chairman of"). */
static int persons_between(const sentence_view *v, size_t a, size_t b) {
    int persons = 0;
    for (size_t k = a + 1; k < b; k++) {
        persons += person_mention(v->g, &v->tokens[k]);
    }
    return persons >= 2;
}

/* 1 when the chair word at i is a title before a name: "Chairman Xi
 * Jinping", "Presidential Council Chairman Mohamed al-Menfi" (a person
 * the gazetteer knows, or a capitalized word after a capitalized
 * title). */
static int title_before_name(const sentence_view *v, size_t i) {
    if (i + 1 >= v->count) {
        return 0;
    }
    const token *next = &v->tokens[i + 1];
    unsigned char first = (unsigned char)v->text[v->tokens[i].start];
    unsigned char after = (unsigned char)v->text[next->start];
    return person_mention(v->g, next) ||
           (first >= 'A' && first <= 'Z' && next->kind == TOKEN_WORD &&
            after >= 'A' && after <= 'Z');
}

/* 1 when the state at k is the origin of a person who heads no state,
 * whom it names ("NAME of Chad", "Chad's NAME"): "AU Commission
 * Chairperson NAME of Chad will chair the meeting" is no chair of Chad. */
static int state_of_official(const sentence_view *v, size_t k) {
    const token *person = NULL;
    if (k >= 2 && (v->t[k - 1].cls & MC_OF) &&
        person_mention(v->g, &v->tokens[k - 2])) {
        person = &v->tokens[k - 2];
    } else if (v->tokens[k].m.possessive && k + 1 < v->count &&
               person_mention(v->g, &v->tokens[k + 1])) {
        person = &v->tokens[k + 1];
    }
    return person != NULL && !heads_a_state(v->g, person->m.entity, NULL);
}

/* 1 when the state at k is one of a run of states ("A, B and C"). */
static int in_run(const sentence_view *v, size_t k) {
    size_t lo = k > RUN_GAP + 1 ? k - RUN_GAP - 1 : 0;
    size_t hi = k + RUN_GAP + 2 < v->count ? k + RUN_GAP + 2 : v->count;
    for (size_t j = lo; j < hi; j++) {
        if (j != k && membership_state_at(v, j) &&
            membership_run_link(v, j < k ? j : k, j < k ? k : j)) {
            return 1;
        }
    }
    return 0;
}

/* 1 when token k names a state or a person. */
static int names(const sentence_view *v, size_t k) {
    return membership_state_at(v, k) || person_mention(v->g, &v->tokens[k]);
}

/* The state or person mention nearest the chair word at i in its clause,
 * with at most CHAIR_NEAR tokens between (the one before on a tie), or
 * SIZE_MAX. A
 * person stands for the state he heads on the article's date, which the
 * decision finds ("el-Sisi, who is taking over as chair of the
 * continental body", "Modi, chairing the virtual summit, welcomed
 * Iran"). */
static size_t chair_state(const sentence_view *v, size_t i) {
    for (size_t d = 1; d <= CHAIR_NEAR + 1; d++) {
        if (d <= i && v->t[i - d].clause == v->t[i].clause && names(v, i - d)) {
            return i - d;
        }
        /* not the state the chair is taken from ("assume the presidency
         * of the OIC from Egypt"): the one taking it may be further */
        if (i + d < v->count && v->t[i + d].clause == v->t[i].clause &&
            names(v, i + d) && !(v->t[i + d - 1].cls & MC_FROM)) {
            return i + d;
        }
    }
    return SIZE_MAX;
}

/* The year a token writes (1900-2099), else 0. */
static int year_of(const char *text, const token *t) {
    if (t->kind != TOKEN_NUMBER || t->end - t->start != 4) {
        return 0;
    }
    int year = 0;
    for (size_t k = t->start; k < t->end; k++) {
        unsigned char c = (unsigned char)text[k];
        if (c < '0' || c > '9') {
            return 0;
        }
        year = year * 10 + (c - '0');
    }
    return year >= 1900 && year <= 2099 ? year : 0;
}

/* 1 when the words near the chair word at i say the chair is of another
 * time: "last year", or a year before the article's ("The Saudi
 * presidency of the G20 in 2020" read in 2023, "at the helm of the Arab
 * League since 2016"). A chair of the summit's own year, or of a later
 * one, stays; a year farther away dates something else ("chairs the
 * meeting ... for the first time since 2020"). */
static int another_time(const sentence_view *v, size_t i) {
    size_t from = i > CHAIR_NEAR ? i - CHAIR_NEAR : 0;
    for (size_t k = from; k < v->count && k <= i + CHAIR_NEAR; k++) {
        int year = year_of(v->text, &v->tokens[k]);
        if ((v->t[k].cls & MC_LAST) ||
            (year != 0 && v->article_year != 0 && year < v->article_year)) {
            return 1;
        }
    }
    return 0;
}

/* 1 when the chair word at i and the state at k stand one comma apart,
 * in apposition, with nothing between but the organization, "of",
 * "the", "as", the meeting ("Chair of the summit, Brunei"), a time
 * ("this year", "for 2021", "incoming") or a rotation: "Brunei, the ASEAN chair
 * for 2021", "the incoming chairperson of the AU, Mauritanian President NAME",
 * "As chair of BRICS this year, South Africa". Not "A, as well as the chair"
 * nor "A and B, the chairs". */
static int apposition(const sentence_view *v, size_t i, size_t k) {
    size_t a = i < k ? i : k, b = i < k ? k : i;
    int commas = 0;
    for (size_t j = a + 1; j < b; j++) {
        const token *t = &v->tokens[j];
        uint32_t cls = v->t[j].cls;
        if (membership_punct_is(v->text, t, ',')) {
            commas++;
        } else if (!(t->kind == TOKEN_NUMBER ||
                     (t->kind == TOKEN_MENTION &&
                      v->g->entities[t->m.entity].type ==
                          ENT_ENTITY_ORGANIZATION) ||
                     (t->kind == TOKEN_WORD &&
                      (cls & (MC_OF | MC_CURRENT | MC_ROTATING | MC_APPOS |
                              MC_MEETING))))) {
            return 0;
        }
    }
    return commas == 1;
}

/* Tokens after a chair word a body's name may end in ("chairs the
 * Pacific Islands Forum", "co-chair the China-Africa Leaders' Dialogue"). */
#define BODY_AFTER 8

/* 1 when the chair word at i is another body's, one the gazetteer lacks
 * (bodies.c): named before it ("the SADC chairmanship") or after it,
 * past "of", "the" and capitalized words ("chair of the East African
 * Community", "chairs the Peace and Security Council"); or a body's word
 * just before it ("the ministerial session was chaired by"). */
static int other_body_chair(const sentence_view *v, size_t i) {
    size_t q = qualifier_of(v->text, v->tokens, i);
    if (q != SIZE_MAX && body_name_at(v->text, v->tokens, v->count, q)) {
        return 1;
    }
    /* "the ministerial session was chaired by A" */
    if (membership_class_near(v, MC_BODY, (long)i - CHAIR_VETO_AROUND - 1,
                              (long)i)) {
        return 1;
    }
    for (size_t j = i + 1; j < v->count && j <= i + BODY_AFTER; j++) {
        const token *t = &v->tokens[j];
        unsigned char c = (unsigned char)v->text[t->start];
        if (body_name_at(v->text, v->tokens, v->count, j)) {
            return 1;
        }
        /* a name goes on over names, dashes and apostrophes
         * ("the China-Africa Leaders' Dialogue") */
        int word =
            t->kind == TOKEN_WORD &&
            ((v->t[j].cls & (MC_OF | MC_LINK)) || (c >= 'A' && c <= 'Z'));
        if (!word && t->kind != TOKEN_MENTION && t->kind != TOKEN_DASH &&
            !(t->kind == TOKEN_PUNCT && (c == '\'' || c == 0xE2))) {
            return 0;
        }
    }
    return 0;
}

/* The features of the chair word at i and the state at k. */
static uint32_t chair_bits(const sentence_view *v, size_t i, size_t k,
                           int *veto) {
    long lo = (long)(i < k ? i : k), hi = (long)(i < k ? k : i) + 1;
    uint32_t bits = 0;
    size_t between = (size_t)(hi - lo) - 2;
    bits |= between <= 2 ? 1u << CF_ADJACENT : 0;
    bits |= k < i && v->tokens[k].m.possessive ? 1u << CF_POSSESSIVE : 0;
    bits |= k > i && (v->t[i + 1].cls & MC_OF) &&
                    (k == i + 2 || (k == i + 3 && (v->t[i + 2].cls & MC_LINK)))
                ? 1u << CF_OF_STATE
                : 0;
    bits |= v->t[i].cls & MC_CHAIR_NOUN ? 1u << CF_NOUN : 0;
    bits |= apposition(v, i, k) ? 1u << CF_APPOSITION : 0;
    /* the words around: class, feature, tokens either side */
    static const struct {
        uint32_t cls;
        chair_feature feature;
        long around;
    } near[] = {{MC_ROTATING, CF_ROTATING, CHAIR_AROUND},
                {MC_TAKE, CF_TAKE, CHAIR_AROUND},
                {MC_CURRENT, CF_CURRENT, CHAIR_AROUND},
                {MC_MEETING, CF_MEETING, CHAIR_NEAR}};
    for (size_t n = 0; n < sizeof near / sizeof *near; n++) {
        if (membership_class_near(v, near[n].cls, lo - near[n].around,
                                  hi + near[n].around)) {
            bits |= 1u << near[n].feature;
        }
    }
    bits |= v->t[k].left_org != 0 || v->t[k].right_org != 0 || v->has_org
                ? 1u << CF_ORG_CLAUSE
                : 0;
    /* a chairmanship that ended, a deputy, another body's chairman, a
     * title before a name ("Chairman Xi"), a state that is another
     * person's ("President of A NAME, B NAME2, Chairman of ..."), the
     * chair given
     * up ("took over the chairmanship from A"), a state in a list (a
     * person is in none: "Nigeria's Bola Tinubu, the current chairman") */
    *veto = membership_class_near(v, MC_CHAIR_VETO, lo - CHAIR_VETO_AROUND,
                                  hi + CHAIR_VETO_AROUND) ||
            membership_class_near(v, MC_BODY, (long)i + 1,
                                  (long)i + 1 + CHAIR_BODY_REACH) ||
            title_before_name(v, i) ||
            persons_between(v, (size_t)lo, (size_t)hi - 1) ||
            (k > i && (v->t[k - 1].cls & MC_FROM)) ||
            (!person_mention(v->g, &v->tokens[k]) && in_run(v, k)) ||
            another_time(v, i) || other_body_chair(v, i) ||
            state_of_official(v, k);
    bits |= !*veto && membership_class_near(v, MC_CHAIR_VETO, 0, (long)v->count)
                ? 1u << CF_VETO_SENT
                : 0;
    return bits;
}

ent_status membership_read_chairs(membership_pass *p, const sentence_view *v) {
    for (size_t i = 0; i < v->count; i++) {
        if (!(v->t[i].cls & MC_CHAIR)) {
            continue;
        }
        size_t k = chair_state(v, i);
        if (k == SIZE_MAX) {
            continue;
        }
        int veto = 0;
        uint32_t bits = chair_bits(v, i, k, &veto);
        uint32_t org = i < k ? v->t[i].left_org : v->t[i].right_org;
        org = org != 0 ? org : v->t[i].left_org | v->t[i].right_org;
        member_candidate *c =
            membership_candidate(&p->chairs, v->tokens[k].m.entity,
                                 org != 0 ? org - 1 : v->fallback_org);
        if (c == NULL) {
            return ENT_ENOMEM;
        }
        c->mentions++;
        c->vetoed |= (uint8_t)veto;
        c->bits |= bits;
        if (c->mentions == 1) {
            c->best = v->where;
        }
    }
    return ENT_OK;
}
