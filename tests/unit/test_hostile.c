/*
 * Unit tests of what a hostile file must not achieve (issue 17): the
 * project's keyed hash against the published SipHash vectors, and an id
 * index that crafted ids cannot crowd into one slot.
 */
#include <CUnit/CUnit.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/load.h"
#include "io/hash.h"
#include "model/model_internal.h"
#include "suites.h"

/* The key 00 01 .. 0f and the message 00 01 .. of the SipHash paper. */
static uint64_t paper_hash(int compress, int finalize, size_t length) {
    const uint64_t key[2] = {0x0706050403020100u, 0x0f0e0d0c0b0a0908u};
    unsigned char message[16];
    for (size_t i = 0; i < sizeof message; i++) {
        message[i] = (unsigned char)i;
    }
    return ent_siphash(key, compress, finalize, message, length);
}

static void siphash_should_match_the_published_vectors(void) {
    /* SipHash-2-4, vectors 0, 8 and 15 of the reference implementation. */
    CU_ASSERT_EQUAL(paper_hash(2, 4, 0), 0x726fdb47dd0e0e31u);
    CU_ASSERT_EQUAL(paper_hash(2, 4, 8), 0x93f5f5799a932462u);
    CU_ASSERT_EQUAL(paper_hash(2, 4, 15), 0xa129ca6149be45e5u);
    /* SipHash-1-3, the empty message (Rust's SipHasher13 vectors). */
    CU_ASSERT_EQUAL(paper_hash(1, 3, 0), 0xabac0158050fc4dcu);
}

static void process_hash_should_be_stable_within_a_process(void) {
    CU_ASSERT_EQUAL(ent_hash_string("Q30"), ent_hash_bytes("Q30", 3));
    CU_ASSERT_NOT_EQUAL(ent_hash_string("Q30"), ent_hash_string("Q31"));
}

/* The unkeyed FNV-1a the id index used before. */
static uint64_t fnv1a(const char *text) {
    uint64_t hash = 14695981039346656037u;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        hash = (hash ^ *p) * 1099511628211u;
    }
    return hash;
}

enum { ID_COUNT = 2000, ID_SIZE = 16 };

/*
 * Fills ids[] with ids whose FNV-1a hashes share their low 16 bits (0),
 * so that they share one home slot in any table of up to 65,536 slots.
 * The low bits of a product depend only on the low bits of its factors:
 * after "c<counter>", a last byte equal to the state's low byte clears
 * bits 0-7, and one counter in 256 has bits 8-15 clear too.
 */
static void make_colliding_ids(char ids[][ID_SIZE]) {
    size_t made = 0;
    for (unsigned counter = 0; made < ID_COUNT; counter++) {
        char id[ID_SIZE];
        snprintf(id, sizeof id, "c%07u", counter);
        uint64_t state = fnv1a(id);
        unsigned char last = (unsigned char)(state & 0xFF);
        if ((state & 0xFF00) != 0 || last < 0x30 || last > 0x7A ||
            last == 0x5C) {
            continue; /* digits, letters, plain punctuation; no backslash */
        }
        size_t length = strlen(id);
        id[length] = (char)last;
        id[length + 1] = '\0';
        CU_ASSERT_EQUAL(fnv1a(id) & 0xFFFF, 0);
        memcpy(ids[made++], id, sizeof id);
    }
}

/* A snapshot of `ID_COUNT` states with these ids, as JSON text. */
static char *snapshot_of(char ids[][ID_SIZE]) {
    size_t size = 256 + (size_t)ID_COUNT * (ID_SIZE + 64);
    char *text = malloc(size);
    size_t used = (size_t)snprintf(
        text, size,
        "{\"schema\": \"entente/1\", \"id\": \"ids\", \"title\": \"ids\", "
        "\"date\": \"2025\", \"entities\": [");
    for (size_t i = 0; i < ID_COUNT; i++) {
        used += (size_t)snprintf(
            text + used, size - used,
            "%s{\"id\": \"%s\", \"type\": \"state\", \"name\": \"%s\"}",
            i ? ", " : "", ids[i], ids[i]);
    }
    snprintf(text + used, size - used, "], \"relations\": []}");
    return text;
}

/* Loads the snapshot of `ids` and returns its entity index's probe total. */
static size_t probes_to_find_all(char ids[][ID_SIZE]) {
    char *text = snapshot_of(ids);
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_snapshot_t *snapshot = NULL;
    ent_status status = ent_snapshot_load_buffer(&snapshot, text, strlen(text),
                                                 "ids.json", NULL, &diags);
    CU_ASSERT_EQUAL(status, ENT_OK);
    size_t probes = 0;
    if (snapshot != NULL) {
        CU_ASSERT_EQUAL(ent_snapshot_entity_count(snapshot), ID_COUNT);
        probes = id_index_probe_total(&snapshot->entity_index);
        ent_snapshot_free(snapshot);
    }
    ent_diag_list_destroy(&diags);
    free(text);
    return probes;
}

static void id_index_should_not_crowd_ids_crafted_to_collide(void) {
    static char colliding[ID_COUNT][ID_SIZE], plain[ID_COUNT][ID_SIZE];
    make_colliding_ids(colliding);
    for (size_t i = 0; i < ID_COUNT; i++) {
        snprintf(plain[i], ID_SIZE, "r%07zu", i * 7919 % 10000000);
    }
    size_t crafted = probes_to_find_all(colliding);
    size_t ordinary = probes_to_find_all(plain);
    /* Linear probing at a load of at most 1/2 finds a key in 1.5 probes
     * on average; one home slot for all would need ID_COUNT^2 / 2. */
    CU_ASSERT(ordinary >= ID_COUNT && ordinary <= 2 * ID_COUNT);
    CU_ASSERT(crafted >= ID_COUNT && crafted <= 2 * ID_COUNT);
    CU_ASSERT(crafted <= ordinary + ordinary / 2);
    if (crafted > 2 * ID_COUNT) {
        fprintf(stderr, "\n  crafted ids: %zu probes, ordinary ids: %zu\n",
                crafted, ordinary);
    }
}

int register_hostile_tests(void) {
    static const test_case tests[] = {
        TEST_CASE(siphash_should_match_the_published_vectors),
        TEST_CASE(process_hash_should_be_stable_within_a_process),
        TEST_CASE(id_index_should_not_crowd_ids_crafted_to_collide),
    };
    return add_suite("hostile", NULL, NULL, tests,
                     sizeof tests / sizeof tests[0]);
}
