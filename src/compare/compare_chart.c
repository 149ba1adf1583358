/*
 * cohesion.svg: one panel per organization, at report size (16 cm wide,
 * coordinates in points, text 7.5 pt and up). The shares (attendance,
 * internal density, hub share, mean supplier dependency) share a 0..1
 * axis; the E-I index has its own -1..1 axis below, its direction
 * written beside it. Each line is labelled at its end with its last
 * value, labels pushed apart so that none covers another; lines that
 * coincide are drawn side by side, never one under the other; membership
 * status changes ("ARM frozen") are marked at the snapshot that first
 * shows them; the x axis names the year (or date) and the summit's place.
 * Written by hand: it is a chart, not a graph. Every text from the data
 * is escaped for XML; coordinates have one decimal, so the bytes are
 * stable.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compare/compare_internal.h"
#include "entente/io.h"

/* Points: the page is 453.5 pt (16 cm) wide. */
static const double page_width = 453.5, left = 34, plot_width = 290,
                    share_height = 100, ei_height = 44, gap = 26,
                    label_step = 9.5, font = 7.5;

/* The group metrics drawn, with colours
 * from Paul Tol's colour-blind-safe "bright" scheme and a dash each, so
 * that lines stay apart in grey too. */
typedef struct {
    ent_group_metric series;
    const char *label, *color, *dash;
    int shares; /* 1: on the 0..1 axis; 0: the E-I axis */
} chart_line;

static const chart_line lines[] = {
    {ENT_GROUP_ATTENDANCE, "attendance", "#4477AA", "none", 1},
    {ENT_GROUP_INTERNAL_DENSITY, "density", "#EE6677", "5,2", 1},
    {ENT_GROUP_HUB_SHARE, "hub share", "#228833", "1.5,1.5", 1},
    {ENT_GROUP_MEAN_SUPPLIER_DEPENDENCY, "supplier dependency", "#AA3377",
     "6,2,1.5,2", 1},
    {ENT_GROUP_EI_INDEX, "E-I index", "#CCBB44", "none", 0},
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
    double inset = 24;
    for (size_t i = 0; i < c->count; i++) {
        if (c->count == 1) {
            x[i] = left + plot_width / 2;
        } else if (dated && last > first) {
            long day = day_number(ent_snapshot_date(c->snapshots[i].snapshot));
            x[i] = left + inset +
                   (plot_width - 2 * inset) * (double)(day - first) /
                       (double)(last - first);
        } else {
            x[i] =
                left + inset +
                (plot_width - 2 * inset) * (double)i / (double)(c->count - 1);
        }
    }
}

/* The x label of snapshot i: its year when every snapshot has a date and
 * no two share a year, else its date (or id). */
static void x_label(const ent_comparison_t *c, size_t i, char *text,
                    size_t size) {
    int years = 1;
    for (size_t a = 0; a < c->count && years; a++) {
        const char *da = ent_snapshot_date(c->snapshots[a].snapshot);
        years = da != NULL && strlen(da) >= 4;
        for (size_t b = 0; b < a && years; b++) {
            years = strncmp(da, ent_snapshot_date(c->snapshots[b].snapshot),
                            4) != 0;
        }
    }
    const char *label = cmp_snapshot_label(c, i);
    snprintf(text, size, "%.*s", years ? 4 : (int)strlen(label), label);
}

/* ---- the organizations drawn ------------------------------------------ */

/* 1 when organization `id` convened an event in some snapshot. */
static int convened_any(const ent_comparison_t *c, const char *id) {
    for (size_t i = 0; i < c->count; i++) {
        const ent_snapshot_t *s = c->snapshots[i].snapshot;
        for (size_t e = 0; e < ent_snapshot_entity_count(s); e++) {
            size_t org;
            if (ent_snapshot_event_organization(s, e, &org) &&
                strcmp(ent_snapshot_entity(s, org)->id, id) == 0) {
                return 1;
            }
        }
    }
    return 0;
}

