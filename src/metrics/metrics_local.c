/*
 * Degree and strength, coreness, local clustering, transitivity and
 * weak components on
 * compact arrays (metrics_internal.h): the values igraph's calls give,
 * bit for bit, without igraph's adjacency lists of one allocation per
 * vertex and with few unpredictable branches (bench/README.md, issue 14).
 * Allocation failures are IGRAPH_ENOMEM, never a quiet return to igraph.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "metrics/metrics_csr.h"
#include "metrics/metrics_internal.h"

/* An array of `count` values of `size` bytes (at least one, so that 0
 * is not NULL) on igraph's cleanup stack; zeroed when asked. Released
 * by our free, not igraph_free: a block from our malloc goes back
 * through the allocator that gave it (the fault test wraps ours). */
static igraph_error_t array_of(void *out, size_t count, size_t size,
                               int zeroed) {
    count = count ? count : 1;
    void *block = zeroed ? calloc(count, size) : malloc(count * size);
    IGRAPH_CHECK_OOM(block, "cohesion measures");
    IGRAPH_FINALLY(free, block);
    memcpy(out, &block, sizeof block);
    return IGRAPH_SUCCESS;
}

/* The peeling state of Batagelj and Zaversnik's bucket order: each
 * vertex's current degree, its place in `vert` (sorted by degree), where
 * each degree's bucket starts, and room for one vertex's movers. */
typedef struct {
    uint32_t *cores, *pos, *vert, *bin, *movers;
} peeling_t;

/* Gathers without a branch the neighbours that move (of degree above
 * cv), half of them unpredictably (the rest are peeled already). */
static inline uint32_t gather(uint32_t *restrict movers, uint32_t count,
                              const uint32_t *restrict cores, uint32_t cv,
                              const igraph_integer_t *ends,
                              const igraph_integer_t *index,
                              igraph_integer_t first, igraph_integer_t last) {
    for (igraph_integer_t k = first; k < last; k++) {
        uint32_t u = (uint32_t)ends[index[k]];
        movers[count] = u;
        count += cores[u] > cv;
    }
    return count;
}

static inline uint32_t gather_list(uint32_t *restrict movers,
                                   const uint32_t *restrict cores, uint32_t cv,
                                   const int32_t *adj, int32_t first,
                                   int32_t last) {
    uint32_t count = 0;
    for (int32_t k = first; k < last; k++) {
        movers[count] = adj[k];
        count += cores[adj[k]] > cv;
    }
    return count;
}

/* Batagelj and Zaversnik's O(m) peeling as igraph_coreness (IGRAPH_ALL)
 * takes it, on 32-bit arrays. A vertex's neighbours come from the lists
 * `adj` when given, else from igraph's own index (to[oi[k]] for k in
 * os[v] .. os[v + 1], from[ii[k]] for k in is[v] .. is[v + 1]); either
 * way a loop twice, as igraph_neighbors lists it. A gathered mover moves
 * to the front of its bucket and down one, tested again first as igraph
 * tests each neighbour in turn (a repeated one may have come down to
 * v's degree). */
static void peel(const igraph_t *g, const int32_t *start, const int32_t *adj,
                 peeling_t *p) {
    uint32_t n = (uint32_t)igraph_vcount(g);
    const igraph_integer_t *os = VECTOR(g->os), *is = VECTOR(g->is);
    const igraph_integer_t *oi = VECTOR(g->oi), *ii = VECTOR(g->ii);
    const igraph_integer_t *from = VECTOR(g->from), *to = VECTOR(g->to);
    uint32_t *restrict cores = p->cores, *restrict pos = p->pos;
    uint32_t *restrict vert = p->vert, *restrict bin = p->bin;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t v = vert[i], cv = cores[v];
        uint32_t count;
        if (adj != NULL) {
            count =
                gather_list(p->movers, cores, cv, adj, start[v], start[v + 1]);
        } else {
            count = gather(p->movers, 0, cores, cv, to, oi, os[v], os[v + 1]);
            count =
                gather(p->movers, count, cores, cv, from, ii, is[v], is[v + 1]);
        }
        for (uint32_t j = 0; j < count; j++) {
            uint32_t u = p->movers[j], du = cores[u];
            if (du > cv) {
                uint32_t pu = pos[u], pw = bin[du];
                uint32_t w = vert[pw];
                pos[u] = pw;
                pos[w] = pu;
                vert[pu] = w;
                vert[pw] = u;
                bin[du]++;
                cores[u] = du - 1;
            }
        }
    }
}

