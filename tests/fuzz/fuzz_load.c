/*
 * libFuzzer target for the snapshot loader.
 *
 * Properties checked on every input, beyond "no crash, no leak, no
 * sanitizer report":
 *   - the status is ENT_OK or ENT_EINPUT, and a snapshot comes back exactly
 *     when the status is ENT_OK;
 *   - a refused input carries at least one error, and every diagnostic
 *     formats;
 *   - a loaded snapshot writes JSON that loads again without an error, and
 *     that second snapshot writes the very same bytes (the round trip is a
 *     fixed point after one write).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/entente.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_diagnostics(const ent_diag_list_t *diags) {
    for (size_t i = 0; i < diags->count; i++) {
        char *line = ent_diag_format(&diags->items[i]);
        if (line == NULL) {
            abort();
        }
        free(line);
    }
}

/* Loads `text`, which the writer produced: it must load without errors. */
static char *reload_and_write(const char *text) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_snapshot_t *snapshot = NULL;
    char *again = NULL;
    ent_status status = ent_snapshot_load_buffer(&snapshot, text, strlen(text),
                                                 "written.json", NULL, &diags);
    if (status != ENT_OK || diags.errors != 0) {
        for (size_t i = 0; i < diags.count; i++) {
            char *line = ent_diag_format(&diags.items[i]);
            fprintf(stderr, "%s\n", line ? line : "(out of memory)");
            free(line);
        }
        fprintf(stderr, "the written snapshot does not load:\n%s\n", text);
        abort();
    }
    if (ent_snapshot_to_json(snapshot, &again) != ENT_OK) {
        abort();
    }
    ent_snapshot_free(snapshot);
    ent_diag_list_destroy(&diags);
    return again;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_snapshot_t *snapshot = NULL;
    ent_status status = ent_snapshot_load_buffer(
        &snapshot, (const char *)data, size, "fuzz.json", NULL, &diags);
    if (status != ENT_OK && status != ENT_EINPUT) {
        abort();
    }
    if ((status == ENT_OK) != (snapshot != NULL)) {
        abort();
    }
    if (status == ENT_EINPUT && diags.errors == 0) {
        abort(); /* refused without saying why */
    }
    check_diagnostics(&diags);
    if (snapshot != NULL) {
        char *first = NULL;
        if (ent_snapshot_to_json(snapshot, &first) != ENT_OK) {
            abort();
        }
        char *second = reload_and_write(first);
        if (strcmp(first, second) != 0) {
            fprintf(stderr,
                    "round trip changed the text:\n--- first\n%s\n"
                    "--- second\n%s\n",
                    first, second);
            abort();
        }
        free(first);
        free(second);
    }
    ent_snapshot_free(snapshot);
    ent_diag_list_destroy(&diags);
    return 0;
}
