/*
 * Eigenvector centrality and PageRank by power iteration on the compact
 * arc array (metrics_search.h), where that gives igraph's values.
 *
 * Why: igraph's ARPACK (eigenvector) and PRPACK (PageRank) took 49 and
 * 19.6 ms at 10^4 entities, against graph-tool's power iteration at 11.8
 * and 6.6 ms (bench/README.md). Both vectors are unique where the fast
 * path runs, so any method converging to them gives igraph's values up to
 * the stopping error; the iteration stops when the last change, scaled by
 * the observed contraction r as change * r / (1 - r), is below 1e-12
 * relative (the error of a geometric tail), and the unit tests compare it
 * with igraph's own calls within 1e-9. One thread, a fixed order of sums:
 * the same bytes on every run.
 *
 * Where the vector is not unique or the iteration would not converge
 * (eigenvector: more than one component with edges, a bipartite graph,
 * whose smallest eigenvalue is -largest; any weight not positive and
 * finite; no convergence in MAX_ROUNDS), the caller runs igraph's call.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "metrics/metrics_internal.h"
#include "metrics/metrics_search.h"

#define MAX_ROUNDS 1000
#define STOP_ERROR 1e-12

#define SPAN 4 /* rounds over which the contraction is measured */

/*
 * 1 when the iteration may stop: delta[round % (SPAN + 1)] holds each
 * round's largest change. The contraction r per round is measured over
 * SPAN rounds (with momentum the changes oscillate from round to round).
 */
static int converged(const double *delta, int round) {
    double last = delta[round % (SPAN + 1)];
    if (last == 0) {
        return 1;
    }
    if (round < SPAN) {
        return 0;
    }
    double r = pow(last / delta[(round - SPAN) % (SPAN + 1)], 1.0 / SPAN);
    return r < 1 && last < 1e-10 && last * r / (1 - r) < STOP_ERROR;
}

/* The contraction per round over the last SPAN rounds. */
static double contraction(const double *delta, int round) {
    return pow(delta[round % (SPAN + 1)] / delta[(round - SPAN) % (SPAN + 1)],
               1.0 / SPAN);
}

static int weights_positive(const igraph_vector_t *weights) {
    igraph_integer_t m = igraph_vector_size(weights);
    for (igraph_integer_t e = 0; e < m; e++) {
        double w = VECTOR(*weights)[e];
        if (!(w > 0 && isfinite(w))) {
            return 0;
        }
    }
    return 1;
}

/*
 * 1 when the vertices with edges form one component that is not
 * bipartite: breadth-first from a vertex with edges, colouring by parity.
 * `color` and `queue` hold n entries.
 */
static int one_odd_component(const ent_adjacency_t *a, signed char *color,
                             igraph_integer_t *queue) {
    igraph_integer_t n = a->n, root = -1, head = 0, tail = 0, reached = 0;
    igraph_integer_t with_edges = 0;
    int odd = 0;
    for (igraph_integer_t v = 0; v < n; v++) {
        color[v] = -1;
        if (a->out_start[v + 1] > a->out_start[v]) {
            with_edges++;
            root = root < 0 ? v : root;
        }
    }
    if (root < 0) {
        return 0;
    }
    color[root] = 0;
    queue[tail++] = root;
    while (head < tail) {
        igraph_integer_t v = queue[head++];
        reached++;
        for (igraph_integer_t k = a->out_start[v]; k < a->out_start[v + 1];
             k++) {
            igraph_integer_t u = a->out[k].head;
            if (color[u] < 0) {
                color[u] = (signed char)(1 - color[v]);
                queue[tail++] = u;
            } else if (color[u] == color[v]) {
                odd = 1;
            }
        }
    }
    return odd && reached == with_edges;
}

/* Start vector: strength, as igraph's; returns its largest entry. */
static double strengths(const ent_adjacency_t *a, double *x) {
    double largest = 0;
    for (igraph_integer_t v = 0; v < a->n; v++) {
        double s = 0;
        for (igraph_integer_t k = a->out_start[v]; k < a->out_start[v + 1];
             k++) {
            s += a->out[k].length;
        }
        x[v] = s;
        largest = s > largest ? s : largest;
    }
    return largest;
}

