/*
 * The positions file: where compare put every entity, with its colour
 * and the size scale its diagrams share, so that `render --positions`
 * draws other diagrams to match. Tab-separated lines, so that every
 * error has a line and a column.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "entente/io.h"
#include "render/render_internal.h"

static const char magic[] = "entente-positions";
static const char header[] = "id\tx\ty\tcolor";

/* An id with tab, newline and backslash escaped. */
static void write_id(FILE *out, const char *id) {
    for (const char *p = id; *p; p++) {
        fputs(*p == '\t'   ? "\\t"
              : *p == '\n' ? "\\n"
              : *p == '\\' ? "\\\\"
                           : "",
              out);
        if (*p != '\t' && *p != '\n' && *p != '\\') {
            fputc(*p, out);
        }
    }
}

ent_status ent_render_positions_write(FILE *out,
                                      const ent_render_positions_t *positions,
                                      ent_node_metric size_by,
                                      double size_reference) {
    fprintf(out, "%s\t1\nsize_by\t%s\nsize_reference\t%.17g\n", magic,
            ent_node_metric_name(size_by), size_reference);
    /* An empty meaning says that the diagrams colour their own nodes. */
    fputs("colors\t", out);
    const char *meaning = positions->colors_meaning;
    write_id(out, positions->colors == NULL ? ""
                  : meaning                 ? meaning
                                            : "Colour");
    fputc('\n', out);
    /* The order of organizations only counts when the diagrams colour
     * their own nodes: shared colours (communities) win over it, and the
     * legend would name them as organizations. */
    for (size_t i = 0; positions->colors == NULL && positions->organizations &&
                       i < positions->organization_count;
         i++) {
        fputs("organization\t", out);
        write_id(out, positions->organizations[i]);
        fputc('\n', out);
    }
    fprintf(out, "%s\n", header);
    for (size_t i = 0; i < positions->count; i++) {
        write_id(out, positions->ids[i]);
        fprintf(out, "\t%.17g\t%.17g\t%d\n", positions->x[i], positions->y[i],
                positions->colors ? positions->colors[i] : -1);
    }
    return ferror(out) ? ENT_EIO : ENT_OK;
}

void ent_render_positions_free(ent_render_positions_t *positions) {
    for (size_t i = 0; positions->ids && i < positions->count; i++) {
        free((char *)positions->ids[i]);
    }
    free((void *)positions->ids);
    free((void *)positions->x);
    free((void *)positions->y);
    free((void *)positions->colors);
    free((void *)positions->colors_meaning);
    for (size_t i = 0;
         positions->organizations && i < positions->organization_count; i++) {
        free((char *)positions->organizations[i]);
    }
    free((void *)positions->organizations);
    memset(positions, 0, sizeof *positions);
}

/* The reader's state: the text, the line being read and where. */
typedef struct {
    const char *path;
    char *line; /* the current line, NUL-terminated in place */
    int number; /* its line number */
    char *fields[5];
    size_t field_count;
    ent_diag_list_t *diags;
} reader;

static ent_status fail(const reader *r, const char *at, const char *message) {
    int column = at ? (int)(at - r->line) + 1 : 1;
    ent_diag_add(r->diags, ENT_SEVERITY_ERROR, r->path, r->number, column, NULL,
                 "%s", message);
    return ENT_EINPUT;
}

/* Splits the line at tabs (at most five fields). */
static void split(reader *r) {
    r->field_count = 0;
    char *p = r->line;
    while (r->field_count < 5) {
        r->fields[r->field_count++] = p;
        char *tab = strchr(p, '\t');
        if (tab == NULL) {
            break;
        }
        *tab = '\0';
        p = tab + 1;
    }
}

/* Undoes write_id in place; 0 for an unknown escape. */
static int unescape(char *text) {
    char *q = text;
    for (const char *p = text; *p; p++) {
        if (*p != '\\') {
            *q++ = *p;
            continue;
        }
        p++;
        if (*p != 't' && *p != 'n' && *p != '\\') {
            return 0;
        }
        *q++ = *p == 't' ? '\t' : *p == 'n' ? '\n' : '\\';
    }
    *q = '\0';
    return 1;
}

