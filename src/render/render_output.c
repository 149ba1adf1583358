/*
 * What entente adds to Graphviz's output so that a figure goes into a
 * report as it is: the SVG's print size in centimetres, role="img", a
 * <title> and a <desc>, classes naming each node's entity type and id and
 * each tie's relation type and status, the legend in one <g id="legend">
 * and a generic font fallback; the PNG's resolution (a pHYs chunk); the
 * PDF's title (an incremental update of its Info dictionary). Each edit
 * works on the fixed layout Graphviz 2.42 writes, and leaves the output
 * as it was when that layout is not found.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/render_internal.h"

static const char *figure_title(const render_context *ctx) {
    return ctx->title ? ctx->title : "";
}

/* ---- SVG ------------------------------------------------------------ */

/* XML text: &, <, >, quotes escaped, control characters dropped. */
static void append_xml(text_buffer *out, const char *text) {
    for (const char *p = text ? text : ""; *p; p++) {
        switch (*p) {
        case '&':
            text_appendf(out, "&amp;");
            break;
        case '<':
            text_appendf(out, "&lt;");
            break;
        case '>':
            text_appendf(out, "&gt;");
            break;
        case '"':
            text_appendf(out, "&quot;");
            break;
        default:
            if ((unsigned char)*p >= 0x20 || *p == '\n') {
                text_append(out, p, 1);
            }
        }
    }
}

/* The one-paragraph summary a screen reader gives for the figure. */
static void summary(const render_context *ctx, text_buffer *out) {
    const ent_network_t *network = ctx->network;
    size_t largest = ENT_NO_VERTEX, labelled = 0;
    for (size_t v = 0; v < network->vertex_count; v++) {
        const vertex_geometry *g = &ctx->geometry[v];
        labelled += g->labelled;
        if (g->drawn && (largest == ENT_NO_VERTEX ||
                         g->value > ctx->geometry[largest].value)) {
            largest = v;
        }
    }
    text_buffer plain;
    text_init(&plain);
    text_appendf(&plain, "Network diagram of %zu entities and %zu ties",
                 network->vertex_count, network->edge_count);
    if (ent_snapshot_date(network->snapshot) != NULL) {
        text_appendf(&plain, " on %s", ent_snapshot_date(network->snapshot));
    }
    text_appendf(&plain, ". Node area shows %s",
                 ent_node_metric_name(ctx->options->size_by));
    if (largest != ENT_NO_VERTEX && ctx->geometry[largest].value > 0) {
        const char *name =
            ent_entity_label(ent_network_vertex_entity(network, largest));
        text_appendf(&plain, "; the largest node is ");
        text_append(&plain, name, strlen(name));
        text_appendf(&plain, " (%.3g)", ctx->geometry[largest].value);
    }
    text_appendf(&plain, ". %zu of %zu nodes are labelled.", labelled,
                 network->vertex_count);
    append_xml(out, plain.failed ? "" : plain.data);
    text_release(&plain);
}

/* The opening <svg ...> tag: width and height in centimetres at 1:1,
 * role, and the title and description right after it. */
static void svg_head(const render_context *ctx, const char *svg,
                     const char **rest, text_buffer *out) {
    const char *open = strstr(svg, "<svg width=\"");
    const char *box = open ? strstr(open, "viewBox=\"") : NULL;
    double x, y, w = 0, h = 0;
    if (box == NULL ||
        sscanf(box, "viewBox=\"%lf %lf %lf %lf\"", &x, &y, &w, &h) != 4) {
        *rest = svg;
        return;
    }
    text_append(out, svg, (size_t)(open - svg));
    text_appendf(out,
                 "<svg width=\"%.2fcm\" height=\"%.2fcm\" role=\"img\" "
                 "aria-labelledby=\"figure-title figure-desc\"\n ",
                 w * 2.54 / 72, h * 2.54 / 72);
    const char *end = strchr(box, '>');
    text_append(out, box, (size_t)(end + 1 - box));
    text_appendf(out, "\n<title id=\"figure-title\">");
    append_xml(out, figure_title(ctx));
    text_appendf(out, "</title>\n<desc id=\"figure-desc\">");
    summary(ctx, out);
    text_appendf(out, "</desc>");
    *rest = end + 1;
}

/* Classes by SVG id, from the drawn graph's entente_class attributes. */
typedef struct {
    const char *id, *classes;
} class_entry;

static int entry_order(const void *a, const void *b) {
    return strcmp(((const class_entry *)a)->id, ((const class_entry *)b)->id);
}

