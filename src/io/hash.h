/*
 * The project's one hash for tables whose keys come from input files:
 * SipHash-1-3 under a key drawn once per process from the system's random
 * source. An unkeyed hash (the FNV-1a the id index had) lets a file name
 * thousands of ids that share a slot, and a load turns quadratic; with a
 * secret key no file can aim at a slot.
 */
#ifndef ENTENTE_IO_HASH_H
#define ENTENTE_IO_HASH_H

#include <stddef.h>
#include <stdint.h>

/* The hash of `length` bytes under the process's key. The key is made on
 * the first call (thread-safe); a value is the same within one process
 * and differs between processes, so nothing written may depend on it. */
uint64_t ent_hash_bytes(const void *data, size_t length);

/* The hash of a NUL-terminated string (its bytes without the NUL). */
uint64_t ent_hash_string(const char *text);

/* SipHash-1-3 under a fixed key: the same on every run, for what must be
 * reproducible (a file name made from an id), never for a table that a
 * file fills. */
uint64_t ent_hash_stable(const void *data, size_t length);

/* SipHash with `compress` and `finalize` rounds under an explicit key:
 * ent_hash_bytes is (1, 3) under the process key; the tests check (2, 4)
 * against the published vectors. */
uint64_t ent_siphash(const uint64_t key[2], int compress, int finalize,
                     const void *data, size_t length);

#endif /* ENTENTE_IO_HASH_H */