static int parse_number(const char *text, double *value) {
    char *end = NULL;
    errno = 0;
    *value = strtod(text, &end);
    return *text && end && *end == '\0' && errno == 0 && isfinite(*value);
}

/* What the lines before the header say. */
typedef struct {
    ent_node_metric size_by;
    double size_reference;
    char *meaning; /* NULL or empty: no shared colours */
    char **organizations;
    size_t organization_count;
} preamble;

/* An "organization<TAB>ID" line: the next in the palette's order. */
static ent_status read_organization(reader *r, char *value, preamble *p) {
    if (!unescape(value) || !*value) {
        return fail(r, value,
                    "the organization id is empty or has a bad "
                    "escape");
    }
    for (size_t i = 0; i < p->organization_count; i++) {
        if (strcmp(p->organizations[i], value) == 0) {
            return fail(r, value, "this organization is given twice");
        }
    }
    char **grown = realloc(p->organizations, (p->organization_count + 1) *
                                                 sizeof *p->organizations);
    if (grown == NULL) {
        return ENT_ENOMEM;
    }
    p->organizations = grown;
    grown[p->organization_count] = strdup(value);
    if (grown[p->organization_count] == NULL) {
        return ENT_ENOMEM;
    }
    p->organization_count++;
    return ENT_OK;
}

/* The lines before the header: the magic line, then KEY<TAB>VALUE. */
static ent_status read_preamble(reader *r, preamble *p) {
    split(r);
    const char *key = r->fields[0];
    char *value = r->field_count == 2 ? r->fields[1] : NULL;
    if (r->number == 1) {
        return strcmp(key, magic) == 0 && value && strcmp(value, "1") == 0
                   ? ENT_OK
                   : fail(r, r->line,
                          "not an entente positions file (the first line "
                          "must be \"entente-positions<TAB>1\")");
    }
    if (value == NULL) {
        return fail(r, r->line, "expected KEY<TAB>VALUE before the header");
    }
    if (strcmp(key, "size_by") == 0) {
        for (int m = 0; m < ENT_NODE_METRIC_COUNT; m++) {
            if (strcmp(value, ent_node_metric_name((ent_node_metric)m)) == 0) {
                p->size_by = (ent_node_metric)m;
                return ENT_OK;
            }
        }
        return fail(r, value, "unknown node metric");
    }
    if (strcmp(key, "size_reference") == 0) {
        return parse_number(value, &p->size_reference) && p->size_reference >= 0
                   ? ENT_OK
                   : fail(r, value, "expected a number of 0 or more");
    }
    if (strcmp(key, "colors") == 0) {
        free(p->meaning);
        p->meaning = strdup(value);
        return p->meaning && unescape(p->meaning)
                   ? ENT_OK
                   : fail(r, value, "bad escape");
    }
    if (strcmp(key, "organization") == 0) {
        return read_organization(r, value, p);
    }
    return fail(r, key,
                "unknown key (known: size_by, size_reference, "
                "colors, organization)");
}

typedef struct {
    char **ids;
    double *x, *y;
    int *colors;
    size_t count;
} rows;

/* Room for row n: the arrays double from 16. */
static int rows_grow(rows *out, size_t n) {
    if (n != 0 && (n < 16 || (n & (n - 1)) != 0)) {
        return 1;
    }
    size_t capacity = n ? 2 * n : 16;
    char **ids = realloc(out->ids, capacity * sizeof *ids);
    out->ids = ids ? ids : out->ids;
    double *x = realloc(out->x, capacity * sizeof *x);
    out->x = x ? x : out->x;
    double *y = realloc(out->y, capacity * sizeof *y);
    out->y = y ? y : out->y;
    int *colors = realloc(out->colors, capacity * sizeof *colors);
    out->colors = colors ? colors : out->colors;
    return ids && x && y && colors;
}

