/*
 * Single-source searches for the all-pairs and sampled measures, on a
 * compact adjacency (one array of arcs, lengths beside them).
 *
 * Why not igraph's own calls: betweenness, closeness and the path
 * measures each ran their own Dijkstra per source through igraph's
 * incidence lists (igraph_betweenness_subset, then
 * igraph_distances_dijkstra filling a matrix row of n distances); here
 * one search per source serves all of them, reads arcs that lie together,
 * and can stop at a target (sampling). Ties follow igraph's betweenness:
 * two path lengths within a relative IGRAPH_SHORTEST_PATH_EPSILON are
 * equal, so the values are igraph's up to the order of sums.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "metrics/metrics_search.h"

enum { SETTLED = -2, UNSEEN = -1 };

void ent_adjacency_destroy(ent_adjacency_t *a) {
    free(a->out_start);
    free(a->out);
    if (a->directed) {
        free(a->in_start);
        free(a->in);
    }
    memset(a, 0, sizeof *a);
}

/* Arcs of every edge from `from` (heads in `to`), grouped by tail in
 * edge order; both ways when undirected. Loops are left out: a loop is
 * never on a shortest path. */
static int group_arcs(ent_adjacency_t *a, igraph_integer_t **start,
                      ent_arc_t **arcs, const igraph_t *g,
                      const igraph_vector_t *lengths, int reverse) {
    igraph_integer_t n = a->n, m = igraph_ecount(g), count = 0;
    *start = calloc((size_t)n + 1, sizeof **start);
    if (*start == NULL) {
        return -1;
    }
    for (igraph_integer_t e = 0; e < m; e++) {
        igraph_integer_t u = IGRAPH_FROM(g, e), v = IGRAPH_TO(g, e);
        if (u != v) {
            (*start)[(reverse ? v : u) + 1]++;
            if (!a->directed) {
                (*start)[(reverse ? u : v) + 1]++;
            }
            count += a->directed ? 1 : 2;
        }
    }
    for (igraph_integer_t v = 0; v < n; v++) {
        (*start)[v + 1] += (*start)[v];
    }
    *arcs = malloc((size_t)(count ? count : 1) * sizeof **arcs);
    igraph_integer_t *next = malloc((size_t)(n ? n : 1) * sizeof *next);
    if (*arcs == NULL || next == NULL) {
        free(next);
        return -1;
    }
    memcpy(next, *start, (size_t)n * sizeof *next);
    for (igraph_integer_t e = 0; e < m; e++) {
        igraph_integer_t u = IGRAPH_FROM(g, e), v = IGRAPH_TO(g, e);
        double length = lengths ? VECTOR(*lengths)[e] : 1.0;
        if (u == v) {
            continue;
        }
        igraph_integer_t tail = reverse ? v : u, head = reverse ? u : v;
        (*arcs)[next[tail]++] = (ent_arc_t){head, length};
        if (!a->directed) {
            (*arcs)[next[head]++] = (ent_arc_t){tail, length};
        }
    }
    free(next);
    return 0;
}

igraph_error_t ent_adjacency_init(ent_adjacency_t *a, const igraph_t *g,
                                  const igraph_vector_t *lengths) {
    memset(a, 0, sizeof *a);
    a->n = igraph_vcount(g);
    a->directed = igraph_is_directed(g);
    int failed = group_arcs(a, &a->out_start, &a->out, g, lengths, 0);
    if (!failed && a->directed) {
        failed = group_arcs(a, &a->in_start, &a->in, g, lengths, 1);
    } else if (!failed) {
        a->in_start = a->out_start;
        a->in = a->out;
    }
    if (failed) {
        ent_adjacency_destroy(a);
        IGRAPH_ERROR("cannot allocate the adjacency", IGRAPH_ENOMEM);
    }
    return IGRAPH_SUCCESS;
}

void ent_search_destroy(ent_search_t *s) {
    free(s->dist);
    free(s->sigma);
    free(s->delta);
    free(s->order);
    free(s->heap);
    free(s->key);
    free(s->slot);
    free(s->touched);
    memset(s, 0, sizeof *s);
}

igraph_error_t ent_search_init(ent_search_t *s, igraph_integer_t n) {
    size_t size = (size_t)(n ? n : 1);
    memset(s, 0, sizeof *s);
    s->dist = malloc(size * sizeof *s->dist);
    s->sigma = calloc(size, sizeof *s->sigma);
    s->delta = calloc(size, sizeof *s->delta);
    s->order = malloc(size * sizeof *s->order);
    s->heap = malloc(size * sizeof *s->heap);
    s->key = malloc(size * sizeof *s->key);
    s->slot = malloc(size * sizeof *s->slot);
    s->touched = malloc(size * sizeof *s->touched);
    if (!s->dist || !s->sigma || !s->delta || !s->order || !s->heap ||
        !s->key || !s->slot || !s->touched) {
        ent_search_destroy(s);
        IGRAPH_ERROR("cannot allocate a search", IGRAPH_ENOMEM);
    }
    for (igraph_integer_t v = 0; v < n; v++) {
        s->dist[v] = INFINITY;
        s->slot[v] = UNSEEN;
    }
    return IGRAPH_SUCCESS;
}

/* igraph_cmp_epsilon's test for positive lengths, without its division
 * (a relaxation's hot path): equal when |a - b| < epsilon (a + b). */
static int compare(double a, double b) {
    double diff = a - b, tolerance = IGRAPH_SHORTEST_PATH_EPSILON * (a + b);
    if (diff == 0) {
        return 0;
    }
    return diff >= tolerance ? 1 : diff <= -tolerance ? -1 : 0;
}

int ent_search_is_parent(const ent_search_t *s, igraph_integer_t parent,
                         double length, igraph_integer_t child) {
    return compare(s->dist[parent] + length, s->dist[child]) == 0;
}

