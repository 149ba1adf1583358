/*
 * Sentences: where one ends (a terminator not after an abbreviation,
 * closing quotes and brackets kept) and how a list set out after a colon
 * goes on over its lines and blank lines as one sentence. The tokenizer
 * of the words inside a sentence is text.c.
 */
#include <stdint.h>
#include <string.h>

#include "extract/extract_internal.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* An ASCII letter or digit: a byte that continues a word (the tokenizer's
 * table decides the same for ASCII; these tests are off its hot path). */
static int is_ascii_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
}

/* A word of up to 4 bytes as a number in the words' order: its first
 * byte the top one, zeros after a shorter word ("co" < "col" < "corp"). */
#define WORD4(a, b, c, d)                                                      \
    ((uint32_t)(a) << 24 | (uint32_t)(b) << 16 | (uint32_t)(c) << 8 |          \
     (uint32_t)(d))

/* Words after which a period does not end a sentence, sorted, none over 4
 * letters (a dotted one, "e.g." or "i.e.", is told by its dots). */
static const uint32_t abbreviations[] = {
    WORD4('a', 'd', 'm', 0),   WORD4('a', 'm', 'b', 0),
    WORD4('a', 'p', 'r', 0),   WORD4('a', 'u', 'g', 0),
    WORD4('b', 'r', 'i', 'g'), WORD4('c', 'a', 'p', 't'),
    WORD4('c', 'm', 'd', 'r'), WORD4('c', 'o', 0, 0),
    WORD4('c', 'o', 'l', 0),   WORD4('c', 'o', 'r', 'p'),
    WORD4('d', 'e', 'c', 0),   WORD4('d', 'e', 'p', 't'),
    WORD4('d', 'r', 0, 0),     WORD4('f', 'e', 'b', 0),
    WORD4('g', 'e', 'n', 0),   WORD4('g', 'o', 'v', 0),
    WORD4('h', 'o', 'n', 0),   WORD4('i', 'n', 'c', 0),
    WORD4('j', 'a', 'n', 0),   WORD4('j', 'r', 0, 0),
    WORD4('j', 'u', 'l', 0),   WORD4('j', 'u', 'n', 0),
    WORD4('l', 't', 0, 0),     WORD4('l', 't', 'd', 0),
    WORD4('m', 'a', 'j', 0),   WORD4('m', 'a', 'r', 0),
    WORD4('m', 'r', 0, 0),     WORD4('m', 'r', 's', 0),
    WORD4('m', 's', 0, 0),     WORD4('m', 't', 0, 0),
    WORD4('n', 'o', 0, 0),     WORD4('n', 'o', 'v', 0),
    WORD4('o', 'c', 't', 0),   WORD4('p', 'r', 'e', 's'),
    WORD4('p', 'r', 'o', 'f'), WORD4('r', 'e', 'p', 0),
    WORD4('s', 'e', 'n', 0),   WORD4('s', 'e', 'p', 0),
    WORD4('s', 'e', 'p', 't'), WORD4('s', 'g', 't', 0),
    WORD4('s', 'r', 0, 0),     WORD4('s', 't', 0, 0),
    WORD4('v', 's', 0, 0),
};

/* 1 when the word of `n` (2 to 4) ASCII letters and digits at text[w],
 * capitals folded, is an abbreviation: a binary search of the numbers. */
