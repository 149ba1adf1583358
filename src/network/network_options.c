/*
 * Network options: defaults and the parsing of the command-line strings
 * (--layer, --weight, --status, --project, --distance).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "entente/network.h"

static const char *const distance_names[] = {"inverse", "neglog", "unit"};
static const char *const projection_names[] = {"none", "state", "organization"};

const char *ent_distance_name(ent_distance distance) {
    if ((unsigned)distance >= sizeof distance_names / sizeof *distance_names) {
        return NULL;
    }
    return distance_names[distance];
}

const char *ent_projection_name(ent_projection projection) {
    if ((unsigned)projection >=
        sizeof projection_names / sizeof *projection_names) {
        return NULL;
    }
    return projection_names[projection];
}

static char *copy_string(const char *text, size_t length) {
    char *copy = malloc(length + 1);
    if (copy != NULL) {
        memcpy(copy, text, length);
        copy[length] = '\0';
    }
    return copy;
}

static void free_layers(ent_network_options_t *options) {
    for (size_t i = 0; i < options->layer_count; i++) {
        free(options->layers[i]);
    }
    free(options->layers);
    options->layers = NULL;
    options->layer_count = 0;
}

/* Replaces the layers by the comma-separated names in `list`. */
static ent_status set_layers(ent_network_options_t *options, const char *list,
                             ent_diag_list_t *diags) {
    size_t count = 1;
    for (const char *c = list; *c; c++) {
        count += *c == ',';
    }
    char **layers = calloc(count, sizeof *layers);
    if (layers == NULL) {
        return ENT_ENOMEM;
    }
    const char *start = list;
    for (size_t i = 0; i < count; i++) {
        size_t length = strcspn(start, ",");
        if (length == 0) {
            for (size_t j = 0; j < i; j++) {
                free(layers[j]);
            }
            free(layers);
            ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "--layer needs relation type names separated by "
                         "commas, found \"%s\"",
                         list);
            return ENT_EUSAGE;
        }
        layers[i] = copy_string(start, length);
        if (layers[i] == NULL) {
            for (size_t j = 0; j < i; j++) {
                free(layers[j]);
            }
            free(layers);
            return ENT_ENOMEM;
        }
        start += length + 1;
    }
    free_layers(options);
    options->layers = layers;
    options->layer_count = count;
    return ENT_OK;
}

ent_status ent_network_options_init(ent_network_options_t *options) {
    memset(options, 0, sizeof *options);
    options->statuses[ENT_MEMBERSHIP_ACTIVE] = 1;
    options->statuses[ENT_MEMBERSHIP_UNSPECIFIED] = 1;
    options->distance = ENT_DISTANCE_INVERSE;
    options->projection = ENT_PROJECT_NONE;
    return set_layers(options, "member_of,arms_dependency,border_risk", NULL);
}

void ent_network_options_destroy(ent_network_options_t *options) {
    free_layers(options);
    for (size_t i = 0; i < options->weight_count; i++) {
        free(options->weight_layers[i]);
    }
    free(options->weight_layers);
    free(options->weight_values);
    memset(options, 0, sizeof *options);
}

/* --weight TYPE=W: W in [ENT_WEIGHT_MIN, ENT_WEIGHT_MAX], as in files
 * (strtod's ERANGE for a subnormal W falls outside it too). A later TYPE
 * replaces. */
