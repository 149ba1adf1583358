/*
 * The opening and the close of summary.md: at most five headline findings
 * that name countries, computed from the comparison's facts alone
 * (membership status changes, attendance, each group's hub and top arms
 * supplier), dates written as prose with the summit's place, and the
 * sources of every snapshot. Nothing here knows any organization.
 */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compare/compare_internal.h"

enum { MAX_HEADLINES = 5 };

/* ---- dates and places as prose ------------------------------------------ */

/* "27 November 2025", "November 2025" or "2025" from an ISO date; the
 * text itself when it is not one. */
void cmp_md_date(FILE *out, const char *date) {
    static const char *const months[] = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    int y = 0, m = 0, d = 0;
    size_t n = date ? strlen(date) : 0;
    if (n == 10 && sscanf(date, "%4d-%2d-%2d", &y, &m, &d) == 3 && m >= 1 &&
        m <= 12) {
        fprintf(out, "%d %s %04d", d, months[m - 1], y);
    } else if (n == 7 && sscanf(date, "%4d-%2d", &y, &m) == 2 && m >= 1 &&
               m <= 12) {
        fprintf(out, "%s %04d", months[m - 1], y);
    } else {
        cmp_md_text(out, date);
    }
}

static const char *place_of(const ent_comparison_t *c, size_t i) {
    const ent_snapshot_t *s = c->snapshots[i].snapshot;
    return cmp_summit_place(s, cmp_snapshot_summit(s));
}

/* "the Bishkek summit (27 November 2025)", "the summit of 27 November
 * 2025" or the snapshot's label. */
void cmp_md_when(FILE *out, const ent_comparison_t *c, size_t i) {
    const ent_snapshot_t *s = c->snapshots[i].snapshot;
    const char *place = place_of(c, i);
    const char *date = ent_snapshot_date(s);
    int summit = cmp_snapshot_summit(s) != ENT_NO_ENTITY;
    if (summit && place != NULL) {
        fputs("the ", out);
        cmp_md_text(out, place);
        fputs(" summit", out);
        if (date != NULL) {
            fputs(" (", out);
            cmp_md_date(out, date);
            fputc(')', out);
        }
    } else if (date != NULL) {
        fputs(summit ? "the summit of " : "", out);
        cmp_md_date(out, date);
    } else {
        cmp_md_text(out, ent_snapshot_id(s));
    }
}

/* The year of snapshot i ("2024"), or its label when it has no date. */
static void year_of(FILE *out, const ent_comparison_t *c, size_t i) {
    const char *date = ent_snapshot_date(c->snapshots[i].snapshot);
    if (date != NULL && strlen(date) >= 4) {
        fprintf(out, "%.4s", date);
    } else {
        cmp_md_text(out, cmp_snapshot_label(c, i));
    }
}

/* "Bishkek 2025" for table heads: the place and year, else the label. */
void cmp_md_short(FILE *out, const ent_comparison_t *c, size_t i) {
    const char *place = place_of(c, i);
    if (place != NULL) {
        cmp_md_text(out, place);
        fputc(' ', out);
        year_of(out, c, i);
    } else {
        cmp_md_text(out, cmp_snapshot_label(c, i));
    }
}

/* ---- facts the headlines read ------------------------------------------ */

static const ent_group_result_t *find_group(const ent_comparison_t *c, size_t i,
                                            const char *org) {
    const ent_metrics_t *m = &c->snapshots[i].metrics;
    for (size_t g = 0; g < m->group_count; g++) {
        if (strcmp(ent_snapshot_entity(c->snapshots[i].snapshot,
                                       m->groups[g].organization)
                       ->id,
                   org) == 0) {
            return &m->groups[g];
        }
    }
    return NULL;
}

/* The entity's type in the latest snapshot that has it. */
static int is_state(const ent_comparison_t *c, const char *id) {
    for (size_t i = c->count; i-- > 0;) {
        size_t index;
        const ent_snapshot_t *s = c->snapshots[i].snapshot;
        if (ent_snapshot_find_entity(s, id, &index)) {
            return ent_snapshot_entity(s, index)->type == ENT_ENTITY_STATE;
        }
    }
    return 0;
}

/* 1 when organization `org` convened the summit of some snapshot. */
static int convener(const ent_comparison_t *c, const char *org) {
    for (size_t i = 0; i < c->count; i++) {
        const ent_snapshot_t *s = c->snapshots[i].snapshot;
        size_t event = cmp_snapshot_summit(s), index;
        if (event != ENT_NO_ENTITY &&
            ent_snapshot_event_organization(s, event, &index) &&
            strcmp(ent_snapshot_entity(s, index)->id, org) == 0) {
            return 1;
        }
    }
    return 0;
}