/* The organizations that convened a summit in the snapshots (they are
 * what the snapshots are about), or every organization when none did.
 * Returns how many were put into `drawn`. */
static size_t drawn_organizations(const ent_comparison_t *c, size_t *drawn) {
    size_t count = 0;
    for (size_t g = 0; g < c->organization_count; g++) {
        if (convened_any(c, c->organizations[g])) {
            drawn[count++] = g;
        }
    }
    if (count == 0) {
        for (size_t g = 0; g < c->organization_count; g++) {
            drawn[count++] = g;
        }
    }
    return count;
}

/* ---- status changes --------------------------------------------------- */

typedef struct {
    size_t at; /* snapshot index */
    char text[160];
} chart_mark;

/* "ARM frozen" for every membership of `org` whose status changed, at the
 * snapshot that first shows it. Returns how many (at most `room`). */
static size_t status_marks(const ent_comparison_t *c, const char *org,
                           chart_mark *marks, size_t room) {
    size_t count = 0;
    for (size_t p = 0; p + 1 < c->count; p++) {
        const cmp_pair *pair = &c->pairs[p];
        for (size_t k = 0; k < pair->change_count[CMP_MEMBERSHIP]; k++) {
            const cmp_change *ch = &pair->changes[CMP_MEMBERSHIP][k];
            if (strcmp(ch->object, org) != 0 || count == room) {
                continue;
            }
            marks[count].at = pair->to;
            snprintf(marks[count].text, sizeof marks[count].text, "%s %s",
                     ch->subject,
                     ch->to == NULL     ? "left"
                     : ch->from == NULL ? "joined"
                                        : ch->to);
            count++;
        }
    }
    return count;
}

/* Width of a text in points at the chart's label size, generously (0.62
 * em a character, as DejaVu Sans's widest lower case). */
static double text_width(const char *text) {
    size_t chars = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        chars += (*p & 0xC0) != 0x80;
    }
    return 0.62 * font * (double)chars;
}

/* Rows for the marks so that no two labels on a row overlap; returns the
 * number of rows. row[k] is mark k's row. */
static size_t mark_rows(const chart_mark *marks, size_t count, const double *x,
                        size_t *row) {
    size_t rows = 0;
    for (size_t k = 0; k < count; k++) {
        double half = text_width(marks[k].text) / 2 + 2;
        size_t r = 0;
        for (;; r++) {
            int clash = 0;
            for (size_t j = 0; j < k && !clash; j++) {
                double other = text_width(marks[j].text) / 2 + 2;
                clash = row[j] == r &&
                        fabs(x[marks[j].at] - x[marks[k].at]) < half + other;
            }
            if (!clash) {
                break;
            }
        }
        row[k] = r;
        rows = r + 1 > rows ? r + 1 : rows;
    }
    return rows;
}

/* ---- one plot ----------------------------------------------------------- */

typedef struct {
    double top, height, low, high; /* the axis runs low..high */
} chart_axis;

static double y_of(const chart_axis *a, double value) {
    double v = fmax(a->low, fmin(a->high, value));
    return a->top + a->height * (a->high - v) / (a->high - a->low);
}

static void grid(FILE *out, const chart_axis *a, const double *ticks,
                 size_t tick_count) {
    for (size_t t = 0; t < tick_count; t++) {
        double y = y_of(a, ticks[t]);
        char text[32];
        cmp_two_decimals(text, sizeof text, ticks[t]);
        fprintf(out,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                "stroke=\"%s\" stroke-width=\"0.5\"/>\n"
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" "
                "font-size=\"%.1f\">%s</text>\n",
                left, y, left + plot_width, y,
                ticks[t] == 0 ? "#888888" : "#DDDDDD", left - 4, y + 2.6, font,
                text);
    }
    fprintf(out,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
            "stroke=\"#444444\" stroke-width=\"0.6\"/>\n",
            left, a->top, left, a->top + a->height);
}

