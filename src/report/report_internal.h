/*
 * Private parts of the report module: HTML writing helpers shared by the
 * sections, and the style sheet.
 */
#ifndef ENTENTE_REPORT_INTERNAL_H
#define ENTENTE_REPORT_INTERNAL_H

#include <stddef.h>
#include <stdio.h>

#include "entente/compare.h"
#include "entente/report.h"

/* The whole style sheet, screen and print (report_css.c). */
extern const char ent_report_css[];

/* Text from the data, escaped so that it can only ever be text (also
 * inside a double-quoted attribute value). NULL writes nothing. */
void rpt_text(FILE *out, const char *text);
/* A number with at most three decimals, trailing zeros dropped; "–" for
 * an undefined value (NAN). */
void rpt_number(FILE *out, double value);
/* 1 when `url` is an http or https address, which alone become links. */
int rpt_url_is_web(const char *url);
/*
 * An SVG document written inline: the XML prolog, doctype and comments
 * dropped, and every id (and each reference to one: url(#..), href="#..")
 * given `prefix`, so that several figures in one page never share an id.
 */
void rpt_svg(FILE *out, const char *svg, size_t length, const char *prefix);
/*
 * The Markdown that compare.h writes (headings, paragraphs, lists, tables,
 * backslash escapes) as HTML, headings moved down by `shift` levels; lines
 * that contain `skip` (when not NULL) are left out.
 */
void rpt_markdown(FILE *out, const char *markdown, size_t length, int shift,
                  const char *skip);

/* One snapshot's sections (report_snapshot.c): `index` numbers the ids of
 * its anchors. */
ent_status rpt_snapshot_section(FILE *out, const ent_snapshot_t *snapshot,
                                size_t index,
                                const ent_report_options_t *options,
                                ent_renderer_t *renderer,
                                ent_diag_list_t *diags);
/* The methods section (report_snapshot.c), from the first snapshot's
 * network options. */
ent_status rpt_methods_section(FILE *out, const ent_snapshot_t *snapshot,
                               const ent_report_options_t *options,
                               ent_diag_list_t *diags);
/* The comparison section (report_compare.c). */
ent_status rpt_compare_section(FILE *out, const ent_comparison_t *comparison,
                               ent_renderer_t *renderer,
                               ent_diag_list_t *diags);

#endif /* ENTENTE_REPORT_INTERNAL_H */