static int is_abbreviation(const char *text, size_t w, size_t n) {
    uint32_t key = 0;
    for (size_t i = 0; i < 4; i++) {
        unsigned char c = i < n ? (unsigned char)text[w + i] : 0;
        key = key << 8 | (uint32_t)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    size_t low = 0, high = sizeof abbreviations / sizeof *abbreviations;
    while (low < high) {
        size_t mid = low + (high - low) / 2;
        if (abbreviations[mid] < key) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    return low < sizeof abbreviations / sizeof *abbreviations &&
           abbreviations[low] == key;
}

/* 1 when the word ending at text[end] (a period) keeps the sentence going:
 * an abbreviation, an initial ("V. Putin") or a dotted acronym ("U.S."). */
static int period_is_abbreviation(const char *text, size_t start, size_t end) {
    size_t w = end;
    int dotted = 0;
    while (w > start) {
        if (is_ascii_alnum((unsigned char)text[w - 1])) {
            w--;
        } else if (text[w - 1] == '.' && w - 1 > start &&
                   is_ascii_alnum((unsigned char)text[w - 2])) {
            dotted = 1;
            w--;
        } else {
            break;
        }
    }
    size_t n = end - w;
    if (n == 0) {
        return 0;
    }
    if (n == 1 || dotted) {
        return 1; /* an initial or a dotted abbreviation */
    }
    return n <= 4 && is_abbreviation(text, w, n);
}

/* Closing quotes and brackets that stay with the sentence they end. */
static size_t closer_size(const char *text, size_t length, size_t at) {
    unsigned char c = (unsigned char)text[at];
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
        return 1;
    }
    if (c == 0xE2 && at + 2 < length && (unsigned char)text[at + 1] == 0x80 &&
        ((unsigned char)text[at + 2] == 0x9D ||
         (unsigned char)text[at + 2] == 0x99)) {
        return 3; /* ” or ’ */
    }
    return 0;
}

/* 1 when a sentence may start at text[at]: a capital, a digit, an opening
 * quote or bracket, or a non-ASCII letter (case unknown, assume a start). */
static int may_start_sentence(const char *text, size_t length, size_t at) {
    if (at >= length) {
        return 1;
    }
    unsigned char c = (unsigned char)text[at];
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' ||
           c == '\'' || c == '(' || c == '[' || c >= 0xC0;
}

/* Where a sentence ending with a terminator at text[i] would end, or 0
 * when it goes on. */
static size_t end_after_terminator(const char *text, size_t length,
                                   size_t start, size_t i) {
    size_t j = i + 1;
    while (j < length) {
        size_t size = closer_size(text, length, j);
        if (size == 0 && text[j] != '.' && text[j] != '!' && text[j] != '?') {
            break;
        }
        j += size ? size : 1;
    }
    if (text[i] == '.' && period_is_abbreviation(text, start, i)) {
        return 0;
    }
    if (j >= length || text[j] == '\n' || text[j] == '\r') {
        return j;
    }
    if (text_is_space((unsigned char)text[j])) {
        size_t k = j;
        while (k < length && text_is_space((unsigned char)text[k])) {
            k++;
        }
        return may_start_sentence(text, length, k) ? j : 0;
    }
    /* "Uzbekistan.The leadership": a missing space before a word of three
     * letters or more that starts with a capital (not "News.Az"). */
    if (text[i] == '.' && text[j] >= 'A' && text[j] <= 'Z' && i > start &&
        text[i - 1] >= 'a' && text[i - 1] <= 'z') {
        size_t k = j + 1;
        while (k < length && text[k] >= 'a' && text[k] <= 'z') {
            k++;
        }
        if (k - j >= 3) {
            return j;
        }
    }
    return 0;
}

/* Where the text before the newline at text[nl] ends once spaces, tabs
 * and blank lines are left out: trimmed back from nl, but no further than
 * the previous newline of the sentence (`prev_nl`, SIZE_MAX for none),
 * whose own trimmed end (`prev_tail`) stands when only whitespace lies
 * between. Each byte is read once per sentence, so a run of blank lines
 * costs no more than its length. */
static size_t trimmed_end(const char *text, size_t start, size_t nl,
                          size_t prev_nl, size_t prev_tail) {
    size_t floor = prev_nl == SIZE_MAX ? start : prev_nl + 1;
    size_t end = nl;
    while (end > floor && text_is_space((unsigned char)text[end - 1])) {
        end--;
    }
    return end == floor && prev_nl != SIZE_MAX ? prev_tail : end;
}

/* 1 when the line at text[at] opens with a list bullet: "-", "*", "•" or
 * a dash, then a letter or a space ("-H. E. Mr. NAME", "• President"). */
static int opens_with_bullet(const char *text, size_t length, size_t at) {
    while (at < length && (text[at] == ' ' || text[at] == '\t')) {
        at++;
    }
    size_t size = 0;
    if (at < length && (text[at] == '-' || text[at] == '*')) {
        size = 1;
    } else if (at + 2 < length && (unsigned char)text[at] == 0xE2 &&
               (((unsigned char)text[at + 1] == 0x80 &&
                 ((unsigned char)text[at + 2] == 0xA2 ||
                  (unsigned char)text[at + 2] == 0x93 ||
                  (unsigned char)text[at + 2] == 0x94)))) {
        size = 3; /* •, – or — */
    }
    return size != 0 && at + size < length &&
           (text[at + size] == ' ' ||
            is_ascii_alnum((unsigned char)text[at + size]));
}

/* The first byte after the blank lines and spaces from text[at]. */
static size_t skip_blank(const char *text, size_t length, size_t at) {
    while (at < length && text_is_space((unsigned char)text[at])) {
        at++;
    }
    return at;
}

/* Bytes of a line that may be a list's last item. */
#define LIST_ITEM_MAX 200

/* 1 when the line ending at text[end] opened with a bullet and the line
 * at text[next] is short and ends in no terminator: the last item of a
 * list whose bullet was dropped ("-H. E. Mr. NAME, ..." then "H. E. Mr.
 * NAME, Ambassador of STATE"). */
static int last_item_after_bullets(const char *text, size_t length,
                                   size_t start, size_t end, size_t next) {
    size_t line = end;
    while (line > start && text[line - 1] != '\n') {
        line--;
    }
    if (!opens_with_bullet(text, length, line)) {
        return 0;
    }
    size_t stop = next;
    while (stop < length && text[stop] != '\n' &&
           stop - next <= LIST_ITEM_MAX) {
        stop++;
    }
    while (stop > next && text_is_space((unsigned char)text[stop - 1])) {
        stop--;
    }
    return stop > next && stop - next <= LIST_ITEM_MAX &&
           memchr(".!?", text[stop - 1], 3) == NULL;
}

/* 1 when the line whose text ends at text[end] (trimmed_end) is an item
 * of a list set out after a colon (`after_colon`: an earlier line of the
 * sentence ended in one), spaced by blank lines, whose next item starts at
 * text[next]: the item ends in no terminator and the next line opens with a
 * bullet ("attended the Summit:" then "-H. E. Mr. NAME, President of STATE" one
 * a paragraph). Tested only at a blank line. */
static int list_goes_on(const char *text, size_t length, size_t start,
                        size_t end, size_t next, int after_colon) {
    return after_colon && end > start &&
           memchr(".!?", text[end - 1], 3) == NULL &&
           (opens_with_bullet(text, length, next) ||
            last_item_after_bullets(text, length, start, end, next));
}

/* The bytes text_next_sentence stops at: the terminators and newline. */
static const unsigned char sentence_stop[256] = {
    ['.'] = 1, ['!'] = 1, ['?'] = 1, ['\n'] = 1};

/* Nonzero when one of the eight bytes of x is `byte`. */
static uint64_t has_byte(uint64_t x, unsigned char byte) {
    const uint64_t ones = 0x0101010101010101u;
    uint64_t v = x ^ (ones * byte);
    return (v - ones) & ~v & (ones << 7);
}

/* The first byte at or after i and before limit that
 * text_next_sentence stops at, or limit: eight bytes at a time, as most
 * bytes stop nothing. */
static size_t next_stop(const char *text, size_t i, size_t limit) {
#ifdef __SSE2__
    /* sixteen bytes at a time where the machine compares them at once */
    const __m128i stop = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!');
    const __m128i question = _mm_set1_epi8('?'), line = _mm_set1_epi8('\n');
    while (limit - i >= 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(text + i));
        __m128i any = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(x, stop), _mm_cmpeq_epi8(x, bang)),
            _mm_or_si128(_mm_cmpeq_epi8(x, question), _mm_cmpeq_epi8(x, line)));
        if (_mm_movemask_epi8(any) != 0) {
            break;
        }
        i += 16;
    }
