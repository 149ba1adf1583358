/*
 * Version strings of entente and of the libraries it runs on.
 */
#include <cjson/cJSON.h>
#include <graphviz/graphviz_version.h>
#include <igraph/igraph_version.h>
#include <stdio.h>

#include "entente/entente.h"

const char *ent_version(void) { return ENT_VERSION_STRING; }

void ent_dependency_versions(char *out, size_t size) {
    const char *igraph = NULL;
    igraph_version(&igraph, NULL, NULL, NULL);
    snprintf(out, size, "igraph %s, Graphviz %s, cJSON %s", igraph,
             PACKAGE_VERSION, cJSON_Version());
}