/*
 * The lines of one axis: values[l * count + i] (NAN where undefined).
 * Points of different lines that coincide are moved apart by 2.4 pt, so
 * that a line drawn later never hides one drawn before; then each line is
 * labelled at its last value, in the right margin, labels pushed apart.
 */
static void plot_lines(FILE *out, const ent_comparison_t *c,
                       const chart_axis *a, const double *x,
                       const size_t *which, size_t n, const double *values,
                       double *ys) {
    size_t count = c->count;
    for (size_t i = 0; i < count; i++) {
        for (size_t l = 0; l < n; l++) {
            double v = values[l * count + i];
            ys[l * count + i] = isfinite(v) ? y_of(a, v) : (double)NAN;
        }
        /* Coinciding points: the k-th of a cluster moves by 2.4 k pt,
         * the cluster centred on the true value. */
        for (size_t l = 0; l < n; l++) {
            double y = ys[l * count + i];
            if (!isfinite(y)) {
                continue;
            }
            size_t same = 0, before = 0;
            for (size_t m = 0; m < n; m++) {
                if (isfinite(values[m * count + i]) &&
                    fabs(y_of(a, values[m * count + i]) - y) < 0.5) {
                    same++;
                    before += m < l;
                }
            }
            ys[l * count + i] =
                y + 2.4 * ((double)before - (double)(same - 1) / 2);
        }
    }
    /* Each line: a polyline per run of defined values. */
    for (size_t l = 0; l < n; l++) {
        const chart_line *line = &lines[which[l]];
        int open = 0;
        for (size_t i = 0; i <= count; i++) {
            double y = i < count ? ys[l * count + i] : (double)NAN;
            if (isfinite(y)) {
                fprintf(out, "%s%.1f,%.1f",
                        open ? " "
                             : "<polyline fill=\"none\" stroke-width=\"1.4\" "
                               "points=\"",
                        x[i], y);
                open = 1;
            } else if (open) {
                fprintf(out,
                        "\" stroke=\"%s\" stroke-dasharray=\"%s\" "
                        "class=\"series\" data-series=\"%s\"/>\n",
                        line->color, line->dash, line->label);
                open = 0;
            }
        }
    }
    /* End labels: wanted at the last value, sorted, pushed apart. */
    size_t order[LINE_COUNT], last[LINE_COUNT], shown = 0;
    double at[LINE_COUNT];
    for (size_t l = 0; l < n; l++) {
        size_t i = count;
        while (i > 0 && !isfinite(ys[l * count + i - 1])) {
            i--;
        }
        if (i == 0) {
            continue;
        }
        last[l] = i - 1;
        order[shown++] = l;
    }
    for (size_t s = 1; s < shown; s++) { /* insertion sort by y */
        size_t l = order[s], t = s;
        for (; t > 0 && ys[order[t - 1] * count + last[order[t - 1]]] >
                            ys[l * count + last[l]];
             t--) {
            order[t] = order[t - 1];
        }
        order[t] = l;
    }
    for (size_t s = 0; s < shown; s++) {
        size_t l = order[s];
        at[s] = ys[l * count + last[l]];
        if (s > 0 && at[s] < at[s - 1] + label_step) {
            at[s] = at[s - 1] + label_step;
        }
    }
    /* Past the bottom of the axis: the lowest label moves up and pushes
     * the others up. */
    double limit = a->top + a->height + 6;
    if (shown > 0 && at[shown - 1] > limit) {
        at[shown - 1] = limit;
        for (size_t s = shown - 1; s-- > 0;) {
            at[s] = fmin(at[s], at[s + 1] - label_step);
        }
    }
    double label_x = left + plot_width + 8;
    for (size_t s = 0; s < shown; s++) {
        size_t l = order[s];
        const chart_line *line = &lines[which[l]];
        double from_x = x[last[l]], from_y = ys[l * count + last[l]];
        char value[32];
        cmp_two_decimals(value, sizeof value, values[l * count + last[l]]);
        fprintf(out,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                "stroke=\"%s\" stroke-width=\"0.6\"/>\n"
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" "
                "fill=\"#222222\" class=\"end-label\">%s %s</text>\n",
                from_x + 2, from_y, label_x - 2, at[s], line->color, label_x,
                at[s] + 2.6, font, line->label, value);
    }
}

