/*
 * A strict reader of the XML subset GraphML and GEXF use. Why not
 * libxml2: this subset is small, every diagnostic needs its exact line and
 * column (libxml2's reader gives the parser's position, which runs ahead),
 * and refusing any DOCTYPE means no entity is ever declared or expanded,
 * so an entity bomb cannot even start.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/buffer.h"
#include "common/located_text.h"
#include "common/utf8.h"
#include "convert/convert_internal.h"

#define XML_MAX_DEPTH 256

typedef struct {
    const char *text;
    size_t length, at;
    int line, column;
    const char *file;
    ent_diag_list_t *diags;
    char *scratch; /* room for any run of decoded text (length + 1) */
} scanner;

static void advance(scanner *s, size_t count) {
    for (size_t i = 0; i < count && s->at < s->length; i++, s->at++) {
        unsigned char c = (unsigned char)s->text[s->at];
        if (c == '\n') {
            s->line++;
            s->column = 1;
        } else if (utf8_is_lead_byte(c)) {
            s->column++;
        }
    }
}

static int looking_at(const scanner *s, const char *word) {
    size_t n = strlen(word);
    return s->length - s->at >= n && memcmp(s->text + s->at, word, n) == 0;
}

static ent_status error_here(scanner *s, const char *message,
                             const char *detail) {
    ent_diag_add(s->diags, ENT_SEVERITY_ERROR, s->file, s->line, s->column,
                 NULL, "%s%s", message, detail ? detail : "");
    return ENT_EINPUT;
}

static void skip_space(scanner *s) {
    while (s->at < s->length && strchr(" \t\r\n", s->text[s->at]) &&
           s->text[s->at] != '\0') {
        advance(s, 1);
    }
}

/* Skips past `end`; an error when the text ends first. */
static ent_status skip_past(scanner *s, const char *end, const char *what) {
    const char *found = strstr(s->text + s->at, end);
    if (found == NULL) {
        return error_here(s, "unterminated ", what);
    }
    advance(s, (size_t)(found - (s->text + s->at)) + strlen(end));
    return ENT_OK;
}

static int is_name_byte(unsigned char c, int first) {
    return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           c == '_' || c == ':' ||
           (!first && ((c >= '0' && c <= '9') || c == '-' || c == '.'));
}

static char *scan_name(scanner *s) {
    size_t start = s->at;
    while (s->at < s->length &&
           is_name_byte((unsigned char)s->text[s->at], s->at == start)) {
        advance(s, 1);
    }
    if (s->at == start) {
        error_here(s, "expected a name", NULL);
        return NULL;
    }
    return strndup(s->text + start, s->at - start);
}

/* Appends the UTF-8 encoding of `code` to `out`; 0 when not a character
 * XML allows. */