igraph_error_t ent_local_coreness(const igraph_t *graph, double *out) {
    igraph_integer_t n = igraph_vcount(graph), m = igraph_ecount(graph);
    const igraph_integer_t *os = VECTOR(graph->os), *is = VECTOR(graph->is);
    uint32_t maxdeg = 0;
    peeling_t p;
    if (n == 0) {
        return IGRAPH_SUCCESS;
    }
    if (n >= INT32_MAX || m >= INT32_MAX) {
        IGRAPH_ERROR("too large for 32-bit arrays", IGRAPH_EOVERFLOW);
    }
    /* Above this many edges igraph's index (32 bytes an edge) no longer
     * stays in the faster caches between runs, and the random reads of
     * its ends cost more than making 32-bit lists (at 10^4 entities, 5 x
     * 10^4 edges, 70 % more L1 misses, cachegrind; below, the lists
     * cost more than they save). */
    enum { INDEX_EDGES = 16384 };
    unsigned view = ENT_CSR_OUT | ENT_CSR_UNDIRECTED | ENT_CSR_LOOPS;
    ent_csr_t rows;
    memset(&rows, 0, sizeof rows);
    if (m > INDEX_EDGES && ent_csr_fits(graph, view)) {
        IGRAPH_CHECK(ent_csr_init(&rows, graph, NULL, view));
    }
    IGRAPH_FINALLY(ent_csr_destroy, &rows);
    IGRAPH_CHECK(array_of(&p.cores, 3 * (size_t)n, sizeof *p.cores, 0));
    p.pos = p.cores + n;
    p.vert = p.pos + n;
    for (igraph_integer_t v = 0; v < n; v++) {
        p.cores[v] = (uint32_t)(os[v + 1] - os[v] + is[v + 1] - is[v]);
        maxdeg = p.cores[v] > maxdeg ? p.cores[v] : maxdeg;
    }
    IGRAPH_CHECK(array_of(&p.bin, 2 * ((size_t)maxdeg + 1), sizeof *p.bin, 1));
    p.movers = p.bin + maxdeg + 1;
    for (igraph_integer_t v = 0; v < n; v++) {
        p.bin[p.cores[v]]++;
    }
    for (uint32_t d = 0, next = 0; d <= maxdeg; d++) {
        uint32_t count = p.bin[d];
        p.bin[d] = next;
        next += count;
    }
    for (igraph_integer_t v = 0; v < n; v++) {
        p.pos[v] = p.bin[p.cores[v]]++;
        p.vert[p.pos[v]] = (uint32_t)v;
    }
    for (uint32_t d = maxdeg; d > 0; d--) {
        p.bin[d] = p.bin[d - 1];
    }
    p.bin[0] = 0;
    peel(graph, rows.out.start, rows.out.head, &p);
    for (igraph_integer_t v = 0; v < n; v++) {
        out[v] = (double)p.cores[v];
    }
    free(p.bin);
    free(p.cores);
    ent_csr_destroy(&rows);
    IGRAPH_FINALLY_CLEAN(3);
    return IGRAPH_SUCCESS;
}

/* Each vertex's rank key, (degree, index), its degree counting distinct
 * neighbours other than itself as igraph's adjacency list without loops
 * and multi-edges does. `rows`: the neighbours as igraph_neighbors
 * (IGRAPH_ALL) has them; `mark` is zero on entry. */
static void rank_keys(const ent_csr_arcs_t *rows, int32_t n, uint64_t *key,
                      uint32_t *mark) {
    for (int32_t v = 0; v < n; v++) {
        uint32_t stamp = (uint32_t)v + 1;
        uint64_t d = 0;
        for (int32_t k = rows->start[v]; k < rows->start[v + 1]; k++) {
            int32_t u = rows->head[k];
            d += u != v && mark[u] != stamp;
            mark[u] = stamp;
        }
        key[v] = d << 32 | (uint64_t)v;
    }
}

