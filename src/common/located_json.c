/*
 * Reading JSON files other than snapshots (gazetteers, gold files, import
 * maps) with located diagnostics (located_json.h): the loader's grammar
 * check and its locator (load/json_check.h), since cJSON keeps no
 * positions.
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

void json_reportv(const char *text, size_t length, const char *name,
                  const cJSON *root, const cJSON *item, const char *path,
                  ent_diag_list_t *diags, const char *format, va_list args) {
    int line = 1, column = 1;
    /* The one byte-order mark allowed, which cJSON skips too. */
    size_t skip = length >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    size_t offset = 0; /* the document itself, or a node not found when
                          out of memory: the first byte */
    if (item != NULL && json_text_locate_node(text + skip, length - skip, root,
                                              item, &offset) == 1) {
        offset += skip;
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
