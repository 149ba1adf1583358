/*
 * entente/load.h - reading snapshot files into the model, with validation.
 *
 * The loader checks everything the "entente/1" schema demands (see
 * DESIGN.md and README.md) and reports each fault as a diagnostic with
 * file, line, column and JSON path. It keeps going after a semantic error
 * so that one run reports up to `max_errors` of them; syntax errors stop it
 * at once. Warnings (self-loops, duplicated relations, entities in no
 * relation) never make a load fail.
 *
 * cJSON's allocation hooks are process-wide: during a load the loader
 * installs its own (an arena for the parse tree) and sets cJSON's default
 * malloc and free back before it returns. A program that installs hooks
 * of its own with cJSON_InitHooks must install them again after a load.
 * Like igraph and Graphviz, the loader is not safe to call from several
 * threads at once.
 */
#ifndef ENTENTE_LOAD_H
#define ENTENTE_LOAD_H

#include <stddef.h>

#include "entente/diag.h"
#include "entente/export.h"
#include "entente/model.h"

#ifdef __cplusplus
extern "C" {
#endif
ENT_PUBLIC_BEGIN

/*
 * Documented limits; input beyond them is refused with an error that names
 * the limit, before anything is built from it:
 *
 * - the file: 256 MiB ("the file is N bytes, over the limit of M bytes");
 *   what the model of a snapshot costs grows with it (cJSON's tree takes
 *   about 10 bytes of memory per byte of text);
 * - nesting: 64 levels of arrays and objects (a snapshot needs 4; deep
 *   nesting is how a parser's stack is attacked);
 * - a string or member name: 1 MiB once decoded. The longest text a
 *   snapshot has reason to carry is a quoted passage in `evidence` or
 *   `note`, a few kilobytes; the limit bounds what each message that quotes
 *   a value can print ("the string is N bytes long, over the limit of M
 *   bytes (at /entities/0/name)");
 * - entities and relations: 10 million each. A 256 MiB file cannot hold
 *   that many (a relation takes at least 40 bytes), so the limits matter
 *   when a caller raises the file size: they keep the id index and the
 *   duplicate check, which grow with the counts, within a few GiB.
 *
 * In ent_load_options_t, 0 for max_entities, max_relations or max_string
 * stands for the default.
 */
#define ENT_LOAD_DEFAULT_MAX_ERRORS 20
#define ENT_LOAD_DEFAULT_MAX_FILE_SIZE ((size_t)256 * 1024 * 1024)
#define ENT_LOAD_DEFAULT_MAX_DEPTH 64
#define ENT_LOAD_DEFAULT_MAX_STRING ((size_t)1024 * 1024)
#define ENT_LOAD_DEFAULT_MAX_ENTITIES ((size_t)10 * 1000 * 1000)
#define ENT_LOAD_DEFAULT_MAX_RELATIONS ((size_t)10 * 1000 * 1000)

typedef struct {
    size_t max_errors;    /* semantic errors reported before stopping */
    size_t max_file_size; /* bytes */
    int max_depth;        /* nesting of arrays and objects */
    int warnings;         /* 0 turns the warnings off */
    size_t max_entities;  /* entries of "entities" */
    size_t max_relations; /* entries of "relations" */
    size_t max_string;    /* bytes of a string or member name, decoded */
} ent_load_options_t;

/* Fills `options` with the defaults above, warnings on. */
void ent_load_options_init(ent_load_options_t *options);

/*
 * Reads and validates the snapshot file at `path` (opened read-only). On
 * success sets *snapshot to a new snapshot that the caller frees with
 * ent_snapshot_free; on failure sets it to NULL. Returns ENT_EINPUT for an
 * invalid or missing file, ENT_EIO when reading fails, ENT_ENOMEM. Every
 * problem is appended to `diags` (which may be NULL). `options` may be NULL
 * for the defaults.
 */
ent_status ent_snapshot_load_file(ent_snapshot_t **snapshot, const char *path,
                                  const ent_load_options_t *options,
                                  ent_diag_list_t *diags);

/*
 * Like ent_snapshot_load_file for `length` bytes at `data` (need not be
 * NUL-terminated); `name` is the file name used in diagnostics.
 */
ent_status ent_snapshot_load_buffer(ent_snapshot_t **snapshot, const char *data,
                                    size_t length, const char *name,
                                    const ent_load_options_t *options,
                                    ent_diag_list_t *diags);

/*
 * What a JSON file in a graphs folder is, judged by its "schema" member
 * alone, so that a command given a directory can skip the other files.
 */
typedef enum {
    ENT_FILE_SNAPSHOT = 0, /* schema "entente/N" (any version) */
    ENT_FILE_OTHER_SCHEMA, /* another schema, e.g. "entente-gazetteer/1" */
    ENT_FILE_NO_SCHEMA,    /* not a JSON object with a string "schema" */
} ent_file_kind;

/*
 * Sets *kind for the file at `path` and, for ENT_FILE_OTHER_SCHEMA, copies
 * the schema into `schema` (truncated to `schema_size`, may be NULL).
 * Returns ENT_EIO when the file cannot be read.
 */
ent_status ent_file_kind_probe(const char *path, ent_file_kind *kind,
                               char *schema, size_t schema_size);

/* A list of file paths, owned: release with ent_path_list_destroy. */
typedef struct {
    char **paths;
    size_t count;
} ent_path_list_t;

void ent_path_list_destroy(ent_path_list_t *list);

/*
 * Expands command-line inputs into snapshot files: a file stands for
 * itself; a directory for its `*.json` files in byte order of their names,
 * less those whose "schema" names another format (each such file gets an
 * ENT_SEVERITY_NOTE in `diags` saying it was skipped and why). Files that
 * do not parse are kept, so that loading them reports what is wrong.
 * Returns ENT_EINPUT for a path that does not exist, ENT_EIO for a
 * directory that cannot be read. Initialise *list to {0} first.
 */
ent_status ent_snapshot_paths_expand(ent_path_list_t *list,
                                     const char *const *inputs, size_t count,
                                     ent_diag_list_t *diags);

ENT_PUBLIC_END
#ifdef __cplusplus
}
#endif

#endif /* ENTENTE_LOAD_H */
