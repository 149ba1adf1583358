/*
 * Reading the extractor's JSON inputs (gazetteer, gold) with located
 * diagnostics. cJSON keeps no positions, so a node is found again in the
 * text by its rank among the string tokens: cJSON keeps members in file
 * order, keys and string values alike, so the k-th string of a walk of the
 * tree is the k-th string literal of the text.
 */
#include <cjson/cJSON.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract_internal.h"

ent_status json_parse_located(const char *text, size_t length, const char *name,
                              cJSON **root, ent_diag_list_t *diags) {
    ent_status status = text_check_article(text, length, name, diags);
    if (status != ENT_OK) {
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

/* Rank of `target` among the string tokens of a walk from `node`; counts
 * into *rank and returns 1 once found. */
static int string_rank(const cJSON *node, const cJSON *target, size_t *rank) {
    for (const cJSON *child = node->child; child; child = child->next) {
        if (cJSON_IsObject(node)) {
            if (child == target) {
                return 1;
            }
            (*rank)++;
        }
        if (cJSON_IsString(child)) {
            if (child == target) {
                return 1;
            }
            (*rank)++;
        } else if (child == target) {
            return 1;
        } else if ((cJSON_IsObject(child) || cJSON_IsArray(child)) &&
                   string_rank(child, target, rank)) {
            return 1;
        }
    }
    return 0;
}

/* Offset of the opening quote of the string literal of rank `rank`. */
static size_t string_offset(const char *text, size_t length, size_t rank) {
    size_t seen = 0;
    for (size_t i = 0; i < length; i++) {
        if (text[i] != '"') {
            continue;
        }
        if (seen == rank) {
            return i;
        }
        seen++;
        for (i++; i < length && text[i] != '"'; i++) {
            if (text[i] == '\\') {
                i++;
            }
        }
    }
    return 0;
}

void json_reportv(const char *text, size_t length, const char *name,
                  const cJSON *root, const cJSON *item, const char *path,
                  ent_diag_list_t *diags, const char *format, va_list args) {
    int line = 1, column = 1;
    size_t rank = 0;
    if (item != NULL && item != root && string_rank(root, item, &rank)) {
        text_position(text, length, string_offset(text, length, rank), &line,
                      &column);
    } else {
        /* The document itself: point at its first byte. */
        text_position(text, length, 0, &line, &column);
    }
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
