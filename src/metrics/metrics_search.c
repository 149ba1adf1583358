/*
 * Single-source searches for the all-pairs and sampled measures, on
 * compact rows (metrics_csr.h: arrays of heads and of lengths, 32-bit
 * indices).
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

void ent_search_destroy(ent_search_t *s) {
    free(s->dist);
    free(s->sigma);
    free(s->delta);
    free(s->order);
    free(s->order_dist);
    free(s->heap);
    free(s->slot);
    free(s->mark);
    free(s->level_size);
    memset(s, 0, sizeof *s);
}

igraph_error_t ent_search_init(ent_search_t *s, igraph_integer_t n) {
    /* the heap's last parent compares four children, some past the end */
    size_t size = (size_t)(n ? n : 1), keys = size + 4;
    memset(s, 0, sizeof *s);
    s->dist = malloc(size * sizeof *s->dist);
    s->sigma = calloc(size, sizeof *s->sigma);
    s->delta = calloc(size, sizeof *s->delta);
    s->order = malloc((size + 1) * sizeof *s->order); /* BFS: one past */
    s->order_dist = malloc(size * sizeof *s->order_dist);
    s->heap = malloc(keys * sizeof *s->heap);
    s->slot = malloc(size * sizeof *s->slot);
    s->mark = calloc(size, sizeof *s->mark);
    s->level_size = malloc(size * sizeof *s->level_size);
    if (!s->dist || !s->sigma || !s->delta || !s->order || !s->order_dist ||
        !s->heap || !s->slot || !s->mark || !s->level_size) {
        ent_search_destroy(s);
        IGRAPH_ERROR("cannot allocate a search", IGRAPH_ENOMEM);
    }
    for (size_t v = 0; v < size; v++) {
        s->dist[v] = INFINITY;
        s->slot[v] = UNSEEN;
    }
    for (size_t i = 0; i < keys; i++) {
        s->heap[i] = (ent_heap_entry_t){INFINITY, -1};
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

/* compare(a, b) > 0, its first test being the one that decides for
 * most arcs a search relaxes (to vertices as near or nearer). */
static int longer(double a, double b) {
    double diff = a - b;
    if (diff >= IGRAPH_SHORTEST_PATH_EPSILON * (a + b)) {
        return __builtin_expect(diff != 0, 1);
    }
    return 0;
}

/* compare(a, b) == 0 in two tests, NaN included (then both say tied). */
static int tied(double a, double b) {
    double diff = a - b, tolerance = IGRAPH_SHORTEST_PATH_EPSILON * (a + b);
    return diff == 0 || !(fabs(diff) >= tolerance);
}

int ent_search_is_parent(const ent_search_t *s, int32_t parent, double length,
                         int32_t child) {
    return tied(s->dist[parent] + length, s->dist[child]);
}

/* The heap is 4-ary (half the levels of a binary one) and keeps each
 * entry's key beside it, so that sifting reads no distance through the
 * vertex: the pops were a third of a search. */
static void place(ent_search_t *s, int32_t i, ent_heap_entry_t entry) {
    s->heap[i] = entry;
    s->slot[entry.vertex] = i;
}

static void sift_up(ent_search_t *s, int32_t i, int32_t v, double key) {
    while (i > 0) {
        int32_t up = (i - 1) / 4;
        if (s->heap[up].key <= key) {
            break;
        }
        place(s, i, s->heap[up]);
        i = up;
    }
    place(s, i, (ent_heap_entry_t){key, v});
}

/* The first smallest of the four children from `first` (keys past the
 * end are INFINITY and never beat one there), as two pairs and their
 * winners, in arithmetic rather than branches that guess wrong. */
static int32_t least_child(const ent_heap_entry_t *heap, int32_t first) {
    int32_t a = first + (heap[first + 1].key < heap[first].key);
    int32_t b = first + 2 + (heap[first + 3].key < heap[first + 2].key);
    return a ^ ((a ^ b) & -(int32_t)(heap[b].key < heap[a].key));
}

static int32_t pop(ent_search_t *s) {
    int32_t top = s->heap[0].vertex, size = --s->heap_size, i = 0;
    ent_heap_entry_t last = s->heap[size];
    s->heap[size].key = INFINITY;
    for (;;) {
        int32_t first = 4 * i + 1;
        if (first >= size) {
            break;
        }
        int32_t best = least_child(s->heap, first);
        if (s->heap[best].key >= last.key) {
            break;
        }
        place(s, i, s->heap[best]);
        i = best;
    }
    if (size > 0) {
        place(s, i, last);
    }
    s->slot[top] = SETTLED;
    return top;
}

static void reach(ent_search_t *s, int32_t v, double d, double sigma) {
    s->dist[v] = d;
    s->sigma[v] = sigma;
    sift_up(s, s->heap_size++, v, d);
}

static void forget(ent_search_t *s, int32_t v) {
    s->dist[v] = INFINITY;
    s->sigma[v] = 0;
    s->delta[v] = 0;
    s->slot[v] = UNSEEN;
}

/* What a search reached is what it settled and what its heap holds. */
void ent_search_clear(ent_search_t *s) {
    for (int32_t k = 0; k < s->settled; k++) {
        forget(s, s->order[k]);
    }
    for (int32_t i = 0; i < s->heap_size; i++) {
        forget(s, s->heap[i].vertex);
        s->heap[i].key = INFINITY;
    }
    s->settled = s->heap_size = 0;
}

/* Settles the nearest vertex in the heap and relaxes its `arcs`
 * (out-arcs forward, in-arcs backward). A vertex not reached is at
 * INFINITY and a settled one no farther than v, so one test passes over
 * most arcs (longer paths, and settled vertices but for ties). */
static int32_t settle(ent_search_t *s, const ent_csr_arcs_t *arcs) {
    int32_t v = pop(s);
    double dv = s->dist[v], sv = s->sigma[v];
    s->order_dist[s->settled] = dv;
    s->order[s->settled++] = v;
    const int32_t *head = arcs->head;
    const double *length = arcs->value;
    if (s->heap_size > 0) { /* the next to settle, most often: its arcs */
        int32_t next = arcs->start[s->heap[0].vertex];
        __builtin_prefetch(head + next);
        __builtin_prefetch(length + next);
    }
    for (int32_t i = arcs->start[v], end = arcs->start[v + 1]; i < end; i++) {
        int32_t w = head[i];
        double alt = dv + length[i];
        if (longer(alt, s->dist[w])) {
            continue;
        }
        int32_t slot = s->slot[w];
        if (slot == UNSEEN) {
            reach(s, w, alt, sv);
        } else if (slot != SETTLED) {
            int c = compare(alt, s->dist[w]);
            if (c < 0) { /* shorter: its paths replace the others */
                s->dist[w] = alt;
                s->sigma[w] = sv;
                sift_up(s, slot, w, alt);
            } else if (c == 0) {
                s->sigma[w] += sv;
            }
        }
    }
    return v;
}

void ent_search_dijkstra(ent_search_t *s, const ent_csr_t *g, int32_t source,
                         int32_t target) {
    reach(s, source, 0, 1);
    while (s->heap_size > 0 && settle(s, &g->out) != target) {
    }
}

void ent_search_start(ent_search_t *s, int32_t source) {
    reach(s, source, 0, 1);
}

int32_t ent_search_step(ent_search_t *s, const ent_csr_t *g, int backward) {
    return settle(s, backward ? &g->in : &g->out);
}

int ent_search_is_settled(const ent_search_t *s, int32_t v) {
    return s->slot[v] == SETTLED;
}

int ent_search_tied(double a, double b) { return compare(a, b) == 0; }

void ent_search_accumulate(ent_search_t *s, const ent_csr_t *g, int32_t source,
                           double *betweenness) {
    const int32_t *start = g->in.start, *head = g->in.head;
    const double *length = g->in.value, *dist = s->dist;
    for (int32_t k = s->settled - 1; k >= 0; k--) {
        int32_t w = s->order[k];
        if (k > 0) { /* the next one's arcs */
            int32_t next = start[s->order[k - 1]];
            __builtin_prefetch(head + next);
            __builtin_prefetch(length + next);
        }
        double dw = s->order_dist[k];
        double coeff = (1 + s->delta[w]) / s->sigma[w];
        for (int32_t i = start[w], end = start[w + 1]; i < end; i++) {
            int32_t v = head[i];
            if (tied(dist[v] + length[i], dw)) {
                s->delta[v] += s->sigma[v] * coeff;
            }
        }
        if (w != source) {
            betweenness[w] += s->delta[w];
        }
    }
}

void ent_search_bfs(ent_search_t *s, const ent_csr_t *g, int32_t source) {
    if (s->stamp == INT32_MAX) { /* every stamp used: forget them */
        memset(s->mark, 0, (size_t)g->n * sizeof *s->mark);
        s->stamp = 0;
    }
    int32_t stamp = ++s->stamp, *mark = s->mark, *queue = s->order;
    int32_t done = 0, tail = 1;
    const int32_t *start = g->out.start, *head = g->out.head;
    mark[source] = stamp;
    queue[0] = source;
    s->levels = 0;
    while (done < tail) { /* one level of the queue after the other */
        int32_t level_end = tail;
        s->level_size[s->levels++] = level_end - done;
        for (; done < level_end; done++) {
            int32_t v = queue[done];
            if (done + 1 < tail) { /* the next one's arcs */
                __builtin_prefetch(head + start[queue[done + 1]]);
            }
            /* every head goes to the queue's end, which moves on past
             * those not seen before: no branch to guess */
            for (int32_t i = start[v], end = start[v + 1]; i < end; i++) {
                int32_t w = head[i];
                queue[tail] = w;
                tail += mark[w] != stamp;
                mark[w] = stamp;
            }
        }
    }
}