static ent_status add_weight(ent_network_options_t *options, const char *value,
                             ent_diag_list_t *diags) {
    const char *equals = strchr(value, '=');
    char *end = NULL;
    double weight = 0;
    if (equals != NULL && equals != value && equals[1] != '\0') {
        weight = strtod(equals + 1, &end);
    }
    if (equals == NULL || equals == value || end == NULL || *end != '\0' ||
        !(weight >= ENT_WEIGHT_MIN && weight <= ENT_WEIGHT_MAX)) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                     "--weight takes TYPE=W with W a number from %g to %g, "
                     "found \"%s\"",
                     ENT_WEIGHT_MIN, ENT_WEIGHT_MAX, value);
        return ENT_EUSAGE;
    }
    size_t length = (size_t)(equals - value);
    for (size_t i = 0; i < options->weight_count; i++) {
        if (strlen(options->weight_layers[i]) == length &&
            strncmp(options->weight_layers[i], value, length) == 0) {
            options->weight_values[i] = weight;
            return ENT_OK;
        }
    }
    char *name = copy_string(value, length);
    char **names = realloc(options->weight_layers,
                           (options->weight_count + 1) * sizeof *names);
    if (names != NULL) {
        options->weight_layers = names;
    }
    double *values = realloc(options->weight_values,
                             (options->weight_count + 1) * sizeof *values);
    if (values != NULL) {
        options->weight_values = values;
    }
    if (name == NULL || names == NULL || values == NULL) {
        free(name);
        return ENT_ENOMEM;
    }
    names[options->weight_count] = name;
    values[options->weight_count] = weight;
    options->weight_count++;
    return ENT_OK;
}

static ent_status set_statuses(ent_network_options_t *options, const char *list,
                               ent_diag_list_t *diags) {
    int statuses[ENT_MEMBERSHIP_COUNT] = {0};
    const char *start = list;
    for (;;) {
        size_t length = strcspn(start, ",");
        char name[32];
        ent_membership_status status = ENT_MEMBERSHIP_UNSPECIFIED;
        int known = 0;
        if (length > 0 && length < sizeof name) {
            memcpy(name, start, length);
            name[length] = '\0';
            known = ent_membership_status_parse(name, &status);
        }
        if (!known) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "unknown status \"%.*s\" (known: active, observer, "
                         "frozen, suspended, former)",
                         (int)length, start);
            return ENT_EUSAGE;
        }
        statuses[status] = 1;
        if (start[length] == '\0') {
            break;
        }
        start += length + 1;
    }
    /* A relation without a status counts as active. */
    statuses[ENT_MEMBERSHIP_UNSPECIFIED] = statuses[ENT_MEMBERSHIP_ACTIVE];
    memcpy(options->statuses, statuses, sizeof statuses);
    return ENT_OK;
}

/* Sets *index to the position of `value` in `names`; 0 when absent. */
static int find_name(const char *const *names, size_t count, size_t first,
                     const char *value, unsigned *index) {
    for (size_t i = first; i < count; i++) {
        if (strcmp(names[i], value) == 0) {
            *index = (unsigned)i;
            return 1;
        }
    }
    return 0;
}

ent_status ent_network_options_parse(ent_network_options_t *options,
                                     const char *name, const char *value,
                                     ent_diag_list_t *diags) {
    unsigned index = 0;
    if (strcmp(name, "layer") == 0) {
        return set_layers(options, value, diags);
    }
    if (strcmp(name, "weight") == 0) {
        return add_weight(options, value, diags);
    }
    if (strcmp(name, "status") == 0) {
        return set_statuses(options, value, diags);
    }
    if (strcmp(name, "project") == 0) {
        /* "none" is the absence of the option, not a value to give. */
        if (!find_name(projection_names, 3, 1, value, &index)) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "--project takes state or organization, found "
                         "\"%s\"",
                         value);
            return ENT_EUSAGE;
        }
        options->projection = (ent_projection)index;
        return ENT_OK;
    }
    if (strcmp(name, "distance") == 0) {
        if (!find_name(distance_names, 3, 0, value, &index)) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                         "--distance takes inverse, neglog or unit, found "
                         "\"%s\"",
                         value);
            return ENT_EUSAGE;
        }
        options->distance = (ent_distance)index;
        return ENT_OK;
    }
    ent_diag_add(diags, ENT_SEVERITY_ERROR, NULL, 0, 0, NULL,
                 "unknown network option \"%s\"", name);
    return ENT_EUSAGE;
}
