/*
 * The words of an introduction: titles ("Vice President", "Minister of
 * Foreign Affairs", "Secretary-General") and names (capitalised words,
 * initials, particles such as bin, al-, von der, hyphens).
 */
#include <stdio.h>
#include <string.h>

#include "extract/names.h"

/* A word of a list, with its length. */
typedef struct {
    const char *w;
    size_t n;
} list_word;
#define W(word)                                                                \
    { word, sizeof word - 1 }

/* A title's words (a hyphen reads as a space), its role, and whether
 * it leads what it is held of. Longest first where one opens another. */
typedef struct {
    const char *words;
    const char *role;
    int leads, org;
} title_entry;

static const title_entry titles[] = {
    {"secretary general", "secretary general", 1, 1},
    {"executive secretary", "executive secretary", 1, 1},
    {"commission chairperson", "chairperson", 1, 1},
    {"commission chairman", "chairperson", 1, 1},
    {"commission chair", "chairperson", 1, 1},
    {"prime minister", "prime minister", 1, 0},
    {"president", "president", 1, 0},
    {"premier", "premier", 1, 0},
    {"chancellor", "chancellor", 1, 0},
    {"king", "king", 1, 0},
    {"emir", "emir", 1, 0},
    {"amir", "emir", 1, 0},
    {"sultan", "sultan", 1, 0},
    {"crown prince", "crown prince", 0, 0},
    {"foreign minister", "foreign minister", 0, 0},
    {"foreign affairs minister", "foreign minister", 0, 0},
    {"external affairs minister", "foreign minister", 0, 0},
    {"minister of foreign affairs", "foreign minister", 0, 0},
    {"minister for foreign affairs", "foreign minister", 0, 0},
    {"minister of external affairs", "foreign minister", 0, 0},
    {"minister of the external affairs", "foreign minister", 0, 0},
    {"secretary of state", "secretary of state", 0, 0},
    {"defence minister", "minister", 0, 0},
    {"defense minister", "minister", 0, 0},
    {"finance minister", "minister", 0, 0},
    {"trade minister", "minister", 0, 0},
    {"special envoy", "envoy", 0, 0},
    {"envoy", "envoy", 0, 0},
    {"ambassador", "ambassador", 0, 0},
    {"permanent representative", "permanent representative", 0, 0},
    {"national security adviser", "national security adviser", 0, 0},
    {"national security advisor", "national security adviser", 0, 0},
    {"speaker", "speaker", 0, 0},
};

/* Words before a title that make it a deputy's: the role keeps them and
 * leads no more. In the order they stand ("First Vice President"). */
static const list_word deputies[] = {W("first"), W("second"), W("vice"),
                                     W("deputy")};

/* The token after the words of `words` from token i (a hyphen between
 * two words read as a space), or 0 when they do not follow. */
static size_t match_words(const char *text, const token *tokens, size_t count,
                          size_t i, const char *words) {
    while (*words != '\0') {
        size_t n = strcspn(words, " ");
        if (i >= count) {
            return 0;
        }
        if (!names_word_is_n(text, &tokens[i], words, n)) {
            return 0;
        }
        i++;
        words += n + (words[n] == ' ');
        if (*words != '\0' && i < count && tokens[i].kind == TOKEN_DASH &&
            tokens[i].start == tokens[i - 1].end) {
            i++; /* "Secretary-General", "Vice-President" */
        }
    }
    return i;
}

/* prefix then role into out (size bytes, cut as snprintf cuts): the
 * role of every title read, without formatting. */
static void join_role(char *out, size_t size, const char *prefix,
                      const char *role) {
    size_t p = strlen(prefix), r = strlen(role);
    p = p < size - 1 ? p : size - 1;
    r = r < size - 1 - p ? r : size - 1 - p;
    memcpy(out, prefix, p);
    memcpy(out + p, role, r);
    out[p + r] = '\0';
}

