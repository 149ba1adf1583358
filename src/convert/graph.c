/*
 * The neutral graph between entente's network and the file formats: its
 * lifecycle, the typed keys the formats declare, values as text and back.
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/buffer.h"
#include "convert/convert_internal.h"
#include "entente/io.h"

ent_status cv_graph_init(cv_graph *graph, const char *file) {
    memset(graph, 0, sizeof *graph);
    graph->file = file;
    graph->attrs = cJSON_CreateObject();
    return graph->attrs != NULL ? ENT_OK : ENT_ENOMEM;
}

static void item_release(cv_item *item) {
    free(item->id);
    free(item->source);
    free(item->target);
    cJSON_Delete(item->attrs);
}

void cv_graph_destroy(cv_graph *graph) {
    for (size_t i = 0; i < graph->node_count; i++) {
        item_release(&graph->nodes[i]);
    }
    for (size_t i = 0; i < graph->edge_count; i++) {
        item_release(&graph->edges[i]);
    }
    free(graph->nodes);
    free(graph->edges);
    cJSON_Delete(graph->attrs);
    free(graph->node_file);
    free(graph->edge_file);
    memset(graph, 0, sizeof *graph);
}

static char *copy(const char *text, int *failed) {
    char *result = strdup(text != NULL ? text : "");
    if (result == NULL) {
        *failed = 1;
    }
    return result;
}

/* Appends a zeroed item to `items`; NULL when out of memory. */
static cv_item *push_item(cv_item **items, size_t *count, size_t *capacity) {
    if (!grow_array((void **)items, capacity, *count + 1, sizeof **items)) {
        return NULL;
    }
    cv_item *item = &(*items)[(*count)++];
    memset(item, 0, sizeof *item);
    return item;
}

cv_item *cv_graph_add_node(cv_graph *graph, const char *id, int line,
                           int column) {
    cv_item *item =
        push_item(&graph->nodes, &graph->node_count, &graph->node_capacity);
    if (item == NULL) {
        return NULL;
    }
    int failed = 0;
    item->id = copy(id, &failed);
    item->attrs = cJSON_CreateObject();
    item->line = line;
    item->column = column;
    if (failed || item->attrs == NULL) {
        item_release(item);
        graph->node_count--;
        return NULL;
    }
    return item;
}

cv_item *cv_graph_add_edge(cv_graph *graph, const char *source,
                           const char *target, int line, int column) {
    cv_item *item =
        push_item(&graph->edges, &graph->edge_count, &graph->edge_capacity);
    if (item == NULL) {
        return NULL;
    }
    int failed = 0;
    item->source = copy(source, &failed);
    item->target = copy(target, &failed);
    item->attrs = cJSON_CreateObject();
    item->line = line;
    item->column = column;
    if (failed || item->attrs == NULL) {
        item_release(item);
        graph->edge_count--;
        return NULL;
    }
    return item;
}

static cv_type value_type(const cJSON *value) {
    if (cJSON_IsNumber(value)) {
        return CV_TYPE_DOUBLE;
    }
    return cJSON_IsBool(value) ? CV_TYPE_BOOLEAN : CV_TYPE_STRING;
}

static ent_status note_key(cv_keys *keys, const cJSON *member) {
    if (cJSON_IsNull(member)) {
        return ENT_OK; /* says nothing about the type */
    }
    cv_type type = value_type(member);
    for (size_t i = 0; i < keys->count; i++) {
        if (strcmp(keys->items[i].name, member->string) == 0) {
            if (keys->items[i].type != type) {
                keys->items[i].type = CV_TYPE_STRING;
            }
            return ENT_OK;
        }
    }
    if (!grow_array((void **)&keys->items, &keys->capacity, keys->count + 1,
                    sizeof *keys->items)) {
        return ENT_ENOMEM;
    }
    keys->items[keys->count++] = (cv_key){member->string, type};
    return ENT_OK;
}

ent_status cv_keys_collect(cv_keys *keys, const cv_item *items, size_t count) {
    memset(keys, 0, sizeof *keys);
    for (size_t i = 0; i < count; i++) {
        const cJSON *member = NULL;
        cJSON_ArrayForEach(member, items[i].attrs) {
            if (note_key(keys, member) != ENT_OK) {
                cv_keys_destroy(keys);
                return ENT_ENOMEM;
            }
        }
    }
    return ENT_OK;
}

