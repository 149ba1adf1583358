/*
 * Sampled betweenness with a guaranteed error: Riondato and
 * Kornaropoulos, "Fast approximation of betweenness centrality through
 * sampling", Data Mining and Knowledge Discovery 30 (2016) 438-475.
 *
 * Each sample draws an ordered pair (s, t), s != t, uniformly, searches
 * from both ends at once until the searches meet (balanced bidirectional
 * Dijkstra, as KADABRA does with BFS: Borassi and Natale, "KADABRA is an
 * ADaptive Algorithm for Betweenness via Random Approximation", ESA 2016),
 * and draws one of the shortest s-t paths uniformly (across the cut
 * between the searches in proportion to the paths through each arc, then
 * a parent v of w with probability sigma(v) / sigma(w) on each side);
 * every vertex inside the path gets one hit. hits(v) / r estimates v's
 * normalized betweenness b(v) = sum over s != t of sigma_st(v) / sigma_st, over
 * n(n-1), and with r = ceil(c / eps^2 * (floor(log2(VD - 2)) + 1 + ln(1 /
 * delta))), c = 0.5 (the paper's constant) and VD at least the number of
 * vertices of any shortest path, |estimate - b(v)| <= eps for every v at once
 * with probability at least 1 - delta (the paper's Theorem 2).
 *
 * VD: undirected, a shortest path inside a component is at most twice the
 * eccentricity of any of its vertices long, and each of its edges at
 * least the shortest length, so it has at most 2 ecc / min length + 1
 * vertices (and never more than the component); directed, n.
 *
 * Samples are cut into fixed blocks, each drawing from its own generator
 * (splitmix64 seeded from the seed and the block): the workers change
 * nothing, and hits are whole numbers, so every -j gives the same bits.
 */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS; this file only */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "metrics/metrics_internal.h"
#include "metrics/metrics_search.h"

enum { BLOCKS = 32, SAMPLES_PER_NODE = 10 };

typedef struct {
    ent_csr_t graph;
    igraph_integer_t n;
    size_t samples;
    unsigned long seed;
    double *hits; /* BLOCKS x n, shared with the workers */
} sample_plan_t;