/* Each edge once, at its end of lower rank: out[ostart[v] .. ostart[v +
 * 1]) are v's neighbours ranked above it, at most about sqrt(2m) of
 * them, a repeated edge once (by `mark`, zero on entry). */
static void orient(const ent_csr_arcs_t *rows, int32_t n, const uint64_t *key,
                   uint32_t *mark, uint32_t *ostart, uint32_t *out) {
    uint32_t next = 0;
    for (int32_t v = 0; v < n; v++) {
        uint32_t stamp = (uint32_t)v + 1;
        ostart[v] = next;
        for (int32_t k = rows->start[v]; k < rows->start[v + 1]; k++) {
            int32_t u = rows->head[k];
            if (key[u] > key[v] && mark[u] != stamp) {
                mark[u] = stamp;
                out[next++] = (uint32_t)u;
            }
        }
    }
    ostart[n] = next;
}

/* The forward algorithm: each triangle found once, from its vertex of
 * lowest rank, and credited to its three vertices; O(m sqrt(m)). The
 * test of the third vertex is an addition, not a branch. Counts stay
 * below m < 2^31. */
static void count_triangles(uint32_t n, const uint32_t *ostart,
                            const uint32_t *out, uint32_t *mark,
                            uint32_t *triangles) {
    for (uint32_t v = 0; v < n; v++) {
        uint32_t at_v = 0;
        for (uint32_t k = ostart[v]; k < ostart[v + 1]; k++) {
            mark[out[k]] = v + 1;
        }
        for (uint32_t k = ostart[v]; k < ostart[v + 1]; k++) {
            uint32_t u = out[k], at_u = 0;
            for (uint32_t j = ostart[u]; j < ostart[u + 1]; j++) {
                uint32_t w = out[j], found = mark[w] == v + 1;
                triangles[w] += found;
                at_u += found;
            }
            triangles[u] += at_u;
            at_v += at_u;
        }
        triangles[v] += at_v;
    }
}

/* igraph_transitivity_local_undirected (IGRAPH_TRANSITIVITY_ZERO) and
 * igraph_transitivity_undirected (IGRAPH_TRANSITIVITY_NAN), with their
 * very operations on the same integers: the same doubles. */
static void clustering_values(uint32_t n, const uint64_t *key,
                              const uint32_t *triangles, double *local,
                              double *transitivity) {
    double all = 0, triples = 0;
    for (uint32_t v = 0; v < n; v++) {
        igraph_integer_t d = (igraph_integer_t)(key[v] >> 32);
        double at_v = triangles[v];
        all += at_v; /* each triangle three times, as igraph's */
        triples += (igraph_real_t)d * (double)(d - 1);
        if (local != NULL) {
            local[v] = d < 2 ? 0.0 : at_v / (double)d / (double)(d - 1) * 2.0;
        }
    }
    if (transitivity != NULL) {
        *transitivity = all / triples * 2.0;
    }
}

/* The end of lower rank, chosen without a branch (which would miss
 * half the time). */
static inline uint32_t lower_end(const uint64_t *key, uint32_t a, uint32_t b) {
    uint32_t b_lower = -(uint32_t)(key[b] < key[a]);
    return a ^ ((a ^ b) & b_lower);
}

/* The oriented edges straight from igraph's edge list when it is sorted
 * by (smaller end, larger end) without loops or repeats, as the
 * builder's are: then the degrees are igraph's index ranges, and two
 * passes over the edges (check and count, then place) are all it takes.
 * Returns 0, with nothing usable written, for any other list. */
