/*
 * HTML writing helpers of the report: escaped text, numbers, inline SVG
 * and the small Markdown that compare.h writes.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "entente/io.h"
#include "report/report_internal.h"

void rpt_text(FILE *out, const char *text) {
    if (text != NULL) {
        ent_out_markup(out, text, "\n");
    }
}

void rpt_number(FILE *out, double value) {
    if (!isfinite(value)) {
        fputs("\xe2\x80\x93", out); /* an en dash: undefined */
        return;
    }
    char text[64];
    snprintf(text, sizeof text, "%.3f", value);
    char *end = text + strlen(text);
    while (end[-1] == '0') {
        *--end = '\0';
    }
    if (end[-1] == '.') {
        *--end = '\0';
    }
    fputs(strcmp(text, "-0") == 0 ? "0" : text, out);
}

int rpt_url_is_web(const char *url) {
    return url != NULL && (strncmp(url, "https://", 8) == 0 ||
                           strncmp(url, "http://", 7) == 0);
}

/* Where the markup that is not part of the drawing ends: "<!--...-->",
 * "<?...?>" or "<!DOCTYPE ...>" at `p`; NULL when `p` is none of them. */
static const char *skip_non_drawing(const char *p, const char *end) {
    static const struct {
        const char *open, *close;
    } skipped[] = {{"<!--", "-->"}, {"<?", "?>"}, {"<!", ">"}};
    for (size_t k = 0; k < sizeof skipped / sizeof skipped[0]; k++) {
        size_t open = strlen(skipped[k].open);
        if ((size_t)(end - p) >= open &&
            memcmp(p, skipped[k].open, open) == 0) {
            size_t close = strlen(skipped[k].close);
            for (const char *q = p + open; q + close <= end; q++) {
                if (memcmp(q, skipped[k].close, close) == 0) {
                    return q + close;
                }
            }
            return end;
        }
    }
    return NULL;
}

void rpt_svg(FILE *out, const char *svg, size_t length, const char *prefix) {
    static const char *const references[] = {" id=\"", "url(#", "href=\"#"};
    const char *p = svg, *end = svg + length;
    while (p < end) {
        const char *after = skip_non_drawing(p, end);
        if (after != NULL) {
            p = after;
            continue;
        }
        size_t k = 0, count = sizeof references / sizeof references[0];
        while (k < count && ((size_t)(end - p) < strlen(references[k]) ||
                             memcmp(p, references[k], strlen(references[k])))) {
            k++;
        }
        if (k < count) {
            fputs(references[k], out);
            fputs(prefix, out);
            p += strlen(references[k]);
        } else {
            fputc(*p++, out);
        }
    }
}

/* Inline Markdown: backslash escapes become the character, everything
 * else is text. */
static void markdown_inline(FILE *out, const char *text, size_t length) {
    char *plain = malloc(length + 1);
    if (plain == NULL) {
        return;
    }
    size_t n = 0;
    for (size_t i = 0; i < length; i++) {
        if (text[i] == '\\' && i + 1 < length &&
            strchr("\\|*_`<>[]#", text[i + 1]) != NULL) {
            i++;
        }
        plain[n++] = text[i];
    }
    plain[n] = '\0';
    rpt_text(out, plain);
    free(plain);
}

/* The cells of a table row "| a | b |", trimmed; returns their count. */
static size_t table_cells(const char *line, size_t length, const char **cells,
                          size_t *lengths, size_t capacity) {
    size_t count = 0, start = 1; /* after the leading "|" */
    for (size_t i = 1; i < length && count < capacity; i++) {
        if (line[i] == '\\') {
            i++;
        } else if (line[i] == '|') {
            size_t a = start, b = i;
            while (a < b && line[a] == ' ') {
                a++;
            }
            while (b > a && line[b - 1] == ' ') {
                b--;
            }
            cells[count] = line + a;
            lengths[count++] = b - a;
            start = i + 1;
        }
    }
    return count;
}

enum { MAX_CELLS = 64 };
typedef enum { BLOCK_NONE, BLOCK_PARAGRAPH, BLOCK_LIST, BLOCK_TABLE } block;

