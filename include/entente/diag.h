/*
 * entente/diag.h - status codes and diagnostics records.
 *
 * Every fallible library call returns an ent_status and, when given one,
 * appends its details to a caller-owned ent_diag_list_t. There is no global
 * "last error". Diagnostics carry the file, the line and column (1-based,
 * columns in Unicode code points), the JSON path (RFC 6901 pointer) and a
 * one-line lower-case message.
 */
#ifndef ENTENTE_DIAG_H
#define ENTENTE_DIAG_H

#include <stdarg.h>
#include <stddef.h>

#include "entente/export.h"

#ifdef __cplusplus
extern "C" {
#endif
ENT_PUBLIC_BEGIN

/* Returned by every fallible call. Only the CLI maps these to exit codes. */
typedef enum {
    ENT_OK = 0,        /* success */
    ENT_EINPUT = 1,    /* the input is invalid (diagnostics say where) */
    ENT_EUSAGE = 2,    /* the call's arguments are invalid */
    ENT_EIO = 3,       /* reading or writing a file failed */
    ENT_ENOMEM = 4,    /* out of memory */
    ENT_EINTERNAL = 5, /* a bug or an unexpected library failure */
} ent_status;

/* A short lower-case name of a status, e.g. "bad input". Never NULL. */
const char *ent_status_name(ent_status status);

typedef enum {
    ENT_SEVERITY_ERROR = 0,
    ENT_SEVERITY_WARNING,
    ENT_SEVERITY_NOTE,
} ent_severity;

/* One diagnostic. All strings are owned by the list that holds it. */
typedef struct {
    ent_severity severity;
    char *file;    /* may be NULL when no file is involved */
    int line;      /* 1-based; 0 when unknown */
    int column;    /* 1-based, in code points; 0 when unknown */
    char *path;    /* JSON pointer, e.g. "/relations/3/target"; may be NULL */
    char *message; /* one line, lower case, no trailing period */
} ent_diag_t;

/*
 * An ordered list of diagnostics. Initialise with ent_diag_list_init and
 * release with ent_diag_list_destroy. When adding fails for lack of memory
 * the list records that in `overflowed` and keeps what it has.
 */
typedef struct {
    ent_diag_t *items;
    size_t count;
    size_t capacity;
    size_t errors;   /* number of items with ENT_SEVERITY_ERROR */
    size_t warnings; /* warnings found: the items with ENT_SEVERITY_WARNING,
                        plus those a loader counted without storing (a
                        note then says how many were not shown) */
    int overflowed;  /* non-zero when an item could not be stored */
} ent_diag_list_t;

void ent_diag_list_init(ent_diag_list_t *list);
void ent_diag_list_destroy(ent_diag_list_t *list);
/* Removes every item; the list stays usable. */
void ent_diag_list_clear(ent_diag_list_t *list);

/*
 * Appends a diagnostic; `file` and `path` may be NULL; the message is
 * formatted printf-style. The list copies every string. A NULL list is
 * accepted and ignored, so callers that do not want details may pass NULL.
 */
ent_status ent_diag_add(ent_diag_list_t *list, ent_severity severity,
                        const char *file, int line, int column,
                        const char *path, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;
ent_status ent_diag_addv(ent_diag_list_t *list, ent_severity severity,
                         const char *file, int line, int column,
                         const char *path, const char *format, va_list args);

/*
 * Appends the error "WHAT: REASON" for `file`, REASON being strerror's text
 * for `error` in lower case, as every message of entente is.
 */
ent_status ent_diag_add_errno(ent_diag_list_t *list, const char *file,
                              const char *what, int error);

/*
 * Formats one diagnostic as a single line without a newline:
 * "FILE:LINE:COLUMN: error: MESSAGE (at PATH)", leaving out the parts that
 * are unknown. Control characters (from quoted data) come out as \xNN. Returns
 * a heap string that the caller frees with free(), or NULL when out of memory.
 */
char *ent_diag_format(const ent_diag_t *diag);

/*
 * Severity of a callback message: progress and warnings from long-running
 * calls go to a caller-supplied callback, never to stdout or stderr.
 */
typedef void (*ent_message_fn)(void *payload, ent_severity severity,
                               const char *message);

ENT_PUBLIC_END
#ifdef __cplusplus
}
#endif

#endif /* ENTENTE_DIAG_H */
