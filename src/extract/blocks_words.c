/*
 * The words that make a line a heading with a cue, a sub-heading, a list
 * item or prose (blocks.c). Lists of general words, not of any article's
 * phrases: the verbs and nouns of attendance, absence and membership, the
 * titles and small words a line naming a participant holds.
 */
#include <string.h>

#include "extract/blocks.h"

/* 1 when the word at t is `word` (a prefix of it when `prefix`), ASCII
 * case folded (token_is_word). */
static int word_match(const char *text, const token *t, const char *word,
                      int prefix) {
    return token_is_word(text, t, word, strlen(word), prefix);
}

int blocks_word_is(const char *text, const token *t, const char *word) {
    return word_match(text, t, word, 0);
}

/* 1 when the word at t is one of `words` (NULL ended); a word ending in
 * '*' is a prefix ("attend*": attended, attendance, attendees). Compared
 * in place, ASCII case folded: the lists are read at every token of every
 * line, so no length or copy of a list word is made. */
static int word_in(const char *text, const token *t, const char *const *words) {
    if (t->kind != TOKEN_WORD) {
        return 0;
    }
    const char *s = text + t->start;
    size_t length = t->end - t->start;
    for (size_t k = 0; words[k] != NULL; k++) {
        const char *w = words[k];
        size_t i = 0;
        while (w[i] != '\0' && w[i] != '*' && i < length &&
               (s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]) == w[i]) {
            i++;
        }
        if (w[i] == '*' || (w[i] == '\0' && i == length)) {
            return 1;
        }
    }
    return 0;
}

static const char *const attend_words[] = {
    "attend*",  "participa*",  "present",     "arrived",
    "arriving", "delegation*", "represented", NULL};
static const char *const take_words[] = {"take", "took", "taking", "takes",
                                         NULL};
static const char *const absent_words[] = {
    "absen*", "skip*", "boycott*", "unable", "declined", "snub*", NULL};
static const char *const negation_words[] = {"not", "never", "cannot", "won",
                                             NULL};
static const char *const member_words[] = {"member*", "comprise*", "consist*",
                                           NULL};
static const char *const not_member_words[] = {
    "partner*", "observer*",     "guest*",        "candidate*",   "applicant*",
    "invitee*", "organizations", "organisations", "institutions", NULL};
static const char *const hedge_words[] = {
    "expected", "likely", "may", "might", "reportedly", "could", NULL};
/* Lists that name states and persons but say nothing of this meeting's
 * attendance: invitations, documents signed, past hosts, another
 * meeting, a table of contents. */
static const char *const veto_words[] = {
    "invit*",   "signed",   "document*", "agreement*", "declaration*",
    "adopted",  "contents", "agenda",    "hosts",      "previous",
    "past",     "former",   "earlier",   "chapter*",   "winners",
    "ranking*", NULL};

/* BLOCK_MEMBERS or BLOCK_NOT_MEMBERS for the group word at token i
 * ("members", "observers", "non-members"), else 0. */
static unsigned group_of(const char *text, const token *tokens, size_t i) {
    const token *t = &tokens[i];
    int non = i > 0 && blocks_word_is(text, &tokens[i - 1], "non");
    if (word_in(text, t, not_member_words) ||
        (non && word_in(text, t, member_words))) {
        return BLOCK_NOT_MEMBERS;
    }
    return word_in(text, t, member_words) ? BLOCK_MEMBERS : 0;
}

unsigned blocks_heading_cues(const char *text, const token *tokens,
                             size_t count) {
    unsigned cues = 0;
    int negated = 0;
    for (size_t i = 0; i < count; i++) {
        const token *t = &tokens[i];
        if (t->kind != TOKEN_WORD) {
            continue;
        }
        int take_part = blocks_word_is(text, t, "part") && i > 0 &&
                        word_in(text, &tokens[i - 1], take_words);
        unsigned group = group_of(text, tokens, i);
        if (word_in(text, t, attend_words) || take_part) {
            cues |= negated ? BLOCK_ABSENT : BLOCK_ATTENDS;
        } else if (word_in(text, t, absent_words)) {
            cues |= BLOCK_ABSENT;
        } else if (word_in(text, t, negation_words)) {
            negated = 1;
        }
        cues |= group;
        cues |= word_in(text, t, hedge_words) ? BLOCK_HEDGED : 0;
        cues |= word_in(text, t, veto_words) ? BLOCK_VETOED : 0;
    }
    return cues;
}

/* The lower-case words a line naming a participant may hold beside the
 * names: titles, the small words of titles and names, how one takes
 * part. Capitalized words (names, titles) are always allowed. */
