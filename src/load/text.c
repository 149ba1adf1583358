/*
 * Text-level work on the raw JSON bytes: the checks cJSON does not make
 * and syntax error messages. Mapping diagnostics back to line and column
 * is in locate.c.
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/utf8.h"
#include "load/load_internal.h"

/* Handles a backslash or a control byte inside a string; returns how
 * many bytes it consumed, 0 after an error. */
static size_t prescan_string_byte(const unsigned char *p, size_t left,
                                  size_t offset, pending_list *diags) {
    if (p[0] == '\\') {
        if (left >= 6 && memcmp(p + 1, "u0000", 5) == 0) {
            pending_add_at_offset(diags, ENT_SEVERITY_ERROR, offset,
                                  "\\u0000 (a NUL character) is not "
                                  "allowed in a string");
            return 0;
        }
        /* Skip the escaped byte unless it starts a UTF-8 sequence. */
        return left >= 2 && p[1] < 0x80 ? 2 : 1;
    }
    if (p[0] < 0x20) {
        pending_add_at_offset(diags, ENT_SEVERITY_ERROR, offset,
                              "control character U+%04X in a string must "
                              "be escaped",
                              p[0]);
        return 0;
    }
    return 1;
}

/*
 * Bytes that need no attention, inside and outside strings: the scan skips
 * runs of them with one table look-up a byte, which keeps the prescan a
 * small fraction of the parse.
 */
enum { PLAIN_IN_STRING = 1, PLAIN_OUTSIDE = 2 };
static unsigned char byte_class(unsigned char c) {
    unsigned char result = 0;
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        result |= PLAIN_IN_STRING;
    }
    int space = c == '\t' || c == '\n' || c == '\r';
    /* Numbers stop the scan (number_length checks their grammar). */
    int number = c == '-' || (c >= '0' && c <= '9');
    if ((c >= 0x20 || space) && c < 0x80 && !number && !strchr("\"[]{},", c)) {
        result |= PLAIN_OUTSIDE;
    }
    return result;
}

static void fill_byte_classes(unsigned char classes[256]) {
    for (unsigned c = 0; c < 256; c++) {
        classes[c] = byte_class((unsigned char)c);
    }
}

/* The bytes cJSON takes into a number before strtod reads it. */
static int number_byte(unsigned char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' ||
           c == 'e' || c == 'E';
}

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static size_t skip_digits(const unsigned char *p, size_t j, size_t n) {
    while (j < n && is_digit(p[j])) {
        j++;
    }
    return j;
}

/* Why the `n` bytes at p are not a JSON number (RFC 8259, section 6), or
 * NULL when they are one. cJSON's strtod takes "01", "1." and "-.5". */
static const char *number_problem(const unsigned char *p, size_t n,
                                  size_t *end) {
    size_t j = p[0] == '-';
    if (j >= n || !is_digit(p[j])) {
        return "a digit must follow the minus sign";
    }
    if (p[j] == '0' && j + 1 < n && is_digit(p[j + 1])) {
        return "leading zeros are not allowed";
    }
    j = skip_digits(p, j, n);
    if (j < n && p[j] == '.') {
        if (j + 1 >= n || !is_digit(p[j + 1])) {
            return "a digit must follow the decimal point";
        }
        j = skip_digits(p, j + 1, n);
    }
    if (j < n && (p[j] == 'e' || p[j] == 'E')) {
        j += j + 1 < n && (p[j + 1] == '+' || p[j + 1] == '-');
        if (j + 1 >= n || !is_digit(p[j + 1])) {
            return "a digit must follow the exponent";
        }
        j = skip_digits(p, j + 1, n);
    }
    *end = j;
    return j == n ? NULL : "the number ends before";
}

/* Checks the number at bytes[i] (outside a string); returns its length,
 * or 0 after recording an error. A digit inside a bare word (`x01`) is
 * left to cJSON, which reports the word. */
