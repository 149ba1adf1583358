/*
 * The visual vocabulary of diagrams: edge styles by relation type, shapes
 * by entity type, the palette, and text escaping for Graphviz labels.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/render_internal.h"

/* Colours from Paul Tol's bright, vibrant and muted schemes, which
 * colour-blind readers tell apart; no two styles share one. */
enum {
    STYLE_MEMBER,
    STYLE_MEMBER_FROZEN,
    STYLE_MEMBER_OBSERVER,
    STYLE_MEMBER_FORMER,
    STYLE_ARMS,
    STYLE_BORDER,
    STYLE_LEADS,
    STYLE_NATIONAL,
    STYLE_CHAIRS,
    STYLE_HOSTS,
    STYLE_ATTENDS,
    STYLE_ABSENT,
    STYLE_THREATENS,
    STYLE_BORDERS,
    STYLE_CUSTOM_DIRECTED,
    STYLE_CUSTOM,
    STYLE_PROJECTION,
    STYLE_COUNT
};

static const edge_style styles[STYLE_COUNT] = {
    [STYLE_MEMBER] = {"solid", "#555555", "none", 1.2, 0, "membership"},
    [STYLE_MEMBER_FROZEN] = {"dashed", "#AA3377", "none", 1.2, 0,
                             "frozen or suspended membership"},
    [STYLE_MEMBER_OBSERVER] = {"dotted", "#228833", "none", 1.2, 0, "observer"},
    [STYLE_MEMBER_FORMER] = {"dotted", "#BBBBBB", "none", 1.0, 0,
                             "former membership"},
    [STYLE_ARMS] = {"bold", "#0077BB", "normal", 1.0, 1,
                    "arms dependency, importer to supplier (width: share)"},
    [STYLE_BORDER] = {"dashed", "#EE7733", "none", 1.0, 1,
                      "border risk (width: risk)"},
    [STYLE_LEADS] = {"dotted", "#009988", "normal", 1.4, 0, "leads"},
    [STYLE_NATIONAL] = {"dotted", "#33BBEE", "normal", 1.0, 0, "national of"},
    [STYLE_CHAIRS] = {"bold", "#EE3377", "normal", 1.6, 0, "chairs"},
    [STYLE_HOSTS] = {"solid", "#CCBB44", "normal", 1.6, 0, "hosts"},
    [STYLE_ATTENDS] = {"solid", "#4477AA", "normal", 0.8, 0, "attends"},
    [STYLE_ABSENT] = {"dashed", "#CC3311", "tee", 1.4, 0, "absent from"},
    [STYLE_THREATENS] = {"solid", "#882255", "vee", 1.4, 0, "threatens"},
    [STYLE_BORDERS] = {"solid", "#999933", "none", 1.0, 0, "shares a border"},
    [STYLE_CUSTOM_DIRECTED] = {"solid", "#997700", "normal", 1.0, 0,
                               "other relation (directed)"},
    [STYLE_CUSTOM] = {"solid", "#BB5566", "none", 1.0, 0, "other relation"},
    [STYLE_PROJECTION] = {"solid", "#004488", "none", 1.0, 1,
                          "shared memberships (width: count)"},
};

static const struct {
    const char *type;
    int style;
} type_styles[] = {
    {"arms_dependency", STYLE_ARMS}, {"border_risk", STYLE_BORDER},
    {"leads", STYLE_LEADS},          {"national_of", STYLE_NATIONAL},
    {"chairs", STYLE_CHAIRS},        {"hosts", STYLE_HOSTS},
    {"attends", STYLE_ATTENDS},      {"absent_from", STYLE_ABSENT},
    {"threatens", STYLE_THREATENS},  {"borders", STYLE_BORDERS},
};

static int membership_style(ent_membership_status status) {
    switch (status) {
    case ENT_MEMBERSHIP_FROZEN:
    case ENT_MEMBERSHIP_SUSPENDED:
        return STYLE_MEMBER_FROZEN;
    case ENT_MEMBERSHIP_OBSERVER:
        return STYLE_MEMBER_OBSERVER;
    case ENT_MEMBERSHIP_FORMER:
        return STYLE_MEMBER_FORMER;
    default:
        return STYLE_MEMBER;
    }
}

const edge_style *style_for_relation(const char *type, int directed,
                                     ent_membership_status status) {
    if (strcmp(type, "member_of") == 0) {
        return &styles[membership_style(status)];
    }
    for (size_t i = 0; i < sizeof type_styles / sizeof type_styles[0]; i++) {
        if (strcmp(type, type_styles[i].type) == 0) {
            return &styles[type_styles[i].style];
        }
    }
    return &styles[directed ? STYLE_CUSTOM_DIRECTED : STYLE_CUSTOM];
}

const edge_style *style_for_projection(void) {
    return &styles[STYLE_PROJECTION];
}

size_t style_table_size(void) { return STYLE_COUNT; }
size_t style_index(const edge_style *style) { return (size_t)(style - styles); }
const edge_style *style_at(size_t index) { return &styles[index]; }

static const node_style node_styles[ENT_ENTITY_TYPE_COUNT] = {
    [ENT_ENTITY_STATE] = {"ellipse", "\xe2\x97\x8f"},     /* ● */
    [ENT_ENTITY_ORGANIZATION] = {"box", "\xe2\x96\xa0"},  /* ■ */
    [ENT_ENTITY_PERSON] = {"diamond", "\xe2\x97\x86"},    /* ◆ */
    [ENT_ENTITY_EVENT] = {"hexagon", "\xe2\xac\xa2"},     /* ⬢ */
    [ENT_ENTITY_GROUP] = {"invtriangle", "\xe2\x96\xbc"}, /* ▼ */
};