int names_read_title(const char *text, const token *tokens, size_t count,
                     size_t i, names_title *out) {
    size_t at = i;
    char prefix[24] = "";
    for (size_t k = 0; k < sizeof deputies / sizeof *deputies && at < count &&
                       tokens[at].kind == TOKEN_WORD;
         k++) {
        if (names_word_is_n(text, &tokens[at], deputies[k].w, deputies[k].n)) {
            snprintf(prefix + strlen(prefix), sizeof prefix - strlen(prefix),
                     "%s ", deputies[k].w);
            at++;
            if (at < count && tokens[at].kind == TOKEN_DASH &&
                tokens[at].start == tokens[at - 1].end) {
                at++;
            }
        }
    }
    if (at >= count || tokens[at].kind != TOKEN_WORD) {
        return 0;
    }
    char first = text[tokens[at].start];
    first = first >= 'A' && first <= 'Z' ? (char)(first + 32) : first;
    for (size_t k = 0; k < sizeof titles / sizeof *titles; k++) {
        if (titles[k].words[0] != first) {
            continue; /* most entries differ at once */
        }
        size_t after = match_words(text, tokens, count, at, titles[k].words);
        if (after == 0) {
            continue;
        }
        join_role(out->role, sizeof out->role, prefix, titles[k].role);
        out->leads = titles[k].leads && prefix[0] == '\0';
        out->org = titles[k].org;
        out->after = after;
        return 1;
    }
    return 0;
}

/* Words written with a capital that name no person: institutions,
 * days, months, pronouns and the words that open a sentence. */
static const list_word not_names[] = {
    W("summit"),       W("council"),      W("union"),      W("commission"),
    W("committee"),    W("republic"),     W("kingdom"),    W("state"),
    W("states"),       W("government"),   W("ministry"),   W("office"),
    W("house"),        W("palace"),       W("assembly"),   W("parliament"),
    W("congress"),     W("court"),        W("bank"),       W("party"),
    W("forum"),        W("conference"),   W("meeting"),    W("group"),
    W("organization"), W("organisation"), W("agency"),     W("secretariat"),
    W("the"),          W("this"),         W("that"),       W("his"),
    W("her"),          W("he"),           W("she"),        W("it"),
    W("they"),         W("we"),           W("and"),        W("but"),
    W("on"),           W("in"),           W("at"),         W("of"),
    W("for"),          W("monday"),       W("tuesday"),    W("wednesday"),
    W("thursday"),     W("friday"),       W("saturday"),   W("sunday"),
    W("january"),      W("february"),     W("march"),      W("april"),
    W("june"),         W("july"),         W("august"),     W("september"),
    W("october"),      W("november"),     W("december"),   W("president"),
    W("minister"),     W("secretary"),    W("general"),    W("vice"),
    W("deputy"),       W("prime"),        W("foreign"),    W("affairs"),
    W("king"),         W("emir"),         W("sultan"),     W("chairperson"),
    W("chairman"),     W("envoy"),        W("ambassador"), W("speaker"),
    W("leader"),       W("leaders"),      W("delegation"), W("summit's"),
    W("army"),         W("forces"),       W("ministers"),  W("heads"),
    W("premier"),      W("chancellor"),   W("says"),       W("street"),
    W("road"),         W("avenue"),       W("square"),     W("hotel"),
    W("hall"),         W("centre"),       W("center"),     W("airport"),
    W("university"),   W("college"),      W("school"),     W("stadium"),
    W("building"),     W("park"),         W("bridge"),     W("tower"),
    W("plaza"),        W("boulevard"),    W("award"),      W("prize"),
    W("cup"),          W("fund"),         W("foundation"), W("said"),
    W("will"),         W("has"),          W("is")};

/* Honorifics before a name, left out of it. */
static const list_word honorifics[] = {
    W("h"),      W("e"),   W("mr"),        W("mrs"),  W("ms"),
    W("dr"),     W("hon"), W("amb"),       W("prof"), W("sheikh"),
    W("shaikh"), W("his"), W("excellency")};

/* Small words inside a name ("bin Zayed", "von der Leyen", "al-Sharqi"). */
static const list_word particles[] = {W("bin"), W("ibn"), W("bint"), W("al"),
                                      W("el"),  W("von"), W("der"),  W("van"),
                                      W("de"),  W("da"),  W("dos"),  W("du"),
                                      W("di"),  W("del"), W("ould")};

static int in_list(const char *text, const token *t, const list_word *list,
                   size_t n) {
    for (size_t k = 0; k < n; k++) {
        if (names_word_is_n(text, t, list[k].w, list[k].n)) {
            return 1;
        }
    }
    return 0;
}

/* 1 for a capital letter at text[at]: ASCII, or a Latin-1 or Latin
 * Extended-A capital (even code points there are capitals). */
static int capital_at(const char *text, size_t at, size_t end) {
    unsigned char c = (unsigned char)text[at];
    unsigned char d = at + 1 < end ? (unsigned char)text[at + 1] : 0;
    if (c >= 'A' && c <= 'Z') {
        return 1;
    }
    if (c == 0xC3) {
        return d >= 0x80 && d <= 0x9E && d != 0x97;
    }
    return (c == 0xC4 || c == 0xC5) && (d & 1) == 0;
}