static uint64_t next(uint64_t *state) {
    uint64_t z = (*state += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

/* Uniform in [0, k), k > 0, without modulo bias. */
static igraph_integer_t uniform(uint64_t *state, igraph_integer_t k) {
    uint64_t range = (uint64_t)k, limit = UINT64_MAX - UINT64_MAX % range;
    uint64_t x;
    do {
        x = next(state);
    } while (x >= limit);
    return (igraph_integer_t)(x % range);
}

static double unit(uint64_t *state) {
    return (double)(next(state) >> 11) * 0x1p-53;
}

/* A parent of w on a shortest path from the search's source, drawn with
 * probability sigma(parent) / sigma(w), among the heads of w's `arcs`
 * (in-arcs for a forward search, out-arcs for a backward one). */
static int32_t draw_parent(const ent_search_t *s, const ent_csr_arcs_t *arcs,
                           int32_t w, uint64_t *state) {
    double pick = unit(state) * s->sigma[w], sum = 0;
    int32_t last = -1;
    for (int32_t i = arcs->start[w]; i < arcs->start[w + 1]; i++) {
        int32_t v = arcs->head[i];
        if (ent_search_is_parent(s, v, arcs->value[i], w)) {
            sum += s->sigma[v];
            last = v;
            if (pick < sum) {
                return v;
            }
        }
    }
    return last; /* rounding left pick at the very top */
}

/* One hit for each vertex strictly between v and the search's source on
 * a shortest path drawn uniformly. */
static void walk(const ent_search_t *s, const ent_csr_arcs_t *arcs, int32_t v,
                 int32_t source, double *hits, uint64_t *state) {
    while (v != source && v >= 0) {
        v = draw_parent(s, arcs, v, state);
        if (v != source && v >= 0) {
            hits[v] += 1;
        }
    }
}

/* Both searches, from s (f) and towards t (b), the smaller frontier
 * first, until the next distances add up to more than the shortest s-t
 * length mu found so far (then every vertex of a shortest path is
 * settled by one of them). Returns mu (INFINITY: t unreachable). */
static double meet(ent_search_t *f, ent_search_t *b, const ent_csr_t *a,
                   int32_t s, int32_t t) {
    double mu = INFINITY;
    ent_search_start(f, s);
    ent_search_start(b, t);
    while (f->heap_size > 0 && b->heap_size > 0) {
        double top = f->heap[0].key + b->heap[0].key;
        if (top > mu && !ent_search_tied(top, mu)) {
            break;
        }
        int backward = b->heap_size < f->heap_size;
        ent_search_t *x = backward ? b : f, *y = backward ? f : b;
        int32_t v = ent_search_step(x, a, backward);
        const ent_csr_arcs_t *arcs = backward ? &a->in : &a->out;
        double dv = x->dist[v];
        mu = fmin(mu, dv + y->dist[v]);
        for (int32_t i = arcs->start[v]; i < arcs->start[v + 1]; i++) {
            mu = fmin(mu, dv + arcs->value[i] + y->dist[arcs->head[i]]);
        }
    }
    return mu;
}

/* 1 for a vertex of the forward half: settled forward below tau (and
 * not tied to it: a vertex at tau, often the meeting point, is the
 * backward half's whatever the rounding of its two distances). */
static int forward_half(const ent_search_t *f, int32_t v, double tau) {
    return ent_search_is_settled(f, v) && f->dist[v] < tau &&
           !ent_search_tied(f->dist[v], tau);
}

/* The arcs u -> w that cut every shortest s-t path once: u in the
 * forward half (below the forward search's next distance tau), w not
 * (then settled backward: the searches stopped when their next
 * distances added up to more than mu); each carries sigma_f(u)
 * sigma_b(w) paths. Draws one in proportion and hits u, w and the two
 * halves. */
static void draw_across(const ent_search_t *f, const ent_search_t *b,
                        const ent_csr_t *a, double mu, int32_t s, int32_t t,
                        double *hits, uint64_t *state) {
    double tau = f->heap[0].key, total = 0;
    for (int pass = 0; pass < 2; pass++) {
        double pick = unit(state) * total, sum = 0;
        for (int32_t k = 0; k < f->settled; k++) {
            int32_t u = f->order[k];
            if (!forward_half(f, u, tau)) {
                continue;
            }
            for (int32_t i = a->out.start[u]; i < a->out.start[u + 1]; i++) {
                int32_t w = a->out.head[i];
                if (!ent_search_is_settled(b, w) || forward_half(f, w, tau) ||
                    !ent_search_tied(f->dist[u] + a->out.value[i] + b->dist[w],
                                     mu)) {
                    continue;
                }
                sum += f->sigma[u] * b->sigma[w];
                if (pass == 1 && pick < sum) {
                    hits[u] += u != s;
                    hits[w] += w != t;
                    walk(f, &a->in, u, s, hits, state);
                    walk(b, &a->out, w, t, hits, state);
                    return;
                }
            }
        }
        total = sum;
        if (total == 0) {
            return; /* rounding lost the cut: no sample */
        }
    }
}

/* One sample: a shortest s-t path drawn uniformly, its inner vertices
 * hit. When one search reached the other end, its own parents give the
 * path; else the cut between them does. */
static void sample_pair(ent_search_t *f, ent_search_t *b, const ent_csr_t *a,
                        int32_t s, int32_t t, double *hits, uint64_t *state) {
    double mu = meet(f, b, a, s, t);
    if (ent_search_is_settled(f, t)) {
        walk(f, &a->in, t, s, hits, state);
    } else if (ent_search_is_settled(b, s)) {
        walk(b, &a->out, s, t, hits, state);
    } else if (isfinite(mu) && f->heap_size > 0) {
        draw_across(f, b, a, mu, s, t, hits, state);
    }
}

static igraph_error_t sample_block(void *context, int block,
                                   ent_workers_t *workers) {
    sample_plan_t *plan = context;
    size_t lo = plan->samples * (size_t)block / BLOCKS;
    size_t hi = plan->samples * (size_t)(block + 1) / BLOCKS;
    double *hits = plan->hits + (size_t)block * (size_t)plan->n;
    uint64_t state = (uint64_t)plan->seed * 0x100000001B3u + (uint64_t)block;
    ent_search_t f, b;
    IGRAPH_CHECK(ent_search_init(&f, plan->n));
    igraph_error_t error = ent_search_init(&b, plan->n);
    if (error != IGRAPH_SUCCESS) {
        ent_search_destroy(&f);
        return error;
    }
    for (size_t i = lo; i < hi && error == IGRAPH_SUCCESS; i++) {
        igraph_integer_t s = uniform(&state, plan->n);
        igraph_integer_t t = uniform(&state, plan->n - 1);
        t += t >= s;
        sample_pair(&f, &b, &plan->graph, (int32_t)s, (int32_t)t, hits, &state);
        ent_search_clear(&f);
        ent_search_clear(&b);
        if (ent_workers_tick(workers)) {
            error = IGRAPH_INTERRUPTED;
        }
    }
    ent_search_destroy(&f);
    ent_search_destroy(&b);
    return error;
}

/* Most vertices on a shortest path (see the top of the file). */
static igraph_error_t vertex_diameter(const ent_csr_t *a,
                                      igraph_integer_t *result) {
    igraph_integer_t n = a->n, best = n > 0 ? 1 : 0;
    double shortest = INFINITY;
    for (int32_t i = 0; i < a->out.start[n]; i++) {
        shortest = fmin(shortest, a->out.value[i]);
    }
    if (a->directed) {
        *result = n; /* a weaker bound; it enters as its logarithm */
        return IGRAPH_SUCCESS;
    }
    ent_search_t search;
    IGRAPH_CHECK(ent_search_init(&search, n));
    char *seen = calloc((size_t)(n ? n : 1), 1);
    if (seen == NULL) {
        ent_search_destroy(&search);
        IGRAPH_ERROR("cannot allocate a search", IGRAPH_ENOMEM);
    }
    for (igraph_integer_t v = 0; v < n; v++) {
        if (seen[v]) {
            continue;
        }
        ent_search_dijkstra(&search, a, (int32_t)v, -1);
        double eccentricity = 0;
        for (int32_t k = 0; k < search.settled; k++) {
            seen[search.order[k]] = 1;
            eccentricity = fmax(eccentricity, search.order_dist[k]);
        }
        double by_length = floor(2 * eccentricity / shortest * (1 + 1e-9)) + 1;
        igraph_integer_t size = search.settled;
        if (by_length < (double)size) {
            size = (igraph_integer_t)by_length;
        }
        best = size > best ? size : best;
        ent_search_clear(&search);
    }
    free(seen);
    ent_search_destroy(&search);
    *result = best;
    return IGRAPH_SUCCESS;
}

size_t ent_metrics_sample_count(double epsilon, double delta,
                                igraph_integer_t vertex_diameter) {
    if (vertex_diameter < 3) {
        return 0; /* no shortest path has an inner vertex */
    }
    double log_vd = floor(log2((double)(vertex_diameter - 2)));
    return (size_t)ceil(0.5 / (epsilon * epsilon) *
                        (log_vd + 1 + log(1 / delta)));
}

/* Draws the samples over the workers; betweenness from their hits. */
static igraph_error_t sample(sample_plan_t *plan, double *betweenness,
                             double pairs, unsigned jobs,
                             const ent_metrics_control_t *control) {
    size_t n = (size_t)plan->n;
    size_t size = BLOCKS * (n ? n : 1) * sizeof(double);
    plan->hits = mmap(NULL, size, PROT_READ | PROT_WRITE,
                      MAP_SHARED | MAP_ANONYMOUS, -1, 0); /* zero-filled */
    if (plan->hits == MAP_FAILED) {
        return IGRAPH_ENOMEM;
    }
    igraph_error_t error = ent_workers_run(BLOCKS, jobs, plan->samples,
                                           sample_block, plan, control);
    for (size_t v = 0; error == IGRAPH_SUCCESS && v < n; v++) {
        double hits = 0;
        for (size_t b = 0; b < BLOCKS; b++) {
            hits += plan->hits[b * n + v];
        }
        betweenness[v] =
            plan->samples ? hits / (double)plan->samples * pairs : 0;
    }
    munmap(plan->hits, size);
    return error;
}

igraph_error_t ent_metrics_sampled_betweenness(
    double *betweenness, ent_betweenness_sampling_t *sampling,
    const ent_network_t *network, size_t most, unsigned jobs,
    const ent_metrics_control_t *control) {
    sample_plan_t plan;
    memset(&plan, 0, sizeof plan);
    plan.n = (igraph_integer_t)network->vertex_count;
    plan.seed = sampling->seed;
    size_t n = (size_t)plan.n;
    double pairs = (double)n * ((double)n - 1) / (network->directed ? 1 : 2);
    IGRAPH_CHECK(ent_csr_init(&plan.graph, &network->graph, &network->lengths,
                              ENT_CSR_OUT | ENT_CSR_IN));
    /* No IGRAPH_FINALLY here: an interrupted run returns through igraph's
     * error handler, which would free it before this function does. */
    igraph_integer_t vd = 0;
    igraph_error_t error = vertex_diameter(&plan.graph, &vd);
    plan.samples =
        ent_metrics_sample_count(sampling->epsilon, sampling->delta, vd);
    if (error == IGRAPH_SUCCESS && (most == 0 || plan.samples <= most)) {
        error = sample(&plan, betweenness, pairs, jobs, control);
        sampling->sampled = error == IGRAPH_SUCCESS;
        sampling->samples = plan.samples;
        sampling->vertex_diameter = (size_t)vd;
        sampling->bound = sampling->epsilon * pairs;
    }
    ent_csr_destroy(&plan.graph);
    return error;
}

int ent_metrics_betweenness_is_sampled(const ent_metrics_options_t *options,
                                       size_t nodes) {
    return !options->exact && (options->sample || nodes > options->large_nodes);
}

igraph_error_t ent_metrics_sample_into(ent_metrics_t *metrics,
                                       ent_metric_set_t *rest,
                                       const ent_metrics_options_t *options) {
    const ent_network_t *net = metrics->network;
    size_t n = net->vertex_count;
    ent_metrics_control_t control = {
        options->progress, options->progress_context, options->stop, "samples"};
    ent_betweenness_sampling_t *sampling = &metrics->sampling;
    double *values = malloc((n ? n : 1) * sizeof *values);
    IGRAPH_CHECK_OOM(values, "sampled betweenness");
    metrics->node[ENT_NODE_BETWEENNESS] = values; /* freed with metrics */
    sampling->epsilon = options->epsilon;
    sampling->delta = options->delta;
    sampling->seed = options->seed;
    if (n < 2) {
        for (size_t v = 0; v < n; v++) {
            values[v] = 0;
        }
        sampling->sampled = 1;
    } else {
        /* Unasked (above large_nodes), sampling runs while it draws at
         * most SAMPLES_PER_NODE pairs per node: a pair's two searches
         * meet after a small part of the graph (about 2 ms against 65 ms
         * for a whole search at 10^5 nodes); beyond, exact is cheaper. */
        IGRAPH_CHECK(ent_metrics_sampled_betweenness(
            values, sampling, net, options->sample ? 0 : SAMPLES_PER_NODE * n,
            options->jobs, &control));
    }
    if (!sampling->sampled) {
        free(values);
        metrics->node[ENT_NODE_BETWEENNESS] = NULL;
        return IGRAPH_SUCCESS; /* left in `rest`: computed exactly */
    }
    rest->node[ENT_NODE_BETWEENNESS] = 0;
    return IGRAPH_SUCCESS;
}

/* Says, wherever diagnostics go (stderr, a batch's messages), that
 * betweenness is an estimate and what it is worth. */
void ent_metrics_note_sampling(const ent_betweenness_sampling_t *s,
                               ent_diag_list_t *diags) {
    if (s->sampled) {
        ent_diag_add(diags, ENT_SEVERITY_NOTE, NULL, 0, 0, NULL,
                     "betweenness sampled (Riondato-Kornaropoulos, %zu "
                     "samples, seed %lu): with probability %g every value "
                     "is within %g of the exact one (epsilon %g)",
                     s->samples, s->seed, 1 - s->delta, s->bound, s->epsilon);
    }
}