static size_t collect_classes(Agraph_t *g, class_entry *entries,
                              size_t capacity) {
    size_t count = 0;
    for (Agnode_t *n = agfstnode(g); n != NULL; n = agnxtnode(g, n)) {
        const char *classes = agget(n, "entente_class");
        if (classes && *classes && count < capacity) {
            entries[count++] = (class_entry){agget(n, "id"), classes};
        }
        for (Agedge_t *e = agfstout(g, n); e != NULL; e = agnxtout(g, e)) {
            classes = agget(e, "entente_class");
            if (classes && *classes && count < capacity) {
                entries[count++] = (class_entry){agget(e, "id"), classes};
            }
        }
    }
    qsort(entries, count, sizeof *entries, entry_order);
    return count;
}

/* The end of the element group starting at `start` ("<g ..."). */
static const char *group_end(const char *start) {
    int depth = 0;
    for (const char *p = start; *p; p++) {
        if (strncmp(p, "<g", 2) == 0 && (p[2] == ' ' || p[2] == '>')) {
            depth++;
        } else if (strncmp(p, "</g>", 4) == 0 && --depth == 0) {
            return p + 4 + (p[4] == '\n');
        }
    }
    return NULL;
}

/* The body: classes on the anchors of nodes and ties, legend groups
 * gathered into one. */
static void svg_body(const char *body, Agraph_t *g, text_buffer *out) {
    size_t capacity = (size_t)agnnodes(g) + (size_t)agnedges(g) + 1;
    class_entry *entries = calloc(capacity, sizeof *entries);
    size_t count = entries ? collect_classes(g, entries, capacity) : 0;
    text_buffer legend;
    text_init(&legend);
    static const char anchor[] = "<g id=\"a_";
    static const char legend_start[] = "<g id=\"legend_";
    const char *p = body, *run = body;
    const char *last = strstr(body, "</g>\n</svg>");
    while (*p) {
        if (strncmp(p, "<!-- ", 5) == 0) {
            const char *next = strstr(p, "-->\n");
            if (next &&
                strncmp(next + 4, legend_start, sizeof legend_start - 1) == 0) {
                const char *end = group_end(next + 4);
                if (end != NULL) {
                    text_append(out, run, (size_t)(p - run));
                    text_append(&legend, p, (size_t)(end - p));
                    p = run = end;
                    continue;
                }
            }
        }
        if (p == last && legend.length > 0) {
            text_append(out, run, (size_t)(p - run));
            text_appendf(out, "<g id=\"legend\">\n");
            text_append(out, legend.data, legend.length);
            text_appendf(out, "</g>\n");
            run = p;
        }
        if (strncmp(p, anchor, sizeof anchor - 1) == 0) {
            const char *id = p + sizeof anchor - 1;
            const char *quote = strchr(id, '"');
            char *key = quote ? strndup(id, (size_t)(quote - id)) : NULL;
            if (quote != NULL && key == NULL) {
                text_fail(out);
            }
            class_entry probe = {key, NULL};
            const class_entry *hit = key && entries
                                         ? bsearch(&probe, entries, count,
                                                   sizeof *entries, entry_order)
                                         : NULL;
            free(key);
            if (hit != NULL) {
                text_append(out, run, (size_t)(quote + 1 - run));
                text_appendf(out, " class=\"");
                append_xml(out, hit->classes);
                text_appendf(out, "\"");
                p = run = quote + 1;
                continue;
            }
        }
        p++;
    }
    text_append(out, run, (size_t)(p - run));
    if (entries == NULL || legend.failed) {
        text_fail(out);
    }
    text_release(&legend);
    free(entries);
}

/* A generic family after the font's name, for readers without it. */
static void font_fallback(const char *svg, text_buffer *out) {
    static const char font[] = "font-family=\"DejaVu Sans\"";
    const char *run = svg;
    for (const char *p = strstr(svg, font); p != NULL; p = strstr(run, font)) {
        text_append(out, run, (size_t)(p - run) + sizeof font - 2);
        text_appendf(out, ", sans-serif\"");
        run = p + sizeof font - 1;
    }
    text_append(out, run, strlen(run));
}

static ent_status finish_svg(const render_context *ctx, Agraph_t *g,
                             char **data, size_t *length) {
    text_buffer out, fonts;
    text_init(&out);
    text_init(&fonts);
    const char *rest = *data;
    svg_head(ctx, *data, &rest, &out);
    svg_body(rest, g, &out);
    if (!out.failed) {
        font_fallback(out.data, &fonts);
    }
    int failed = out.failed || fonts.failed;
    text_release(&out);
    if (failed) {
        text_release(&fonts);
        return ENT_ENOMEM;
    }
    free(*data);
    *data = fonts.data;
    *length = fonts.length;
    return ENT_OK;
}

/* ---- PNG ------------------------------------------------------------ */

static unsigned long crc32_of(const unsigned char *bytes, size_t length) {
    unsigned long crc = 0xFFFFFFFFul;
    for (size_t i = 0; i < length; i++) {
        crc ^= bytes[i];
        for (int k = 0; k < 8; k++) {
            crc = (crc >> 1) ^ (0xEDB88320ul & (0ul - (crc & 1)));
        }
    }
    return crc ^ 0xFFFFFFFFul;
}