static size_t number_length(const unsigned char *bytes, size_t length, size_t i,
                            pending_list *diags) {
    size_t n = 0;
    while (i + n < length && number_byte(bytes[i + n])) {
        n++;
    }
    int in_word =
        i > 0 && ((bytes[i - 1] | 0x20) >= 'a' && (bytes[i - 1] | 0x20) <= 'z');
    size_t end = n;
    const char *problem = in_word ? NULL : number_problem(bytes + i, n, &end);
    if (problem != NULL && end < n) {
        pending_add_at_offset(diags, ENT_SEVERITY_ERROR, i,
                              "invalid number \"%.*s\": %s '%c'",
                              n > 24 ? 24 : (int)n, (const char *)bytes + i,
                              problem, bytes[i + end]);
        return 0;
    }
    if (problem != NULL) {
        pending_add_at_offset(diags, ENT_SEVERITY_ERROR, i,
                              "invalid number \"%.*s%s\": %s",
                              n > 24 ? 24 : (int)n, (const char *)bytes + i,
                              n > 24 ? "..." : "", problem);
        return 0;
    }
    return n;
}

/*
 * The values a snapshot keeps as attribute trees: those below the members
 * of the elements of "entities", "relations" and "sources" (depth 4 and
 * more), and those inside any other top-level member. Each costs a cJSON
 * node twice at the peak (about 150 bytes) while "0," is two bytes of
 * text: the count is what bounds memory, not the text's size.
 */
typedef struct {
    size_t count, limit;
    int streamed; /* the top-level member being read is an element array */
    size_t key_start, key_end; /* the last string read at depth 1 */
} nested_values;

static int key_is(const char *text, const nested_values *n, const char *key) {
    size_t length = strlen(key);
    return n->key_end - n->key_start == length &&
           memcmp(text + n->key_start, key, length) == 0;
}

static int counts_as_nested(const nested_values *n, int depth) {
    return depth >= 4 || (depth >= 2 && !n->streamed);
}

/* Counts a value at `depth` (a comma before it, or the open bracket of its
 * container); returns 0 after recording an error when over the limit. */
static int count_nested(nested_values *n, int depth, size_t offset,
                        pending_list *diags) {
    if (!counts_as_nested(n, depth) || ++n->count <= n->limit) {
        return 1;
    }
    pending_add_at_offset(diags, ENT_SEVERITY_ERROR, offset,
                          "more than %zu values in attributes, the limit "
                          "for this file (one per %d bytes of the file, at "
                          "least %d): each takes about 150 bytes of memory",
                          n->limit, NESTED_BYTES_PER_VALUE,
                          NESTED_VALUES_FLOOR);
    return 0;
}

size_t text_nested_value_limit(size_t length) {
    size_t limit = length / NESTED_BYTES_PER_VALUE;
    return limit < NESTED_VALUES_FLOOR ? NESTED_VALUES_FLOOR : limit;
}

