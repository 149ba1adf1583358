/*
 * What every extraction with a gazetteer reads and no article changes,
 * made once when the gazetteer is loaded: the compiled rules (the same
 * for every article) and the filter of the spellings' first words (the
 * gazetteer's alone). An extraction made them anew for each article: a
 * few million instructions that a batch of short articles paid again and
 * again. Both are only read while extracting, so one gazetteer serves
 * extractions on several threads as before.
 */
#include <stdlib.h>

#include "extract/gazetteer_index.h"

int gazetteer_prepare(ent_gazetteer_t *g) {
    const char *bad = NULL;
    compiled_patterns *patterns = NULL;
    ent_status status = patterns_compile(&patterns, &bad);
    if (status == ENT_ENOMEM) {
        return -1;
    }
    /* a pattern that does not compile is reported by the extraction,
     * which compiles the rules again and says which */
    g->patterns = status == ENT_OK ? patterns : NULL;
    if (g->patterns == NULL) {
        patterns_release(patterns);
    }
    g->filter = malloc(sizeof *g->filter);
    if (g->filter == NULL) {
        return -1;
    }
    text_filter_build(g, g->filter);
    return gazetteer_index_build(g);
}

void gazetteer_prepared_free(ent_gazetteer_t *g) {
    patterns_release(g->patterns);
    free(g->filter);
    gazetteer_index_free(g);
    g->patterns = NULL;
    g->filter = NULL;
}
