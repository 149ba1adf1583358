/*
 * Fuzz target for the extractor's inputs. The first byte picks one:
 * - even: the bytes are a gazetteer (JSON, schema entente-gazetteer/1);
 *   it loads or is refused with an error, never crashes or leaks;
 * - odd: the bytes are an article, drafted with the bundled gazetteer;
 *   a draft must be a valid snapshot: written out, it loads again.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "entente/extract.h"
#include "entente/load.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static ent_gazetteer_t *bundled(void) {
    static ent_gazetteer_t *gazetteer;
    if (gazetteer == NULL &&
        ent_gazetteer_load_file(&gazetteer, ENT_FUZZ_GAZETTEER, NULL) !=
            ENT_OK) {
        abort();
    }
    return gazetteer;
}

static void draft(const char *text, size_t length) {
    ent_extract_options_t options;
    ent_extract_options_init(&options);
    options.date = "2025-11-27";
    ent_snapshot_t *snapshot = NULL;
    ent_status status = ent_extract_buffer(
        &snapshot, text, length, "article.txt", bundled(), &options, NULL);
    if (status != ENT_OK) {
        if (status != ENT_EINPUT || snapshot != NULL) {
            abort();
        }
        return;
    }
    char *json = NULL;
    if (ent_snapshot_to_json(snapshot, &json) != ENT_OK) {
        abort();
    }
    ent_snapshot_t *again = NULL;
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    if (ent_snapshot_load_buffer(&again, json, strlen(json), "draft.json", NULL,
                                 &diags) != ENT_OK ||
        diags.warnings != 0) {
        abort(); /* every draft validates, without a warning */
    }
    ent_diag_list_destroy(&diags);
    ent_snapshot_free(again);
    free(json);
    ent_snapshot_free(snapshot);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) {
        return 0;
    }
    const char *text = (const char *)data + 1;
    if (data[0] % 2 == 0) {
        ent_gazetteer_t *gazetteer = NULL;
        ent_status status = ent_gazetteer_load_buffer(
            &gazetteer, text, size - 1, "gazetteer.json", NULL);
        if ((status == ENT_OK) != (gazetteer != NULL)) {
            abort();
        }
        ent_gazetteer_free(gazetteer);
    } else {
        draft(text, size - 1);
    }
    return 0;
}
