/*
 * Compressed sparse rows straight from igraph's edge list (one counting
 * pass, prefix sums, one placing pass in edge order), replacing the four
 * builders the metrics had (a 64-bit adjacency narrowed again for the
 * searches, the spectral rows, the local measures' lists).
 *
 * With loops kept, the counts are igraph's own index: os[v] (is[v]) is
 * the number of edges whose from (to) is below v, so os[v] + is[v] is
 * where v's undirected row starts, and no counting pass is needed.
 */
#include <stdlib.h>
#include <string.h>

#include "metrics/metrics_csr.h"

static void arcs_destroy(ent_csr_arcs_t *a) {
    free(a->start);
    free(a->head);
    free(a->value);
}

void ent_csr_destroy(ent_csr_t *c) {
    int shared = c->in.start == c->out.start; /* undirected, or neither */
    arcs_destroy(&c->out);
    if (!shared) {
        arcs_destroy(&c->in);
    }
    memset(c, 0, sizeof *c);
}

/* Arcs of one direction, loops included: m, or 2m read as undirected. */
static igraph_integer_t most_arcs(const igraph_t *graph, int directed) {
    return (directed ? 1 : 2) * igraph_ecount(graph);
}

static int reads_directed(const igraph_t *graph, unsigned flags) {
    return igraph_is_directed(graph) && !(flags & ENT_CSR_UNDIRECTED);
}

int ent_csr_fits(const igraph_t *graph, unsigned flags) {
    return igraph_vcount(graph) < INT32_MAX &&
           most_arcs(graph, reads_directed(graph, flags)) < INT32_MAX;
}

/* Counts each row's arcs into start[v + 1] and sums them up, so that
 * start[v] is where row v begins; either may be NULL (not asked for).
 * With loops kept, igraph's index has the sums already. both_ways: read
 * as undirected, both ends count in `out`. */
static void count_rows(int32_t *out, int32_t *in, const igraph_t *graph,
                       int both_ways, int loops) {
    igraph_integer_t n = igraph_vcount(graph), m = igraph_ecount(graph);
    const igraph_integer_t *os = VECTOR(graph->os), *is = VECTOR(graph->is);
    const igraph_integer_t *from = VECTOR(graph->from), *to = VECTOR(graph->to);
    for (igraph_integer_t v = 0; loops && v <= n; v++) {
        if (out != NULL) {
            out[v] = (int32_t)(both_ways ? os[v] + is[v] : os[v]);
        }
        if (in != NULL) {
            in[v] = (int32_t)is[v];
        }
    }
    if (loops) {
        return;
    }
    for (igraph_integer_t e = 0; e < m; e++) {
        igraph_integer_t u = from[e], v = to[e];
        if (u == v) {
            continue;
        }
        if (out != NULL) {
            out[u + 1]++;
            out[v + 1] += both_ways;
        }
        if (in != NULL) {
            in[v + 1]++;
        }
    }
    for (igraph_integer_t v = 0; v < n; v++) {
        if (out != NULL) {
            out[v + 1] += out[v];
        }
        if (in != NULL) {
            in[v + 1] += in[v];
        }
    }
}

/* The arcs tail_of[e] -> head_of[e] of every edge e in edge order, to
 * rows whose start[v] is where row v begins (start[v] ends at start[v +
 * 1]). both_ways: each edge at both ends (a kept loop twice). Inlined
 * with constant flags (place_arcs), so that no test of them is left in
 * the loop: they were a fifth of its instructions. */
static inline __attribute__((always_inline)) void
place_each(int32_t *restrict start, int32_t *restrict head,
           double *restrict value, const igraph_integer_t *tail_of,
           const igraph_integer_t *head_of, const double *weight,
           igraph_integer_t m, int both_ways, int loops, int with_values) {
    for (igraph_integer_t e = 0; e < m; e++) {
        int32_t t = (int32_t)tail_of[e], h = (int32_t)head_of[e];
        if (!loops && t == h) {
            continue;
        }
        int32_t k = start[t]++;
        head[k] = h;
        if (with_values) {
            value[k] = weight[e];
        }
        if (both_ways) {
            k = start[h]++;
            head[k] = t;
            if (with_values) {
                value[k] = weight[e];
            }
        }
    }
}

