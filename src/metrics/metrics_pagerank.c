/*
 * PageRank with PRPACK's definition (igraph's default) without PRPACK:
 * x_i = (1 - d)/n + d (D/n + sum over arcs j->i of w x_j / s_j), D the sum
 * of x over dangling vertices (their rank spreads uniformly), x summing
 * to 1.
 *
 * Why: PRPACK took 19.6 ms at 10^4 entities against graph-tool's power
 * iteration at 6.6 ms (bench/README.md). (1 - d)/n + d D/n is the same
 * for every vertex, so x is proportional to the z that solves
 * (I - d P) z = 1, P_ij = w_ji / s_j (bench/README.md, issue 14); which
 * needs no sum over the dangling vertices at all.
 *
 * Undirected: with t_i = sqrt(s_i) and z = T u, the system becomes
 * (I - d S) u = T^-1 1 with S = T^-1 W T^-1 symmetric, positive definite
 * (eigenvalues in [1 - d, 1 + d]), solved by conjugate gradients
 * (Chronopoulos and Gear's form: one pass over the rows and one over the
 * vectors per round, so two waits for the threads). It stops when a
 * bound on every relative error of z (cg_converged) is below
 * STOP_ERROR / 2: 30 rounds at 10^4 generated entities, where the power
 * iteration took 45 rounds with an estimate, not a bound. Isolated
 * vertices (dangling) keep z = 1.
 *
 * Directed: the power iteration on the arcs into each vertex, as before.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "metrics/metrics_csr.h"
#include "metrics/metrics_internal.h"
#include "metrics/metrics_spectral.h"

/* --- undirected: conjugate gradients ------------------------------------ */

typedef struct {
    const ent_spectral_graph_t *g;
    const double *scaled; /* per arc: d w / (t_tail t_head) */
    const double *t;
    double *u, *r, *p, *q, *w;
    double alpha, beta;
    double *block_rr, *block_rw; /* per block: r.r and r.w */
    double *block_least;         /* per block: least u where t > 0 */
} pagerank_cg_t;

/* w = (I - d S) r, and this block's r.r and r.w. */
static void cg_multiply(void *data, size_t block) {
    pagerank_cg_t *c = data;
    const int32_t *start = c->g->start, *head = c->g->head;
    const double *scaled = c->scaled, *r = c->r;
    double *w = c->w, rr = 0, rw = 0;
    uint32_t first, end;
    ent_spectral_block(c->g, block, &first, &end);
    for (uint32_t v = first; v < end; v++) {
        w[v] = r[v] -
               ent_spectral_row_sum(head, scaled, r, start[v], start[v + 1]);
        rr += r[v] * r[v];
        rw += r[v] * w[v];
    }
    c->block_rr[block] = rr;
    c->block_rw[block] = rw;
}

/* p = r + beta p, q = w + beta q (q = A p), u += alpha p, r -= alpha q. */
static void cg_update(void *data, size_t block) {
    pagerank_cg_t *c = data;
    double *u = c->u, *r = c->r, *p = c->p, *q = c->q;
    const double *w = c->w;
    double alpha = c->alpha, beta = c->beta, least = INFINITY;
    uint32_t first, end;
    ent_spectral_block(c->g, block, &first, &end);
    for (uint32_t v = first; v < end; v++) {
        p[v] = r[v] + beta * p[v];
        q[v] = w[v] + beta * q[v];
        u[v] += alpha * p[v];
        r[v] -= alpha * q[v];
        least = c->t[v] > 0 && u[v] < least ? u[v] : least;
    }
    c->block_least[block] = least;
}

/*
 * 1 when every z_i = t_i u_i is within STOP_ERROR / 2 of the solution,
 * relatively (the scaling to sum 1 at most doubles that). R = |r| / (1 -
 * d) bounds |u - u*| (the least eigenvalue of I - d S is 1 - d), so
 * |z_i - z*_i| / z*_i <= R / (u_i - R) and, as z*_i >= 1, <= max(t) R.
 */
static int cg_converged(const pagerank_cg_t *c, double rr, double damping,
                        double largest_t) {
    double bound = sqrt(rr) / (1 - damping), least = INFINITY;
    for (size_t b = 0; b < c->g->blocks; b++) {
        least = c->block_least[b] < least ? c->block_least[b] : least;
    }
    return largest_t * bound < STOP_ERROR / 2 ||
           (least > bound && bound / (least - bound) < STOP_ERROR / 2);
}