static int orient_sorted_edges(const igraph_t *graph, uint64_t *key,
                               uint32_t *ostart, uint32_t *out) {
    const igraph_integer_t *os = VECTOR(graph->os), *is = VECTOR(graph->is);
    const igraph_integer_t *from = VECTOR(graph->from), *to = VECTOR(graph->to);
    igraph_integer_t n = igraph_vcount(graph), m = igraph_ecount(graph);
    igraph_integer_t last_small = -1, last_large = -1;
    int sorted = 1;
    for (igraph_integer_t v = 0; v < n; v++) {
        uint64_t d = (uint64_t)(os[v + 1] - os[v] + is[v + 1] - is[v]);
        key[v] = d << 32 | (uint64_t)v;
        ostart[v] = 0;
    }
    for (igraph_integer_t e = 0; e < m; e++) {
        igraph_integer_t small = to[e], large = from[e];
        sorted &=
            (small < large) & ((small > last_small) |
                               ((small == last_small) & (large > last_large)));
        last_small = small;
        last_large = large;
        ostart[lower_end(key, (uint32_t)small, (uint32_t)large)]++;
    }
    if (!sorted) {
        return 0;
    }
    uint32_t placed = 0; /* each range's end, then filled down to its start */
    for (igraph_integer_t v = 0; v < n; v++) {
        placed += ostart[v];
        ostart[v] = placed;
    }
    ostart[n] = placed;
    for (igraph_integer_t e = 0; e < m; e++) {
        uint32_t small = (uint32_t)to[e], large = (uint32_t)from[e];
        uint32_t lower = lower_end(key, small, large);
        out[--ostart[lower]] = small ^ large ^ lower;
    }
    return 1;
}

/* The same from the undirected rows (loops twice), for any other graph
 * (`mark` zero on entry). */
static igraph_error_t orient_any(const igraph_t *graph, uint64_t *key,
                                 uint32_t *mark, uint32_t *ostart,
                                 uint32_t *out) {
    ent_csr_t rows;
    IGRAPH_CHECK(ent_csr_init(
        &rows, graph, NULL, ENT_CSR_OUT | ENT_CSR_UNDIRECTED | ENT_CSR_LOOPS));
    rank_keys(&rows.out, rows.n, key, mark);
    memset(mark, 0, (size_t)rows.n * sizeof *mark);
    orient(&rows.out, rows.n, key, mark, ostart, out);
    ent_csr_destroy(&rows);
    return IGRAPH_SUCCESS;
}

igraph_error_t ent_local_clustering(const igraph_t *graph, double *local,
                                    double *transitivity) {
    igraph_integer_t n = igraph_vcount(graph), m = igraph_ecount(graph);
    if (n == 0) {
        if (transitivity != NULL) {
            *transitivity = IGRAPH_NAN; /* igraph's answer for no vertex */
        }
        return IGRAPH_SUCCESS;
    }
    if (n >= INT32_MAX || m >= INT32_MAX) {
        IGRAPH_ERROR("too large for 32-bit arrays", IGRAPH_EOVERFLOW);
    }
    uint64_t *key;
    uint32_t *mark, *ostart, *out, *triangles;
    IGRAPH_CHECK(array_of(&key, (size_t)n, sizeof *key, 0));
    IGRAPH_CHECK(array_of(&mark, (size_t)n, sizeof *mark, 1));
    IGRAPH_CHECK(array_of(&ostart, (size_t)n + 1, sizeof *ostart, 0));
    IGRAPH_CHECK(array_of(&out, (size_t)m + 1, sizeof *out, 0));
    IGRAPH_CHECK(array_of(&triangles, (size_t)n, sizeof *triangles, 1));
    if (!orient_sorted_edges(graph, key, ostart, out)) {
        IGRAPH_CHECK(orient_any(graph, key, mark, ostart, out));
        memset(mark, 0, (size_t)n * sizeof *mark);
    }
    count_triangles((uint32_t)n, ostart, out, mark, triangles);
    clustering_values((uint32_t)n, key, triangles, local, transitivity);
    free(triangles);
    free(out);
    free(ostart);
    free(mark);
    free(key);
    IGRAPH_FINALLY_CLEAN(5);
    return IGRAPH_SUCCESS;
}

/* Strength in the edges' order, which is igraph_strength's when they
 * are sorted by (smaller end, larger end) without loops: a vertex gets
 * its edges to smaller neighbours first, then its run of edges to
 * larger ones, whose sum stays in a register. Returns 0, with part of
 * the sums made, at the first edge out of that order. */