/* The "status_since" (else, for a new membership, "since") of the
 * membership state -> org in snapshot i; NULL when it has none. */
static const char *status_date(const ent_comparison_t *c, size_t i,
                               const char *state, const char *org, int joined) {
    const ent_snapshot_t *s = c->snapshots[i].snapshot;
    size_t a, b, member_of;
    if (!ent_snapshot_find_entity(s, state, &a) ||
        !ent_snapshot_find_entity(s, org, &b) ||
        !ent_snapshot_find_relation_type(s, "member_of", &member_of)) {
        return NULL;
    }
    for (size_t k = 0; k < ent_snapshot_relation_count(s); k++) {
        const ent_relation_t *r = ent_snapshot_relation(s, k);
        if (r->type != member_of || r->source != a || r->target != b) {
            continue;
        }
        const cJSON *since =
            cJSON_GetObjectItemCaseSensitive(r->attributes, "status_since");
        if (cJSON_IsString(since) && strlen(since->valuestring) >= 4) {
            return since->valuestring;
        }
        return joined ? r->since : NULL;
    }
    return NULL;
}

/* Snapshots where `id` is recorded absent: " and missed the 2023–2025
 * summits" (consecutive snapshots as a range). */
static void missed(FILE *out, const ent_comparison_t *c, const char *id) {
    size_t runs = 0, total = 0;
    for (size_t i = 0; i < c->count; i++) {
        const char *v = cmp_fact_value(&c->facts[CMP_ATTENDANCE][i], id, "");
        total += v != NULL && strcmp(v, "absent") == 0;
    }
    if (total == 0) {
        return;
    }
    fputs(" and missed the ", out);
    for (size_t i = 0; i < c->count;) {
        const char *v = cmp_fact_value(&c->facts[CMP_ATTENDANCE][i], id, "");
        if (v == NULL || strcmp(v, "absent") != 0) {
            i++;
            continue;
        }
        size_t end = i;
        while (end + 1 < c->count) {
            const char *w =
                cmp_fact_value(&c->facts[CMP_ATTENDANCE][end + 1], id, "");
            if (w == NULL || strcmp(w, "absent") != 0) {
                break;
            }
            end++;
        }
        fputs(runs ? ", " : "", out);
        year_of(out, c, i);
        if (end > i) {
            fputs("\xe2\x80\x93", out); /* an en dash */
            year_of(out, c, end);
        }
        runs++;
        i = end + 1;
    }
    fputs(total > 1 ? " summits" : " summit", out);
}

/* "Armenia froze its CSTO participation in 2024 and missed the 2023–2025
 * summits." */
static void status_headline(FILE *out, const ent_comparison_t *c,
                            const cmp_pair *pair, const cmp_change *ch) {
    const char *to = ch->to ? ch->to : "former";
    const char *from = ch->from;
    fputs("- ", out);
    cmp_md_name(out, c, ch->subject);
    const char *verb =
        strcmp(to, "frozen") == 0       ? " froze its %s"
        : strcmp(to, "suspended") == 0  ? " was suspended from %s"
        : strcmp(to, "former") == 0     ? " left %s"
        : strcmp(to, "observer") == 0   ? " became an observer of %s"
        : from == NULL                  ? " joined %s"
        : strcmp(from, "observer") == 0 ? " became a full member of %s"
                                        : " resumed its %s";
    const char *mark = strstr(verb, "%s");
    fwrite(verb, 1, (size_t)(mark - verb), out);
    cmp_md_text(out, ch->object);
    fputs(strcmp(to, "frozen") == 0 || (strcmp(to, "active") == 0 && from &&
                                        strcmp(from, "observer") != 0)
              ? " participation"
              : "",
          out);
    const char *date =
        status_date(c, pair->to, ch->subject, ch->object, from == NULL);
    if (date != NULL) {
        fprintf(out, " in %.4s", date);
    } else {
        fputs(" by ", out);
        year_of(out, c, pair->to);
    }
    missed(out, c, ch->subject);
    fputs(".\n", out);
}

/* The group's hub (or top supplier) in snapshot i, or NULL. */
static const char *group_entity(const ent_comparison_t *c, size_t i,
                                const char *org, int supplier) {
    const ent_group_result_t *g = find_group(c, i, org);
    size_t who =
        g ? g->entity[supplier ? ENT_GROUP_TOP_SUPPLIER : ENT_GROUP_HUB]
          : ENT_NO_ENTITY;
    return who == ENT_NO_ENTITY
               ? NULL
               : ent_snapshot_entity(c->snapshots[i].snapshot, who)->id;
}