/* Solves for u from r = T^-1 1 (u, p, q zero); 1 when the bound was met. */
static int cg_solve(pagerank_cg_t *c, double damping, double largest_t) {
    const ent_spectral_graph_t *g = c->g;
    double rr_before = 1, alpha_before = 1;
    for (int round = 0; round < MAX_ROUNDS; round++) {
        parallel_for(g->pool, g->blocks, cg_multiply, c);
        double rr = ent_spectral_sum(c->block_rr, g->blocks);
        double rw = ent_spectral_sum(c->block_rw, g->blocks);
        if (cg_converged(c, rr, damping, largest_t)) {
            return 1;
        }
        c->beta = round == 0 ? 0 : rr / rr_before;
        double curvature = rw - c->beta * rr / alpha_before;
        if (!(curvature > 0)) {
            return 0; /* rounding took over: igraph's call instead */
        }
        c->alpha = rr / curvature;
        parallel_for(g->pool, g->blocks, cg_update, c);
        rr_before = rr;
        alpha_before = c->alpha;
    }
    return 0;
}

/* The arcs scaled to d S, t = sqrt(strength), r = T^-1 1; returns max t. */
static double cg_prepare(const ent_spectral_graph_t *g, double damping,
                         double *t, double *scaled, double *r) {
    double largest = 0;
    for (uint32_t v = 0; v < g->n; v++) {
        t[v] = sqrt(g->strength[v]);
        r[v] = t[v] > 0 ? 1 / t[v] : 0;
        largest = t[v] > largest ? t[v] : largest;
    }
    for (uint32_t v = 0; v < g->n; v++) {
        double row = damping * r[v];
        for (int32_t k = g->start[v]; k < g->start[v + 1]; k++) {
            scaled[k] = row * g->weight[k] * r[g->head[k]];
        }
    }
    return largest;
}

/* z = T u (1 where isolated), scaled to sum 1 (block sums in order). */
static void cg_finish(const ent_spectral_graph_t *g, const double *t,
                      const double *u, double *parts, double *out) {
    for (size_t b = 0; b < g->blocks; b++) {
        uint32_t first, end;
        double sum = 0;
        ent_spectral_block(g, b, &first, &end);
        for (uint32_t v = first; v < end; v++) {
            out[v] = t[v] > 0 ? t[v] * u[v] : 1;
            sum += out[v];
        }
        parts[b] = sum;
    }
    double total = ent_spectral_sum(parts, g->blocks);
    for (uint32_t v = 0; v < g->n; v++) {
        out[v] /= total;
    }
}

static igraph_error_t pagerank_undirected(const ent_spectral_graph_t *g,
                                          double damping, double *out,
                                          int *done) {
    size_t n = g->n, arcs = g->start[n];
    double *vectors = calloc(6 * n + 1, sizeof *vectors);
    double *scaled = malloc((arcs + 1) * sizeof *scaled);
    double *parts = malloc(3 * g->blocks * sizeof *parts);
    if (vectors == NULL || scaled == NULL || parts == NULL) {
        free(vectors);
        free(scaled);
        free(parts);
        IGRAPH_ERROR("cannot allocate PageRank", IGRAPH_ENOMEM);
    }
    double *t = vectors + 5 * n;
    pagerank_cg_t c = {g,
                       scaled,
                       t,
                       vectors,
                       vectors + n,
                       vectors + 2 * n,
                       vectors + 3 * n,
                       vectors + 4 * n,
                       0,
                       0,
                       parts,
                       parts + g->blocks,
                       parts + 2 * g->blocks};
    for (size_t b = 0; b < g->blocks; b++) {
        c.block_least[b] = 0; /* u = 0 */
    }
    double largest_t = cg_prepare(g, damping, t, scaled, c.r);
    *done = cg_solve(&c, damping, largest_t);
    if (*done) {
        cg_finish(g, t, c.u, parts, out);
    }
    free(vectors);
    free(scaled);
    free(parts);
    return IGRAPH_SUCCESS;
}