int text_prescan(const char *text, size_t length, int max_depth,
                 size_t max_nested, pending_list *diags, int *truncated,
                 size_t *longest_string, size_t *longest_array) {
    assert(text[length] == '\0');
    const unsigned char *bytes = (const unsigned char *)text;
    unsigned char classes[256];
    fill_byte_classes(classes);
    /* The open brackets, to tell a truncated text from a mismatched one. */
    char open[256];
    int depth = 0;
    int in_string = 0;
    int mismatched = 0;
    if (max_depth > (int)sizeof open) {
        max_depth = (int)sizeof open;
    }
    size_t stray = SIZE_MAX; /* first control character between tokens */
    size_t string_start = 0, longest = 0;
    size_t commas = 0, most_commas = 0;
    nested_values nested = {0, max_nested, 0, 0, 0};
    size_t i = 0;
    while (i < length) {
        unsigned char plain = in_string ? PLAIN_IN_STRING : PLAIN_OUTSIDE;
        /* The NUL at text[length] is plain in neither class: it stops
         * this loop without a bounds check a byte. */
        while (classes[bytes[i]] & plain) {
            i++;
        }
        if (i >= length) {
            break;
        }
        unsigned char c = bytes[i];
        if (c == '"') {
            /* Most stops are quotes: open or close a string right here. */
            if (in_string && i - string_start > longest) {
                longest = i - string_start; /* raw bytes, escapes and all */
            }
            if (in_string && depth == 1) {
                nested.key_start = string_start;
                nested.key_end = i;
            }
            string_start = i + 1;
            in_string = !in_string;
            i++;
            continue;
        }
        size_t step = 1;
        if (c == 0) {
            pending_add_at_offset(diags, ENT_SEVERITY_ERROR, i,
                                  "NUL byte: this is binary data, not JSON "
                                  "text");
            return 0;
        }
        if (c >= 0x80 && !in_string && length - i >= 3 &&
            memcmp(bytes + i, "\xEF\xBB\xBF", 3) == 0) {
            /* cJSON skips one at the start of what it is given, which is
             * past the one the loader allows: a second one got through. */
            pending_add_at_offset(diags, ENT_SEVERITY_ERROR, i,
                                  "byte-order mark (U+FEFF): allowed only "
                                  "once, at the start of the file");
            return 0;
        }
        if (c >= 0x80) {
            step = utf8_sequence_length(bytes + i, length - i);
            if (step == 0) {
                pending_add_at_offset(diags, ENT_SEVERITY_ERROR, i,
                                      "invalid UTF-8 byte 0x%02X (the file "
                                      "must be UTF-8 text)",
                                      c);
                return 0;
            }
        } else if (in_string) {
            step = prescan_string_byte(bytes + i, length - i, i, diags);
            if (step == 0) {
                return 0;
            }
        } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            /* cJSON skips every byte up to 0x20 as white space; JSON and
             * our locator (text_resolve_positions) do not, and the
             * disagreement made the locator loop forever. Reported once the
             * scan is done, so that a NUL byte or invalid UTF-8 further on
             * gets the clearer "not text" message. */
            if (stray == SIZE_MAX) {
                stray = i;
            }
        } else if (c == '-' || is_digit(c)) {
            step = number_length(bytes, length, i, diags);
            if (step == 0) {
                return 0;
            }
        } else if (c == ',') {
            /* Elements of the top-level arrays (entities, relations):
             * their commas bound the counts the limits check. */
            if (depth == 2 && ++commas > most_commas) {
                most_commas = commas;
            }
            if (!count_nested(&nested, depth, i, diags)) {
                return 0;
            }
        } else if (c == '[' || c == '{') {
            if (depth + 1 <= max_depth) {
                open[depth] = (char)c;
            }
            commas = depth == 1 ? 0 : commas;
            if (depth == 1) {
                nested.streamed =
                    c == '[' && (key_is(text, &nested, "entities") ||
                                 key_is(text, &nested, "relations") ||
                                 key_is(text, &nested, "sources"));
            }
            if (!count_nested(&nested, depth + 1, i, diags)) {
                return 0;
            }
            if (++depth > max_depth) {
                pending_add_at_offset(diags, ENT_SEVERITY_ERROR, i,
                                      "nesting deeper than %d levels of "
                                      "arrays and objects",
                                      max_depth);
                return 0;
            }
        } else if (c == ']' || c == '}') {
            mismatched |=
                depth == 0 || open[depth - 1] != (c == ']' ? '[' : '{');
            depth -= depth > 0;
        }
        i += step;
    }
    if (stray != SIZE_MAX) {
        pending_add_at_offset(diags, ENT_SEVERITY_ERROR, stray,
                              "control character U+%04X is not allowed "
                              "outside a string",
                              bytes[stray]);
        return 0;
    }
    *truncated = !mismatched && (in_string || depth > 0);
    *longest_array = most_commas + 1;
    *longest_string = in_string && length - string_start > longest
                          ? length - string_start
                          : longest;
    return 1;
}

/* Whether the innermost bracket open at `end` is an object's: after an
 * array's ',' a value follows, which cJSON reports in place. The prescan
 * bounded the depth. */
static int innermost_is_object(const char *text, size_t end) {
    char open[256];
    size_t depth = 0;
    int in_string = 0, escaped = 0;
    for (size_t i = 0; i < end; i++) {
        char c = text[i];
        if (in_string) {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
        } else if (c == '"') {
            in_string = 1;
        } else if ((c == '{' || c == '[') && depth < sizeof open) {
            open[depth++] = c;
        } else if ((c == '}' || c == ']') && depth > 0) {
            depth--;
        }
    }
    return depth > 0 && open[depth - 1] == '{';
}

