/*
 * Eigenvector centrality by power iteration with momentum, on the
 * compact rows of metrics_spectral.h, where that gives igraph's values;
 * and those rows, which PageRank (metrics_pagerank.c) shares.
 *
 * Why: igraph's ARPACK took 49 ms at 10^4 entities, against graph-tool's
 * power iteration at 11.8 ms on two threads (bench/README.md). The vector
 * is unique where the fast path runs, so any method converging to it
 * gives igraph's values up to the stopping error; the iteration stops
 * when the last change, scaled by the observed contraction r as
 * change * r / (1 - r), is below 1e-12 relative (the error of a geometric
 * tail), and the unit tests compare it with igraph's own call within
 * 1e-9. Rows of 32-bit neighbours with their weights beside them (12
 * bytes an arc instead of 16); blocks of vertices over the threads of
 * the metrics' -j, with the same bits for every thread count.
 *
 * Where the vector is not unique or the iteration would not converge
 * (more than one component with edges, a bipartite graph, whose smallest
 * eigenvalue is -largest; any weight not positive and finite; no
 * convergence in MAX_ROUNDS; a graph too large for 32-bit indices), the
 * caller runs igraph's call.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "metrics/metrics_internal.h"
#include "metrics/metrics_spectral.h"

void ent_spectral_graph_destroy(ent_spectral_graph_t *g) {
    parallel_pool_free(g->pool);
    ent_csr_destroy(&g->rows);
    free(g->strength);
    memset(g, 0, sizeof *g);
}

/* Each row's weights summed in the row's order. */
static void sum_strengths(ent_spectral_graph_t *g) {
    const int32_t *start = g->start;
    const double *weight = g->weight;
    for (uint32_t v = 0; v < g->n; v++) {
        double s = 0;
        for (int32_t k = start[v]; k < start[v + 1]; k++) {
            s += weight[k];
        }
        g->strength[v] = s;
    }
}

igraph_error_t ent_spectral_graph_init(ent_spectral_graph_t *g,
                                       const igraph_t *graph,
                                       const igraph_vector_t *weights,
                                       unsigned jobs, int *fits) {
    igraph_integer_t n = igraph_vcount(graph);
    memset(g, 0, sizeof *g);
    *fits = ent_csr_fits(graph, ENT_CSR_OUT);
    if (!*fits) {
        return IGRAPH_SUCCESS;
    }
    g->n = (uint32_t)n;
    g->block_size = SPECTRAL_BLOCK;
    if ((size_t)n / PARALLEL_MAX_BLOCKS >= g->block_size) {
        g->block_size = (size_t)n / PARALLEL_MAX_BLOCKS + 1;
    }
    g->blocks = ((size_t)n + g->block_size - 1) / g->block_size;
    IGRAPH_CHECK(ent_csr_init(&g->rows, graph, weights, ENT_CSR_OUT));
    g->start = g->rows.out.start;
    g->head = g->rows.out.head;
    g->weight = g->rows.out.value;
    g->strength = malloc(((size_t)n + 1) * sizeof *g->strength);
    int failed = g->strength == NULL;
    if (!failed) {
        sum_strengths(g);
        if (jobs != 1 && g->blocks > 1) {
            /* more threads than blocks would only wait */
            unsigned threads = jobs > g->blocks ? (unsigned)g->blocks : jobs;
            failed = parallel_pool_new(&g->pool, threads) != ENT_OK;
        }
    }
    if (failed) {
        ent_spectral_graph_destroy(g);
        IGRAPH_ERROR("cannot allocate the spectral rows", IGRAPH_ENOMEM);
    }
    return IGRAPH_SUCCESS;
}

igraph_error_t ent_spectral_solve(const ent_network_t *net, unsigned jobs,
                                  ent_spectral_solver *solver, double parameter,
                                  double *out, int *done) {
    ent_spectral_graph_t g;
    int fits = 0;
    IGRAPH_CHECK(
        ent_spectral_graph_init(&g, &net->graph, &net->weights, jobs, &fits));
    if (!fits) {
        return IGRAPH_SUCCESS;
    }
    igraph_error_t error = solver(&g, parameter, out, done);
    ent_spectral_graph_destroy(&g);
    return error;
}

void ent_spectral_block(const ent_spectral_graph_t *g, size_t block,
                        uint32_t *first, uint32_t *end) {
    size_t from = block * g->block_size, to = from + g->block_size;
    *first = (uint32_t)from;
    *end = (uint32_t)(to < g->n ? to : g->n);
}

double ent_spectral_sum(const double *parts, size_t blocks) {
    double sum = 0;
    for (size_t b = 0; b < blocks; b++) {
        sum += parts[b];
    }
    return sum;
}

double ent_spectral_max(const double *parts, size_t blocks) {
    double most = 0;
    for (size_t b = 0; b < blocks; b++) {
        most = parts[b] > most ? parts[b] : most;
    }
    return most;
}