#endif
    while (limit - i >= 8) {
        uint64_t x;
        memcpy(&x, text + i, 8);
        if (has_byte(x, '.') | has_byte(x, '!') | has_byte(x, '?') |
            has_byte(x, '\n')) {
            break;
        }
        i += 8;
    }
    while (i < limit && !sentence_stop[(unsigned char)text[i]]) {
        i++;
    }
    return i;
}

int text_next_sentence(const char *text, size_t length, size_t *at,
                       sentence *found) {
    size_t start = *at;
    while (start < length && text_is_space((unsigned char)text[start])) {
        start++;
    }
    if (start >= length) {
        *at = length;
        return 0;
    }
    size_t end = length;
    size_t i = start;
    size_t limit = length - start > SENTENCE_MAX_BYTES
                       ? start + SENTENCE_MAX_BYTES
                       : length;
    int after_colon = 0;
    size_t prev_nl = SIZE_MAX, tail = start;
    while (i < length) {
        /* most bytes neither end a sentence nor reach the cap */
        i = i < limit ? next_stop(text, i, limit) : i;
        if (i >= length) {
            break;
        }
        if (i - start >= SENTENCE_MAX_BYTES) {
            end = i;
            while (end > start && ((unsigned char)text[end] & 0xC0) == 0x80) {
                end--;
            }
            break;
        }
        char c = text[i];
        if (c == '.' || c == '!' || c == '?') {
            size_t stop = end_after_terminator(text, length, start, i);
            if (stop != 0) {
                end = stop;
                break;
            }
        } else if (c == '\n') {
            /* A blank line ends a paragraph, and so its sentence. Whether
             * a line so far ended in a colon is kept as the lines pass, so
             * that a list's blank lines never read the sentence again. */
            /* "Present at the meeting were:" goes on into the list set
             * out after a blank line */
            tail = trimmed_end(text, start, i, prev_nl, tail);
            prev_nl = i;
            int colon = tail > start && text[tail - 1] == ':';
            size_t k = i + 1;
            while (k < length &&
                   (text[k] == ' ' || text[k] == '\t' || text[k] == '\r')) {
                k++;
            }
            if ((k >= length || text[k] == '\n') && !colon &&
                !list_goes_on(text, length, start, tail,
                              skip_blank(text, length, k), after_colon)) {
                end = i;
                break;
            }
            after_colon |= colon;
        }
        i++;
    }
    *at = end;
    while (end > start && text_is_space((unsigned char)text[end - 1])) {
        end--;
    }
    found->start = start;
    found->end = end;
    return 1;
}
