/*
 * The comparison part of a report of several snapshots: compare.h's
 * summary, its cohesion chart and its diff diagrams.
 *
 * compare.h writes the summary and the chart to a stream, which here is
 * memory; its diagrams it writes only into a directory, so they are made
 * in a private temporary directory, read back and the directory removed.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "entente/io.h"
#include "report/report_internal.h"

typedef ent_status (*stream_writer)(FILE *out, const ent_comparison_t *c);

/* What `write` writes, in a heap buffer freed with free(). */
static ent_status to_memory(stream_writer write, const ent_comparison_t *c,
                            char **data, size_t *length) {
    *data = NULL;
    FILE *stream = open_memstream(data, length);
    if (stream == NULL) {
        return ENT_ENOMEM;
    }
    ent_status status = write(stream, c);
    if (fclose(stream) != 0 && status == ENT_OK) {
        status = ENT_ENOMEM;
    }
    if (status != ENT_OK) {
        free(*data);
        *data = NULL;
    }
    return status;
}

/* The sorted names of the diff diagrams in `dir`. */
typedef struct {
    char **names;
    size_t count;
} name_list;

static void name_list_destroy(name_list *list) {
    for (size_t k = 0; k < list->count; k++) {
        free(list->names[k]);
    }
    free(list->names);
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Lists the diff-*.svg files of `dir` and removes every file there, then
 * the directory itself. */
static ent_status collect_and_clear(const char *dir, name_list *diffs,
                                    char ***contents, size_t **lengths,
                                    ent_diag_list_t *diags) {
    ent_status status = ENT_OK;
    DIR *d = opendir(dir);
    if (d == NULL) {
        ent_diag_add_errno(diags, dir, "cannot read the directory", errno);
        return ENT_EIO;
    }
    size_t capacity = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (strncmp(e->d_name, "diff-", 5) != 0 || status != ENT_OK) {
            continue;
        }
        if (diffs->count == capacity) {
            capacity = capacity ? 2 * capacity : 8;
            char **grown = realloc(diffs->names, capacity * sizeof *grown);
            if (grown == NULL) {
                status = ENT_ENOMEM;
                continue;
            }
            diffs->names = grown;
        }
        diffs->names[diffs->count] = strdup(e->d_name);
        status = diffs->names[diffs->count] ? ENT_OK : ENT_ENOMEM;
        diffs->count += status == ENT_OK;
    }
    closedir(d);
    qsort(diffs->names, diffs->count, sizeof *diffs->names, by_name);
    *contents = calloc(diffs->count + 1, sizeof **contents);
    *lengths = calloc(diffs->count + 1, sizeof **lengths);
    if (status == ENT_OK && (*contents == NULL || *lengths == NULL)) {
        status = ENT_ENOMEM;
    }
    size_t dir_length = strlen(dir);
    char *path = malloc(dir_length + 300);
    status = status == ENT_OK && path == NULL ? ENT_ENOMEM : status;
    for (size_t k = 0; status == ENT_OK && k < diffs->count; k++) {
        snprintf(path, dir_length + 300, "%s/%s", dir, diffs->names[k]);
        status = ent_file_read(path, (size_t)1 << 30, &(*contents)[k],
                               &(*lengths)[k], diags);
    }
    /* Remove whatever compare wrote, then the directory. */
    if (path != NULL && (d = opendir(dir)) != NULL) {
        for (struct dirent *e; (e = readdir(d)) != NULL;) {
            if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
                snprintf(path, dir_length + 300, "%s/%s", dir, e->d_name);
                unlink(path);
            }
        }
        closedir(d);
    }
    rmdir(dir);
    free(path);
    return status;
}

