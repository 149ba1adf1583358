/*
 * Datelines and place lines: "ASTANA —" or "MINSK, Nov 23 (Reuters) -" at
 * the head of a report, or a line of its own such as "May 25, 2023, The
 * Kremlin, Moscow" under a communiqué's title, say where it was written,
 * which for a summit report is where the summit is. Only a capital
 * counts (a dateline in Istanbul says nothing of a host), and the
 * extractor keeps it only when no sentence names another host.
 */
#include <string.h>

#include "extract/extract_internal.h"

/* Lines at the head of the article that may hold one. */
#define DATELINE_LINES 4
/* A place line is short; a longer line is a paragraph. */
#define PLACE_LINE_MAX 100

static int is_upper_word(const char *text, size_t start, size_t end) {
    int letters = 0;
    for (size_t i = start; i < end; i++) {
        char c = text[i];
        if (c >= 'a' && c <= 'z') {
            return 0;
        }
        letters += c >= 'A' && c <= 'Z';
    }
    return letters > 1;
}

/* A capital's mention at text[at], or 0. */
static int capital_at(const ent_gazetteer_t *g, const char *text, size_t length,
                      size_t at, mention *m) {
    return text_is_word_at(text, length, at) &&
           gazetteer_match(g, text, length, at, m) &&
           m->kind == SPELLING_CAPITAL;
}

/* "ASTANA —", "ASTANA, Nov 28 -", "MINSK (AP) —": a capital in capital
 * letters at the start of the line, then a dash, comma, colon or
 * bracket, or a full stop right after it ("BISHKEK. KAZINFORM -"). */
static int dateline_at(const ent_gazetteer_t *g, const char *text,
                       size_t length, size_t at, mention *m) {
    /* a city that stands for its state counts as its capital
     * ("WASHINGTON -": the gazetteer's capital is "Washington, D.C.") */
    if (!text_is_word_at(text, length, at) ||
        !gazetteer_match(g, text, length, at, m) ||
        (m->kind != SPELLING_CAPITAL && m->kind != SPELLING_METONYM) ||
        m->possessive || !is_upper_word(text, m->start, m->end)) {
        return 0;
    }
    size_t k = m->end;
    while (k < length && text[k] == ' ') {
        k++;
    }
    return k < length && (text[k] == ',' || text[k] == ':' || text[k] == '(' ||
                          text[k] == '-' || (unsigned char)text[k] == 0xE2 ||
                          (text[k] == '.' && k == m->end)); /* "BISHKEK." */
}

/* The dash or bracket that closes a dateline at text[k] (after spaces). */
static int dateline_close(const char *text, size_t length, size_t k) {
    while (k < length && text[k] == ' ') {
        k++;
    }
    return k < length &&
           (text[k] == '(' || text[k] == '-' || (unsigned char)text[k] == 0xE2);
}

/* "NONTHABURI, Thailand —", "KAZAN, Russia (AP) -": a town in capital
 * letters that the gazetteer need not know, a comma and its state by
 * name, then a dash or bracket: wire copy names the state of a town
 * that is no capital, and a reporter's own bureau needs none. */
static int town_dateline_at(const ent_gazetteer_t *g, const char *text,
                            size_t length, size_t at, mention *m) {
    size_t k = at;
    while (k < length && text[k] != ',' && text[k] != '\n') {
        k++;
    }
    if (k == at || k >= length || text[k] != ',' || k - at > 30 ||
        !is_upper_word(text, at, k)) {
        return 0;
    }
    for (size_t i = at; i < k; i++) {
        char c = text[i];
        if (!(c >= 'A' && c <= 'Z') && c != ' ' && c != '-' && c != '\'') {
            return 0;
        }
    }
    k++;
    while (k < length && text[k] == ' ') {
        k++;
    }
    return text_is_word_at(text, length, k) &&
           gazetteer_match(g, text, length, k, m) &&
           (m->kind == SPELLING_NAME || m->kind == SPELLING_ALIAS) &&
           !m->possessive && dateline_close(text, length, m->end);
}

/* "May 25, 2023, The Kremlin, Moscow": a short line of its own whose last
 * word, after a comma, is a capital. */
static int place_line(const ent_gazetteer_t *g, const char *text, size_t start,
                      size_t end, mention *m) {
    while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\r')) {
        end--;
    }
    if (end - start > PLACE_LINE_MAX || end == start) {
        return 0;
    }
    size_t at = end;
    while (at > start && text[at - 1] != ',') {
        at--;
    }
    if (at == start) {
        return 0;
    }
    while (at < end && text[at] == ' ') {
        at++;
    }
    return capital_at(g, text, end, at, m) && m->end == end;
}

/* 1 when the lead after a city that stands for its state places the
 * meeting there: "WASHINGTON (Reuters) - NATO leaders met here on
 * Tuesday". Alone, such a dateline is the news agency's bureau (wire
 * copy from Washington or Beijing on a summit elsewhere), no venue. */
static int is_letter(char c) {
    return (unsigned)((unsigned char)c - 'a') < 26u ||
           (unsigned)((unsigned char)c - 'A') < 26u;
}

static int placed_here(const char *text, size_t at, size_t end) {
    for (size_t k = at; k + 4 <= end; k++) {
        if (text[k] == 'h' && memcmp(text + k, "here", 4) == 0 &&
            !is_letter(text[k - 1]) &&
            (k + 4 == end || !is_letter(text[k + 4]))) {
            return 1;
        }
    }
    return 0;
}

int dateline_find(const ent_gazetteer_t *g, const char *text, size_t length,
                  size_t *state, sentence *line) {
    size_t start = 0;
    for (int n = 0; n < DATELINE_LINES && start < length; n++) {
        size_t end = start;
        while (end < length && text[end] != '\n') {
            end++;
        }
        size_t at = start;
        while (at < end && (text[at] == ' ' || text[at] == '\t')) {
            at++;
        }
        mention m;
        if (at < end &&
            ((dateline_at(g, text, end, at, &m) &&
              (m.kind != SPELLING_METONYM || placed_here(text, m.end, end))) ||
             town_dateline_at(g, text, end, at, &m) ||
             place_line(g, text, at, end, &m)) &&
            g->entities[m.entity].type == ENT_ENTITY_STATE) {
            *state = m.entity;
            line->start = at;
            line->end = end;
            while (line->end > at && (text[line->end - 1] == ' ' ||
                                      text[line->end - 1] == '\r')) {
                line->end--;
            }
            return 1;
        }
        start = end + 1;
    }
    return 0;
}