/*
 * One round of the power method with momentum (Xu et al., "Accelerated
 * stochastic power iteration", 2018): next = A x - beta prev, scaled with
 * x to a largest entry of 1 (x moves into prev). beta = 0 is the plain
 * power method. With beta = lambda_2^2 / 4 the error shrinks by about
 * sqrt(beta) / ((lambda_1 + sqrt(lambda_1^2 - 4 beta)) / 2) per round
 * (0.51 instead of lambda_2 / lambda_1 = 0.81 at 10^4 generated
 * entities); any beta below lambda_1^2 / 4 still converges to the same
 * vector. Returns the largest change of an entry; *scale the largest
 * entry before scaling (lambda_1 in the limit of the plain method).
 */
static double eigenvector_round(const ent_adjacency_t *a, double beta,
                                double **x, double **prev, double **next,
                                double *scale) {
    double largest = 0, delta = 0;
    double *cur = *x, *old = *prev, *out = *next;
    for (igraph_integer_t v = 0; v < a->n; v++) {
        double sum = 0;
        for (igraph_integer_t k = a->out_start[v]; k < a->out_start[v + 1];
             k++) {
            sum += a->out[k].length * cur[a->out[k].head];
        }
        out[v] = sum - beta * old[v];
        largest = out[v] > largest ? out[v] : largest;
    }
    for (igraph_integer_t v = 0; v < a->n; v++) {
        out[v] /= largest;
        delta = fmax(delta, fabs(out[v] - cur[v]));
        cur[v] /= largest;
    }
    *prev = cur;
    *x = out;
    *next = old;
    *scale = largest;
    return delta;
}

#define PLAIN_ROUNDS 20 /* before momentum: to estimate lambda_1, lambda_2 */

/* Power iteration from the strengths into *x (one of x, prev, next). */
static int eigenvector_iterate(const ent_adjacency_t *a, double **x,
                               double **prev, double **next) {
    double largest = strengths(a, *x), delta[SPAN + 1], beta = 0;
    double scale = 0;
    for (igraph_integer_t v = 0; v < a->n; v++) {
        (*x)[v] /= largest;
        (*prev)[v] = 0;
    }
    for (int round = 0; round < MAX_ROUNDS; round++) {
        delta[round % (SPAN + 1)] =
            eigenvector_round(a, beta, x, prev, next, &scale);
        if (converged(delta, round)) {
            return 1;
        }
        if (round == PLAIN_ROUNDS) {
            /* |lambda_2| ~ r lambda_1, a little over (a beta too large
             * slows the rounds less than one too small), at most
             * 0.9 lambda_1 (beta below lambda_1^2 / 4). */
            double r = fmin(1.05 * contraction(delta, round), 0.9);
            beta = r * scale * r * scale / 4;
        }
    }
    return 0;
}

igraph_error_t ent_spectral_eigenvector(const ent_network_t *net, double *out,
                                        int *done) {
    size_t n = net->vertex_count;
    *done = 0;
    if (net->directed || n == 0 || !weights_positive(&net->weights)) {
        return IGRAPH_SUCCESS;
    }
    ent_adjacency_t a;
    IGRAPH_CHECK(ent_adjacency_init(&a, &net->graph, &net->weights));
    double *x = malloc(n * sizeof *x), *prev = malloc(n * sizeof *prev);
    double *next = malloc(n * sizeof *next);
    signed char *color = malloc(n);
    igraph_integer_t *queue = malloc(n * sizeof *queue);
    igraph_error_t error = IGRAPH_SUCCESS;
    if (!x || !prev || !next || !color || !queue) {
        error = IGRAPH_ENOMEM;
    } else if (one_odd_component(&a, color, queue)) {
        double *vectors[3] = {x, prev, next};
        *done = eigenvector_iterate(&a, &vectors[0], &vectors[1], &vectors[2]);
        if (*done) {
            memcpy(out, vectors[0], n * sizeof *out);
        }
    }
    free(x);
    free(prev);
    free(next);
    free(color);
    free(queue);
    ent_adjacency_destroy(&a);
    if (error != IGRAPH_SUCCESS) {
        IGRAPH_ERROR("cannot allocate eigenvector centrality", error);
    }
    return IGRAPH_SUCCESS;
}

