/*
 * The words a clause's polarity reads (polarity.h): their classes, found
 * by a binary search of one sorted table, and the cues that make a
 * sentence worth reading at all.
 */
#include "extract/attendance_model.h"
#include "extract/polarity.h"

#include <string.h>

typedef struct {
    const char *word;
    unsigned char length;
    uint16_t classes;
} class_word;

#define WORD(w, c)                                                             \
    { w, sizeof w - 1, c }

/* Sorted by word (bytes), for a binary search. */
static const class_word class_words[] = {
    WORD("absence", W_ABSENT),
    WORD("absent", W_ABSENT),
    WORD("although", W_CLOSER),
    WORD("arrive", W_MOVE),
    WORD("arrived", W_MOVE),
    WORD("assembly", W_SUMMIT),
    WORD("attend", W_PRESENCE),
    WORD("attended", W_PRESENCE),
    WORD("attending", W_PRESENCE),
    WORD("attends", W_PRESENCE),
    WORD("authorities", W_PEOPLE),
    WORD("banquet", W_EVENT),
    WORD("began", W_MEET_VERB),
    WORD("begun", W_MEET_VERB),
    WORD("boycotted", W_ABSENT),
    WORD("boycotts", W_ABSENT),
    WORD("but", W_CLOSER),
    WORD("came", W_MOVE),
    WORD("canceled", W_ABSENT),
    WORD("cancelled", W_ABSENT),
    WORD("cannot", W_NEGATOR),
    WORD("celebration", W_EVENT),
    WORD("celebrations", W_EVENT),
    WORD("ceremonies", W_EVENT),
    WORD("ceremony", W_EVENT),
    WORD("come", W_MOVE),
    WORD("commemoration", W_EVENT),
    WORD("commemorations", W_EVENT),
    WORD("conference", W_SUMMIT),
    WORD("congress", W_SUMMIT),
    WORD("convened", W_MEET_VERB),
    WORD("counterpart", W_PEOPLE),
    WORD("counterparts", W_PEOPLE),
    WORD("delegate", W_PEOPLE),
    WORD("delegates", W_PEOPLE),
    WORD("delegation", W_PEOPLE),
    WORD("delegations", W_PEOPLE),
    WORD("dinner", W_EVENT),
    WORD("dozen", W_NUMBER),
    WORD("dozens", W_NUMBER),
    WORD("edition", W_SUMMIT),
    WORD("eight", W_NUMBER),
    WORD("eleven", W_NUMBER),
    WORD("emir", W_PEOPLE),
    WORD("envoy", W_PEOPLE),
    WORD("envoys", W_PEOPLE),
    WORD("events", W_EVENT),
    WORD("festivities", W_EVENT),
    WORD("five", W_NUMBER),
    WORD("former", W_PAST),
    WORD("forum", W_SUMMIT),
    WORD("four", W_NUMBER),
    WORD("funeral", W_EVENT),
    WORD("gathered", W_MEET_VERB),
    WORD("gathering", W_SUMMIT),
    WORD("government", W_PEOPLE),
    WORD("half", W_NUMBER),
    WORD("head", W_PEOPLE),
    WORD("heads", W_PEOPLE),
    WORD("held", W_MEET_VERB),
    WORD("however", W_CLOSER),
    WORD("inauguration", W_EVENT),
    WORD("instead", W_CLOSER),
    WORD("join", W_MOVE),
    WORD("joined", W_MOVE),
    WORD("junta", W_PEOPLE),
    WORD("kicked", W_MEET_VERB),
    WORD("king", W_PEOPLE),
    WORD("last", W_PAST),
    WORD("leader", W_PEOPLE),
    WORD("leaders", W_PEOPLE),
    WORD("many", W_NUMBER),
    WORD("match", W_EVENT),
    WORD("may", W_HEDGE),
    WORD("meanwhile", W_CLOSER),
    WORD("meet", W_MEET_VERB),
    WORD("meeting", W_SUMMIT),
    WORD("meetings", W_SUMMIT),
    WORD("met", W_MEET_VERB),
    WORD("might", W_HEDGE),
    WORD("minister", W_PEOPLE),
    WORD("ministers", W_PEOPLE),
    WORD("miss", W_ABSENT),
    WORD("missed", W_ABSENT),
    WORD("misses", W_ABSENT),
    WORD("monarch", W_PEOPLE),
    WORD("neither", W_NEGATOR),
    WORD("never", W_NEGATOR),
    WORD("nine", W_NUMBER),
    WORD("no", W_NEGATOR | W_QUANTIFIER),
    WORD("nobody", W_NEGATOR | W_QUANTIFIER),
    WORD("none", W_NEGATOR | W_QUANTIFIER),
    WORD("nor", W_NEGATOR),
    WORD("not", W_NEGATOR),
    WORD("official", W_PEOPLE),
    WORD("officials", W_PEOPLE),
    WORD("opened", W_MEET_VERB),
    WORD("opens", W_MEET_VERB),
    WORD("parade", W_EVENT),
    WORD("part", W_PRESENCE),
    WORD("participate", W_PRESENCE),
    WORD("participated", W_PRESENCE),
    WORD("participates", W_PRESENCE),
    WORD("participating", W_PRESENCE),
    WORD("past", W_PAST),
    WORD("perhaps", W_HEDGE),
    WORD("possibly", W_HEDGE),
    WORD("premier", W_PEOPLE),
    WORD("present", W_PRESENCE),
    WORD("president", W_PEOPLE),
    WORD("presidents", W_PEOPLE),
    WORD("previous", W_PAST),
    WORD("prime", W_PEOPLE),
    WORD("reception", W_EVENT),
    WORD("reportedly", W_HEDGE),
    WORD("representative", W_PEOPLE),
    WORD("representatives", W_PEOPLE),
    WORD("represented", W_PRESENCE),
    WORD("rumored", W_HEDGE),
    WORD("rumoured", W_HEDGE),
    WORD("session", W_SUMMIT),
    WORD("seven", W_NUMBER),
    WORD("several", W_NUMBER),
    WORD("show", W_ABSENT),
    WORD("shows", W_ABSENT),
    WORD("side", W_PEOPLE),
    WORD("six", W_NUMBER),
    WORD("skip", W_ABSENT),
    WORD("skipped", W_ABSENT),
    WORD("skips", W_ABSENT),
    WORD("snubbed", W_ABSENT),
    WORD("some", W_NUMBER),
    WORD("started", W_MEET_VERB),
    WORD("stayed", W_ABSENT),
    WORD("sultan", W_PEOPLE),
    WORD("summit", W_SUMMIT),
    WORD("summits", W_SUMMIT),
    WORD("talks", W_SUMMIT),
    WORD("ten", W_NUMBER),
    WORD("there", W_PRESENCE),
    WORD("though", W_CLOSER),
    WORD("three", W_NUMBER),
    WORD("travel", W_MOVE),
    WORD("traveled", W_MOVE),
    WORD("travelled", W_MOVE),
    WORD("twelve", W_NUMBER),
    WORD("two", W_NUMBER),
    WORD("wedding", W_EVENT),
    WORD("whereas", W_CLOSER),
    WORD("while", W_CLOSER),
    WORD("without", W_WITHOUT),
};

