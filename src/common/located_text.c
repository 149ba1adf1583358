/*
 * UTF-8 checking and line-and-column arithmetic for every reader
 * (located_text.h). Both scan eight bytes at a time (the check 32 with
 * SSE2): a load can have to count through a whole file to a warning near
 * its end, and an article is mostly ASCII.
 */
#include "common/located_text.h"

#include <stdint.h>
#include <string.h>

#include "common/utf8.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/*
 * Each helper marks its bytes with 0x80 in their lane of a 64-bit word,
 * and lanes never carry into each other, so the byte order of the machine
 * does not matter.
 */
static const uint64_t LANES_01 = 0x0101010101010101u;
static const uint64_t LANES_7F = 0x7F7F7F7F7F7F7F7Fu;
static const uint64_t LANES_80 = 0x8080808080808080u;

static uint64_t load_word(const unsigned char *bytes) {
    uint64_t word;
    memcpy(&word, bytes, sizeof word);
    return word;
}

static size_t count_marks(uint64_t marks) {
    return (size_t)(((marks >> 7) * LANES_01) >> 56);
}

/* Bytes equal to '\n'. */
static uint64_t mark_line_breaks(uint64_t word) {
    uint64_t x = word ^ (LANES_01 * '\n');
    return ~(((x & LANES_7F) + LANES_7F) | x | LANES_7F);
}

/* UTF-8 continuation bytes (10xxxxxx): bit 7 set, bit 6 clear. */
static uint64_t mark_continuations(uint64_t word) {
    return word & ~(word << 1) & LANES_80;
}

/* 1 when a byte of the word is >= 0x80 or zero (the classic has-zero
 * test). */
static int has_unplain_byte(uint64_t word) {
    return (word & LANES_80) != 0 || ((word - LANES_01) & ~word & LANES_80);
}

size_t text_count_line_breaks(const char *text, size_t from, size_t to) {
    const unsigned char *bytes = (const unsigned char *)text;
    size_t count = 0, i = from;
    for (; to - i >= 8; i += 8) {
        count += count_marks(mark_line_breaks(load_word(bytes + i)));
    }
    for (; i < to; i++) {
        count += bytes[i] == '\n';
    }
    return count;
}

size_t text_count_characters(const char *text, size_t from, size_t to) {
    const unsigned char *bytes = (const unsigned char *)text;
    size_t count = 0, i = from;
    for (; to - i >= 8; i += 8) {
        count += 8 - count_marks(mark_continuations(load_word(bytes + i)));
    }
    for (; i < to; i++) {
        count += utf8_is_lead_byte(bytes[i]);
    }
    return count;
}

void text_position(const char *text, size_t length, size_t offset, int *line,
                   int *column) {
    size_t end = offset < length ? offset : length, line_start = end;
    while (line_start > 0 && text[line_start - 1] != '\n') {
        line_start--;
    }
    *line = (int)(1 + text_count_line_breaks(text, 0, line_start));
    *column = (int)(1 + text_count_characters(text, line_start, end));
}

/* The length of the run of ASCII bytes without NUL at s, or less: the
 * caller checks what follows byte by byte. With SSE2, 32 bytes a step (a
 * byte from 1 to 0x7F is above zero as a signed byte) to the first other
 * byte; then 8 at a time, a multiple of 8 short of it. */
static size_t plain_ascii_run(const unsigned char *s, size_t left) {
    size_t n = 0;
#ifdef __SSE2__
    const __m128i zero = _mm_setzero_si128();
    while (left - n >= 32) {
        __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(s + n));
        __m128i b =
            _mm_loadu_si128((const __m128i *)(const void *)(s + n + 16));
        uint32_t plain = (uint32_t)_mm_movemask_epi8(_mm_cmpgt_epi8(a, zero)) |
                         (uint32_t)_mm_movemask_epi8(_mm_cmpgt_epi8(b, zero))
                             << 16;
        if (plain != UINT32_MAX) {
            return n + (size_t)__builtin_ctz(~plain);
        }
        n += 32;
    }
#endif
    while (n + 8 <= left && !has_unplain_byte(load_word(s + n))) {
        n += 8;
    }
    return n;
}

ent_status text_check_utf8(const char *text, size_t length, const char *name,
                           ent_diag_list_t *diags) {
    if (length == 0) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, name, 0, 0, NULL,
                     "the file is empty");
        return ENT_EINPUT;
    }
    const unsigned char *s = (const unsigned char *)text;
    for (size_t i = 0; i < length;) {
        i += plain_ascii_run(s + i, length - i);
        if (i >= length) {
            break;
        }
        size_t size = s[i] == 0 ? 0 : utf8_sequence_length(s + i, length - i);
        if (size == 0) {
            int line, column;
            text_position(text, length, i, &line, &column);
            if (s[i] == 0) {
                ent_diag_add(diags, ENT_SEVERITY_ERROR, name, line, column,
                             NULL, "NUL byte: this is binary data, not text");
            } else {
                ent_diag_add(diags, ENT_SEVERITY_ERROR, name, line, column,
                             NULL,
                             "invalid UTF-8 byte 0x%02X (the file must be "
                             "UTF-8 text)",
                             s[i]);
            }
            return ENT_EINPUT;
        }
        i += size;
    }
    return ENT_OK;
}
