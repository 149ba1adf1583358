/*
 * Reading JSON files other than snapshots (gazetteers, gold files, import
 * maps) with located diagnostics (located_json.h). cJSON keeps no
 * positions, so a node is found again by walking the text in step with
 * the tree it parsed into.
 */
#include <cjson/cJSON.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/located_json.h"
#include "common/located_text.h"
#include "entente/load.h"
#include "load/json_check.h"

/* What cJSON lets through ("01", "1.", a second byte-order mark, \u0000,
 * nesting past the loader's limit) is refused here as in snapshots. */
static ent_status check_grammar(const char *text, size_t length,
                                const char *name, ent_diag_list_t *diags) {
    size_t offset = 0;
    char message[256];
    int checked = json_text_check(text, length, ENT_LOAD_DEFAULT_MAX_DEPTH,
                                  &offset, message, sizeof message);
    if (checked < 0) {
        return ENT_ENOMEM;
    }
    if (checked == 0) {
        int line, column;
        text_position(text, length, offset, &line, &column);
        ent_diag_add(diags, ENT_SEVERITY_ERROR, name, line, column, NULL, "%s",
                     message);
        return ENT_EINPUT;
    }
    return ENT_OK;
}

ent_status json_parse_located(const char *text, size_t length, const char *name,
                              cJSON **root, ent_diag_list_t *diags) {
    ent_status status = text_check_utf8(text, length, name, diags);
    if (status != ENT_OK) {
        return status;
    }
    if ((status = check_grammar(text, length, name, diags)) != ENT_OK) {
        return status;
    }
    const char *end = NULL;
    /* Not cJSON's require_null_terminated: with a length it wants the NUL
     * inside that length. Trailing text is checked here instead. */
    *root = cJSON_ParseWithLengthOpts(text, length, &end, 0);
    if (*root != NULL) {
        size_t at = (size_t)(end - text);
        while (at < length && (text[at] == ' ' || text[at] == '\n' ||
                               text[at] == '\r' || text[at] == '\t')) {
            at++;
        }
        if (at < length) {
            int line, column;
            text_position(text, length, at, &line, &column);
            ent_diag_add(diags, ENT_SEVERITY_ERROR, name, line, column, NULL,
                         "syntax error: unexpected text after the JSON "
                         "value");
            cJSON_Delete(*root);
            *root = NULL;
            return ENT_EINPUT;
        }
    }
    if (*root == NULL) {
        size_t offset = end ? (size_t)(end - text) : 0;
        /* cJSON stops before the white space that ends a cut-off file:
         * report such a file at its end, where the reader must look. */
        size_t rest = offset;
        while (rest < length && (text[rest] == ' ' || text[rest] == '\n' ||
                                 text[rest] == '\r' || text[rest] == '\t')) {
            rest++;
        }
        if (rest >= length) {
            offset = length;
        }
        int line, column;
        text_position(text, length, offset, &line, &column);
        ent_diag_add(diags, ENT_SEVERITY_ERROR, name, line, column, NULL,
                     offset >= length
                         ? "syntax error: unexpected end of input (is the "
                           "file truncated?)"
                         : "syntax error");
        return ENT_EINPUT;
    }
    return ENT_OK;
}

/*
 * Where `target` starts in the text: a walk of the text in step with the
 * tree of `node` (at text[*at]), exact for any value, scalars in arrays
 * included, since the text parsed into this very tree; a member of an
 * object is found at its name. Sets *found and
 * returns 1 once there; moves *at past the node otherwise.
 */
static size_t skip_blank(const char *text, size_t length, size_t at) {
    while (at < length && (text[at] == ' ' || text[at] == '\n' ||
                           text[at] == '\r' || text[at] == '\t')) {
        at++;
    }
    return at;
}

static size_t skip_string_token(const char *text, size_t length, size_t at) {
    for (at++; at < length && text[at] != '"'; at++) {
        at += text[at] == '\\';
    }
    return at + 1;
}

static int find_value(const char *text, size_t length, size_t *at,
                      const cJSON *node, const cJSON *target, size_t *found) {
    *at = skip_blank(text, length, *at);
    if (node == target) {
        *found = *at;
        return 1;
    }
    if (!cJSON_IsObject(node) && !cJSON_IsArray(node)) {
        if (*at < length && text[*at] == '"') {
            *at = skip_string_token(text, length, *at);
        } else {
            while (*at < length && !strchr(",]} \t\r\n", text[*at])) {
                (*at)++;
            }
        }
        return 0;
    }
    (*at)++; /* the opening bracket */
    for (const cJSON *child = node->child; child; child = child->next) {
        if (cJSON_IsObject(node)) {
            *at = skip_blank(text, length, *at);
            if (child == target) {
                *found = *at; /* a member: its name */
                return 1;
            }
            *at = skip_string_token(text, length, *at);
            *at = skip_blank(text, length, *at) + 1; /* the colon */
        }
        if (find_value(text, length, at, child, target, found)) {
            return 1;
        }
        *at = skip_blank(text, length, *at) + 1; /* a comma or the close */
    }
    if (node->child == NULL) {
        *at = skip_blank(text, length, *at) + 1;
    }
    return 0;
}

void json_reportv(const char *text, size_t length, const char *name,
                  const cJSON *root, const cJSON *item, const char *path,
                  ent_diag_list_t *diags, const char *format, va_list args) {
    int line = 1, column = 1;
    /* The one byte-order mark allowed, which cJSON skips too. */
    size_t at = length >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    size_t offset = 0; /* the document itself: its first byte */
    if (item != NULL) {
        find_value(text, length, &at, root, item, &offset);
    }
    text_position(text, length, offset, &line, &column);
    ent_diag_addv(diags, ENT_SEVERITY_ERROR, name, line, column, path, format,
                  args);
}

void json_report(const char *text, size_t length, const char *name,
                 const cJSON *root, const cJSON *item, const char *path,
                 ent_diag_list_t *diags, const char *format, ...) {
    va_list args;
    va_start(args, format);
    json_reportv(text, length, name, root, item, path, diags, format, args);
    va_end(args);
}