/* Per-vertex share of what leaves v along each arc: 1 / out-strength
 * (0 for a dangling vertex). */
static void out_shares(const ent_adjacency_t *a, double *share) {
    for (igraph_integer_t v = 0; v < a->n; v++) {
        double s = 0;
        for (igraph_integer_t k = a->out_start[v]; k < a->out_start[v + 1];
             k++) {
            s += a->out[k].length;
        }
        share[v] = s > 0 ? 1 / s : 0;
    }
}

/*
 * One round of PRPACK's definition: x'_i = (1 - d)/n + d (D/n + sum over
 * arcs j->i of w x_j / s_j), D the sum of x over dangling vertices (their
 * rank spreads uniformly). y_j = x_j / s_j on entry. Returns the largest
 * relative change.
 */
static double pagerank_round(const ent_adjacency_t *a, double damping,
                             double *x, double *y, const double *share) {
    igraph_integer_t n = a->n;
    double dangling = 0, delta = 0;
    for (igraph_integer_t v = 0; v < n; v++) {
        dangling += share[v] == 0 ? x[v] : 0;
    }
    double base = (1 - damping) / (double)n + damping * dangling / (double)n;
    for (igraph_integer_t v = 0; v < n; v++) {
        double sum = 0;
        for (igraph_integer_t k = a->in_start[v]; k < a->in_start[v + 1]; k++) {
            sum += a->in[k].length * y[a->in[k].head];
        }
        double value = base + damping * sum;
        delta = fmax(delta, fabs(value - x[v]) / value);
        x[v] = value;
    }
    for (igraph_integer_t v = 0; v < n; v++) {
        y[v] = x[v] * share[v];
    }
    return delta;
}

static int pagerank_iterate(const ent_adjacency_t *a, double damping, double *x,
                            double *y, const double *share) {
    igraph_integer_t n = a->n;
    double delta[SPAN + 1];
    for (igraph_integer_t v = 0; v < n; v++) {
        x[v] = 1 / (double)n;
        y[v] = x[v] * share[v];
    }
    for (int round = 0; round < MAX_ROUNDS; round++) {
        delta[round % (SPAN + 1)] = pagerank_round(a, damping, x, y, share);
        if (converged(delta, round)) {
            double sum = 0;
            for (igraph_integer_t v = 0; v < n; v++) {
                sum += x[v];
            }
            for (igraph_integer_t v = 0; v < n; v++) {
                x[v] /= sum; /* igraph's scale: the values sum to 1 */
            }
            return 1;
        }
    }
    return 0;
}

igraph_error_t ent_spectral_pagerank(const ent_network_t *net, double damping,
                                     double *out, int *done) {
    size_t n = net->vertex_count;
    *done = 0;
    if (n == 0 || !weights_positive(&net->weights)) {
        return IGRAPH_SUCCESS;
    }
    ent_adjacency_t a;
    IGRAPH_CHECK(ent_adjacency_init(&a, &net->graph, &net->weights));
    double *y = malloc(n * sizeof *y), *share = malloc(n * sizeof *share);
    int allocated = y != NULL && share != NULL;
    if (allocated) {
        out_shares(&a, share);
        *done = pagerank_iterate(&a, damping, out, y, share);
    }
    free(y);
    free(share);
    ent_adjacency_destroy(&a);
    if (!allocated) {
        IGRAPH_ERROR("cannot allocate PageRank", IGRAPH_ENOMEM);
    }
    return IGRAPH_SUCCESS;
}