/* ---- a panel ------------------------------------------------------------ */

static void panel_title(FILE *out, const ent_comparison_t *c, const char *id,
                        double y) {
    fprintf(out,
            "<text x=\"%.1f\" y=\"%.1f\" font-weight=\"bold\" "
            "font-size=\"9.5\">",
            left, y);
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
}

/* Ticks at every snapshot; a year (and place) only where it keeps clear
 * of the last one written, so that many snapshots thin their labels. */
static void x_axis(FILE *out, const ent_comparison_t *c, const double *x,
                   double bottom) {
    double year_end = -INFINITY, place_end = -INFINITY;
    for (size_t i = 0; i < c->count; i++) {
        char year[64];
        x_label(c, i, year, sizeof year);
        const ent_snapshot_t *s = c->snapshots[i].snapshot;
        const char *place = cmp_summit_place(s, cmp_snapshot_summit(s));
        double half = text_width(year) / 2;
        if (x[i] - half < year_end + 3) {
            fprintf(out,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    "stroke=\"#444444\" stroke-width=\"0.6\"/>\n",
                    x[i], bottom, x[i], bottom + 3);
            continue;
        }
        year_end = x[i] + half;
        if (place != NULL && x[i] - text_width(place) / 2 < place_end + 3) {
            place = NULL;
        }
        place_end = place ? x[i] + text_width(place) / 2 : place_end;
        fprintf(out,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                "stroke=\"#444444\" stroke-width=\"0.6\"/>\n"
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" "
                "text-anchor=\"middle\" class=\"x-label\">",
                x[i], bottom, x[i], bottom + 3, x[i], bottom + 11, font);
        xml_text(out, year);
        fputs("</text>\n", out);
        if (place != NULL) {
            fprintf(out,
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" "
                    "text-anchor=\"middle\" fill=\"#444444\" "
                    "class=\"x-place\">",
                    x[i], bottom + 20, font);
            xml_text(out, place);
            fputs("</text>\n", out);
        }
    }
}

/* Draws organization g's panel from y `top`; returns its height. */
static double panel(FILE *out, const ent_comparison_t *c, size_t g,
                    const double *x, double top, double *scratch) {
    const char *id = c->organizations[g];
    chart_mark marks[16];
    size_t rows_of[16];
    size_t mark_count = status_marks(c, id, marks, 16);
    size_t rows = mark_rows(marks, mark_count, x, rows_of);
    fputs("<g class=\"panel\">\n", out);
    panel_title(out, c, id, top + 10);
    double band = top + 16 + 10.0 * (double)rows; /* status marks above */
    chart_axis shares = {band + 14, share_height, 0, 1};
    chart_axis ei = {shares.top + share_height + gap, ei_height, -1, 1};
    fprintf(out,
            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" "
            "fill=\"#444444\">shares of the group, 0 to 1</text>\n",
            left, shares.top - 4, font);
    static const double share_ticks[] = {0, 0.25, 0.5, 0.75, 1};
    static const double ei_ticks[] = {-1, 0, 1};
    grid(out, &shares, share_ticks, 5);
    fprintf(out,
            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" "
            "fill=\"#444444\" class=\"ei-direction\">E-I index: -1 all "
            "ties inside the group, +1 all outside</text>\n",
            left, ei.top - 4, font);
    grid(out, &ei, ei_ticks, 3);
    for (size_t k = 0; k < mark_count; k++) {
        double mx = x[marks[k].at];
        fprintf(out,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                "stroke=\"#777777\" stroke-width=\"0.6\" "
                "stroke-dasharray=\"2,2\"/>\n<text x=\"%.1f\" y=\"%.1f\" "
                "font-size=\"%.1f\" text-anchor=\"middle\" "
                "class=\"status-mark\">",
                mx, band - 10.0 * (double)(rows - 1 - rows_of[k]) + 2, mx,
                ei.top + ei_height, mx,
                band - 10.0 * (double)(rows - 1 - rows_of[k]), font);
        xml_text(out, marks[k].text);
        fputs("</text>\n", out);
    }
    /* The values: shares first, then the E-I index, each on its axis. */
    for (int axis = 1; axis >= 0; axis--) {
        size_t which[LINE_COUNT], n = 0;
        double *values = scratch, *ys = scratch + LINE_COUNT * c->count;
        for (size_t l = 0; l < LINE_COUNT; l++) {
            if (lines[l].shares != axis) {
                continue;
            }
            for (size_t i = 0; i < c->count; i++) {
                values[n * c->count + i] =
                    cmp_group_value(c, i, id, lines[l].series);
            }
            which[n++] = l;
        }
        plot_lines(out, c, axis ? &shares : &ei, x, which, n, values, ys);
    }
    x_axis(out, c, x, ei.top + ei_height);
    fputs("</g>\n", out);
    return ei.top + ei_height + 30 - top;
}

