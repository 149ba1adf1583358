/*
 * The person-id rule of the corpus (graphs/README.md, "Person ids") for
 * a name the gazetteer lacks: the surname in lower-case ASCII as the
 * press writes it, particles kept (bin-salman, von-der-leyen,
 * al-sharqi), spaces as hyphens, diacritics dropped; a surname written in
 * capitals ("Goodluck Ebele JONATHAN") is the surname.
 */
#include <string.h>

#include "extract/names.h"

/* The ASCII letter of U+00C0 to U+00FF and of U+0100 to U+017F ('*' for
 * the signs among them, dropped). */
static const char latin1[] =
    "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTsaaaaaaaceeeeiiiidnooooo*ouuuuyty";
static const char latin_a[] = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIi"
                              "IiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSs"
                              "SsTtTtTtUuUuUuUuUuUuWwYyyZzZzZzs";

/* Appends the ASCII of text[at, at+length) in small letters to out:
 * accents dropped, apostrophes left out, spaces as hyphens. */
static void fold_into(const char *text, size_t at, size_t length, char *out,
                      size_t size) {
    size_t n = strlen(out);
    for (size_t k = at; k < at + length && n + 1 < size; k++) {
        unsigned char c = (unsigned char)text[k];
        unsigned char d = k + 1 < at + length ? (unsigned char)text[k + 1] : 0;
        char a = 0;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
            a = (char)c;
        } else if (c >= 'A' && c <= 'Z') {
            a = (char)(c + 32);
        } else if (c == ' ') {
            a = '-';
        } else if ((c == 0xC3 || c == 0xC4 || c == 0xC5) && d >= 0x80 &&
                   d <= 0xBF) {
            unsigned code = (unsigned)(c - 0xC3) * 64 + (d - 0x80);
            a = code < 64 ? latin1[code] : latin_a[code - 64];
            a = a >= 'A' && a <= 'Z' ? (char)(a + 32) : a;
            a = a == '*' ? 0 : a;
            k++;
        }
        if (a != 0) {
            out[n++] = a;
        }
    }
    out[n] = '\0';
}

/* 1 for a word of two capitals or more and no small letter. */
static int all_capitals(const char *w, size_t n) {
    size_t capitals = 0;
    for (size_t k = 0; k < n; k++) {
        if (w[k] >= 'a' && w[k] <= 'z') {
            return 0;
        }
        capitals += w[k] >= 'A' && w[k] <= 'Z';
    }
    return capitals >= 2;
}

static int is_particle(const char *w, size_t n) {
    static const char *const small[] = {
        "bin", "ibn", "bint", "von", "der", "van",  "de",  "al", "el",
        "Al",  "El",  "da",   "dos", "du",  "ould", "Von", "Van"};
    for (size_t k = 0; k < sizeof small / sizeof *small; k++) {
        if (strlen(small[k]) == n && memcmp(small[k], w, n) == 0) {
            return 1;
        }
    }
    return 0;
}

#define ID_WORDS_MAX 12

void names_make_id(const char *text, size_t at, size_t length, char *out,
                   size_t size, size_t *surname_at, size_t *surname_length) {
    size_t starts[ID_WORDS_MAX], ends[ID_WORDS_MAX], words = 0;
    for (size_t k = at; k < at + length && words < ID_WORDS_MAX;) {
        while (k < at + length && text[k] == ' ') {
            k++;
        }
        size_t e = k;
        while (e < at + length && text[e] != ' ') {
            e++;
        }
        if (e > k) {
            starts[words] = k;
            ends[words++] = e;
        }
        k = e;
    }
    out[0] = '\0';
    if (words == 0) {
        return;
    }
    /* a surname in capitals among words that are not all in capitals */
    size_t first = words - 1, last = words - 1, caps = 0;
    for (size_t w = 0; w < words; w++) {
        caps += all_capitals(text + starts[w], ends[w] - starts[w]);
    }
    if (caps > 0 && caps < words) {
        size_t w = 0;
        while (!all_capitals(text + starts[w], ends[w] - starts[w])) {
            w++;
        }
        first = last = w;
        while (last + 1 < words &&
               all_capitals(text + starts[last + 1],
                            ends[last + 1] - starts[last + 1])) {
            last++;
        }
    }
    /* "Mansour bin Zayed Al Nahyan": a Gulf name's family ("Al Nahyan")
     * is no surname; the name and the patronymic before it are */
    if (caps == 0 && words >= 5 && ends[words - 2] - starts[words - 2] == 2 &&
        memcmp(text + starts[words - 2], "Al", 2) == 0 &&
        is_particle(text + starts[1], ends[1] - starts[1])) {
        first = 0;
        last = words - 3;
    }
    *surname_at = starts[last];
    *surname_length = ends[last] - starts[last];
    while (first > 0 && is_particle(text + starts[first - 1],
                                    ends[first - 1] - starts[first - 1])) {
        first--; /* "bin Salman", "von der Leyen" */
    }
    fold_into(text, starts[first], ends[last] - starts[first], out, size);
}