/* The heap is 4-ary (half the levels of a binary one) and keeps each
 * entry's key beside it, so that sifting reads no distance through the
 * vertex: the pops were a third of a search. */
static void place(ent_search_t *s, igraph_integer_t i, igraph_integer_t v,
                  double key) {
    s->heap[i] = v;
    s->key[i] = key;
    s->slot[v] = i;
}

static void sift_up(ent_search_t *s, igraph_integer_t i, igraph_integer_t v,
                    double key) {
    while (i > 0) {
        igraph_integer_t up = (i - 1) / 4;
        if (s->key[up] <= key) {
            break;
        }
        place(s, i, s->heap[up], s->key[up]);
        i = up;
    }
    place(s, i, v, key);
}

static igraph_integer_t pop(ent_search_t *s) {
    igraph_integer_t top = s->heap[0], size = --s->heap_size;
    igraph_integer_t v = s->heap[size], i = 0;
    double key = s->key[size];
    for (;;) {
        igraph_integer_t first = 4 * i + 1, best = first;
        if (first >= size) {
            break;
        }
        igraph_integer_t last = first + 4 < size ? first + 4 : size;
        for (igraph_integer_t c = first + 1; c < last; c++) {
            best = s->key[c] < s->key[best] ? c : best;
        }
        if (s->key[best] >= key) {
            break;
        }
        place(s, i, s->heap[best], s->key[best]);
        i = best;
    }
    if (size > 0) {
        place(s, i, v, key);
    }
    s->slot[top] = SETTLED;
    return top;
}

static void reach(ent_search_t *s, igraph_integer_t v, double d, double sigma) {
    s->dist[v] = d;
    s->sigma[v] = sigma;
    s->touched[s->touched_count++] = v;
    sift_up(s, s->heap_size++, v, d);
}

void ent_search_clear(ent_search_t *s) {
    for (igraph_integer_t i = 0; i < s->touched_count; i++) {
        igraph_integer_t v = s->touched[i];
        s->dist[v] = INFINITY;
        s->sigma[v] = 0;
        s->delta[v] = 0;
        s->slot[v] = UNSEEN;
    }
    s->touched_count = s->settled = s->heap_size = 0;
}

/* Settles the nearest vertex in the heap and relaxes its arcs (those
 * of `start`/`arcs`: out-arcs forward, in-arcs backward). */
static igraph_integer_t settle(ent_search_t *s, const igraph_integer_t *start,
                               const ent_arc_t *arcs) {
    igraph_integer_t v = pop(s);
    s->order[s->settled++] = v;
    double dv = s->dist[v], sv = s->sigma[v];
    for (igraph_integer_t i = start[v]; i < start[v + 1]; i++) {
        igraph_integer_t w = arcs[i].head;
        double alt = dv + arcs[i].length;
        igraph_integer_t slot = s->slot[w];
        if (slot == UNSEEN) {
            reach(s, w, alt, sv);
            continue;
        }
        if (slot == SETTLED) {
            continue;
        }
        int c = compare(alt, s->dist[w]);
        if (c < 0) { /* shorter: its paths replace the others */
            s->dist[w] = alt;
            s->sigma[w] = sv;
            sift_up(s, s->slot[w], w, alt);
        } else if (c == 0) {
            s->sigma[w] += sv;
        }
    }
    return v;
}

void ent_search_dijkstra(ent_search_t *s, const ent_adjacency_t *a,
                         igraph_integer_t source, igraph_integer_t target) {
    reach(s, source, 0, 1);
    while (s->heap_size > 0 && settle(s, a->out_start, a->out) != target) {
    }
}

void ent_search_start(ent_search_t *s, igraph_integer_t source) {
    reach(s, source, 0, 1);
}

igraph_integer_t ent_search_step(ent_search_t *s, const ent_adjacency_t *a,
                                 int backward) {
    return backward ? settle(s, a->in_start, a->in)
                    : settle(s, a->out_start, a->out);
}

int ent_search_is_settled(const ent_search_t *s, igraph_integer_t v) {
    return s->slot[v] == SETTLED;
}

int ent_search_tied(double a, double b) { return compare(a, b) == 0; }

void ent_search_accumulate(ent_search_t *s, const ent_adjacency_t *a,
                           igraph_integer_t source, double *betweenness) {
    for (igraph_integer_t k = s->settled - 1; k >= 0; k--) {
        igraph_integer_t w = s->order[k];
        double coeff = (1 + s->delta[w]) / s->sigma[w];
        for (igraph_integer_t i = a->in_start[w]; i < a->in_start[w + 1]; i++) {
            igraph_integer_t v = a->in[i].head;
            if (ent_search_is_parent(s, v, a->in[i].length, w)) {
                s->delta[v] += s->sigma[v] * coeff;
            }
        }
        if (w != source) {
            betweenness[w] += s->delta[w];
        }
    }
}

void ent_search_bfs(ent_search_t *s, const ent_adjacency_t *a,
                    igraph_integer_t source) {
    /* order[] is the queue; dist holds hops */
    s->dist[source] = 0;
    s->slot[source] = SETTLED;
    s->touched[s->touched_count++] = source;
    s->order[s->settled++] = source;
    for (igraph_integer_t head = 0; head < s->settled; head++) {
        igraph_integer_t v = s->order[head];
        double next = s->dist[v] + 1;
        for (igraph_integer_t i = a->out_start[v]; i < a->out_start[v + 1];
             i++) {
            igraph_integer_t w = a->out[i].head;
            if (s->slot[w] == UNSEEN) {
                s->dist[w] = next;
                s->slot[w] = SETTLED;
                s->touched[s->touched_count++] = w;
                s->order[s->settled++] = w;
            }
        }
    }
}