/* The one hub (or supplier) of every snapshot that has one, or NULL when
 * none has one or they differ; *seen counts the snapshots that have one. */
static const char *single_entity(const ent_comparison_t *c, const char *org,
                                 int supplier, size_t *seen, int *varies) {
    const char *first = NULL;
    *seen = 0;
    *varies = 0;
    for (size_t i = 0; i < c->count; i++) {
        const char *id = group_entity(c, i, org, supplier);
        if (id != NULL) {
            *varies |= first != NULL && strcmp(first, id) != 0;
            first = first ? first : id;
            (*seen)++;
        }
    }
    return *varies ? NULL : first;
}

/* "Russia (2022, 2023), Kazakhstan (2024)". */
static void entity_runs(FILE *out, const ent_comparison_t *c, const char *org,
                        int supplier) {
    const char *last = NULL;
    for (size_t i = 0; i < c->count; i++) {
        const char *id = group_entity(c, i, org, supplier);
        if (id == NULL) {
            continue;
        }
        if (last == NULL || strcmp(last, id) != 0) {
            fputs(last ? "), " : "", out);
            cmp_md_name(out, c, id);
            fputs(" (", out);
        } else {
            fputs(", ", out);
        }
        year_of(out, c, i);
        last = id;
    }
    fputc(')', out);
}

void cmp_two_decimals(char *text, size_t size, double value) {
    snprintf(text, size, "%.2f", value);
    char *end = text + strlen(text) - 1;
    while (end > text && *end == '0') {
        *end-- = '\0';
    }
    if (*end == '.') {
        *end = '\0';
    }
    if (strcmp(text, "-0") == 0) {
        snprintf(text, size, "0");
    }
}

static void two_decimals(FILE *out, double value) {
    char text[64];
    cmp_two_decimals(text, sizeof text, value);
    fputs(text, out);
}

/* " (hub share 0.82 to 0.93)": the series' first and last defined values. */
static void series_span(FILE *out, const ent_comparison_t *c, const char *org,
                        ent_group_metric series, const char *name) {
    double first = NAN, last = NAN;
    for (size_t i = 0; i < c->count; i++) {
        double v = cmp_group_value(c, i, org, series);
        if (isfinite(v)) {
            first = isfinite(first) ? first : v;
            last = v;
        }
    }
    if (!isfinite(first)) {
        return;
    }
    fprintf(out, " (%s ", name);
    two_decimals(out, first);
    if (fabs(last - first) >= 0.005) {
        fputs(" to ", out);
        two_decimals(out, last);
    }
    fputc(')', out);
}

static const char *count_word(size_t n) {
    static const char *const words[] = {"no",    "one",  "two", "three",
                                        "four",  "five", "six", "seven",
                                        "eight", "nine", "ten"};
    return n <= 10 ? words[n] : NULL;
}

/* The group's hub and top arms supplier, one sentence: "Russia was the
 * hub of CSTO in all four snapshots (hub share 0.82 to 0.93) and its
 * members' top arms supplier (mean dependency 0.75 to 0.66)." */
void cmp_md_hub_sentence(FILE *out, const ent_comparison_t *c,
                         const char *org) {
    size_t seen = 0, supplied = 0;
    int varies = 0, supplier_varies = 0;
    const char *hub = single_entity(c, org, 0, &seen, &varies);
    const char *supplier =
        single_entity(c, org, 1, &supplied, &supplier_varies);
    if (seen == 0) {
        cmp_md_text(out, org);
        fputs(" had no tie among its members", out);
    } else {
        if (hub != NULL) {
            cmp_md_name(out, c, hub);
            fputs(" was the hub of ", out);
            cmp_md_text(out, org);
        } else {
            fputs("The hub of ", out);
            cmp_md_text(out, org);
            fputs(" moved: ", out);
            entity_runs(out, c, org, 0);
        }
        if (hub != NULL && seen == 2) {
            fputs(" in both snapshots", out);
        } else if (hub != NULL && seen > 2) {
            const char *word = count_word(seen);
            if (word != NULL) {
                fprintf(out, " in all %s snapshots", word);
            } else {
                fprintf(out, " in all %zu snapshots", seen);
            }
        }
        series_span(out, c, org, ENT_GROUP_HUB_SHARE, "hub share");
    }
    if (supplied == 0) {
        fputs("; no arms supplier of its members is recorded.", out);
        return;
    }
    if (hub != NULL && supplier != NULL && strcmp(hub, supplier) == 0) {
        fputs(" and its members' top arms supplier", out);
    } else if (supplier != NULL) {
        fputs("; ", out);
        cmp_md_name(out, c, supplier);
        fputs(" was its members' top arms supplier", out);
    } else {
        fputs("; its members' top arms supplier moved: ", out);
        entity_runs(out, c, org, 1);
    }
    series_span(out, c, org, ENT_GROUP_MEAN_SUPPLIER_DEPENDENCY,
                "mean dependency");
    fputc('.', out);
}

