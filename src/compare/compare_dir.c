/*
 * Writing a comparison's directory: every output is made in memory first,
 * checked against the inputs, and only then written as a set: every file
 * staged under a temporary name first, then all renamed into place (io.h),
 * so that a failure leaves the old set or the new one, never a mix.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "compare/compare_internal.h"
#include "entente/io.h"

typedef ent_status (*writer_fn)(FILE *out, const ent_comparison_t *c);

static ent_status to_memory(writer_fn write, const ent_comparison_t *c,
                            char **data, size_t *length) {
    FILE *out = open_memstream(data, length);
    if (out == NULL) {
        return ENT_ENOMEM;
    }
    ent_status status = write(out, c);
    if (fclose(out) != 0 && status == ENT_OK) {
        status = ENT_ENOMEM;
    }
    return status;
}

/* The outputs: names, contents and lengths, all heap. */
typedef struct {
    char **names, **data;
    size_t *lengths;
    size_t count;
} output_set;

static void outputs_free(output_set *set) {
    for (size_t i = 0; i < set->count; i++) {
        free(set->names[i]);
        free(set->data[i]);
    }
    free(set->names);
    free(set->data);
    free(set->lengths);
}

static ent_status add_text(output_set *set, const char *name, writer_fn write,
                           const ent_comparison_t *c) {
    size_t n = set->count;
    char **names = realloc(set->names, (n + 1) * sizeof *names);
    set->names = names ? names : set->names;
    char **data = realloc(set->data, (n + 1) * sizeof *data);
    set->data = data ? data : set->data;
    size_t *lengths = realloc(set->lengths, (n + 1) * sizeof *lengths);
    set->lengths = lengths ? lengths : set->lengths;
    if (!names || !data || !lengths) {
        return ENT_ENOMEM;
    }
    set->names[n] = strdup(name);
    set->data[n] = NULL;
    set->count++;
    if (set->names[n] == NULL) {
        return ENT_ENOMEM;
    }
    return to_memory(write, c, &set->data[n], &set->lengths[n]);
}

static char *join(const char *dir, const char *name) {
    size_t size = strlen(dir) + strlen(name) + 2;
    char *path = malloc(size);
    if (path != NULL) {
        size_t length = strlen(dir);
        snprintf(path, size, "%s%s%s", dir,
                 length && dir[length - 1] == '/' ? "" : "/", name);
    }
    return path;
}

/* Stages every file, then commits them all: a failure part-way (a full
 * disk) leaves the old set, never new files beside old ones. */
static ent_status write_as_a_set(const char *dir, output_set *const *sets,
                                 size_t set_count, ent_diag_list_t *diags) {
    size_t total = 0;
    for (size_t s = 0; s < set_count; s++) {
        total += sets[s]->count;
    }
    ent_staged_file_t **staged = calloc(total + 1, sizeof *staged);
    ent_status status = staged ? ENT_OK : ENT_ENOMEM;
    size_t made = 0;
    for (size_t s = 0; status == ENT_OK && s < set_count; s++) {
        for (size_t i = 0; status == ENT_OK && i < sets[s]->count; i++) {
            char *path = join(dir, sets[s]->names[i]);
            status = path ? ent_file_stage_buffer(&staged[made], path,
                                                  sets[s]->data[i],
                                                  sets[s]->lengths[i], diags)
                          : ENT_ENOMEM;
            made += status == ENT_OK;
            free(path);
        }
    }
    for (size_t k = 0; k < made; k++) {
        if (status == ENT_OK) {
            status = ent_file_commit(staged[k], diags);
        } else {
            ent_file_discard(staged[k]);
        }
    }
    free(staged);
    return status;
}

/* The drawings as an output set (the names and contents move over). */
static ent_status take_drawings(output_set *set, ent_compare_files_t *files) {
    size_t n = files->count;
    set->names = calloc(n + 1, sizeof *set->names);
    set->data = calloc(n + 1, sizeof *set->data);
    set->lengths = calloc(n + 1, sizeof *set->lengths);
    if (!set->names || !set->data || !set->lengths) {
        return ENT_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        set->names[i] = files->files[i].name;
        set->data[i] = files->files[i].data;
        set->lengths[i] = files->files[i].length;
        files->files[i].name = files->files[i].data = NULL;
    }
    set->count = n;
    return ENT_OK;
}

ent_status ent_compare_write_dir(const char *dir, const ent_comparison_t *c,
                                 ent_renderer_t *renderer,
                                 ent_diag_list_t *diags) {
    return ent_compare_write_dir_with(dir, c, renderer, NULL, diags);
}

ent_status ent_compare_write_dir_with(const char *dir,
                                      const ent_comparison_t *c,
                                      ent_renderer_t *renderer,
                                      const ent_render_options_t *options,
                                      ent_diag_list_t *diags) {
    static const struct {
        const char *name;
        writer_fn write;
    } texts[] = {
        {"compare.json", ent_compare_write_json},
        {"compare.csv", ent_compare_write_csv},
        {"summary.md", ent_compare_write_summary},
        {"cohesion.svg", ent_compare_write_chart},
    };
    output_set set = {NULL, NULL, NULL, 0};
    ent_status status = ENT_OK;
    for (size_t t = 0; status == ENT_OK && t < sizeof texts / sizeof texts[0];
         t++) {
        status = add_text(&set, texts[t].name, texts[t].write, c);
    }
    output_set drawings = {NULL, NULL, NULL, 0};
    if (status == ENT_OK && renderer != NULL) {
        ent_compare_files_t files;
        status = ent_compare_draw(c, renderer, options, &files, diags);
        if (status == ENT_OK) {
            status = take_drawings(&drawings, &files);
        }
        ent_compare_files_free(&files);
    }
    if (status == ENT_OK && mkdir(dir, 0777) != 0 && errno != EEXIST) {
        ent_diag_add_errno(diags, dir, "cannot make the directory", errno);
        status = ENT_EIO;
    }
    /* Check every path before writing any. */
    output_set *sets[] = {&set, &drawings};
    for (size_t s = 0; status == ENT_OK && s < 2; s++) {
        for (size_t i = 0; status == ENT_OK && i < sets[s]->count; i++) {
            char *path = join(dir, sets[s]->names[i]);
            for (size_t k = 0; path && k < c->count && status == ENT_OK; k++) {
                if (c->snapshots[k].path != NULL &&
                    ent_file_same(path, c->snapshots[k].path)) {
                    ent_diag_add(diags, ENT_SEVERITY_ERROR, path, 0, 0, NULL,
                                 "this output would replace an input: choose "
                                 "another directory");
                    status = ENT_EUSAGE;
                }
            }
            status = path ? status : ENT_ENOMEM;
            free(path);
        }
    }
    if (status == ENT_OK) {
        status = write_as_a_set(dir, sets, 2, diags);
    }
    if (status == ENT_ENOMEM) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "out of memory");
    }
    outputs_free(&set);
    outputs_free(&drawings);
    return status;
}