/* --- directed: power iteration ------------------------------------------ */

/* Per-vertex share of what leaves v along each arc: 1 / out-strength
 * (0 for a dangling vertex), the out-strength summed in edge order with
 * loops left out, as the in-rows list the arcs. */
static void out_shares(const ent_network_t *net, double *share) {
    const igraph_t *g = &net->graph;
    igraph_integer_t n = igraph_vcount(g), m = igraph_ecount(g);
    memset(share, 0, (size_t)n * sizeof *share);
    for (igraph_integer_t e = 0; e < m; e++) {
        igraph_integer_t u = IGRAPH_FROM(g, e);
        if (u != IGRAPH_TO(g, e)) {
            share[u] += VECTOR(net->weights)[e];
        }
    }
    for (igraph_integer_t v = 0; v < n; v++) {
        share[v] = share[v] > 0 ? 1 / share[v] : 0;
    }
}

/*
 * One round of PRPACK's definition on the in-rows `c`, y_j = x_j / s_j on
 * entry. Returns the largest relative change.
 */
static double power_round(const ent_csr_t *c, double damping, double *x,
                          double *y, const double *share) {
    int32_t n = c->n;
    const int32_t *start = c->in.start, *head = c->in.head;
    const double *weight = c->in.value;
    double dangling = 0, delta = 0;
    for (int32_t v = 0; v < n; v++) {
        dangling += share[v] == 0 ? x[v] : 0;
    }
    double base = (1 - damping) / (double)n + damping * dangling / (double)n;
    for (int32_t v = 0; v < n; v++) {
        double sum = 0;
        for (int32_t k = start[v]; k < start[v + 1]; k++) {
            sum += weight[k] * y[head[k]];
        }
        double value = base + damping * sum;
        delta = fmax(delta, fabs(value - x[v]) / value);
        x[v] = value;
    }
    for (int32_t v = 0; v < n; v++) {
        y[v] = x[v] * share[v];
    }
    return delta;
}

static int power_iterate(const ent_csr_t *c, double damping, double *x,
                         double *y, const double *share) {
    int32_t n = c->n;
    double delta[SPAN + 1];
    for (int32_t v = 0; v < n; v++) {
        x[v] = 1 / (double)n;
        y[v] = x[v] * share[v];
    }
    for (int round = 0; round < MAX_ROUNDS; round++) {
        delta[round % (SPAN + 1)] = power_round(c, damping, x, y, share);
        if (ent_spectral_converged(delta, round)) {
            double sum = 0;
            for (int32_t v = 0; v < n; v++) {
                sum += x[v];
            }
            for (int32_t v = 0; v < n; v++) {
                x[v] /= sum; /* igraph's scale: the values sum to 1 */
            }
            return 1;
        }
    }
    return 0;
}

static igraph_error_t pagerank_directed(const ent_network_t *net,
                                        double damping, double *out,
                                        int *done) {
    size_t n = net->vertex_count;
    ent_csr_t c;
    if (!ent_csr_fits(&net->graph, ENT_CSR_IN)) {
        return IGRAPH_SUCCESS; /* *done 0: igraph's call */
    }
    IGRAPH_CHECK(ent_csr_init(&c, &net->graph, &net->weights, ENT_CSR_IN));
    double *y = malloc(n * sizeof *y), *share = malloc(n * sizeof *share);
    int allocated = y != NULL && share != NULL;
    if (allocated) {
        out_shares(net, share);
        *done = power_iterate(&c, damping, out, y, share);
    }
    free(y);
    free(share);
    ent_csr_destroy(&c);
    if (!allocated) {
        IGRAPH_ERROR("cannot allocate PageRank", IGRAPH_ENOMEM);
    }
    return IGRAPH_SUCCESS;
}

igraph_error_t ent_spectral_pagerank(const ent_network_t *net, double damping,
                                     double *out, unsigned jobs, int *done) {
    *done = 0;
    if (net->vertex_count == 0 ||
        !ent_spectral_weights_positive(&net->weights)) {
        return IGRAPH_SUCCESS;
    }
    if (net->directed) {
        return pagerank_directed(net, damping, out, done);
    }
    return ent_spectral_solve(net, jobs, pagerank_undirected, damping, out,
                              done);
}