typedef struct {
    FILE *out;
    block open;
    int numeric[MAX_CELLS]; /* right-aligned columns of the open table */
    size_t rows;            /* of the open table */
} markdown_state;

static void close_block(markdown_state *s) {
    static const char *const closers[] = {"", "</p>\n", "</ul>\n",
                                          "</tbody></table></div>\n"};
    fputs(closers[s->open], s->out);
    s->open = BLOCK_NONE;
}

static void open_block(markdown_state *s, block kind) {
    if (s->open != kind) {
        close_block(s);
        static const char *const openers[] = {"", "<p>", "<ul>\n",
                                              "<div class=\"table\"><table>"};
        fputs(openers[kind], s->out);
        s->open = kind;
        s->rows = 0;
        memset(s->numeric, 0, sizeof s->numeric);
    }
}

static void table_line(markdown_state *s, const char *line, size_t length) {
    const char *cells[MAX_CELLS];
    size_t lengths[MAX_CELLS];
    size_t count = table_cells(line, length, cells, lengths, MAX_CELLS);
    open_block(s, BLOCK_TABLE);
    if (s->rows == 1 && count > 0 && cells[0][0] == '-') {
        for (size_t c = 0; c < count; c++) { /* the alignment row */
            s->numeric[c] = lengths[c] > 0 && cells[c][lengths[c] - 1] == ':';
        }
        fputs("<tbody>\n", s->out);
        s->rows++;
        return;
    }
    const char *cell = s->rows == 0 ? "th" : "td";
    fputs(s->rows == 0 ? "<thead><tr>" : "<tr>", s->out);
    for (size_t c = 0; c < count; c++) {
        fprintf(s->out, "<%s%s>", cell, s->numeric[c] ? " class=\"num\"" : "");
        markdown_inline(s->out, cells[c], lengths[c]);
        fprintf(s->out, "</%s>", cell);
    }
    fputs(s->rows == 0 ? "</tr></thead>\n" : "</tr>\n", s->out);
    s->rows++;
}

static void markdown_line(markdown_state *s, const char *line, size_t length,
                          int shift) {
    size_t level = 0;
    while (level < length && line[level] == '#') {
        level++;
    }
    if (length == 0) {
        close_block(s);
    } else if (level > 0 && level < length && line[level] == ' ') {
        close_block(s);
        int h = (int)level + shift > 6 ? 6 : (int)level + shift;
        fprintf(s->out, "<h%d>", h);
        markdown_inline(s->out, line + level + 1, length - level - 1);
        fprintf(s->out, "</h%d>\n", h);
    } else if (line[0] == '|') {
        table_line(s, line, length);
    } else if (length >= 2 && line[0] == '-' && line[1] == ' ') {
        open_block(s, BLOCK_LIST);
        fputs("<li>", s->out);
        markdown_inline(s->out, line + 2, length - 2);
        fputs("</li>\n", s->out);
    } else {
        if (s->open == BLOCK_PARAGRAPH) {
            fputc('\n', s->out);
        }
        open_block(s, BLOCK_PARAGRAPH);
        markdown_inline(s->out, line, length);
    }
}

/* 1 when the line of `length` bytes at `line` contains `word`. */
static int line_contains(const char *line, size_t length, const char *word) {
    size_t w = strlen(word);
    for (size_t i = 0; i + w <= length; i++) {
        if (memcmp(line + i, word, w) == 0) {
            return 1;
        }
    }
    return 0;
}

void rpt_markdown(FILE *out, const char *markdown, size_t length, int shift,
                  const char *skip) {
    markdown_state state = {out, BLOCK_NONE, {0}, 0};
    const char *p = markdown, *end = markdown + length;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        size_t line = eol ? (size_t)(eol - p) : (size_t)(end - p);
        if (skip == NULL || !line_contains(p, line, skip)) {
            markdown_line(&state, p, line, shift);
        }
        p += line + (eol != NULL);
    }
    close_block(&state);
}