static int sum_sorted_edges(const igraph_t *g, const double *weight,
                            double *strength) {
    const igraph_integer_t *from = VECTOR(g->from), *to = VECTOR(g->to);
    igraph_integer_t m = igraph_ecount(g), e = 0, last_small = -1;
    memset(strength, 0, (size_t)igraph_vcount(g) * sizeof *strength);
    while (e < m) {
        igraph_integer_t small = to[e], last_large = small;
        if (small <= last_small) {
            return 0;
        }
        double run = strength[small];
        for (; e < m && to[e] == small; e++) {
            igraph_integer_t large = from[e];
            if (large <= last_large) {
                return 0; /* a loop, a repeat or out of order */
            }
            last_large = large;
            strength[large] += weight[e];
            run += weight[e];
        }
        strength[small] = run;
        last_small = small;
    }
    return 1;
}

igraph_error_t ent_local_degrees(const ent_network_t *net, double *degree,
                                 double *strength, int *done) {
    const igraph_t *g = &net->graph;
    igraph_integer_t n = igraph_vcount(g), m = igraph_ecount(g);
    const igraph_integer_t *from = VECTOR(g->from), *to = VECTOR(g->to);
    *done = 0;
    if (net->directed) {
        return IGRAPH_SUCCESS;
    }
    if (strength != NULL) {
        if (!sum_sorted_edges(g, VECTOR(net->weights), strength)) {
            return IGRAPH_SUCCESS;
        }
    } else {
        int loops = 0;
        for (igraph_integer_t e = 0; e < m; e++) {
            loops |= from[e] == to[e];
        }
        if (loops) {
            return IGRAPH_SUCCESS;
        }
    }
    /* Without loops a vertex's degree is the size of its two index
     * ranges, as igraph_degree counts it. */
    const igraph_integer_t *os = VECTOR(g->os), *is = VECTOR(g->is);
    for (igraph_integer_t v = 0; degree != NULL && v < n; v++) {
        degree[v] = (double)(os[v + 1] - os[v] + is[v + 1] - is[v]);
    }
    *done = 1;
    return IGRAPH_SUCCESS;
}

/* The root of v's set, halving the path on the way (each vertex visited
 * points to its grandparent), so that later finds are short. */
static inline uint32_t find_root(uint32_t *parent, uint32_t v) {
    while (parent[v] != v) {
        parent[v] = parent[parent[v]];
        v = parent[v];
    }
    return v;
}

/* Weak components by union-find over the edge list, union by size: one
 * pass over igraph's from/to arrays, O(m alpha(n)), where igraph's call
 * walks adjacency lists it builds per vertex (bench/README.md). */
igraph_error_t ent_local_components(const igraph_t *graph,
                                    igraph_integer_t *count,
                                    igraph_integer_t *largest) {
    igraph_integer_t n = igraph_vcount(graph), m = igraph_ecount(graph);
    if (n >= INT32_MAX || m >= INT32_MAX) {
        IGRAPH_ERROR("too large for 32-bit components", IGRAPH_EOVERFLOW);
    }
    uint32_t *parent, *size;
    IGRAPH_CHECK(array_of(&parent, (size_t)n, sizeof *parent, 0));
    IGRAPH_CHECK(array_of(&size, (size_t)n, sizeof *size, 0));
    for (uint32_t v = 0; v < (uint32_t)n; v++) {
        parent[v] = v;
        size[v] = 1;
    }
    const igraph_integer_t *from = VECTOR(graph->from), *to = VECTOR(graph->to);
    igraph_integer_t sets = n, biggest = n ? 1 : 0;
    for (igraph_integer_t e = 0; e < m; e++) {
        uint32_t a = find_root(parent, (uint32_t)from[e]);
        uint32_t b = find_root(parent, (uint32_t)to[e]);
        if (a == b) {
            continue;
        }
        if (size[a] < size[b]) {
            uint32_t t = a;
            a = b;
            b = t;
        }
        parent[b] = a;
        size[a] += size[b];
        sets--;
        biggest = size[a] > biggest ? size[a] : biggest;
    }
    *count = sets;
    *largest = biggest;
    free(size);
    free(parent);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}
