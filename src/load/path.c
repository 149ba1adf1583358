/*
 * JSON pointers built one component at a time (see path.h).
 */
#include "load/path.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void path_init(path_buffer *path) {
    memset(path, 0, sizeof *path);
    buffer_append(path, "", 0);
}

void path_release(path_buffer *path) { buffer_release(path); }

void path_truncate(path_buffer *path, size_t length) {
    if (!path->failed && length <= path->length) {
        path->length = length;
        path->data[length] = '\0';
    }
}

static void append(path_buffer *path, const char *bytes, size_t length) {
    buffer_append(path, bytes, length);
}

static void append_escaped_byte(path_buffer *path, char c) {
    if (c == '~') {
        append(path, "~0", 2);
    } else if (c == '/') {
        append(path, "~1", 2);
    } else {
        append(path, &c, 1);
    }
}

void path_push_key(path_buffer *path, const char *key) {
    append(path, "/", 1);
    for (const char *p = key; *p; p++) {
        append_escaped_byte(path, *p);
    }
}

/* Called once per array element of a large file: no snprintf here. */
void path_push_index(path_buffer *path, size_t index) {
    char buffer[24];
    size_t at = sizeof buffer;
    do {
        buffer[--at] = (char)('0' + index % 10);
        index /= 10;
    } while (index > 0);
    buffer[--at] = '/';
    append(path, buffer + at, sizeof buffer - at);
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

static long read_hex4(const char *p, size_t left) {
    if (left < 4) {
        return -1;
    }
    long value = 0;
    for (int i = 0; i < 4; i++) {
        int digit = hex_value(p[i]);
        if (digit < 0) {
            return -1;
        }
        value = value * 16 + digit;
    }
    return value;
}

static void append_code_point(path_buffer *path, unsigned long cp) {
    char out[4];
    size_t n;
    if (cp < 0x80) {
        append_escaped_byte(path, (char)cp);
        return;
    } else if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        n = 2;
    } else if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        n = 3;
    } else {
        out[0] = (char)(0xF0 | (cp >> 18));
        n = 4;
    }
    for (size_t i = 1; i < n; i++) {
        out[i] = (char)(0x80 | ((cp >> (6 * (n - 1 - i))) & 0x3F));
    }
    append(path, out, n);
}

/* Decodes one escape at raw[0] == '\\'; returns the bytes consumed. */
static size_t push_escape(path_buffer *path, const char *raw, size_t left) {
    static const char simple_from[] = "\"\\/bfnrt";
    static const char simple_to[] = "\"\\/\b\f\n\r\t";
    if (left < 2) {
        return left;
    }
    const char *found = strchr(simple_from, raw[1]);
    if (raw[1] != 'u' && found != NULL) {
        append_escaped_byte(path, simple_to[found - simple_from]);
        return 2;
    }
    long high = read_hex4(raw + 2, left - 2);
    if (raw[1] != 'u' || high < 0) {
        return 2; /* cJSON accepted the text, so this does not happen */
    }
    if (high >= 0xD800 && high <= 0xDBFF && left >= 12 && raw[6] == '\\' &&
        raw[7] == 'u') {
        long low = read_hex4(raw + 8, left - 8);
        if (low >= 0xDC00 && low <= 0xDFFF) {
            append_code_point(path, 0x10000 +
                                        (((unsigned long)high - 0xD800) << 10) +
                                        ((unsigned long)low - 0xDC00));
            return 12;
        }
    }
    append_code_point(path, (unsigned long)high);
    return 6;
}

void path_push_json_key(path_buffer *path, const char *raw, size_t length) {
    append(path, "/", 1);
    size_t i = 0;
    while (i < length) {
        if (raw[i] == '\\') {
            i += push_escape(path, raw + i, length - i);
        } else {
            append_escaped_byte(path, raw[i]);
            i++;
        }
    }
}
