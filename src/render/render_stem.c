/*
 * File names from ids, for render's default output and compare's panels:
 * one rule, so that a snapshot's diagram has one name wherever it is
 * drawn.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/render.h"
#include "io/hash.h"

/* The longest id used whole in a file name; a longer one, or one with a
 * byte outside [A-Za-z0-9._-], is cut to this and followed by a hash of
 * the whole id, so that no two ids share a name and no name passes the
 * file system's 255 bytes. */
enum { NAME_MAX_ID = 64 };

char *ent_render_file_stem(const char *id) {
    size_t length = strlen(id);
    char *stem = malloc(NAME_MAX_ID + 24);
    if (stem == NULL) {
        return NULL;
    }
    char *p = stem;
    int changed = length > NAME_MAX_ID;
    for (size_t i = 0; i < length && i < NAME_MAX_ID; i++) {
        char c = id[i];
        int safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                   (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                   (c == '.' && i > 0);
        *p++ = safe ? c : '_';
        changed |= !safe;
    }
    *p = '\0';
    if (changed) {
        sprintf(p, "-%016llx", (unsigned long long)ent_hash_stable(id, length));
    }
    return stem;
}