static void diff_figure(FILE *out, const ent_comparison_t *c, const char *name,
                        const char *svg, size_t length) {
    size_t from = 0, to = 0;
    if (sscanf(name, "diff-%zu-%zu", &from, &to) != 2 || from < 1 ||
        to > ent_comparison_count(c) || from >= to) {
        return; /* not a pair compare.h names: leave it out */
    }
    char prefix[32];
    snprintf(prefix, sizeof prefix, "d%zu-", from);
    const ent_snapshot_t *a = ent_comparison_snapshot(c, from - 1);
    const ent_snapshot_t *b = ent_comparison_snapshot(c, to - 1);
    fputs("<figure class=\"diagram\">\n", out);
    rpt_svg(out, svg, length, prefix);
    fputs("\n<figcaption>What changed from ", out);
    rpt_text(out, ent_snapshot_title(a) ? ent_snapshot_title(a)
                                        : ent_snapshot_id(a));
    fputs(" to ", out);
    rpt_text(out, ent_snapshot_title(b) ? ent_snapshot_title(b)
                                        : ent_snapshot_id(b));
    fputs(": ties added in green, removed dashed red, re-weighted in blue; "
          "every diagram shares one layout.</figcaption>\n</figure>\n",
          out);
}

/* Draws compare.h's diff diagrams into a temporary directory and writes
 * them inline. */
static ent_status diff_diagrams(FILE *out, const ent_comparison_t *c,
                                ent_renderer_t *renderer,
                                ent_diag_list_t *diags) {
    if (renderer == NULL) {
        fputs("<p class=\"meta\">The diff diagrams are left out: this "
              "report was made without a renderer.</p>\n",
              out);
        return ENT_OK;
    }
    const char *tmp = getenv("TMPDIR");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/entente-report-XXXXXX",
             tmp && *tmp ? tmp : "/tmp");
    if (mkdtemp(dir) == NULL) {
        ent_diag_add_errno(diags, dir, "cannot make a temporary directory",
                           errno);
        return ENT_EIO;
    }
    ent_status status = ent_compare_write_dir(dir, c, renderer, diags);
    name_list diffs = {NULL, 0};
    char **contents = NULL;
    size_t *lengths = NULL;
    ent_status cleared =
        collect_and_clear(dir, &diffs, &contents, &lengths, diags);
    status = status == ENT_OK ? cleared : status;
    for (size_t k = 0; status == ENT_OK && k < diffs.count; k++) {
        diff_figure(out, c, diffs.names[k], contents[k], lengths[k]);
    }
    for (size_t k = 0; contents != NULL && k < diffs.count; k++) {
        free(contents[k]);
    }
    free(contents);
    free(lengths);
    name_list_destroy(&diffs);
    return status;
}

ent_status rpt_compare_section(FILE *out, const ent_comparison_t *comparison,
                               ent_renderer_t *renderer,
                               ent_diag_list_t *diags) {
    char *summary = NULL, *chart = NULL;
    size_t summary_length = 0, chart_length = 0;
    ent_status status = to_memory(ent_compare_write_summary, comparison,
                                  &summary, &summary_length);
    if (status == ENT_OK) {
        status = to_memory(ent_compare_write_chart, comparison, &chart,
                           &chart_length);
    }
    if (status == ENT_OK) {
        fputs("<section class=\"comparison\" id=\"comparison\">\n"
              "<h2>Comparison</h2>\n<div class=\"summary\">\n",
              out);
        rpt_markdown(out, summary, summary_length, 2,
                     "compare.json" /* lines about files not in a report */);
        fputs("</div>\n<h3>Cohesion over time</h3>\n"
              "<figure class=\"chart\">\n",
              out);
        rpt_svg(out, chart, chart_length, "chart-");
        fputs("\n<figcaption>Each organization's group metrics per "
              "snapshot.</figcaption>\n</figure>\n"
              "<h3>Diff diagrams</h3>\n",
              out);
        status = diff_diagrams(out, comparison, renderer, diags);
    }
    if (status == ENT_OK) {
        fputs("</section>\n", out);
    }
    free(summary);
    free(chart);
    return status;
}
