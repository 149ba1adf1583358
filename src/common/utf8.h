/*
 * The one UTF-8 validator: every reader of text (snapshots, articles,
 * gazetteers, tables, GraphML and GEXF) accepts exactly the same bytes.
 * Inline because the loader's prescan calls it for every non-ASCII
 * character of a file.
 */
#ifndef ENTENTE_COMMON_UTF8_H
#define ENTENTE_COMMON_UTF8_H

#include <stddef.h>

/*
 * Length of the valid UTF-8 sequence at s (`left` bytes remain, at least
 * one): 1 for an ASCII byte (NUL included: callers that refuse it check it
 * themselves), 2 to 4 for a well-formed sequence, 0 when the bytes are not
 * UTF-8: a stray continuation byte, a cut-off sequence, an overlong form,
 * a surrogate or a code point past U+10FFFF.
 */
static inline size_t utf8_sequence_length(const unsigned char *s, size_t left) {
    unsigned char c = s[0];
    if (c < 0x80) {
        return 1;
    }
    size_t length;
    unsigned char low = 0x80, high = 0xBF; /* range of the second byte */
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        low = c == 0xE0 ? 0xA0 : 0x80;  /* no overlong forms */
        high = c == 0xED ? 0x9F : 0xBF; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        low = c == 0xF0 ? 0x90 : 0x80;
        high = c == 0xF4 ? 0x8F : 0xBF; /* nothing above U+10FFFF */
    } else {
        return 0;
    }
    if (left < length || s[1] < low || s[1] > high) {
        return 0;
    }
    for (size_t i = 2; i < length; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            return 0;
        }
    }
    return length;
}

/* 1 for a byte that starts a character (not a continuation byte): what
 * counting columns in code points counts. */
static inline int utf8_is_lead_byte(unsigned char c) {
    return (c & 0xC0) != 0x80;
}

#endif /* ENTENTE_COMMON_UTF8_H */