const node_style *style_for_entity(ent_entity_type type) {
    return &node_styles[type];
}

/* Paul Tol's "light" scheme, readable with black text and by colour-blind
 * readers; the ninth colour, pale grey, means "none". */
static const char *const palette[PALETTE_SIZE] = {
    "#77AADD", "#EE8866", "#EEDD88", "#FFAABB",
    "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00",
};
const char none_color[] = "#DDDDDD";

const char *palette_color(size_t index) {
    return index == NO_COLOR ? none_color : palette[index % PALETTE_SIZE];
}

static size_t lost_allocations;

void render_lost_memory(void) { lost_allocations++; }
void render_lost_memory_reset(void) { lost_allocations = 0; }
int render_lost_any_memory(void) { return lost_allocations != 0; }

void text_init(text_buffer *text) { memset(text, 0, sizeof *text); }

void text_fail(text_buffer *text) {
    text->failed = 1;
    render_lost_memory();
}

void text_release(text_buffer *text) { buffer_release(text); }

void text_append(text_buffer *text, const char *bytes, size_t length) {
    int failed_before = text->failed;
    buffer_append(text, bytes, length);
    if (text->failed && !failed_before) {
        render_lost_memory();
    }
}

void text_appendf(text_buffer *text, const char *format, ...) {
    char buffer[512];
    va_list args;
    va_start(args, format);
    int length = vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    if (length < 0 || (size_t)length >= sizeof buffer) {
        text->failed = 1;
        return;
    }
    text_append(text, buffer, (size_t)length);
}

/* Appends the bytes from `begin` to `end`, replacing each byte found in
 * `from` by its string in `to` (a table indexed by position in `from`). */
static void append_escaped_range(text_buffer *text, const char *begin,
                                 const char *end, const char *from,
                                 const char *const *to) {
    const char *run = begin;
    for (const char *p = begin; p < end; p++) {
        const char *hit = *p ? strchr(from, *p) : NULL;
        /* Other control characters would make the SVG invalid XML and the
         * HTML label unparsable: show U+FFFD in their place. */
        int control = (unsigned char)*p < 0x20 && hit == NULL && *p != '\n';
        if (hit != NULL || control) {
            const char *replacement =
                control ? (*p == '\t' ? " " : "\xef\xbf\xbd") : to[hit - from];
            text_append(text, run, (size_t)(p - run));
            text_append(text, replacement, strlen(replacement));
            run = p + 1;
        }
    }
    text_append(text, run, (size_t)(end - run));
}

static void append_escaped(text_buffer *text, const char *value,
                           const char *from, const char *const *to) {
    append_escaped_range(text, value, value + strlen(value), from, to);
}

/* Graphviz reads \n, \N, \G ... in labels, and its SVG writer leaves
 * entity-like text alone: double the backslash, write '&' as an entity. */
static const char label_from[] = "\\&";
static const char *const label_to[] = {"\\\\", "&amp;"};

void text_append_label(text_buffer *text, const char *value) {
    append_escaped(text, value, label_from, label_to);
}

/* Counts code points, not bytes, so that Cyrillic names wrap alike. */
static size_t code_points(const char *begin, const char *end) {
    size_t count = 0;
    for (const char *p = begin; p < end; p++) {
        count += ((unsigned char)*p & 0xC0) != 0x80;
    }
    return count;
}

void text_append_wrapped_label(text_buffer *text, const char *value) {
    const char *written = value;   /* what is not appended yet starts here */
    const char *line = value;      /* the current line starts here */
    const char *last_space = NULL; /* the last space of the current line */
    for (const char *p = value;; p++) {
        int end = *p == '\0';
        if (!end && *p != ' ' && *p != '\n') {
            continue;
        }
        /* The word ending at p overflows the line: break before it. */
        if (last_space != NULL && code_points(line, p) > LABEL_LINE) {
            append_escaped_range(text, written, last_space, label_from,
                                 label_to);
            text_append(text, "\\n", 2);
            written = line = last_space + 1;
        }
        if (end) {
            break;
        }
        if (*p == '\n') {
            line = p + 1;
            last_space = NULL;
        } else {
            last_space = p;
        }
    }
    append_escaped_range(text, written, written + strlen(written), label_from,
                         label_to);
}

/* A backslash doubled: Graphviz expands \N, \G ... in HTML-like
 * labels too. Lines break flush left (a label is one block). */
void text_append_html(text_buffer *text, const char *value) {
    static const char *const to[] = {"&amp;",
                                     "&lt;",
                                     "&gt;",
                                     "&quot;",
                                     "&#39;",
                                     "\\\\",
                                     "<BR ALIGN=\"LEFT\"/>",
                                     ""};
    append_escaped(text, value, "&<>\"'\\\n\r", to);
}

void render_set(void *object, const char *name, const char *value) {
    agsafeset(object, (char *)name, (char *)value, "");
}

void render_set_number(void *object, const char *name, double value) {
    char buffer[64];
    snprintf(buffer, sizeof buffer, "%.4f", value);
    render_set(object, name, buffer);
}