/*
 * Where a member name was expected (after '{' or ','), cJSON reports one
 * byte past the offending one: `{"a": 1,}` ends at the end of input, and
 * `{"a": 1, 5: 2}` at the colon. Step back onto the culprit, and onto the
 * first byte of its UTF-8 sequence.
 */
static size_t culprit_of(const char *text, size_t offset) {
    if (offset == 0 || json_is_space(text[offset - 1]) ||
        text[offset - 1] == '"') {
        return offset;
    }
    size_t culprit = offset - 1;
    while (culprit > 0 && ((unsigned char)text[culprit] & 0xC0) == 0x80) {
        culprit--;
    }
    size_t before = culprit;
    while (before > 0 && json_is_space(text[before - 1])) {
        before--;
    }
    int expected_name =
        before > 0 && (text[before - 1] == ',' || text[before - 1] == '{');
    return expected_name && innermost_is_object(text, before) ? culprit
                                                              : offset;
}

void text_syntax_error(const char *text, size_t length, size_t offset,
                       int truncated, pending_list *diags) {
    size_t at = truncated || offset > length ? length : offset;
    if (!truncated) {
        at = culprit_of(text, at);
    }
    while (at < length && json_is_space(text[at])) {
        at++;
    }
    if (at >= length) {
        pending_add_at_offset(diags, ENT_SEVERITY_ERROR, length,
                              "syntax error: unexpected end of input (is "
                              "the file truncated?)");
        return;
    }
    /* Quote a few characters, stopping at the line's end. */
    size_t end = at;
    while (end < length && end - at < 12 && text[end] != '\n' &&
           text[end] != '\r') {
        end++;
    }
    while (end > at && end < length &&
           ((unsigned char)text[end] & 0xC0) == 0x80) {
        end--; /* never cut a UTF-8 sequence */
    }
    pending_add_at_offset(
        diags, ENT_SEVERITY_ERROR, at, "syntax error: unexpected '%.*s'%s",
        (int)(end - at), text + at,
        end < length && text[end] != '\n' && text[end] != '\r' ? "..." : "");
}

/* Past the string that opens at text[at]. */
static size_t skip_string_at(const char *text, size_t length, size_t at) {
    for (at++; at < length && text[at] != '"'; at++) {
        at += text[at] == '\\';
    }
    return at + 1;
}

/* Past the value at text[at] (no tree: brackets are counted). */
static size_t skip_value_at(const char *text, size_t length, size_t at) {
    size_t depth = 0;
    while (at < length) {
        char c = text[at];
        if (c == '"') {
            at = skip_string_at(text, length, at);
        } else if (c == '[' || c == '{') {
            depth++;
            at++;
        } else if (c == ']' || c == '}') {
            if (depth == 0) {
                return at;
            }
            at++;
            if (--depth == 0) {
                return at;
            }
        } else if (depth == 0 && (c == ',' || json_is_space(c))) {
            return at;
        } else {
            at++;
        }
        if (depth == 0 && c == '"') {
            return at;
        }
    }
    return at;
}

static size_t skip_space_at(const char *text, size_t length, size_t at) {
    while (at < length && json_is_space(text[at])) {
        at++;
    }
    return at;
}

int text_top_level_member(const char *text, size_t length, const char *name,
                          size_t *start, size_t *end) {
    size_t at = skip_space_at(text, length, 0), name_length = strlen(name);
    if (at >= length || text[at] != '{') {
        return 0;
    }
    at++;
    while (1) {
        at = skip_space_at(text, length, at);
        if (at >= length || text[at] != '"') {
            return 0;
        }
        size_t key = at + 1;
        at = skip_string_at(text, length, at);
        int wanted = at - 1 - key == name_length &&
                     memcmp(text + key, name, name_length) == 0;
        at = skip_space_at(text, length, at);
        if (at >= length || text[at] != ':') {
            return 0;
        }
        at = skip_space_at(text, length, at + 1);
        size_t value = at;
        at = skip_value_at(text, length, at);
        if (wanted) {
            *start = value;
            *end = at;
            return at > value;
        }
        at = skip_space_at(text, length, at);
        if (at >= length || text[at] != ',') {
            return 0;
        }
        at++;
    }
}
