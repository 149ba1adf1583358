/*
 * cohesion.svg: one panel per organization, a line per group metric that
 * lies in [-1, 1] (attendance, internal density, hub share, E-I index,
 * mean supplier dependency), snapshots along the x axis at their dates.
 * Written by hand: it is a chart, not a graph. Every text from the data is
 * escaped for XML; coordinates have one decimal, so the bytes are stable.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compare/compare_internal.h"
#include "entente/io.h"

enum { WIDTH = 820, LEFT = 70, PLOT_WIDTH = 520, PANEL = 230, TOP = 90 };
static const double plot_height = 150;

/* The series drawn, by index into cmp_group_series_names, and colours
 * from Paul Tol's colour-blind-safe "bright" scheme. */
static const struct {
    size_t series;
    const char *label, *color, *dash;
} lines[] = {
    {2, "attendance", "#4477AA", "none"},
    {3, "internal density", "#EE6677", "none"},
    {6, "hub share", "#228833", "6,3"},
    {5, "E-I index", "#CCBB44", "none"},
    {8, "mean supplier dependency", "#AA3377", "2,3"},
};
enum { LINE_COUNT = sizeof lines / sizeof lines[0] };

/* Names in the chart are text: escaped, never markup. */
static void xml_text(FILE *out, const char *text) {
    ent_out_markup(out, text, " ");
}

/* Days since 0000-03-01 of a date YYYY[-MM[-DD]]; -1 when not a date. */
static long day_number(const char *date) {
    int y = 0, m = 1, d = 1;
    if (date == NULL || sscanf(date, "%d", &y) != 1) {
        return -1;
    }
    if (strlen(date) >= 7) {
        m = atoi(date + 5);
    }
    if (strlen(date) >= 10) {
        d = atoi(date + 8);
    }
    /* Howard Hinnant's days_from_civil, shifted to stay positive. */
    y -= m <= 2;
    long era = y / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe;
}

/* x of each snapshot: by date when all have one and they differ, else
 * evenly spaced. */
static void x_positions(const ent_comparison_t *c, double *x) {
    long first = 0, last = 0;
    int dated = 1;
    for (size_t i = 0; i < c->count; i++) {
        long day = day_number(ent_snapshot_date(c->snapshots[i].snapshot));
        dated &= day >= 0;
        first = i == 0 || day < first ? day : first;
        last = i == 0 || day > last ? day : last;
    }
    for (size_t i = 0; i < c->count; i++) {
        if (c->count == 1) {
            x[i] = LEFT + PLOT_WIDTH / 2.0;
        } else if (dated && last > first) {
            long day = day_number(ent_snapshot_date(c->snapshots[i].snapshot));
            x[i] = LEFT + 20 +
                   (PLOT_WIDTH - 40) * (double)(day - first) /
                       (double)(last - first);
        } else {
            x[i] = LEFT + 20 +
                   (PLOT_WIDTH - 40) * (double)i / (double)(c->count - 1);
        }
    }
}

static double y_of(double top, double value) {
    return top + plot_height * (1.0 - (value + 1.0) / 2.0);
}

