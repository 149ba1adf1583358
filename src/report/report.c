/*
 * entente report: one self-contained HTML file of one or more snapshots
 * (see report.h). This file makes the document around the sections: the
 * head with the style sheet, the contents, the methods, and the output.
 */
#include <stdlib.h>
#include <string.h>

#include "entente/entente.h"
#include "entente/io.h"
#include "report/report_internal.h"

void ent_report_options_init(ent_report_options_t *options) {
    memset(options, 0, sizeof *options);
    options->top_actors = ENT_REPORT_TOP_ACTORS;
}

static const char *snapshot_name(const ent_snapshot_t *snapshot) {
    const char *title = ent_snapshot_title(snapshot);
    return title ? title : ent_snapshot_id(snapshot);
}

static void document_title(FILE *out, const ent_comparison_t *c,
                           const ent_report_options_t *options) {
    size_t count = ent_comparison_count(c);
    if (options->title != NULL) {
        rpt_text(out, options->title);
    } else if (count == 1) {
        rpt_text(out, snapshot_name(ent_comparison_snapshot(c, 0)));
    } else {
        rpt_text(out, snapshot_name(ent_comparison_snapshot(c, 0)));
        fputs(" to ", out);
        rpt_text(out, snapshot_name(ent_comparison_snapshot(c, count - 1)));
    }
}

/* No script, no request of any kind: the policy says so to the browser. */
static void head(FILE *out, const ent_comparison_t *c,
                 const ent_report_options_t *options) {
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
          "<meta charset=\"utf-8\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\""
          "default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, "
          "initial-scale=1\">\n",
          out);
    fprintf(out, "<meta name=\"generator\" content=\"entente %s\">\n<title>",
            ent_version());
    document_title(out, c, options);
    fprintf(out,
            "</title>\n<style>\n%s</style>\n</head>\n<body>\n<header>\n"
            "<h1>",
            ent_report_css);
    document_title(out, c, options);
    fputs("</h1>\n", out);
}

static void contents(FILE *out, const ent_comparison_t *c) {
    size_t count = ent_comparison_count(c);
    fputs("<nav><h2>Contents</h2><ol>\n", out);
    if (count > 1) {
        fputs("<li><a href=\"#comparison\">Comparison</a></li>\n", out);
    }
    for (size_t k = 0; k < count; k++) {
        fprintf(out, "<li><a href=\"#snapshot-%zu\">", k + 1);
        rpt_text(out, snapshot_name(ent_comparison_snapshot(c, k)));
        fputs("</a></li>\n", out);
    }
    fputs("<li><a href=\"#methods\">Methods</a></li>\n</ol></nav>\n"
          "</header>\n<main>\n",
          out);
}

static void layer_list(FILE *out, const ent_network_t *network) {
    const ent_snapshot_t *snapshot = ent_network_snapshot(network);
    for (size_t k = 0; k < ent_network_layer_count(network); k++) {
        const ent_relation_type_t *type =
            ent_snapshot_relation_type(snapshot, ent_network_layer(network, k));
        fputs(k ? ", <code>" : "<code>", out);
        rpt_text(out, type->name);
        fputs("</code> (weight ", out);
        rpt_number(out, ent_network_layer_weight(network, k));
        fputs(")", out);
    }
}

static void status_list(FILE *out, const ent_network_t *network) {
    int first = 1;
    for (int s = ENT_MEMBERSHIP_ACTIVE; s < ENT_MEMBERSHIP_COUNT; s++) {
        if (ent_network_has_status(network, s)) {
            fprintf(out, "%s%s", first ? "" : ", ",
                    ent_membership_status_name((ent_membership_status)s));
            first = 0;
        }
    }
}

static const char *const distance_meaning[] = {
    "length = 1 / strength, so that a strong tie is a short path",
    "length = &minus;ln(strength), for weights that are probabilities",
    "every tie has length 1 (hops), weights ignored for paths",
};

