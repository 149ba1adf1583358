/*
 * The comparison part of a report of several snapshots: compare.h's
 * summary, its cohesion chart and its diff diagrams.
 *
 * compare.h writes the summary and the chart to a stream and draws its
 * diagrams in memory (ent_compare_draw): nothing touches the disk.
 */
#include <stdlib.h>
#include <string.h>

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
    fputs(": ties added in green, removed dashed red, re-weighted in blue, "
          "status changes dotted purple; every diagram shares one "
          "layout.</figcaption>\n</figure>\n",
          out);
}

/* Draws compare.h's diagrams in memory and writes the diffs inline. */
static ent_status diff_diagrams(FILE *out, const ent_comparison_t *c,
                                ent_renderer_t *renderer,
                                ent_diag_list_t *diags) {
    if (renderer == NULL) {
        fputs("<p class=\"meta\">The diff diagrams are left out: this "
              "report was made without a renderer.</p>\n",
              out);
        return ENT_OK;
    }
    ent_compare_files_t files;
    ent_status status = ent_compare_draw(c, renderer, NULL, &files, diags);
    for (size_t k = 0; status == ENT_OK && k < files.count; k++) {
        const ent_compare_file_t *file = &files.files[k];
        if (strncmp(file->name, "diff-", 5) == 0) {
            diff_figure(out, c, file->name, file->data, file->length);
        }
    }
    ent_compare_files_free(&files);
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
