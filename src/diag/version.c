/*
 * Version strings of entente and of the libraries it runs on. Each is the
 * version of the library loaded at run time (igraph_version, cJSON_Version,
 * Graphviz's own context), which a system upgrade can change after entente
 * was built; Graphviz falls back to the headers' version when it cannot
 * make a context.
 */
#include <cjson/cJSON.h>
#include <graphviz/graphviz_version.h>
#include <graphviz/gvc.h>
#include <igraph/igraph_version.h>
#include <pthread.h>
#include <stdio.h>

#include "entente/entente.h"

const char *ent_version(void) { return ENT_VERSION_STRING; }

static char graphviz_version[32] = PACKAGE_VERSION;
static pthread_once_t graphviz_version_once = PTHREAD_ONCE_INIT;

/* Asks Graphviz once per process: a context costs a few kilobytes that
 * Graphviz never gives back, even once freed. */
static void read_graphviz_version(void) {
    GVC_t *gvc = gvContext();
    if (gvc == NULL) {
        return;
    }
    const char *version = gvcVersion(gvc);
    if (version != NULL) {
        snprintf(graphviz_version, sizeof graphviz_version, "%s", version);
    }
    gvFreeContext(gvc);
}

void ent_dependency_versions(char *out, size_t size) {
    const char *igraph = NULL;
    igraph_version(&igraph, NULL, NULL, NULL);
    pthread_once(&graphviz_version_once, read_graphviz_version);
    snprintf(out, size, "igraph %s, Graphviz %s, cJSON %s", igraph,
             graphviz_version, cJSON_Version());
}
