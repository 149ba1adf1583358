/*
 * Diagnostics: an append-only list of located messages owned by the caller.
 */
#include "entente/diag.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/buffer.h"

const char *ent_status_name(ent_status status) {
    static const char *const names[] = {
        [ENT_OK] = "ok",
        [ENT_EINPUT] = "bad input",
        [ENT_EUSAGE] = "bad usage",
        [ENT_EIO] = "input/output error",
        [ENT_ENOMEM] = "out of memory",
        [ENT_EINTERNAL] = "internal error",
    };
    if ((unsigned)status < sizeof names / sizeof names[0]) {
        return names[status];
    }
    return "unknown status";
}

void ent_diag_list_init(ent_diag_list_t *list) {
    memset(list, 0, sizeof *list);
}

static void diag_release(ent_diag_t *diag) {
    free(diag->file);
    free(diag->path);
    free(diag->message);
}

void ent_diag_list_clear(ent_diag_list_t *list) {
    for (size_t i = 0; i < list->count; i++) {
        diag_release(&list->items[i]);
    }
    list->count = 0;
    list->errors = 0;
    list->warnings = 0;
    list->overflowed = 0;
}

void ent_diag_list_destroy(ent_diag_list_t *list) {
    if (list == NULL) {
        return;
    }
    ent_diag_list_clear(list);
    free(list->items);
    memset(list, 0, sizeof *list);
}

static char *copy_or_null(const char *text, int *failed) {
    if (text == NULL) {
        return NULL;
    }
    char *copy = strdup(text);
    if (copy == NULL) {
        *failed = 1;
    }
    return copy;
}

static char *vformat(const char *format, va_list args) {
    va_list again;
    va_copy(again, args);
    int length = vsnprintf(NULL, 0, format, again);
    va_end(again);
    if (length < 0) {
        return NULL;
    }
    char *text = malloc((size_t)length + 1);
    if (text != NULL) {
        vsnprintf(text, (size_t)length + 1, format, args);
    }
    return text;
}

static int grow(ent_diag_list_t *list) {
    return grow_array((void **)&list->items, &list->capacity, list->count + 1,
                      sizeof *list->items);
}

ent_status ent_diag_addv(ent_diag_list_t *list, ent_severity severity,
                         const char *file, int line, int column,
                         const char *path, const char *format, va_list args) {
    if (list == NULL) {
        return ENT_OK;
    }
    ent_diag_t diag = {severity, NULL, line, column, NULL, NULL};
    int failed = 0;
    diag.file = copy_or_null(file, &failed);
    diag.path = copy_or_null(path, &failed);
    diag.message = vformat(format, args);
    if (failed || diag.message == NULL || !grow(list)) {
        diag_release(&diag);
        list->overflowed = 1;
        return ENT_ENOMEM;
    }
    list->items[list->count++] = diag;
    if (severity == ENT_SEVERITY_ERROR) {
        list->errors++;
    } else if (severity == ENT_SEVERITY_WARNING) {
        list->warnings++;
    }
    return ENT_OK;
}

ent_status ent_diag_add(ent_diag_list_t *list, ent_severity severity,
                        const char *file, int line, int column,
                        const char *path, const char *format, ...) {
    va_list args;
    va_start(args, format);
    ent_status status =
        ent_diag_addv(list, severity, file, line, column, path, format, args);
    va_end(args);
    return status;
}

static const char *severity_word(ent_severity severity) {
    switch (severity) {
    case ENT_SEVERITY_ERROR:
        return "error";
    case ENT_SEVERITY_WARNING:
        return "warning";
    case ENT_SEVERITY_NOTE:
        return "note";
    }
    return "error";
}

/* A copy of `text` with control characters written as \xNN: messages
 * quote data, and a newline or a terminal escape in a name must not split
 * the line or reach the terminal. Heap string, or NULL. */
static char *escape_controls(const char *text) {
    size_t length = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        length += *p < 0x20 || *p == 0x7F ? 4 : 1;
    }
    char *copy = malloc(length + 1);
    if (copy == NULL) {
        return NULL;
    }
    char *out = copy;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (*p < 0x20 || *p == 0x7F) {
            out += sprintf(out, "\\x%02X", *p);
        } else {
            *out++ = (char)*p;
        }
    }
    *out = '\0';
    return copy;
}

char *ent_diag_format(const ent_diag_t *diag) {
    char location[64] = "";
    if (diag->line > 0 && diag->column > 0) {
        snprintf(location, sizeof location, ":%d:%d", diag->line, diag->column);
    } else if (diag->line > 0) {
        snprintf(location, sizeof location, ":%d", diag->line);
    }
    char *file = escape_controls(diag->file ? diag->file : "");
    char *message = escape_controls(diag->message);
    /* The root pointer "" says nothing a reader can use: leave it out. */
    int has_path = diag->path != NULL && diag->path[0] != '\0';
    char *path = escape_controls(has_path ? diag->path : "");
    char *text = NULL;
    if (file != NULL && message != NULL && path != NULL) {
        const char *separator = (diag->file || location[0]) ? ": " : "";
        int length =
            snprintf(NULL, 0, "%s%s%s%s: %s%s%s%s", file, location, separator,
                     severity_word(diag->severity), message,
                     has_path ? " (at " : "", path, has_path ? ")" : "");
        text = length < 0 ? NULL : malloc((size_t)length + 1);
        if (text != NULL) {
            snprintf(text, (size_t)length + 1, "%s%s%s%s: %s%s%s%s", file,
                     location, separator, severity_word(diag->severity),
                     message, has_path ? " (at " : "", path,
                     has_path ? ")" : "");
        }
    }
    free(file);
    free(message);
    free(path);
    return text;
}

ent_status ent_diag_add_errno(ent_diag_list_t *list, const char *file,
                              const char *what, int error) {
    char reason[128];
    snprintf(reason, sizeof reason, "%s", strerror(error));
    reason[0] = (char)tolower((unsigned char)reason[0]);
    return ent_diag_add(list, ENT_SEVERITY_ERROR, file, 0, 0, NULL, "%s: %s",
                        what, reason);
}