/* ---- the headlines ------------------------------------------------------ */

/* Status changes of memberships in organizations that convened a summit
 * (pass 0) or in the others (pass 2); hubs of the conveners (pass 1). */
void cmp_write_headlines(FILE *out, const ent_comparison_t *c) {
    size_t written = 0;
    fputs("## Headlines\n\n", out);
    for (int pass = 0; pass < 3 && written < MAX_HEADLINES; pass++) {
        if (pass == 1) {
            for (size_t g = 0;
                 g < c->organization_count && written < MAX_HEADLINES; g++) {
                const char *org = c->organizations[g];
                if (convener(c, org) || (c->organization_count == 1)) {
                    fputs("- ", out);
                    cmp_md_hub_sentence(out, c, org);
                    fputc('\n', out);
                    written++;
                }
            }
            continue;
        }
        for (size_t p = 0; p + 1 < c->count && written < MAX_HEADLINES; p++) {
            const cmp_pair *pair = &c->pairs[p];
            for (size_t k = 0; k < pair->change_count[CMP_MEMBERSHIP] &&
                               written < MAX_HEADLINES;
                 k++) {
                const cmp_change *ch = &pair->changes[CMP_MEMBERSHIP][k];
                if (is_state(c, ch->subject) &&
                    (convener(c, ch->object) != 0) == (pass == 0)) {
                    status_headline(out, c, pair, ch);
                    written++;
                }
            }
        }
    }
    if (written == 0) {
        fputs("No membership changed, and no organization convened a "
              "summit in these snapshots.\n",
              out);
    }
    fputc('\n', out);
}

/* ---- sources ------------------------------------------------------------ */

static int same_text(const char *a, const char *b) {
    return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

/* An address as a Markdown autolink, whose text is taken as it is; one
 * that could end the link early is written as escaped text. */
static void md_address(FILE *out, const char *url) {
    int plain =
        strncmp(url, "http://", 7) == 0 || strncmp(url, "https://", 8) == 0;
    for (const unsigned char *p = (const unsigned char *)url; plain && *p;
         p++) {
        plain = *p > 0x20 && *p != 0x7F && *p != '<' && *p != '>';
    }
    if (plain) {
        fprintf(out, "<%s>", url);
    } else {
        cmp_md_text(out, url);
    }
}

/* Every source of every snapshot, once (the same title and address). */
void cmp_write_sources(FILE *out, const ent_comparison_t *c) {
    fputs("## Sources\n\n", out);
    int any = 0;
    for (size_t i = 0; i < c->count; i++) {
        const ent_snapshot_t *s = c->snapshots[i].snapshot;
        for (size_t k = 0; k < ent_snapshot_source_count(s); k++) {
            const ent_source_t *src = ent_snapshot_source(s, k);
            int earlier = 0;
            for (size_t j = 0; j <= i && !earlier; j++) {
                const ent_snapshot_t *t = c->snapshots[j].snapshot;
                size_t until = j < i ? ent_snapshot_source_count(t) : k;
                for (size_t m = 0; m < until && !earlier; m++) {
                    const ent_source_t *o = ent_snapshot_source(t, m);
                    earlier = same_text(o->title, src->title) &&
                              same_text(o->url, src->url);
                }
            }
            if (earlier) {
                continue;
            }
            fputs("- ", out);
            cmp_md_text(out, src->title ? src->title : src->id);
            if (src->publisher != NULL) {
                fputs(", ", out);
                cmp_md_text(out, src->publisher);
            }
            if (src->url != NULL) {
                fputs(", ", out);
                md_address(out, src->url);
            }
            if (src->accessed != NULL) {
                fputs(" (accessed ", out);
                cmp_md_date(out, src->accessed);
                fputc(')', out);
            }
            fputs(".\n", out);
            any = 1;
        }
    }
    if (!any) {
        fputs("The snapshots name no source.\n", out);
    }
}