static void methods(FILE *out, const ent_network_t *network) {
    fputs("<section id=\"methods\" class=\"methods\">\n<h2>Methods</h2>\n"
          "<dl>\n<dt>Network</dt><dd>",
          out);
    if (ent_network_projection(network) != ENT_PROJECT_NONE) {
        fprintf(out,
                "the one-mode %s projection of the membership network "
                "(a pair's weight is the number of shared active "
                "memberships); ",
                ent_projection_name(ent_network_projection(network)));
    }
    fputs("layers ", out);
    layer_list(out, network);
    fputs("; memberships with status ", out);
    status_list(out, network);
    fprintf(out,
            "; %s. Every state is a node, tied or not. A pair linked "
            "by several relations gets one tie whose strength is the "
            "sum of layer weight &times; relation weight.</dd>\n",
            ent_network_is_directed(network) ? "directed" : "undirected");
    fprintf(out,
            "<dt>Distance</dt><dd>Weights are strengths (more is "
            "closer). Path-based measures (betweenness, closeness, "
            "diameter) use lengths: %s (<code>--distance %s</code>)."
            "</dd>\n",
            distance_meaning[ent_network_distance(network)],
            ent_distance_name(ent_network_distance(network)));
    fputs("<dt>Node measures</dt><dd>degree: ties; strength: sum of tie "
          "strengths; betweenness: shortest paths through the node; "
          "closeness: harmonic mean of inverse distances; eigenvector: "
          "centrality from well-connected neighbours; constraint: Burt's "
          "measure of how much a node's ties are redundant; community: "
          "Louvain community.</dd>\n"
          "<dt>Group measures</dt><dd>An organization's active members form "
          "the group. Attendance: share of active members at the summits the "
          "organization convened (a frozen member's absence does not count); "
          "internal density: share of member pairs tied; mean tie strength: "
          "of the ties inside; E-I index: (external &minus; internal) / "
          "(external + internal) tie strength, &minus;1 all inside to +1 all "
          "outside; hub share: share of internal tie strength touching the "
          "most central member; components without hub: pieces the other "
          "members fall into once the hub is removed; mean dependency: "
          "members' mean share of arms imports from the top supplier. "
          "&ndash; marks an undefined value.</dd>\n",
          out);
    fprintf(out,
            "<dt>Seeds</dt><dd>Louvain communities and eigenvector "
            "centrality draw from a generator seeded with %d, so every "
            "run gives the same values.</dd>\n"
            "<dt>Software</dt><dd>entente %s; the same inputs give "
            "the same bytes.</dd>\n</dl>\n</section>\n",
            ENT_LOUVAIN_SEED, ent_version());
}

ent_status rpt_methods_section(FILE *out, const ent_snapshot_t *snapshot,
                               const ent_report_options_t *options,
                               ent_diag_list_t *diags) {
    ent_network_t *network = NULL;
    ent_status status =
        ent_network_build(&network, snapshot, options->network, diags);
    if (status == ENT_OK) {
        methods(out, network);
        ent_network_destroy(network);
    }
    return status;
}

static ent_status write_document(FILE *out, const ent_comparison_t *c,
                                 const ent_report_options_t *options,
                                 ent_renderer_t *renderer,
                                 ent_diag_list_t *diags) {
    size_t count = ent_comparison_count(c);
    head(out, c, options);
    contents(out, c);
    ent_status status = ENT_OK;
    if (count > 1) {
        status = rpt_compare_section(out, c, renderer, diags);
    }
    for (size_t k = 0; status == ENT_OK && k < count; k++) {
        status = rpt_snapshot_section(out, ent_comparison_snapshot(c, k), k + 1,
                                      options, renderer, diags);
    }
    if (status == ENT_OK) {
        status = rpt_methods_section(out, ent_comparison_snapshot(c, 0),
                                     options, diags);
    }
    fputs("</main>\n</body>\n</html>\n", out);
    return status;
}

ent_status ent_report_make(char **html, size_t *length,
                           const char *const *paths, size_t count,
                           const ent_report_options_t *options,
                           ent_renderer_t *renderer, ent_diag_list_t *diags) {
    *html = NULL;
    *length = 0;
    ent_report_options_t defaults;
    if (options == NULL) {
        ent_report_options_init(&defaults);
        options = &defaults;
    }
    if (count == 0) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "a report needs at least one snapshot");
        return ENT_EUSAGE;
    }
    ent_compare_options_t compare;
    ent_compare_options_init(&compare);
    compare.network = options->network;
    ent_comparison_t *comparison = NULL;
    ent_status status =
        ent_comparison_new(&comparison, paths, count, &compare, diags);
    char *buffer = NULL;
    size_t size = 0;
    FILE *out = NULL;
    if (status == ENT_OK && (out = open_memstream(&buffer, &size)) == NULL) {
        status = ENT_ENOMEM;
    }
    if (status == ENT_OK) {
        status = write_document(out, comparison, options, renderer, diags);
    }
    if (out != NULL && (fclose(out) != 0 || buffer == NULL) &&
        status == ENT_OK) {
        status = ENT_ENOMEM;
    }
    ent_comparison_free(comparison);
    if (status != ENT_OK) {
        free(buffer);
        return status;
    }
    *html = buffer;
    *length = size;
    return ENT_OK;
}

ent_status ent_report_write_file(const char *path, const char *const *paths,
                                 size_t count,
                                 const ent_report_options_t *options,
                                 ent_renderer_t *renderer,
                                 ent_diag_list_t *diags) {
    for (size_t k = 0; k < count; k++) {
        if (ent_file_same(path, paths[k])) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, path, 0, 0, NULL,
                         "the output is an input file: choose another path");
            return ENT_EUSAGE;
        }
    }
    char *html = NULL;
    size_t length = 0;
    ent_status status =
        ent_report_make(&html, &length, paths, count, options, renderer, diags);
    if (status == ENT_OK) {
        status = ent_file_write_buffer(path, html, length, diags);
    }
    free(html);
    return status;
}
