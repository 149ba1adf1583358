/*
 * SipHash (Aumasson and Bernstein, 2012) and the process's key (hash.h).
 */
#define _DEFAULT_SOURCE /* getrandom, open, read: this file only */
#include "io/hash.h"

#include <fcntl.h>
#include <string.h>
#include <sys/random.h>
#include <threads.h>
#include <time.h>
#include <unistd.h>

static uint64_t rotate(uint64_t x, int bits) {
    return (x << bits) | (x >> (64 - bits));
}

static void sip_round(uint64_t v[4]) {
    v[0] += v[1];
    v[1] = rotate(v[1], 13) ^ v[0];
    v[0] = rotate(v[0], 32);
    v[2] += v[3];
    v[3] = rotate(v[3], 16) ^ v[2];
    v[0] += v[3];
    v[3] = rotate(v[3], 21) ^ v[0];
    v[2] += v[1];
    v[1] = rotate(v[1], 17) ^ v[2];
    v[2] = rotate(v[2], 32);
}

/* Eight bytes read as a little-endian word, whatever the machine. */
static uint64_t load_le(const unsigned char *p, size_t count) {
    uint64_t word = 0;
    for (size_t i = count; i > 0; i--) {
        word = (word << 8) | p[i - 1];
    }
    return word;
}

static void absorb(uint64_t v[4], uint64_t word, int rounds) {
    v[3] ^= word;
    for (int i = 0; i < rounds; i++) {
        sip_round(v);
    }
    v[0] ^= word;
}

uint64_t ent_siphash(const uint64_t key[2], int compress, int finalize,
                     const void *data, size_t length) {
    const unsigned char *bytes = data;
    uint64_t v[4] = {key[0] ^ 0x736f6d6570736575u, key[1] ^ 0x646f72616e646f6du,
                     key[0] ^ 0x6c7967656e657261u,
                     key[1] ^ 0x7465646279746573u};
    size_t whole = length - length % 8;
    for (size_t i = 0; i < whole; i += 8) {
        absorb(v, load_le(bytes + i, 8), compress);
    }
    uint64_t last =
        ((uint64_t)length << 56) | load_le(bytes + whole, length - whole);
    absorb(v, last, compress);
    v[2] ^= 0xff;
    for (int i = 0; i < finalize; i++) {
        sip_round(v);
    }
    return v[0] ^ v[1] ^ v[2] ^ v[3];
}

/* The one piece of process-wide state in the library, written once under
 * call_once and read-only after: a key per table would cost a system call
 * per snapshot and buy nothing, since the key never leaves the process. */
static uint64_t process_key[2];
static once_flag process_key_once = ONCE_FLAG_INIT;

/* Fills `buffer` from getrandom, else /dev/urandom; returns 1 when full. */
static int read_random(unsigned char *buffer, size_t size) {
    size_t got = 0;
    while (got < size) {
        ssize_t n = getrandom(buffer + got, size - got, GRND_NONBLOCK);
        if (n <= 0) {
            break;
        }
        got += (size_t)n;
    }
    if (got == size) {
        return 1;
    }
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return 0;
    }
    got = 0;
    while (got < size) {
        ssize_t n = read(fd, buffer + got, size - got);
        if (n <= 0) {
            break;
        }
        got += (size_t)n;
    }
    close(fd);
    return got == size;
}

static void make_process_key(void) {
    unsigned char random[16];
    if (!read_random(random, sizeof random)) {
        /* No random source (a bare chroot): the clock, the process id and
         * an address still differ between runs, which an attacker who
         * prepares a file in advance cannot foresee. */
        struct timespec now = {0, 0};
        timespec_get(&now, TIME_UTC);
        uint64_t mix[2] = {(uint64_t)now.tv_sec * 1000000007u ^
                               (uint64_t)(uintptr_t)&now,
                           (uint64_t)now.tv_nsec ^ ((uint64_t)getpid() << 32)};
        memcpy(random, mix, sizeof random);
    }
    process_key[0] = load_le(random, 8);
    process_key[1] = load_le(random + 8, 8);
}

uint64_t ent_hash_bytes(const void *data, size_t length) {
    call_once(&process_key_once, make_process_key);
    return ent_siphash(process_key, 1, 3, data, length);
}

uint64_t ent_hash_string(const char *text) {
    return ent_hash_bytes(text, strlen(text));
}

uint64_t ent_hash_stable(const void *data, size_t length) {
    static const uint64_t fixed_key[2] = {0, 0};
    return ent_siphash(fixed_key, 1, 3, data, length);
}
