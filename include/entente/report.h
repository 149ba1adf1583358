/*
 * entente/report.h - one self-contained HTML report of one or more
 * snapshots.
 *
 * The report is a single HTML file with its CSS and every figure inline
 * (SVG), no script, no external font, image or style sheet, so that it
 * opens offline, mails as one file and prints to PDF (a print style sheet
 * is included). For each snapshot it shows the diagram (render.h), the top
 * actors by the diagram's size measure, each organization's cohesion
 * (group metrics), the sources with their links and the evidence quotes of
 * the relations; for several snapshots, the comparison first (compare.h:
 * the summary, the cohesion chart and the diff diagrams); and a methods
 * section (layers, weights, the distance convention, definitions, the
 * Louvain seed, the entente version). Every name, id, title and quote from
 * the data is escaped, so that it always comes out as text. The same
 * inputs and options give the same bytes.
 *
 * Lifecycle: ent_report_options_init owns nothing; the HTML from
 * ent_report_make is freed with free(). The renderer (render.h) is the
 * caller's and is used, not freed; NULL makes the report without its
 * diagrams (each place says so), for a program that cannot start Graphviz
 * or already freed its one context (render.h's lifecycle).
 */
#ifndef ENTENTE_REPORT_H
#define ENTENTE_REPORT_H

#include <stddef.h>

#include "entente/diag.h"
#include "entente/export.h"
#include "entente/metrics.h"
#include "entente/network.h"
#include "entente/render.h"

#ifdef __cplusplus
extern "C" {
#endif
ENT_PUBLIC_BEGIN

/* Top actors listed per snapshot by default. */
#define ENT_REPORT_TOP_ACTORS 10

typedef struct {
    const ent_network_options_t *network; /* NULL: the defaults */
    size_t top_actors; /* ENT_REPORT_TOP_ACTORS; 0 lists every node */
    const char *title; /* NULL: made from the snapshots' titles */
} ent_report_options_t;

void ent_report_options_init(ent_report_options_t *options);

/*
 * Loads the `count` snapshot files (at least one; ordered by date as
 * compare.h orders them), measures and draws each, compares them when
 * there are two or more, and sets *html to the NUL-terminated report
 * (free with free()) and *length to its size. Returns ENT_EINPUT when a
 * file is invalid (its located diagnostics are in `diags`), ENT_EUSAGE for
 * bad network options or no file, ENT_EINTERNAL when Graphviz fails,
 * ENT_EIO when a temporary file cannot be written, ENT_ENOMEM.
 * On failure *html is NULL.
 */
ent_status ent_report_make(char **html, size_t *length,
                           const char *const *paths, size_t count,
                           const ent_report_options_t *options,
                           ent_renderer_t *renderer, ent_diag_list_t *diags);

/*
 * The same, written atomically to `path` (io.h). ENT_EUSAGE (with a
 * diagnostic) when `path` is one of the inputs; nothing is written when
 * anything fails.
 */
ent_status ent_report_write_file(const char *path, const char *const *paths,
                                 size_t count,
                                 const ent_report_options_t *options,
                                 ent_renderer_t *renderer,
                                 ent_diag_list_t *diags);

ENT_PUBLIC_END
#ifdef __cplusplus
}
#endif

#endif /* ENTENTE_REPORT_H */
