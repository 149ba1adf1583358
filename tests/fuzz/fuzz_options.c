/*
 * Fuzz target for the command-line value parsers of the library: the
 * network options (--layer, --weight, --status, --project, --distance) and
 * the metric list (--metrics). The first byte picks the option, the rest
 * is its value. Each parser must answer ENT_OK, or ENT_EUSAGE with an
 * error that formats; nothing may crash or leak.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "entente/metrics.h"
#include "entente/network.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_diagnostics(ent_status status, ent_diag_list_t *diags) {
    if (status != ENT_OK && status != ENT_EUSAGE) {
        abort();
    }
    if (status == ENT_EUSAGE && diags->errors == 0) {
        abort(); /* a refusal must say why */
    }
    for (size_t i = 0; i < diags->count; i++) {
        char *line = ent_diag_format(&diags->items[i]);
        if (line == NULL) {
            abort();
        }
        free(line);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char *const names[] = {"layer",   "weight",   "status",
                                        "project", "distance", NULL};
    if (size < 1) {
        return 0;
    }
    char *value = malloc(size);
    if (value == NULL) {
        return 0;
    }
    memcpy(value, data + 1, size - 1);
    value[size - 1] = '\0';
    size_t which = data[0] % (sizeof names / sizeof names[0]);
    ent_diag_list_t diags;
    ent_diag_list_init(&diags);
    ent_status status;
    if (names[which] == NULL) {
        ent_metrics_options_t options;
        ent_metrics_options_init(&options);
        status = ent_metrics_options_parse(&options, value, &diags);
    } else {
        ent_network_options_t options;
        if (ent_network_options_init(&options) != ENT_OK) {
            free(value);
            return 0;
        }
        status =
            ent_network_options_parse(&options, names[which], value, &diags);
        ent_network_options_destroy(&options);
    }
    check_diagnostics(status, &diags);
    ent_diag_list_destroy(&diags);
    free(value);
    return 0;
}
