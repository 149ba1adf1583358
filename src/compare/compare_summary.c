/*
 * summary.md: what changed, in sentences and small tables a reader can
 * paste into a report. Every name and id from the data goes through
 * md_text, so that a name such as "A|B" or "*x*" comes out as text.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compare/compare_internal.h"

void cmp_md_text(FILE *out, const char *text) {
    for (const unsigned char *c = (const unsigned char *)(text ? text : ""); *c;
         c++) {
        if (*c == '\n' || *c == '\r') {
            fputc(' ', out); /* a line break would end the table row */
        } else if (*c < 0x20 || *c == 0x7F) {
            fprintf(out, "\\x%02x", *c); /* a terminal escape, as text */
        } else {
            if (strchr("\\|*_`<>[]#", *c) != NULL) {
                fputc('\\', out);
            }
            fputc(*c, out);
        }
    }
}

/* Three decimals at most, trailing zeros dropped; "–" when undefined;
 * four significant digits with an exponent from 10^9 on. */
static void md_number(FILE *out, double value) {
    if (!isfinite(value)) {
        fputs("\xe2\x80\x93", out);
        return;
    }
    char text[64];
    if (fabs(value) >= 1e9) {
        /* Fixed notation would print every digit of 1e100. */
        snprintf(text, sizeof text, "%.4g", value);
        fputs(text, out);
        return;
    }
    snprintf(text, sizeof text, "%.3f", value);
    char *end = text + strlen(text) - 1;
    while (end > text && *end == '0') {
        *end-- = '\0';
    }
    if (*end == '.') {
        *end = '\0';
    }
    fputs(strcmp(text, "-0") == 0 ? "0" : text, out);
}

static void md_change(FILE *out, double from, double to) {
    if (!isfinite(from) || !isfinite(to)) {
        fputs("\xe2\x80\x93", out);
        return;
    }
    double change = to - from;
    fputs(change > 5e-4 ? "+" : "", out);
    md_number(out, change);
}

/* The entity with this id in the latest snapshot that has it. */
static const ent_entity_t *find_entity(const ent_comparison_t *c,
                                       const char *id) {
    for (size_t i = c->count; i-- > 0;) {
        size_t index;
        if (ent_snapshot_find_entity(c->snapshots[i].snapshot, id, &index)) {
            return ent_snapshot_entity(c->snapshots[i].snapshot, index);
        }
    }
    return NULL;
}

/* "Name (ID)", or the id alone when the entity has no other name. */
static void md_entity(FILE *out, const ent_comparison_t *c, const char *id) {
    const ent_entity_t *entity = find_entity(c, id);
    const char *name = entity ? ent_entity_label(entity) : id;
    cmp_md_text(out, name);
    if (strcmp(name, id) != 0) {
        fputs(" (", out);
        cmp_md_text(out, id);
        fputc(')', out);
    }
}

void cmp_md_name(FILE *out, const ent_comparison_t *c, const char *id) {
    const ent_entity_t *entity = find_entity(c, id);
    cmp_md_text(out, entity ? ent_entity_label(entity) : id);
}

/* Table heads and short mentions: "Bishkek 2025", else the label. */
static void md_label(FILE *out, const ent_comparison_t *c, size_t i) {
    cmp_md_short(out, c, i);
}

static void table_head(FILE *out, const ent_comparison_t *c,
                       const char *first) {
    fprintf(out, "| %s |", first);
    for (size_t i = 0; i < c->count; i++) {
        fputc(' ', out);
        md_label(out, c, i);
        fputs(" |", out);
    }
    fputs(" change |\n| --- |", out);
    for (size_t i = 0; i <= c->count; i++) {
        fputs(" ---: |", out);
    }
    fputc('\n', out);
}

static void table_row(FILE *out, const char *name, const double *values,
                      size_t count) {
    fprintf(out, "| %s |", name);
    for (size_t i = 0; i < count; i++) {
        fputc(' ', out);
        md_number(out, values[i]);
        fputs(" |", out);
    }
    fputc(' ', out);
    md_change(out, values[0], values[count - 1]);
    fputs(" |\n", out);
}