ent_status ent_compare_write_chart(FILE *out, const ent_comparison_t *c) {
    size_t *drawn = calloc(c->organization_count + 1, sizeof *drawn);
    double *x = calloc(c->count + 1, sizeof *x);
    double *scratch = calloc(2 * LINE_COUNT * (c->count + 1), sizeof *scratch);
    if (drawn == NULL || x == NULL || scratch == NULL) {
        free(drawn);
        free(x);
        free(scratch);
        return ENT_ENOMEM;
    }
    size_t panels = drawn_organizations(c, drawn);
    x_positions(c, x);
    /* The height depends on the status marks: draw into memory first. */
    char *body = NULL;
    size_t body_size = 0;
    FILE *mem = open_memstream(&body, &body_size);
    double y = 46;
    for (size_t p = 0; mem != NULL && p < panels; p++) {
        y += panel(mem, c, drawn[p], x, y, scratch) + 8;
    }
    if (mem != NULL && panels == 0) {
        fprintf(mem,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\">No "
                "organization has active members in these "
                "snapshots.</text>\n",
                left, y + 12, font);
        y += 24;
    }
    int failed = mem == NULL || fclose(mem) != 0;
    if (!failed) {
        double height = y + 4;
        fprintf(out,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
                "width=\"16cm\" height=\"%.2fcm\" viewBox=\"0 0 %.1f %.1f\" "
                "font-family=\"DejaVu Sans, sans-serif\">\n"
                "<title>Cohesion of each organization</title>\n"
                "<desc>Group metrics of each organization's active members "
                "per snapshot: shares on a 0 to 1 axis, the E-I index on "
                "its own -1 to 1 axis; membership status changes "
                "marked.</desc>\n"
                "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n"
                "<text x=\"%.1f\" y=\"16\" font-size=\"11\" "
                "font-weight=\"bold\">Cohesion of each organization</text>\n"
                "<text x=\"%.1f\" y=\"28\" font-size=\"%.1f\" "
                "fill=\"#444444\">Group metrics of its active members at "
                "each snapshot; lines that coincide are drawn side by "
                "side.</text>\n",
                height / 453.5 * 16, page_width, height, left, left, font);
        if (panels < c->organization_count) {
            fprintf(out,
                    "<text x=\"%.1f\" y=\"38\" font-size=\"%.1f\" "
                    "fill=\"#444444\">Organizations that convened a summit "
                    "here; the others are in compare.csv.</text>\n",
                    left, font);
        }
        fwrite(body, 1, body_size, out);
        fputs("</svg>\n", out);
    }
    free(body);
    free(drawn);
    free(x);
    free(scratch);
    if (failed) {
        return ENT_ENOMEM;
    }
    return ferror(out) ? ENT_EIO : ENT_OK;
}