int ent_spectral_converged(const double *delta, int round) {
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

int ent_spectral_weights_positive(const igraph_vector_t *weights) {
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
static int one_odd_component(const ent_spectral_graph_t *g, signed char *color,
                             uint32_t *queue) {
    uint32_t n = g->n, head = 0, tail = 0, reached = 0, with_edges = 0;
    int64_t root = -1;
    int odd = 0;
    for (uint32_t v = 0; v < n; v++) {
        color[v] = -1;
        if (g->start[v + 1] > g->start[v]) {
            with_edges++;
            root = root < 0 ? v : root;
        }
    }
    if (root < 0) {
        return 0;
    }
    color[root] = 0;
    queue[tail++] = (uint32_t)root;
    while (head < tail) {
        uint32_t v = queue[head++];
        reached++;
        for (int32_t k = g->start[v]; k < g->start[v + 1]; k++) {
            int32_t u = g->head[k];
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

/*
 * The power method with momentum (Xu et al., "Accelerated stochastic
 * power iteration", 2018): x_{k+1} = (A x_k - beta x_{k-1}) / L_k, and
 * x_k / L_k in place of x_{k-1} next, L_k the largest entry of the
 * product. beta = 0 is the plain power method. With beta =
 * lambda_2^2 / 4 the error shrinks by about sqrt(beta) / ((lambda_1 +
 * sqrt(lambda_1^2 - 4 beta)) / 2) per round (0.51 instead of
 * lambda_2 / lambda_1 = 0.81 at 10^4 generated entities); any beta below
 * lambda_1^2 / 4 still converges to the same vector.
 *
 * One pass over the blocks a round, so one wait for the threads: the
 * pass of round k reads the product y of round k - 1 unscaled and scales
 * as it goes (x_k = y / L_{k-1}: the sum over a row is multiplied by
 * 1 / L_{k-1} once), so it also gives round k - 1's change.
 */
typedef struct {
    const ent_spectral_graph_t *g;
    double beta, inverse; /* inverse: 1 / L of the last round */
    double *x;            /* scaled, written by each vertex's own pass */
    double *y, *next;     /* products, unscaled: read y, write next */
    double *block_largest, *block_change;
} eigen_pass_t;

static void eigen_pass(void *data, size_t block) {
    eigen_pass_t *r = data;
    const ent_spectral_graph_t *g = r->g;
    const int32_t *start = g->start, *head = g->head;
    const double *weight = g->weight, *y = r->y;
    double *x = r->x, *next = r->next;
    double beta = r->beta, inverse = r->inverse, largest = 0, change = 0;
    uint32_t first, end;
    ent_spectral_block(g, block, &first, &end);
    for (uint32_t v = first; v < end; v++) {
        double scaled = y[v] * inverse, before = x[v] * inverse;
        double step = fabs(scaled - x[v]);      /* |x_k - x_{k-1}| */
        change = step > change ? step : change; /* fmax: a call at -O2 */
        x[v] = scaled;
        next[v] = inverse * ent_spectral_row_sum(head, weight, y, start[v],
                                                 start[v + 1]) -
                  beta * before;
        largest = next[v] > largest ? next[v] : largest;
    }
    r->block_largest[block] = largest;
    r->block_change[block] = change;
}

#define PLAIN_ROUNDS 10 /* before momentum: to estimate lambda_1, lambda_2 */

/* Power iteration from the strengths (igraph's start) into r->x. The
 * first pass reads y = x_0 with x = 0 (so x_{-1} = 0); pass k's change
 * is round k - 1's. */
static int eigen_iterate(eigen_pass_t *r) {
    const ent_spectral_graph_t *g = r->g;
    double largest = 0, delta[SPAN + 1];
    for (uint32_t v = 0; v < g->n; v++) {
        largest = g->strength[v] > largest ? g->strength[v] : largest;
    }
    for (uint32_t v = 0; v < g->n; v++) {
        r->y[v] = g->strength[v] / largest;
        r->x[v] = 0;
    }
    r->beta = 0;
    r->inverse = 1;
    for (int pass = 0; pass <= MAX_ROUNDS; pass++) {
        parallel_for(g->pool, g->blocks, eigen_pass, r);
        int round = pass - 1;
        if (round >= 0) {
            delta[round % (SPAN + 1)] =
                ent_spectral_max(r->block_change, g->blocks);
            if (ent_spectral_converged(delta, round)) {
                return 1; /* r->x: round `round`'s scaled product */
            }
        }
        if (round == PLAIN_ROUNDS) {
            /* |lambda_2| ~ c lambda_1, a little over (a beta too large
             * slows the rounds less than one too small), at most
             * 0.9 lambda_1 (beta below lambda_1^2 / 4); L of that round
             * stands for lambda_1. */
            double c = fmin(1.05 * contraction(delta, round), 0.9);
            r->beta = c * largest * c * largest / 4;
        }
        largest = ent_spectral_max(r->block_largest, g->blocks);
        r->inverse = 1 / largest;
        double *product = r->y;
        r->y = r->next;
        r->next = product;
    }
    return 0;
}

/* The iteration on `g` into out, when it applies. */
static igraph_error_t eigen_run(const ent_spectral_graph_t *g, double unused,
                                double *out, int *done) {
    (void)unused;
    size_t n = g->n, blocks = g->blocks;
    double *vectors = malloc((3 * n + 1) * sizeof *vectors);
    double *parts = malloc(2 * blocks * sizeof *parts);
    signed char *color = malloc(n);
    uint32_t *queue = malloc(n * sizeof *queue);
    int allocated = vectors && parts && color && queue;
    if (allocated && one_odd_component(g, color, queue)) {
        eigen_pass_t r = {g,           0,
                          0,           vectors,
                          vectors + n, vectors + 2 * n,
                          parts,       parts + blocks};
        *done = eigen_iterate(&r);
        if (*done) {
            memcpy(out, r.x, n * sizeof *out);
        }
    }
    free(vectors);
    free(parts);
    free(color);
    free(queue);
    if (!allocated) {
        IGRAPH_ERROR("cannot allocate eigenvector centrality", IGRAPH_ENOMEM);
    }
    return IGRAPH_SUCCESS;
}

igraph_error_t ent_spectral_eigenvector(const ent_network_t *net, double *out,
                                        unsigned jobs, int *done) {
    *done = 0;
    if (net->directed || net->vertex_count == 0 ||
        !ent_spectral_weights_positive(&net->weights)) {
        return IGRAPH_SUCCESS;
    }
    return ent_spectral_solve(net, jobs, eigen_run, 0, out, done);
}