void cv_keys_destroy(cv_keys *keys) {
    free(keys->items);
    memset(keys, 0, sizeof *keys);
}

char *cv_value_text(const cJSON *value, int *failed) {
    char *text = NULL;
    if (value == NULL || cJSON_IsNull(value)) {
        return NULL;
    }
    if (cJSON_IsString(value)) {
        text = strdup(value->valuestring);
    } else if (cJSON_IsNumber(value)) {
        char number[64];
        ent_format_number(number, sizeof number, value->valuedouble);
        text = strdup(number);
    } else if (cJSON_IsBool(value)) {
        text = strdup(cJSON_IsTrue(value) ? "true" : "false");
    } else {
        text = cv_json_print(value, 0);
    }
    if (text == NULL) {
        *failed = 1;
    }
    return text;
}

int cv_key_holds_json(const char *key) {
    static const char *const keys[] = {CV_KEY_ENTENTE, "aliases", "attributes",
                                       "relations", "relation_indices"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        if (strcmp(key, keys[i]) == 0) {
            return 1;
        }
    }
    return 0;
}

static cJSON *parse_number(const char *text) {
    char *end = NULL;
    errno = 0;
    double value = strtod(text, &end);
    if (end == text || *end != '\0' || errno == ERANGE || !isfinite(value)) {
        return NULL;
    }
    return cJSON_CreateNumber(value);
}

cJSON *cv_value_parse(const char *key, const char *text, cv_type type) {
    if (type == CV_TYPE_DOUBLE) {
        return parse_number(text);
    }
    if (type == CV_TYPE_BOOLEAN) {
        if (strcmp(text, "true") == 0 || strcmp(text, "1") == 0) {
            return cJSON_CreateTrue();
        }
        if (strcmp(text, "false") == 0 || strcmp(text, "0") == 0) {
            return cJSON_CreateFalse();
        }
        return NULL;
    }
    if (cv_key_holds_json(key)) {
        return cJSON_ParseWithOpts(text, NULL, 1);
    }
    return cJSON_CreateString(text);
}

static void newline(FILE *out, int indent, int depth) {
    if (indent > 0) {
        fprintf(out, "\n%*s", indent * depth, "");
    }
}

/* Writes `item` as JSON: numbers in their shortest exact form (cJSON's
 * printer rounds some), strings escaped as every entente JSON is. */
static void print_json(FILE *out, const cJSON *item, int indent, int depth) {
    if (cJSON_IsNumber(item)) {
        ent_out_json_number(out, item->valuedouble);
    } else if (cJSON_IsString(item)) {
        ent_out_json_string(out, item->valuestring);
    } else if (cJSON_IsBool(item)) {
        fputs(cJSON_IsTrue(item) ? "true" : "false", out);
    } else if (cJSON_IsArray(item) || cJSON_IsObject(item)) {
        int object = cJSON_IsObject(item);
        fputc(object ? '{' : '[', out);
        for (const cJSON *c = item->child; c != NULL; c = c->next) {
            newline(out, indent, depth + 1);
            if (object) {
                ent_out_json_string(out, c->string);
                fputs(indent > 0 ? ": " : ":", out);
            }
            print_json(out, c, indent, depth + 1);
            if (c->next != NULL) {
                fputc(',', out);
            }
        }
        if (item->child != NULL) {
            newline(out, indent, depth);
        }
        fputc(object ? '}' : ']', out);
    } else {
        fputs("null", out);
    }
}

char *cv_json_print(const cJSON *item, int indent) {
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    if (out == NULL) {
        return NULL;
    }
    print_json(out, item, indent, 0);
    if (fclose(out) != 0) {
        free(text);
        return NULL;
    }
    return text;
}

int cv_attrs_unstring(cJSON *attrs) {
    for (cJSON *member = attrs ? attrs->child : NULL; member != NULL;
         member = member->next) {
        if (!cv_key_holds_json(member->string) || !cJSON_IsString(member)) {
            continue;
        }
        cJSON *parsed = cJSON_Parse(member->valuestring);
        /* The replacement takes a copy of the name before the old
         * member (and its name) is freed. */
        if (parsed != NULL && !cJSON_ReplaceItemInObjectCaseSensitive(
                                  attrs, member->string, parsed)) {
            cJSON_Delete(parsed);
            return 0;
        }
        member = parsed != NULL ? parsed : member;
    }
    return 1;
}