static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }

/* 1 when token t ends in "n't" or "n’t" ("didn't", "won’t", "n't"). */
static int contracted_not(const char *text, const token *t) {
    size_t n = t->end - t->start;
    const char *w = text + t->start;
    if (n >= 3 && lower(w[n - 3]) == 'n' && w[n - 2] == '\'' &&
        lower(w[n - 1]) == 't') {
        return 1;
    }
    return n >= 5 && lower(w[n - 5]) == 'n' &&
           memcmp(w + n - 4, "\xE2\x80\x99", 3) == 0 && lower(w[n - 1]) == 't';
}

uint16_t polarity_word_classes(const char *text, const token *t) {
    if (t->kind == TOKEN_PUNCT) {
        return text[t->start] == ';' || text[t->start] == '.' ? W_CLOSER : 0;
    }
    if (t->kind == TOKEN_NUMBER) {
        return W_NUMBER;
    }
    size_t length = t->end - t->start;
    if (t->kind != TOKEN_WORD || length > 15) {
        return 0;
    }
    uint16_t c = contracted_not(text, t) ? W_NEGATOR : 0;
    char word[16];
    for (size_t k = 0; k < length; k++) {
        word[k] = lower(text[t->start + k]);
    }
    size_t low = 0, high = sizeof class_words / sizeof *class_words;
    while (low < high) {
        size_t mid = (low + high) / 2;
        const class_word *w = &class_words[mid];
        int order =
            memcmp(w->word, word, w->length < length ? w->length : length);
        if (order == 0) {
            order = (int)w->length - (int)length;
        }
        if (order == 0) {
            c |= w->classes;
            break;
        }
        if (order < 0) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    /* "May 9" is a date, no hedge */
    if ((c & W_HEDGE) && text[t->start] == 'M') {
        c &= (uint16_t)~W_HEDGE;
    }
    return c;
}

/* The words that may turn a clause: a word equal to one, or starting
 * with one when `prefix`. */
static const struct {
    const char *word;
    unsigned char length, prefix;
} cues[] = {
    {"not", 3, 0},     {"never", 5, 0}, {"neither", 7, 0}, {"nor", 3, 0},
    {"no", 2, 0},      {"none", 4, 0},  {"nobody", 6, 0},  {"cannot", 6, 0},
    {"without", 7, 0}, {"miss", 4, 1},  {"skip", 4, 1},    {"boycott", 7, 1},
    {"snub", 4, 1},    {"absen", 5, 1}, {"cancel", 6, 1},  {"stayed", 6, 0},
};

/* 1 when word token t is a cue. */
static int cue_word(const char *text, const token *t) {
    size_t length = t->end - t->start;
    char first = lower(text[t->start]);
    for (size_t k = 0; k < sizeof cues / sizeof *cues; k++) {
        if (cues[k].word[0] == first &&
            token_is_word(text, t, cues[k].word, cues[k].length,
                          cues[k].prefix)) {
            return 1;
        }
    }
    return length >= 3 && contracted_not(text, t);
}

int polarity_cue(const char *text, const token *tokens, const uint16_t *cue,
                 size_t count) {
    for (size_t k = 0; k < count; k++) {
        /* the attendance model's classes have the negations and the
         * absences ("represented", "sent", "instead" too: those are no
         * cue here); "without" and "cancelled" are read here */
        if (cue[k] & CUE_NEGATION) {
            return 1;
        }
        const token *t = &tokens[k];
        size_t length = t->end - t->start;
        char first = lower(text[t->start]);
        if (t->kind == TOKEN_WORD &&
            ((cue[k] & CUE_ABSENCE) || (first == 'w' && length == 7) ||
             (first == 'c' && length >= 6 && length <= 9 &&
              lower(text[t->start + 1]) == 'a')) &&
            cue_word(text, t)) {
            return 1;
        }
    }
    return 0;
}