static void panel(FILE *out, const ent_comparison_t *c, size_t g,
                  const double *x) {
    const char *id = c->organizations[g];
    double top = TOP + (double)g * PANEL + 20;
    fprintf(out,
            "<g class=\"panel\">\n<text x=\"%d\" y=\"%.1f\" "
            "font-weight=\"bold\" font-size=\"14\">",
            LEFT, top - 8);
    xml_text(out, id);
    for (size_t i = c->count; i-- > 0;) {
        size_t index;
        const ent_snapshot_t *s = c->snapshots[i].snapshot;
        if (ent_snapshot_find_entity(s, id, &index)) {
            const char *name = ent_entity_label(ent_snapshot_entity(s, index));
            if (strcmp(name, id) != 0) {
                fputs(" \xe2\x80\x94 ", out);
                xml_text(out, name);
            }
            break;
        }
    }
    fputs("</text>\n", out);
    /* Grid and y axis: -1 to 1 by halves. */
    for (int t = -2; t <= 2; t++) {
        double y = y_of(top, t / 2.0);
        fprintf(out,
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
                "stroke=\"%s\" stroke-width=\"1\"/>\n"
                "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" "
                "font-size=\"11\">%g</text>\n",
                LEFT, y, LEFT + PLOT_WIDTH, y, t == 0 ? "#999999" : "#E5E5E5",
                LEFT - 6, y + 4, t / 2.0);
    }
    fprintf(out,
            "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
            "stroke=\"#444444\"/>\n",
            LEFT, top, LEFT, top + plot_height);
    for (size_t i = 0; i < c->count; i++) {
        double bottom = top + plot_height;
        fprintf(out,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                "stroke=\"#444444\"/>\n<text x=\"%.1f\" y=\"%.1f\" "
                "font-size=\"11\" text-anchor=\"end\" "
                "transform=\"rotate(-25 %.1f %.1f)\">",
                x[i], bottom, x[i], bottom + 5, x[i], bottom + 18, x[i],
                bottom + 18);
        xml_text(out, cmp_snapshot_label(c, i));
        fputs("</text>\n", out);
    }
    /* One polyline per run of defined values; a dot at each value. */
    for (size_t l = 0; l < LINE_COUNT; l++) {
        int open = 0;
        for (size_t i = 0; i <= c->count; i++) {
            double v = i < c->count ? cmp_group_value(c, i, id, lines[l].series)
                                    : (double)NAN;
            if (isfinite(v)) {
                fprintf(out, "%s%.1f,%.1f",
                        open ? " "
                             : "<polyline fill=\"none\" stroke-width=\"2\" "
                               "points=\"",
                        x[i], y_of(top, fmax(-1, fmin(1, v))));
                open = 1;
            } else if (open) {
                fprintf(out, "\" stroke=\"%s\" stroke-dasharray=\"%s\"/>\n",
                        lines[l].color, lines[l].dash);
                open = 0;
            }
        }
        for (size_t i = 0; i < c->count; i++) {
            double v = cmp_group_value(c, i, id, lines[l].series);
            if (isfinite(v)) {
                fprintf(out,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" "
                        "fill=\"%s\"><title>",
                        x[i], y_of(top, fmax(-1, fmin(1, v))), lines[l].color);
                xml_text(out, lines[l].label);
                fprintf(out, ": %.4g</title></circle>\n", v);
            }
        }
    }
    fputs("</g>\n", out);
}

ent_status ent_compare_write_chart(FILE *out, const ent_comparison_t *c) {
    size_t panels = c->organization_count;
    double height = TOP + (double)(panels ? panels : 1) * PANEL + 20;
    double *x = calloc(c->count + 1, sizeof *x);
    if (x == NULL) {
        return ENT_ENOMEM;
    }
    x_positions(c, x);
    fprintf(out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
            "height=\"%.0f\" viewBox=\"0 0 %d %.0f\" "
            "font-family=\"DejaVu Sans, sans-serif\">\n"
            "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n"
            "<text x=\"%d\" y=\"28\" font-size=\"18\" font-weight=\"bold\">"
            "Cohesion of each organization</text>\n"
            "<text x=\"%d\" y=\"48\" font-size=\"11\" fill=\"#444444\">"
            "group metrics of its active members per snapshot; scale -1 to "
            "1</text>\n",
            WIDTH, height, WIDTH, height, LEFT, LEFT);
    for (size_t l = 0; l < LINE_COUNT; l++) {
        double y = TOP + 20 + 22.0 * (double)l;
        int lx = LEFT + PLOT_WIDTH + 30;
        fprintf(out,
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
                "stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\"/>"
                "<circle cx=\"%d\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>"
                "<text x=\"%d\" y=\"%.1f\" font-size=\"12\">%s</text>\n",
                lx, y, lx + 28, y, lines[l].color, lines[l].dash, lx + 14, y,
                lines[l].color, lx + 36, y + 4, lines[l].label);
    }
    if (panels == 0) {
        fprintf(out,
                "<text x=\"%d\" y=\"%d\" font-size=\"12\">No organization "
                "has active members in these snapshots.</text>\n",
                LEFT, TOP + 40);
    }
    for (size_t g = 0; g < panels; g++) {
        panel(out, c, g, x);
    }
    fputs("</svg>\n", out);
    free(x);
    return ferror(out) ? ENT_EIO : ENT_OK;
}