static void header(FILE *out, const ent_comparison_t *c) {
    const ent_snapshot_t *first = c->snapshots[0].snapshot;
    const ent_snapshot_t *last = c->snapshots[c->count - 1].snapshot;
    fputs("# What changed: ", out);
    cmp_md_text(out, ent_snapshot_title(first) ? ent_snapshot_title(first)
                                               : ent_snapshot_id(first));
    if (c->count > 1) {
        fputs(" to ", out);
        cmp_md_text(out, ent_snapshot_title(last) ? ent_snapshot_title(last)
                                                  : ent_snapshot_id(last));
    }
    fprintf(out, "\n\n%zu snapshot%s, in date order:\n\n", c->count,
            c->count == 1 ? "" : "s");
    fputs("| # | date | snapshot | title | nodes | ties |\n"
          "| ---: | --- | --- | --- | ---: | ---: |\n",
          out);
    for (size_t i = 0; i < c->count; i++) {
        const cmp_snapshot *s = &c->snapshots[i];
        fprintf(out, "| %zu | ", i + 1);
        cmp_md_date(out, ent_snapshot_date(s->snapshot));
        fputs(" | ", out);
        cmp_md_text(out, ent_snapshot_id(s->snapshot));
        fputs(" | ", out);
        cmp_md_text(out, ent_snapshot_title(s->snapshot));
        fprintf(out, " | %zu | %zu |\n", ent_network_vertex_count(s->network),
                ent_network_edge_count(s->network));
    }
    const ent_network_t *net = c->snapshots[0].network;
    fputs("\nEach network is built the same way: ", out);
    if (ent_network_projection(net) != ENT_PROJECT_NONE) {
        fprintf(out, "the %s projection of the memberships",
                ent_projection_name(ent_network_projection(net)));
    } else {
        fputs("ties from ", out);
        for (size_t k = 0; k < ent_network_layer_count(net); k++) {
            fputs(k ? ", " : "", out);
            cmp_md_text(out,
                        ent_snapshot_relation_type(ent_network_snapshot(net),
                                                   ent_network_layer(net, k))
                            ->name);
        }
    }
    fputs(" (memberships with status", out);
    for (int s = ENT_MEMBERSHIP_ACTIVE; s < ENT_MEMBERSHIP_COUNT; s++) {
        if (ent_network_has_status(net, s)) {
            fprintf(out, " %s",
                    ent_membership_status_name((ent_membership_status)s));
        }
    }
    fprintf(out,
            "); weights are tie strengths, path lengths are %s. "
            "Centrality means %s.\n\n",
            ent_network_distance(net) == ENT_DISTANCE_INVERSE  ? "1/weight"
            : ent_network_distance(net) == ENT_DISTANCE_NEGLOG ? "-ln(weight)"
                                                               : "hops",
            ent_node_metric_name(c->options.rank_by));
}

/* Runs of equal attendance: "attended in A, then stayed away in B, C". */
static void attendance_story(FILE *out, const ent_comparison_t *c) {
    const cmp_facts *first = &c->facts[CMP_ATTENDANCE][0];
    fputs("## Attendance\n\n", out);
    int any = 0;
    /* Every entity with an attendance fact in some snapshot, once. */
    for (size_t i = 0; i < c->count; i++) {
        const cmp_facts *facts = &c->facts[CMP_ATTENDANCE][i];
        for (size_t f = 0; f < facts->count; f++) {
            const char *id = facts->items[f].subject;
            int seen = 0, varies = 0;
            for (size_t j = 0; j < i && !seen; j++) {
                seen = cmp_fact_value(&c->facts[CMP_ATTENDANCE][j], id, "") !=
                       NULL;
            }
            const char *base =
                cmp_fact_value(&c->facts[CMP_ATTENDANCE][i], id, "");
            for (size_t j = 0; j < c->count; j++) {
                const char *v =
                    cmp_fact_value(&c->facts[CMP_ATTENDANCE][j], id, "");
                varies |= v == NULL || strcmp(v, base) != 0;
            }
            if (seen || !varies) {
                continue;
            }
            fputs("- ", out);
            md_entity(out, c, id);
            size_t j = 0;
            while (j < c->count) {
                const char *v =
                    cmp_fact_value(&c->facts[CMP_ATTENDANCE][j], id, "");
                size_t end = j;
                while (end + 1 < c->count) {
                    const char *w = cmp_fact_value(
                        &c->facts[CMP_ATTENDANCE][end + 1], id, "");
                    if ((v == NULL) != (w == NULL) ||
                        (v && strcmp(v, w) != 0)) {
                        break;
                    }
                    end++;
                }
                fputs(j == 0 ? " " : ", then ", out);
                fputs(v == NULL                    ? "was not recorded at "
                      : strcmp(v, "attended") == 0 ? "attended "
                      : strcmp(v, "absent") == 0   ? "stayed away from "
                                                   : "was both recorded as "
                                                     "attending and absent "
                                                     "at ",
                      out);
                for (size_t k = j; k <= end; k++) {
                    fputs(k == j ? "" : k == end ? " and " : ", ", out);
                    cmp_md_when(out, c, k);
                }
                j = end + 1;
            }
            fputs(".\n", out);
            any = 1;
        }
    }
    if (!any) {
        fputs("Nobody's attendance changed across the snapshots.\n", out);
    }
    (void)first;
    fputc('\n', out);
}