static const char *const item_words[] = {"of",
                                         "the",
                                         "and",
                                         "for",
                                         "de",
                                         "la",
                                         "du",
                                         "bin",
                                         "al",
                                         "el",
                                         "da",
                                         "ibn",
                                         "van",
                                         "von",
                                         "president*",
                                         "vice",
                                         "prime",
                                         "minister*",
                                         "premier",
                                         "chancellor",
                                         "king",
                                         "queen",
                                         "emir",
                                         "amir",
                                         "sultan",
                                         "crown",
                                         "prince*",
                                         "sheikh",
                                         "secretary",
                                         "general",
                                         "secretary-general",
                                         "chair*",
                                         "co-chair*",
                                         "head*",
                                         "state*",
                                         "government*",
                                         "foreign",
                                         "affairs",
                                         "deputy",
                                         "acting",
                                         "interim",
                                         "transitional",
                                         "counsel*",
                                         "federal",
                                         "republic",
                                         "federation",
                                         "kingdom",
                                         "union",
                                         "islamic",
                                         "commission*",
                                         "council",
                                         "delegat*",
                                         "ambassador",
                                         "envoy",
                                         "special",
                                         "representative*",
                                         "representing",
                                         "represented",
                                         "by",
                                         "his",
                                         "her",
                                         "majesty",
                                         "highness",
                                         "excellency",
                                         "leader",
                                         "supreme",
                                         "governor",
                                         "speaker",
                                         "parliament",
                                         "assembly",
                                         "national",
                                         "host",
                                         "current",
                                         "outgoing",
                                         "incoming",
                                         "new",
                                         "former",
                                         "observer*",
                                         "guest*",
                                         "member*",
                                         "partner*",
                                         "country",
                                         "countries",
                                         "via",
                                         "video",
                                         "link",
                                         "online",
                                         "virtually",
                                         "in",
                                         "person",
                                         "defence",
                                         "defense",
                                         "trade",
                                         "economy",
                                         "finance",
                                         "cooperation",
                                         "international",
                                         "external",
                                         "relations",
                                         "lieutenant",
                                         "colonel",
                                         "military",
                                         "chief",
                                         "executive",
                                         "director",
                                         "managing",
                                         "commissioner",
                                         "mr",
                                         "mrs",
                                         "ms",
                                         "dr",
                                         "h",
                                         "e",
                                         "st",
                                         "nd",
                                         "rd",
                                         "th",
                                         "as",
                                         "a",
                                         "an",
                                         NULL};

/* Finite verbs: a line that has one is a sentence, not an item. */
static const char *const verb_words[] = {
    "is",    "are",  "was",  "were", "will",  "would", "has",  "have",
    "had",   "said", "says", "met",  "meets", "held",  "told", "added",
    "urged", "be",   "been", "do",   "does",  "did",   NULL};

int blocks_line_is_prose(const char *text, const token *tokens, size_t count) {
    int unknown = 0, words = 0;
    for (size_t i = 0; i < count; i++) {
        const token *t = &tokens[i];
        if (t->kind != TOKEN_WORD) {
            continue;
        }
        words++;
        char c = text[t->start];
        if (word_in(text, t, verb_words)) {
            unknown += 2;
        } else if (c >= 'a' && c <= 'z' && !word_in(text, t, item_words)) {
            unknown++;
        }
    }
    /* a long line ending in a full stop is a sentence even if every word
     * could be a title's */
    int stop = count > 0 && tokens[count - 1].kind == TOKEN_PUNCT &&
               text[tokens[count - 1].start] == '.';
    return unknown >= 2 || (stop && words >= 14) || words > 24;
}

/* The words a sub-heading may hold beside its group word. */
static const char *const group_words[] = {
    "of",        "the",         "and",           "states",
    "countries", "nations",     "heads",         "government",
    "leaders",   "delegations", "international", "regional",
    "dialogue",  "sectoral",    "associate",     "founding",
    "full",      "permanent",   "other",         "outreach",
    "special",   "non",         "friends",       "economies",
    "invited",   NULL};

unsigned blocks_subheading(const char *text, const token *tokens,
                           size_t count) {
    unsigned group = 0;
    size_t words = 0;
    for (size_t i = 0; i < count; i++) {
        token_kind kind = tokens[i].kind;
        if (kind == TOKEN_MENTION || kind == TOKEN_DASH ||
            (kind == TOKEN_PUNCT && text[tokens[i].start] != '.')) {
            continue; /* the organization ("ASEAN members") */
        }
        if (kind != TOKEN_WORD || ++words > 5) {
            return 0;
        }
        unsigned g = group_of(text, tokens, i);
        if (g == BLOCK_NOT_MEMBERS || (g == BLOCK_MEMBERS && group == 0)) {
            group = g; /* "members and observers" are not all members */
        } else if (g == 0 && !word_in(text, &tokens[i], group_words)) {
            return 0;
        }
    }
    return group;
}