int names_is_name_word(const names_table *table, const char *text,
                       const token *t) {
    if (t->kind != TOKEN_WORD || !capital_at(text, t->start, t->end)) {
        return 0;
    }
    /* the possessive's apostrophe ends a name word: compare its stem */
    token stem = *t;
    stem.end -= names_possessive_bytes(text, stem.start, stem.end);
    /* a stem none of the lists' words hashes like is in none of them */
    if (!names_bit_test(
            table->no_name_bits,
            text_word_hash(text + stem.start, stem.end - stem.start))) {
        return 1;
    }
    return !in_list(text, &stem, not_names,
                    sizeof not_names / sizeof *not_names) &&
           !in_list(text, &stem, honorifics + 2,
                    sizeof honorifics / sizeof *honorifics - 2);
}

size_t names_skip_honorifics(const char *text, const token *tokens,
                             size_t count, size_t i) {
    while (i < count && in_list(text, &tokens[i], honorifics,
                                sizeof honorifics / sizeof *honorifics)) {
        i++;
        if (i < count && tokens[i].kind == TOKEN_PUNCT &&
            text[tokens[i].start] == '.') {
            i++;
        }
    }
    return i;
}

/* 1 for a single capital letter and its full stop at token i ("R."). */
static int initial_at(const char *text, const token *tokens, size_t count,
                      size_t i) {
    return i + 1 < count && tokens[i].kind == TOKEN_WORD &&
           tokens[i].end == tokens[i].start + 1 &&
           capital_at(text, tokens[i].start, tokens[i].end) &&
           tokens[i + 1].kind == TOKEN_PUNCT &&
           text[tokens[i + 1].start] == '.';
}

/* 1 when token i and i+2 are joined by the hyphen at i+1. */
static int hyphen_joins(const token *tokens, size_t count, size_t i) {
    return i + 2 < count && tokens[i + 1].kind == TOKEN_DASH &&
           tokens[i + 1].start == tokens[i].end &&
           tokens[i + 1].end == tokens[i + 2].start &&
           tokens[i + 1].end - tokens[i + 1].start == 1;
}

size_t names_read_name(const names_table *table, const char *text,
                       const token *tokens, size_t count, size_t i,
                       size_t *words) {
    size_t at = i, end = 0;
    *words = 0;
    while (at < count && *words < 6) {
        if (initial_at(text, tokens, count, at)) {
            at += 2; /* "Joseph R. Biden": an initial ends no name */
            continue;
        }
        int particle = in_list(text, &tokens[at], particles,
                               sizeof particles / sizeof *particles) &&
                       *words > 0;
        if (!particle && !names_is_name_word(table, text, &tokens[at])) {
            break;
        }
        if (hyphen_joins(tokens, count, at) &&
            names_is_name_word(table, text, &tokens[at + 2])) {
            at += 2; /* "Akufo-Addo", "al-Sharqi" */
        } else if (particle) {
            at++;
            continue; /* a particle ends no name */
        }
        at++;
        ++*words;
        end = at;
        /* a possessive ends the name ("Shettima's") */
        if (names_possessive_bytes(text, tokens[at - 1].start,
                                   tokens[at - 1].end) != 0) {
            break;
        }
    }
    return end;
}

/* The words that open a title into the filter: a word not in it opens
 * none, and most words are tested so. */
void names_title_bits(uint64_t *bits) {
    for (size_t k = 0; k < sizeof titles / sizeof *titles; k++) {
        size_t n = strcspn(titles[k].words, " ");
        names_bit_set(bits, text_word_hash(titles[k].words, n));
    }
    for (size_t k = 0; k < sizeof deputies / sizeof *deputies; k++) {
        names_bit_set(bits, text_word_hash(deputies[k].w, deputies[k].n));
    }
}

void names_no_name_bits(uint64_t *bits) {
    for (size_t k = 0; k < sizeof not_names / sizeof *not_names; k++) {
        names_bit_set(bits, text_word_hash(not_names[k].w, not_names[k].n));
    }
    for (size_t k = 2; k < sizeof honorifics / sizeof *honorifics; k++) {
        names_bit_set(bits, text_word_hash(honorifics[k].w, honorifics[k].n));
    }
}

int names_is_honorific(const char *text, const token *t) {
    return in_list(text, t, honorifics, sizeof honorifics / sizeof *honorifics);
}