static ent_status organizations(FILE *out, const ent_comparison_t *c) {
    if (c->organization_count == 0) {
        return ENT_OK;
    }
    fputs("## Organizations\n\n"
          "For each organization, its active members form the group. "
          "Attendance is the share of active members at the summits their "
          "organization convened (– where it convened none; a frozen "
          "member's absence does not count against it); "
          "internal density is the share of member pairs tied; the E-I index "
          "runs from -1 (all ties inside the group) to +1 (all outside); hub "
          "share is the share of internal tie strength that touches the "
          "best-connected member.\n\n",
          out);
    ent_group_metric series[ENT_GROUP_METRIC_COUNT];
    size_t count = cmp_group_series(series);
    double *values = calloc(c->count + 1, sizeof *values);
    if (values == NULL) {
        return ENT_ENOMEM;
    }
    for (size_t g = 0; g < c->organization_count; g++) {
        const char *id = c->organizations[g];
        fputs("### ", out);
        md_entity(out, c, id);
        fputs("\n\n", out);
        cmp_md_hub_sentence(out, c, id);
        fputs("\n\n", out);
        table_head(out, c, "measure");
        for (size_t s = 0; s < count; s++) {
            for (size_t i = 0; i < c->count; i++) {
                values[i] = cmp_group_value(c, i, id, series[s]);
            }
            table_row(out, ent_group_column(series[s])->label, values,
                      c->count);
        }
        fputc('\n', out);
        if (c->count > 1) {
            static const ent_group_metric told[] = {
                ENT_GROUP_ATTENDANCE, ENT_GROUP_INTERNAL_DENSITY,
                ENT_GROUP_EI_INDEX, ENT_GROUP_HUB_SHARE};
            fputs("From ", out);
            md_label(out, c, 0);
            fputs(" to ", out);
            md_label(out, c, c->count - 1);
            fputs(": ", out);
            for (size_t t = 0; t < 4; t++) {
                double a = cmp_group_value(c, 0, id, told[t]);
                double b = cmp_group_value(c, c->count - 1, id, told[t]);
                fprintf(out, "%s%s %s", t ? "; " : "",
                        ent_group_column(told[t])->label,
                        !isfinite(a) || !isfinite(b) ? "is undefined at one end"
                        : fabs(b - a) < 5e-4         ? "stayed at"
                        : b > a                      ? "rose from"
                                                     : "fell from");
                if (isfinite(a) && isfinite(b)) {
                    fputc(' ', out);
                    md_number(out, a);
                    if (fabs(b - a) >= 5e-4) {
                        fputs(" to ", out);
                        md_number(out, b);
                    }
                }
            }
            fputs(".\n\n", out);
        }
    }
    free(values);
    return ENT_OK;
}

static ent_status whole_network(FILE *out, const ent_comparison_t *c) {
    static const ent_graph_metric shown[] = {
        ENT_GRAPH_NODES,
        ENT_GRAPH_EDGES,
        ENT_GRAPH_DENSITY,
        ENT_GRAPH_COMPONENTS,
        ENT_GRAPH_MODULARITY,
        ENT_GRAPH_DEGREE_CENTRALIZATION,
        ENT_GRAPH_BETWEENNESS_CENTRALIZATION,
        ENT_GRAPH_TRANSITIVITY,
    };
    fputs("## The whole network\n\n", out);
    table_head(out, c, "measure");
    double *values = calloc(c->count + 1, sizeof *values);
    if (values == NULL) {
        return ENT_ENOMEM;
    }
    for (size_t k = 0; values && k < sizeof shown / sizeof shown[0]; k++) {
        for (size_t i = 0; i < c->count; i++) {
            values[i] = c->snapshots[i].metrics.graph[shown[k]];
        }
        table_row(out, ent_graph_metric_name(shown[k]), values, c->count);
    }
    free(values);
    fputs("\nEvery graph metric is in compare.json and compare.csv.\n\n", out);
    return ENT_OK;
}