/* place_each for the shapes the metrics ask for, then each start[v]
 * goes back one place. */
static void place_arcs(ent_csr_arcs_t *a, igraph_integer_t n,
                       const igraph_integer_t *tail_of,
                       const igraph_integer_t *head_of,
                       const igraph_vector_t *values, igraph_integer_t m,
                       int both_ways, int loops) {
    const double *weight = values != NULL ? VECTOR(*values) : NULL;
    int with_values = weight != NULL;
    if (both_ways && loops && !with_values) { /* coreness, clustering */
        place_each(a->start, a->head, NULL, tail_of, head_of, NULL, m, 1, 1, 0);
    } else if (both_ways && !loops && with_values) { /* searches, spectral */
        place_each(a->start, a->head, a->value, tail_of, head_of, weight, m, 1,
                   0, 1);
    } else if (!both_ways && !loops && with_values) { /* directed */
        place_each(a->start, a->head, a->value, tail_of, head_of, weight, m, 0,
                   0, 1);
    } else {
        place_each(a->start, a->head, a->value, tail_of, head_of, weight, m,
                   both_ways, loops, with_values);
    }
    memmove(a->start + 1, a->start, (size_t)n * sizeof *a->start);
    a->start[0] = 0;
}

/* Each direction asked for (NULL: not asked), as place_arcs. */
static void place_rows(ent_csr_arcs_t *out, ent_csr_arcs_t *in,
                       const igraph_t *graph, const igraph_vector_t *values,
                       int both_ways, int loops) {
    igraph_integer_t n = igraph_vcount(graph), m = igraph_ecount(graph);
    const igraph_integer_t *from = VECTOR(graph->from), *to = VECTOR(graph->to);
    if (out != NULL) {
        place_arcs(out, n, from, to, values, m, both_ways, loops);
    }
    if (in != NULL) {
        place_arcs(in, n, to, from, values, m, 0, loops);
    }
}

/* Room for `arcs` heads (and values) beside a counted start. */
static int allocate_arcs(ent_csr_arcs_t *a, int32_t arcs, int with_values) {
    size_t size = (size_t)(arcs > 0 ? arcs : 1);
    a->head = malloc(size * sizeof *a->head);
    a->value = with_values ? malloc(size * sizeof *a->value) : NULL;
    return a->head != NULL && (!with_values || a->value != NULL);
}

igraph_error_t ent_csr_init(ent_csr_t *c, const igraph_t *graph,
                            const igraph_vector_t *values, unsigned flags) {
    memset(c, 0, sizeof *c);
    if (!ent_csr_fits(graph, flags)) {
        IGRAPH_ERROR("too large for 32-bit rows", IGRAPH_EOVERFLOW);
    }
    igraph_integer_t n = igraph_vcount(graph);
    int loops = (flags & ENT_CSR_LOOPS) != 0;
    c->n = (int32_t)n;
    c->directed = reads_directed(graph, flags);
    int want_out =
        (flags & ENT_CSR_OUT) || (!c->directed && flags & ENT_CSR_IN);
    int want_in = c->directed && (flags & ENT_CSR_IN);
    ent_csr_arcs_t *out = want_out ? &c->out : NULL;
    ent_csr_arcs_t *in = want_in ? &c->in : NULL;
    int ok = 1;
    if (out != NULL) {
        ok &= (out->start = calloc((size_t)n + 1, sizeof *out->start)) != NULL;
    }
    if (in != NULL) {
        ok &= (in->start = calloc((size_t)n + 1, sizeof *in->start)) != NULL;
    }
    if (ok) {
        count_rows(out ? out->start : NULL, in ? in->start : NULL, graph,
                   !c->directed, loops);
        ok &= !out || allocate_arcs(out, out->start[n], values != NULL);
        ok &= !in || allocate_arcs(in, in->start[n], values != NULL);
    }
    if (!ok) {
        ent_csr_destroy(c);
        IGRAPH_ERROR("cannot allocate the rows", IGRAPH_ENOMEM);
    }
    place_rows(out, in, graph, values, !c->directed, loops);
    if (!c->directed && (flags & ENT_CSR_IN)) {
        c->in = c->out;
    }
    return IGRAPH_SUCCESS;
}
