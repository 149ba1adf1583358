/*
 * The options of `entente extract` that entente-mpi shares
 * (cmd_extract.c).
 */
#ifndef ENTENTE_CLI_EXTRACT_H
#define ENTENTE_CLI_EXTRACT_H

#include "cli/cli.h"
#include "entente/extract.h"

#define CLI_DEFAULT_GAZETTEER "graphs/gazetteer.json"

typedef struct {
    const char *gazetteer;
    const char *output;
    const char *gold;
    int explain;              /* --explain given */
    const char *explain_path; /* its FILE, or NULL for stderr */
    ent_extract_options_t extract;
} cli_extract_args;

/*
 * Parses the options of `entente extract` into `o` (owns nothing).
 * Returns -1 to go on with the ARTICLEs at argv[optind..], else the exit
 * status (0 after --help). With `many` (entente-mpi), several ARTICLEs
 * are allowed, -o names their directory and is required, and --eval and
 * --explain are refused.
 */
int cli_extract_parse(int argc, char **argv, cli_extract_args *o, int many);

#endif /* ENTENTE_CLI_EXTRACT_H */