static int put_code_point(char **out, unsigned long code) {
    unsigned char *o = (unsigned char *)*out;
    if (code == 0 || (code < 0x20 && code != 9 && code != 10 && code != 13) ||
        (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) {
        return 0;
    }
    if (code < 0x80) {
        *o++ = (unsigned char)code;
    } else if (code < 0x800) {
        *o++ = (unsigned char)(0xC0 | (code >> 6));
        *o++ = (unsigned char)(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        *o++ = (unsigned char)(0xE0 | (code >> 12));
        *o++ = (unsigned char)(0x80 | ((code >> 6) & 0x3F));
        *o++ = (unsigned char)(0x80 | (code & 0x3F));
    } else {
        *o++ = (unsigned char)(0xF0 | (code >> 18));
        *o++ = (unsigned char)(0x80 | ((code >> 12) & 0x3F));
        *o++ = (unsigned char)(0x80 | ((code >> 6) & 0x3F));
        *o++ = (unsigned char)(0x80 | (code & 0x3F));
    }
    *out = (char *)o;
    return 1;
}

/* Decodes the reference at s->at ("&...;") into `out`. */
static ent_status scan_reference(scanner *s, char **out) {
    static const struct {
        const char *name;
        char value;
    } predefined[] = {{"&amp;", '&'},
                      {"&lt;", '<'},
                      {"&gt;", '>'},
                      {"&quot;", '"'},
                      {"&apos;", '\''}};
    for (size_t i = 0; i < 5; i++) {
        if (looking_at(s, predefined[i].name)) {
            *(*out)++ = predefined[i].value;
            advance(s, strlen(predefined[i].name));
            return ENT_OK;
        }
    }
    if (looking_at(s, "&#")) {
        int hex = looking_at(s, "&#x");
        char *end = NULL;
        unsigned long code =
            strtoul(s->text + s->at + (hex ? 3 : 2), &end, hex ? 16 : 10);
        if (end != s->text + s->at + (hex ? 3 : 2) && *end == ';' &&
            put_code_point(out, code)) {
            advance(s, (size_t)(end - (s->text + s->at)) + 1);
            return ENT_OK;
        }
        return error_here(s, "bad character reference", NULL);
    }
    return error_here(s,
                      "unknown entity: only &amp; &lt; &gt; &quot; &apos; and "
                      "character references are accepted",
                      NULL);
}

/* Character data up to the next '<' (text) or `quote` (attribute value),
 * appended to the buffer at *out. Attribute values turn literal white
 * space into spaces, as XML requires; text turns CRLF and CR into LF. */
static ent_status scan_chars(scanner *s, char **out, char quote) {
    while (s->at < s->length) {
        char c = s->text[s->at];
        if (c == '<' && quote) {
            return error_here(s, "'<' inside an attribute value", NULL);
        }
        if (c == '<' || c == quote) {
            return ENT_OK;
        }
        if (c == '&') {
            ent_status status = scan_reference(s, out);
            if (status != ENT_OK) {
                return status;
            }
            continue;
        }
        if (c == '\r' && !quote) {
            *(*out)++ = '\n';
            advance(s, looking_at(s, "\r\n") ? 2 : 1);
            continue;
        }
        *(*out)++ = quote && strchr("\t\r\n", c) ? ' ' : c;
        advance(s, 1);
    }
    return quote ? error_here(s, "unterminated attribute value", NULL) : ENT_OK;
}

static ent_status scan_attribute(scanner *s, xml_node *node) {
    xml_attr attr = {NULL, NULL, s->line, s->column};
    attr.name = scan_name(s);
    if (attr.name == NULL) {
        return ENT_EINPUT;
    }
    for (size_t i = 0; i < node->attr_count; i++) {
        if (strcmp(node->attrs[i].name, attr.name) == 0) {
            ent_diag_add(s->diags, ENT_SEVERITY_ERROR, s->file, attr.line,
                         attr.column, NULL,
                         "attribute %s given twice in one element", attr.name);
            free(attr.name);
            return ENT_EINPUT;
        }
    }
    skip_space(s);
    if (!looking_at(s, "=")) {
        free(attr.name);
        return error_here(s, "expected '=' after an attribute name", NULL);
    }
    advance(s, 1);
    skip_space(s);
    char quote = s->at < s->length ? s->text[s->at] : '\0';
    if (quote != '"' && quote != '\'') {
        free(attr.name);
        return error_here(s, "expected a quoted attribute value", NULL);
    }
    advance(s, 1);
    const char *close = memchr(s->text + s->at, quote, s->length - s->at);
    if (close == NULL) {
        free(attr.name);
        return error_here(s, "unterminated attribute value", NULL);
    }
    attr.value = malloc((size_t)(close - (s->text + s->at)) + 1);
    xml_attr *grown =
        realloc(node->attrs, (node->attr_count + 1) * sizeof *grown);
    if (attr.value == NULL || grown == NULL) {
        free(attr.name);
        free(attr.value);
        return ENT_ENOMEM;
    }
    node->attrs = grown;
    char *out = attr.value;
    ent_status status = scan_chars(s, &out, quote);
    *out = '\0';
    node->attrs[node->attr_count++] = attr;
    if (status == ENT_OK) {
        advance(s, 1); /* the closing quote */
    }
    return status;
}

static ent_status append_text(xml_node *node, const char *text, size_t n) {
    size_t have = node->text ? strlen(node->text) : 0;
    char *grown = realloc(node->text, have + n + 1);
    if (grown == NULL) {
        return ENT_ENOMEM;
    }
    memcpy(grown + have, text, n);
    grown[have + n] = '\0';
    node->text = grown;
    return ENT_OK;
}

static ent_status scan_element(scanner *s, xml_node *node, int depth);

/* Comments, PIs, CDATA, text and child elements up to `</name>`. */
static ent_status scan_content(scanner *s, xml_node *node, int depth) {
    char *buffer = s->scratch;
    ent_status status = ENT_OK;
    while (status == ENT_OK) {
        char *out = buffer;
        status = scan_chars(s, &out, '\0');
        if (status == ENT_OK && out > buffer) {
            status = append_text(node, buffer, (size_t)(out - buffer));
        }
        if (status != ENT_OK) {
            break;
        }
        if (s->at >= s->length) {
            status = error_here(s, "the document ends inside <", node->name);
        } else if (looking_at(s, "</")) {
            break;
        } else if (looking_at(s, "<!--")) {
            status = skip_past(s, "-->", "comment");
        } else if (looking_at(s, "<![CDATA[")) {
            advance(s, 9);
            const char *end = strstr(s->text + s->at, "]]>");
            status = end ? append_text(node, s->text + s->at,
                                       (size_t)(end - (s->text + s->at)))
                         : error_here(s, "unterminated CDATA section", NULL);
            if (status == ENT_OK) {
                advance(s, (size_t)(end - (s->text + s->at)) + 3);
            }
        } else if (looking_at(s, "<?")) {
            status = skip_past(s, "?>", "processing instruction");
        } else if (looking_at(s, "<!")) {
            status = error_here(s, "a DOCTYPE or declaration is not accepted",
                                " (no entities are expanded)");
        } else {
            if (!grow_array((void **)&node->children, &node->child_capacity,
                            node->child_count + 1, sizeof *node->children)) {
                status = ENT_ENOMEM;
                break;
            }
            xml_node *child = &node->children[node->child_count++];
            memset(child, 0, sizeof *child);
            status = scan_element(s, child, depth + 1);
        }
    }
    return status;
}

static ent_status scan_element(scanner *s, xml_node *node, int depth) {
    node->line = s->line;
    node->column = s->column;
    if (depth > XML_MAX_DEPTH) {
        return error_here(s, "elements nested too deeply", NULL);
    }
    advance(s, 1); /* '<' */
    node->name = scan_name(s);
    if (node->name == NULL) {
        return ENT_EINPUT;
    }
    for (;;) {
        size_t before = s->at;
        skip_space(s);
        if (looking_at(s, "/>")) {
            advance(s, 2);
            return ENT_OK;
        }
        if (looking_at(s, ">")) {
            advance(s, 1);
            break;
        }
        if (s->at == before || s->at >= s->length) {
            return error_here(s, "expected an attribute, '>' or '/>'", NULL);
        }
        ent_status status = scan_attribute(s, node);
        if (status != ENT_OK) {
            return status;
        }
    }
    ent_status status = scan_content(s, node, depth);
    if (status != ENT_OK) {
        return status;
    }
    advance(s, 2); /* "</" */
    size_t n = strlen(node->name);
    if (!looking_at(s, node->name) ||
        is_name_byte((unsigned char)s->text[s->at + n], 0)) {
        ent_diag_add(s->diags, ENT_SEVERITY_ERROR, s->file, s->line, s->column,
                     NULL, "mismatched end tag: expected </%s>", node->name);
        return ENT_EINPUT;
    }
    advance(s, n);
    skip_space(s);
    if (!looking_at(s, ">")) {
        return error_here(s, "expected '>'", NULL);
    }
    advance(s, 1);
    return ENT_OK;
}

/* 1 when the XML declaration at `declaration` names no encoding or
 * UTF-8 (in any case, either quote). */
static int declares_utf8(const char *declaration) {
    const char *end = strstr(declaration, "?>");
    const char *at = strstr(declaration, "encoding");
    if (at == NULL || end == NULL || at > end) {
        return 1;
    }
    at += strlen("encoding");
    at += strspn(at, " \t\r\n");
    if (*at++ != '=') {
        return 0;
    }
    at += strspn(at, " \t\r\n");
    char quote = *at++;
    return (quote == '"' || quote == '\'') &&
           strncasecmp(at, "UTF-8", 5) == 0 && at[5] == quote;
}

/* The XML declaration, comments, PIs and white space before or after the
 * root; refuses a DOCTYPE and an encoding other than UTF-8. */
static ent_status scan_misc(scanner *s) {
    for (;;) {
        skip_space(s);
        ent_status status = ENT_OK;
        if (looking_at(s, "<?xml ")) {
            if (!declares_utf8(s->text + s->at)) {
                return error_here(s, "only UTF-8 is accepted", NULL);
            }
            status = skip_past(s, "?>", "XML declaration");
        } else if (looking_at(s, "<?")) {
            status = skip_past(s, "?>", "processing instruction");
        } else if (looking_at(s, "<!--")) {
            status = skip_past(s, "-->", "comment");
        } else if (looking_at(s, "<!")) {
            return error_here(s, "a DOCTYPE is not accepted",
                              " (no entities are declared or expanded)");
        } else {
            return ENT_OK;
        }
        if (status != ENT_OK) {
            return status;
        }
    }
}

ent_status xml_parse(xml_node *root, const char *text, size_t length,
                     const char *file, ent_diag_list_t *diags) {
    memset(root, 0, sizeof *root);
    ent_status status = text_check_utf8(text, length, file, diags);
    if (status != ENT_OK) {
        return status;
    }
    scanner s = {text, length, 0, 1, 1, file, diags, malloc(length + 1)};
    if (s.scratch == NULL) {
        return ENT_ENOMEM;
    }
    if (looking_at(&s, "\xEF\xBB\xBF")) {
        s.at = 3;
    }
    status = scan_misc(&s);
    if (status == ENT_OK && !looking_at(&s, "<")) {
        status = error_here(&s, "expected the root element", NULL);
    }
    if (status == ENT_OK) {
        status = scan_element(&s, root, 0);
    }
    if (status == ENT_OK) {
        status = scan_misc(&s);
    }
    if (status == ENT_OK && s.at < s.length) {
        status = error_here(&s, "text after the root element", NULL);
    }
    if (status == ENT_ENOMEM) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, file, 0, 0, NULL,
                     "out of memory while reading XML");
    }
    free(s.scratch);
    return status;
}

void xml_node_destroy(xml_node *node) {
    for (size_t i = 0; i < node->attr_count; i++) {
        free(node->attrs[i].name);
        free(node->attrs[i].value);
    }
    for (size_t i = 0; i < node->child_count; i++) {
        xml_node_destroy(&node->children[i]);
    }
    free(node->attrs);
    free(node->children);
    free(node->name);
    free(node->text);
    memset(node, 0, sizeof *node);
}

const char *xml_local(const char *name) {
    const char *colon = strrchr(name, ':');
    return colon ? colon + 1 : name;
}

const xml_attr *xml_find_attr(const xml_node *node, const char *name) {
    for (size_t i = 0; i < node->attr_count; i++) {
        if (strcmp(xml_local(node->attrs[i].name), name) == 0) {
            return &node->attrs[i];
        }
    }
    return NULL;
}