static void put_u32(unsigned char *at, unsigned long value) {
    at[0] = (unsigned char)(value >> 24);
    at[1] = (unsigned char)(value >> 16);
    at[2] = (unsigned char)(value >> 8);
    at[3] = (unsigned char)value;
}

/* A pHYs chunk (pixels per metre) right after the 25-byte IHDR. */
static ent_status finish_png(unsigned dpi, char **data, size_t *length) {
    enum { AFTER_IHDR = 8 + 25, CHUNK = 21 };
    if (*length < AFTER_IHDR || memcmp(*data + 12, "IHDR", 4) != 0) {
        return ENT_OK;
    }
    unsigned char chunk[CHUNK];
    unsigned long per_metre = (unsigned long)lround(dpi / 0.0254);
    put_u32(chunk, 9);
    memcpy(chunk + 4, "pHYs", 4);
    put_u32(chunk + 8, per_metre);
    put_u32(chunk + 12, per_metre);
    chunk[16] = 1; /* the unit is the metre */
    put_u32(chunk + 17, crc32_of(chunk + 4, 13));
    char *grown = malloc(*length + CHUNK + 1);
    if (grown == NULL) {
        return ENT_ENOMEM;
    }
    memcpy(grown, *data, AFTER_IHDR);
    memcpy(grown + AFTER_IHDR, chunk, CHUNK);
    memcpy(grown + AFTER_IHDR + CHUNK, *data + AFTER_IHDR,
           *length - AFTER_IHDR);
    free(*data);
    *data = grown;
    *length += CHUNK;
    return ENT_OK;
}

/* ---- PDF ------------------------------------------------------------ */

/* The last occurrence of `needle` in the first `length` bytes. */
static const char *find_last(const char *data, size_t length,
                             const char *needle) {
    size_t n = strlen(needle);
    for (size_t i = length >= n ? length - n + 1 : 0; i-- > 0;) {
        if (memcmp(data + i, needle, n) == 0) {
            return data + i;
        }
    }
    return NULL;
}

/*
 * Appends a new Info dictionary with /Title (UTF-16 with a byte-order
 * mark, as hex) and an xref section for it, pointing back at cairo's
 * (/Prev): an incremental update, which leaves every offset valid.
 */
static ent_status finish_pdf(const render_context *ctx, char **data,
                             size_t *length) {
    const char *trailer = find_last(*data, *length, "trailer");
    const char *start = find_last(*data, *length, "startxref");
    const char *size = trailer ? strstr(trailer, "/Size ") : NULL;
    const char *root = trailer ? strstr(trailer, "/Root ") : NULL;
    long objects = 0, root_object = 0, previous = 0;
    if (!start || !size || !root || sscanf(size, "/Size %ld", &objects) != 1 ||
        sscanf(root, "/Root %ld", &root_object) != 1 ||
        sscanf(start, "startxref %ld", &previous) != 1) {
        return ENT_OK;
    }
    text_buffer out;
    text_init(&out);
    text_append(&out, *data, *length);
    size_t offset = out.length;
    text_appendf(&out, "%ld 0 obj\n<< /Title <FEFF", objects);
    const unsigned char *p = (const unsigned char *)figure_title(ctx);
    while (p && *p) {
        unsigned long c = text_next_code_point(&p);
        if (c >= 0x10000) {
            c -= 0x10000;
            text_appendf(&out, "%04lX%04lX", 0xD800 + (c >> 10),
                         0xDC00 + (c & 0x3FF));
        } else {
            text_appendf(&out, "%04lX", c);
        }
    }
    text_appendf(&out, "> /Creator (entente) >>\nendobj\n");
    size_t xref = out.length;
    text_appendf(
        &out,
        "xref\n%ld 1\n%010zu 00000 n \ntrailer\n<< /Size %ld /Root "
        "%ld 0 R /Info %ld 0 R /Prev %ld >>\nstartxref\n%zu\n%%%%EOF\n",
        objects, offset, objects + 1, root_object, objects, previous, xref);
    if (out.failed) {
        text_release(&out);
        return ENT_ENOMEM;
    }
    free(*data);
    *data = out.data;
    *length = out.length;
    return ENT_OK;
}

ent_status render_finish_output(const render_context *ctx, Agraph_t *drawn,
                                char **data, size_t *length) {
    switch (ctx->options->format) {
    case ENT_RENDER_SVG:
        return finish_svg(ctx, drawn, data, length);
    case ENT_RENDER_PNG:
        return finish_png(ctx->options->dpi ? ctx->options->dpi : 300, data,
                          length);
    case ENT_RENDER_PDF:
        return finish_pdf(ctx, data, length);
    default:
        return ENT_OK;
    }
}
