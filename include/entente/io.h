/*
 * entente/io.h - writing output files safely.
 *
 * Every file entente writes goes first to an unnamed temporary file in the
 * same directory (O_TMPFILE), which is flushed and synced, given a name
 * (".entente-NNNNNN" in that directory) and at once renamed over the target: a
 * reader never sees a partial file, and a failure or a kill, even SIGKILL,
 * leaves the old file intact and no temporary file behind. Where the file
 * system has no O_TMPFILE, a named temporary file is used and removed on
 * failure.
 */
#ifndef ENTENTE_IO_H
#define ENTENTE_IO_H

#include <stddef.h>
#include <stdio.h>

#include "entente/diag.h"
#include "entente/export.h"

#ifdef __cplusplus
extern "C" {
#endif
ENT_PUBLIC_BEGIN

/* Writes the whole output to `out`; returns ENT_EIO when writing fails. */
typedef ent_status (*ent_write_fn)(FILE *out, const void *payload);

/*
 * Creates or replaces the file at `path` atomically with what `write`
 * writes. The new file keeps the mode of the one it replaces (0644 for a
 * new one, less the umask). ENT_EIO with a diagnostic naming `path` when
 * anything fails; then `path` is unchanged and the temporary file removed.
 * A symbolic link is followed (the file it names is replaced, the link
 * stays); an existing device, FIFO or socket (/dev/null, /dev/stdout on a
 * terminal or pipe) is written through, not replaced, and not atomically.
 */
ent_status ent_file_write_atomic(const char *path, ent_write_fn write,
                                 const void *payload, ent_diag_list_t *diags);

/*
 * Two steps of the same, for a set of files that must change together:
 * ent_file_stage writes the complete file beside `path` (flushed and
 * synced; unnamed until the commit where the system allows, so that a
 * process killed before it leaves nothing) and sets *staged, which the caller
 * must pass to exactly one of ent_file_commit (renames it over `path`) or
 * ent_file_discard (removes it; NULL does nothing). Stage every file of the
 * set first and commit only once all are staged: a failure (a full disk)
 * then leaves the old set whole. The target is replaced as a regular file
 * (no write-through, no link following).
 */
typedef struct ent_staged_file ent_staged_file_t;
ent_status ent_file_stage(ent_staged_file_t **staged, const char *path,
                          ent_write_fn write, const void *payload,
                          ent_diag_list_t *diags);
ent_status ent_file_commit(ent_staged_file_t *staged, ent_diag_list_t *diags);
void ent_file_discard(ent_staged_file_t *staged);
/* ent_file_stage of `length` bytes at `data`. */
ent_status ent_file_stage_buffer(ent_staged_file_t **staged, const char *path,
                                 const void *data, size_t length,
                                 ent_diag_list_t *diags);

/* The same for `length` bytes at `data`. */
ent_status ent_file_write_buffer(const char *path, const void *data,
                                 size_t length, ent_diag_list_t *diags);

/*
 * Reads the whole file at `path`, opened read-only, refusing one over
 * `limit` bytes. Sets *data to a NUL-terminated heap buffer the caller
 * frees with free(), and *length to its size (without the NUL). Returns
 * ENT_EINPUT for a missing or unreadable file, a directory, anything but
 * a regular file (a FIFO, a device: never waited on or read) or one over
 * the limit,
 * ENT_EIO when reading fails, ENT_ENOMEM; each with a diagnostic naming
 * the path.
 */
ent_status ent_file_read(const char *path, size_t limit, char **data,
                         size_t *length, ent_diag_list_t *diags);

/*
 * Returns 1 when `a` and `b` name the same existing file (same device and
 * inode, whatever the spelling), else 0: outputs must never overwrite an
 * input.
 */
int ent_file_same(const char *a, const char *b);

/*
 * Writing values into text formats, so that every writer escapes alike and
 * data can never become markup or break a table. NAN is null in JSON and an
 * empty CSV field; numbers take the shortest form that reads back to the
 * same double (ent_format_number: %.15g, %.16g or %.17g).
 */
void ent_format_number(char *out, size_t size, double value);
/* A JSON string, or null for NULL. */
void ent_out_json_string(FILE *out, const char *text);
/* A JSON number, or null for NAN (and infinities, which JSON lacks). */
void ent_out_json_number(FILE *out, double value);
/* A CSV field (RFC 4180) preceded by a comma unless `first`; quoted when it
 * holds a comma, a quote or a line break; NULL is an empty field. A field
 * that begins with =, +, -, @, a tab or a carriage return is written
 * quoted behind an apostrophe, so that a spreadsheet shows it as text
 * instead of running it; other control characters (a terminal escape)
 * are written as \xNN. */
void ent_out_csv_field(FILE *out, const char *text, int first);
/* Plain text for a terminal table or Markdown: every control character,
 * line breaks included, written as \xNN, so that a name can neither
 * break a row nor send escape sequences to a terminal. */
void ent_out_text(FILE *out, const char *text);
/* A CSV number preceded by a comma unless `first`; empty for NAN. */
void ent_out_csv_number(FILE *out, double value, int first);
/*
 * Text for XML (SVG) or Graphviz HTML labels: &, <, >, " and ' as entities,
 * control characters as U+FFFD (they are not allowed in XML), tabs as
 * spaces, and each line break as `line_break` ("<BR/>" in an HTML label,
 * "\n" to keep it).
 */
void ent_out_markup(FILE *out, const char *text, const char *line_break);

ENT_PUBLIC_END
#ifdef __cplusplus
}
#endif

#endif /* ENTENTE_IO_H */
