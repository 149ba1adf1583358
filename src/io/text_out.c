/*
 * Values written into JSON, CSV and markup (see io.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/io.h"

void ent_out_json_string(FILE *out, const char *text) {
    if (text == NULL) {
        fputs("null", out);
        return;
    }
    fputc('"', out);
    for (const unsigned char *c = (const unsigned char *)text; *c; c++) {
        if (*c == '"' || *c == '\\') {
            fputc('\\', out);
            fputc(*c, out);
        } else if (*c < 0x20) {
            fprintf(out, "\\u%04x", *c);
        } else {
            fputc(*c, out);
        }
    }
    fputc('"', out);
}

void ent_out_json_number(FILE *out, double value) {
    char text[40];
    if (!isfinite(value)) {
        fputs("null", out);
        return;
    }
    ent_format_number(text, sizeof text, value);
    fputs(text, out);
}

/* A cell a spreadsheet would run as a formula (OWASP: CSV injection). */
static int looks_like_formula(const char *text) {
    return text[0] != '\0' && strchr("=+-@\t\r", text[0]) != NULL;
}

/* Control characters that a terminal or a spreadsheet would act on; line
 * breaks and tabs are data a quoted field may hold. */
static int is_hidden_control(unsigned char c) {
    return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F;
}

void ent_out_csv_field(FILE *out, const char *text, int first) {
    if (!first) {
        fputc(',', out);
    }
    if (text == NULL) {
        return;
    }
    int formula = looks_like_formula(text);
    if (!formula && strpbrk(text, ",\"\r\n") == NULL) {
        ent_out_text(out, text);
        return;
    }
    fputc('"', out);
    if (formula) {
        fputc('\'', out); /* shown as text, the quote itself hidden */
    }
    for (const unsigned char *c = (const unsigned char *)text; *c; c++) {
        if (*c == '"') {
            fputs("\"\"", out);
        } else if (is_hidden_control(*c)) {
            fprintf(out, "\\x%02x", *c);
        } else {
            fputc(*c, out);
        }
    }
    fputc('"', out);
}

void ent_out_text(FILE *out, const char *text) {
    for (const unsigned char *c = (const unsigned char *)(text ? text : ""); *c;
         c++) {
        if (*c < 0x20 || *c == 0x7F) {
            fprintf(out, "\\x%02x", *c);
        } else {
            fputc(*c, out);
        }
    }
}

void ent_out_csv_number(FILE *out, double value, int first) {
    char text[40];
    if (!first) {
        fputc(',', out);
    }
    if (isfinite(value)) {
        ent_format_number(text, sizeof text, value);
        fputs(text, out);
    }
}

void ent_out_markup(FILE *out, const char *text, const char *line_break) {
    static const char *const entities[] = {"&amp;", "&lt;", "&gt;", "&quot;",
                                           "&#39;"};
    static const char specials[] = "&<>\"'";
    for (const unsigned char *c = (const unsigned char *)(text ? text : ""); *c;
         c++) {
        const char *special = strchr(specials, *c);
        if (*c == '\n') {
            fputs(line_break, out);
        } else if (*c == '\t') {
            fputc(' ', out);
        } else if (*c < 0x20 || *c == 0x7F) {
            fputs("\xef\xbf\xbd", out); /* U+FFFD */
        } else if (special != NULL) {
            fputs(entities[special - specials], out);
        } else {
            fputc(*c, out);
        }
    }
}