/* The rank_by value of every state in each snapshot (NAN where absent). */
static ent_status state_centrality(FILE *out, const ent_comparison_t *c) {
    ent_node_metric metric = c->options.rank_by;
    fprintf(out, "## Centrality of states (%s)\n\n",
            ent_node_metric_name(metric));
    table_head(out, c, "state");
    double *values = calloc(c->count + 1, sizeof *values);
    if (values == NULL) {
        return ENT_ENOMEM;
    }
    const char *gained = NULL, *lost = NULL;
    double most = 0, least = 0;
    for (size_t i = 0; values && i < c->count; i++) {
        const ent_network_t *net = c->snapshots[i].network;
        for (size_t v = 0; v < ent_network_vertex_count(net); v++) {
            const ent_entity_t *e = ent_network_vertex_entity(net, v);
            int earlier = 0;
            for (size_t j = 0; j < i && !earlier; j++) {
                size_t index;
                earlier = ent_snapshot_find_entity(c->snapshots[j].snapshot,
                                                   e->id, &index) &&
                          ent_network_entity_vertex(c->snapshots[j].network,
                                                    index) != ENT_NO_VERTEX;
            }
            if (e->type != ENT_ENTITY_STATE || earlier) {
                continue;
            }
            for (size_t j = 0; j < c->count; j++) {
                const cmp_snapshot *s = &c->snapshots[j];
                size_t index;
                values[j] = NAN;
                if (s->metrics.node[metric] &&
                    ent_snapshot_find_entity(s->snapshot, e->id, &index) &&
                    ent_network_entity_vertex(s->network, index) !=
                        ENT_NO_VERTEX) {
                    values[j] =
                        s->metrics.node[metric][ent_network_entity_vertex(
                            s->network, index)];
                }
            }
            fputs("| ", out);
            md_entity(out, c, e->id);
            fputs(" |", out);
            for (size_t j = 0; j < c->count; j++) {
                fputc(' ', out);
                md_number(out, values[j]);
                fputs(" |", out);
            }
            fputc(' ', out);
            md_change(out, values[0], values[c->count - 1]);
            fputs(" |\n", out);
            double change = values[c->count - 1] - values[0];
            if (isfinite(change) && change > most) {
                most = change;
                gained = e->id;
            }
            if (isfinite(change) && change < least) {
                least = change;
                lost = e->id;
            }
        }
    }
    free(values);
    fputc('\n', out);
    if (gained != NULL) {
        fputs("Gained most: ", out);
        md_entity(out, c, gained);
        fputs(" (+", out);
        md_number(out, most);
        fputs("). ", out);
    }
    if (lost != NULL) {
        fputs("Lost most: ", out);
        md_entity(out, c, lost);
        fputs(" (", out);
        md_number(out, least);
        fputs(").", out);
    }
    fputs(gained || lost ? "\n\n" : "", out);
    return ENT_OK;
}

/* A fact's value; for leadership the person ids it joins with ", " are
 * shown with their names. */
static ent_status md_values(FILE *out, const ent_comparison_t *c,
                            const char *value, int persons) {
    if (value == NULL) {
        fputs("none", out);
        return ENT_OK;
    }
    if (!persons) {
        cmp_md_text(out, value);
        return ENT_OK;
    }
    char *copy = strdup(value);
    if (copy == NULL) {
        return ENT_ENOMEM; /* ids without names would read differently */
    }
    char *save = NULL;
    int first = 1;
    for (char *id = copy ? strtok_r(copy, ",", &save) : NULL; id != NULL;
         id = strtok_r(NULL, ",", &save)) {
        id += *id == ' ';
        fputs(first ? "" : ", ", out);
        md_entity(out, c, id);
        first = 0;
    }
    free(copy);
    return ENT_OK;
}

static ent_status change_list(FILE *out, const ent_comparison_t *c,
                              const cmp_pair *pair, cmp_fact_kind kind) {
    static const char *const titles[CMP_FACT_KINDS] = {
        "Membership", "Attendance", "Chair", "Leadership"};
    if (pair->change_count[kind] == 0) {
        return ENT_OK;
    }
    fprintf(out, "%s:\n\n", titles[kind]);
    for (size_t i = 0; i < pair->change_count[kind]; i++) {
        const cmp_change *change = &pair->changes[kind][i];
        fputs("- ", out);
        md_entity(out, c, change->subject);
        if (kind == CMP_MEMBERSHIP) {
            fputs(" in ", out);
            md_entity(out, c, change->object);
        } else if (kind == CMP_LEADERSHIP && change->object[0] != '\0') {
            fputs(", ", out);
            cmp_md_text(out, change->object);
        }
        fputs(": ", out);
        const char *from = change->from, *to = change->to;
        if (kind == CMP_ATTENDANCE) {
            from = from && strcmp(from, "absent") == 0 ? "stayed away" : from;
            to = to && strcmp(to, "absent") == 0 ? "stayed away" : to;
        }
        if (md_values(out, c, from, kind == CMP_LEADERSHIP) != ENT_OK) {
            return ENT_ENOMEM;
        }
        fputs(" \xe2\x86\x92 ", out);
        if (md_values(out, c, to, kind == CMP_LEADERSHIP) != ENT_OK) {
            return ENT_ENOMEM;
        }
        fputc('\n', out);
    }
    fputc('\n', out);
    return ENT_OK;
}

