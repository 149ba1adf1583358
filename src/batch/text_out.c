/*
 * JSON and CSV pieces (see text_out.h).
 */
#include "batch/text_out.h"

#include <math.h>
#include <string.h>

#include "metrics/metrics_internal.h"

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

void ent_out_csv_field(FILE *out, const char *text, int first) {
    if (!first) {
        fputc(',', out);
    }
    if (text == NULL) {
        return;
    }
    if (strpbrk(text, ",\"\r\n") == NULL) {
        fputs(text, out);
        return;
    }
    fputc('"', out);
    for (const char *c = text; *c; c++) {
        if (*c == '"') {
            fputc('"', out);
        }
        fputc(*c, out);
    }
    fputc('"', out);
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