static ent_status read_row(reader *r, rows *out) {
    split(r);
    if (r->field_count != 4) {
        return fail(r, r->line, "expected id<TAB>x<TAB>y<TAB>color");
    }
    double x, y, color;
    if (!parse_number(r->fields[1], &x)) {
        return fail(r, r->fields[1], "x is not a number");
    }
    if (!parse_number(r->fields[2], &y)) {
        return fail(r, r->fields[2], "y is not a number");
    }
    if (!parse_number(r->fields[3], &color) || color != floor(color) ||
        color < -1 || color > 1e6) {
        return fail(r, r->fields[3], "color is not a whole number from -1");
    }
    if (!unescape(r->fields[0]) || !*r->fields[0]) {
        return fail(r, r->line, "the id is empty or has a bad escape");
    }
    for (size_t i = 0; i < out->count; i++) {
        if (strcmp(out->ids[i], r->fields[0]) == 0) {
            return fail(r, r->line, "this id is given twice");
        }
    }
    size_t n = out->count;
    if (!rows_grow(out, n)) {
        return ENT_ENOMEM;
    }
    out->ids[n] = strdup(r->fields[0]);
    if (out->ids[n] == NULL) {
        return ENT_ENOMEM;
    }
    out->x[n] = x;
    out->y[n] = y;
    out->colors[n] = (int)color;
    out->count++;
    return ENT_OK;
}

/* Reads every line: the preamble up to the header, then the rows. */
static ent_status read_lines(reader *r, char *text, rows *out, preamble *p) {
    int in_rows = 0;
    ent_status status = ENT_OK;
    char *next = text;
    while (status == ENT_OK && *next) {
        r->line = next;
        r->number++;
        char *end = strchr(next, '\n');
        next = end ? end + 1 : next + strlen(next);
        if (end != NULL) {
            *end = '\0';
        }
        if (in_rows) {
            status = read_row(r, out);
        } else if (r->number > 1 && strcmp(r->line, header) == 0) {
            in_rows = 1;
        } else {
            status = read_preamble(r, p);
        }
    }
    if (status == ENT_OK && !in_rows) {
        r->line = NULL;
        r->number = r->number ? r->number : 1;
        status = fail(r, NULL,
                      r->number == 1 && *text == '\0'
                          ? "not an entente positions file (it is empty)"
                          : "no header line \"id<TAB>x<TAB>y<TAB>color\"");
    }
    return status;
}

ent_status ent_render_positions_read(const char *path,
                                     ent_render_positions_t *positions,
                                     ent_node_metric *size_by,
                                     double *size_reference,
                                     ent_diag_list_t *diags) {
    memset(positions, 0, sizeof *positions);
    *size_by = ENT_NODE_STRENGTH;
    *size_reference = 0;
    char *text = NULL;
    size_t length = 0;
    ent_status status =
        ent_file_read(path, (size_t)1 << 30, &text, &length, diags);
    if (status != ENT_OK) {
        return status;
    }
    reader r = {path, NULL, 0, {NULL}, 0, diags};
    rows out = {NULL, NULL, NULL, NULL, 0};
    preamble p = {ENT_NODE_STRENGTH, 0, NULL, NULL, 0};
    if (memchr(text, '\0', length) != NULL) {
        r.number = 1;
        status = fail(&r, NULL, "not an entente positions file (binary)");
    } else {
        status = read_lines(&r, text, &out, &p);
    }
    free(text);
    /* No meaning: the colour column is all -1 and each diagram colours
     * its own nodes (files before organization lines say it so too). */
    if (p.meaning == NULL || *p.meaning == '\0') {
        free(out.colors);
        out.colors = NULL;
        free(p.meaning);
        p.meaning = NULL;
    }
    *size_by = p.size_by;
    *size_reference = p.size_reference;
    *positions = (ent_render_positions_t){(const char *const *)out.ids,
                                          out.x,
                                          out.y,
                                          out.count,
                                          out.colors,
                                          p.meaning,
                                          (const char *const *)p.organizations,
                                          p.organization_count};
    if (status != ENT_OK) {
        ent_render_positions_free(positions);
        if (status == ENT_ENOMEM) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, path, 0, 0, NULL,
                         "out of memory");
        }
    }
    return status;
}