static void entity_line(FILE *out, const ent_comparison_t *c, const char *title,
                        const char **ids, size_t count) {
    if (count == 0) {
        return;
    }
    fprintf(out, "%s: ", title);
    for (size_t i = 0; i < count; i++) {
        fputs(i ? ", " : "", out);
        md_entity(out, c, ids[i]);
    }
    fputs(".\n\n", out);
}

static void tie_table(FILE *out, const ent_comparison_t *c,
                      const cmp_pair *pair) {
    static const char *const fates[] = {"kept", "added", "removed",
                                        "re-weighted"};
    int any = 0;
    for (size_t e = 0; e < pair->edge_count; e++) {
        const cmp_edge *edge = &pair->edges[e];
        cmp_fate fate = cmp_edge_fate(edge);
        if (fate == EDGE_KEPT) {
            continue;
        }
        if (!any) {
            fputs("| tie | change | weight before | weight after |\n"
                  "| --- | --- | ---: | ---: |\n",
                  out);
            any = 1;
        }
        fputs("| ", out);
        md_entity(out, c, edge->source);
        fputs(" \xe2\x80\x94 ", out);
        md_entity(out, c, edge->target);
        fprintf(out, " | %s | ", fates[fate]);
        md_number(out, edge->from);
        fputs(" | ", out);
        md_number(out, edge->to);
        fputs(" |\n", out);
    }
    fputs(any ? "\n" : "", out);
}

static ent_status pair_section(FILE *out, const ent_comparison_t *c,
                               const cmp_pair *pair) {
    fputs("## From ", out);
    cmp_md_when(out, c, pair->from);
    fputs(" to ", out);
    cmp_md_when(out, c, pair->to);
    fputs("\n\n", out);
    if (cmp_pair_is_unchanged(pair)) {
        fputs("Nothing changed.\n\n", out);
        return ENT_OK;
    }
    if (pair->common == 0) {
        fputs("The two snapshots have no entity in common: everything in "
              "the second is new and everything in the first is gone.\n\n",
              out);
    }
    for (int k = 0; k < CMP_FACT_KINDS; k++) {
        if (change_list(out, c, pair, (cmp_fact_kind)k) != ENT_OK) {
            return ENT_ENOMEM;
        }
    }
    entity_line(out, c, "Entities that appeared", pair->added,
                pair->added_count);
    entity_line(out, c, "Entities that disappeared", pair->removed,
                pair->removed_count);
    tie_table(out, c, pair);
    if (pair->move_count > 0) {
        fprintf(out,
                "Largest moves in %s rank (1 = most central):\n\n"
                "| node | rank before | rank after | before | after |\n"
                "| --- | ---: | ---: | ---: | ---: |\n",
                ent_node_metric_name(c->options.rank_by));
        for (size_t i = 0; i < pair->move_count; i++) {
            const cmp_move *m = &pair->moves[i];
            fputs("| ", out);
            md_entity(out, c, m->id);
            fprintf(out, " | %zu | %zu | ", m->from_rank, m->to_rank);
            md_number(out, m->from);
            fputs(" | ", out);
            md_number(out, m->to);
            fputs(" |\n", out);
        }
        fputc('\n', out);
    }
    return ENT_OK;
}

ent_status ent_compare_write_summary(FILE *out, const ent_comparison_t *c) {
    header(out, c);
    cmp_write_headlines(out, c);
    attendance_story(out, c);
    if (organizations(out, c) != ENT_OK || whole_network(out, c) != ENT_OK ||
        state_centrality(out, c) != ENT_OK) {
        return ENT_ENOMEM;
    }
    for (size_t p = 0; p + 1 < c->count; p++) {
        if (pair_section(out, c, &c->pairs[p]) != ENT_OK) {
            return ENT_ENOMEM;
        }
    }
    fputs("Files: compare.json (every series and change), compare.csv (tidy "
          "series), cohesion.svg (group metrics over time), one diagram per "
          "snapshot and one diff diagram per consecutive pair, all drawn at "
          "the same node positions.\n\n",
          out);
    cmp_write_sources(out, c);
    return ferror(out) ? ENT_EIO : ENT_OK;
}
