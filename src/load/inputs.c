/*
 * Turning the paths a user names (files and directories) into the list of
 * snapshot files to read.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "entente/load.h"

void ent_path_list_destroy(ent_path_list_t *list) {
    if (list == NULL) {
        return;
    }
    for (size_t i = 0; i < list->count; i++) {
        free(list->paths[i]);
    }
    free(list->paths);
    list->paths = NULL;
    list->count = 0;
}

static ent_status push_path(ent_path_list_t *list, char *path) {
    char **paths = realloc(list->paths, (list->count + 1) * sizeof *paths);
    if (paths == NULL) {
        free(path);
        return ENT_ENOMEM;
    }
    list->paths = paths;
    list->paths[list->count++] = path;
    return ENT_OK;
}

static int has_json_suffix(const char *name) {
    size_t length = strlen(name);
    return length > 5 && strcmp(name + length - 5, ".json") == 0;
}

static int compare_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collects the sorted `*.json` names of a directory. */
static ent_status list_directory(const char *directory, char ***names,
                                 size_t *count, ent_diag_list_t *diags) {
    *names = NULL;
    *count = 0;
    DIR *dir = opendir(directory);
    if (dir == NULL) {
        ent_diag_add_errno(diags, directory, "cannot read the directory",
                           errno);
        return ENT_EIO;
    }
    ent_status status = ENT_OK;
    struct dirent *entry;
    while (status == ENT_OK && (entry = readdir(dir)) != NULL) {
        if (entry->d_name[0] == '.' || !has_json_suffix(entry->d_name)) {
            continue;
        }
        char **grown = realloc(*names, (*count + 1) * sizeof *grown);
        char *name = strdup(entry->d_name);
        if (grown != NULL) {
            *names = grown;
        }
        if (grown == NULL || name == NULL) {
            free(name);
            status = ENT_ENOMEM;
            break;
        }
        (*names)[(*count)++] = name;
    }
    closedir(dir);
    if (*count > 1) {
        qsort(*names, *count, sizeof **names, compare_names);
    }
    return status;
}

static char *join_path(const char *directory, const char *name) {
    size_t length = strlen(directory);
    int slash = length > 0 && directory[length - 1] == '/';
    size_t size = length + strlen(name) + 2;
    char *path = malloc(size);
    if (path != NULL) {
        snprintf(path, size, "%s%s%s", directory, slash ? "" : "/", name);
    }
    return path;
}

static ent_status expand_directory(ent_path_list_t *list, const char *directory,
                                   ent_diag_list_t *diags) {
    char **names = NULL;
    size_t count = 0, before = list->count;
    ent_status status = list_directory(directory, &names, &count, diags);
    for (size_t i = 0; i < count; i++) {
        char *path = status == ENT_OK ? join_path(directory, names[i]) : NULL;
        free(names[i]);
        if (path == NULL) {
            status = status == ENT_OK ? ENT_ENOMEM : status;
            continue;
        }
        ent_file_kind kind;
        char schema[64] = "";
        if (ent_file_kind_probe(path, &kind, schema, sizeof schema) == ENT_OK &&
            kind == ENT_FILE_OTHER_SCHEMA) {
            ent_diag_add(diags, ENT_SEVERITY_NOTE, path, 0, 0, NULL,
                         "skipped: its schema is \"%s\", not \"%s\"", schema,
                         ENT_SCHEMA);
            free(path);
            continue;
        }
        status = push_path(list, path);
    }
    free(names);
    /* A directory that gives nothing to read is a mistake worth naming. */
    if (status == ENT_OK && list->count == before) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, directory, 0, 0, NULL,
                     "no snapshot file (*.json with schema \"%s\") in this "
                     "directory",
                     ENT_SCHEMA);
        status = ENT_EINPUT;
    }
    return status;
}

ent_status ent_snapshot_paths_expand(ent_path_list_t *list,
                                     const char *const *inputs, size_t count,
                                     ent_diag_list_t *diags) {
    ent_status result = ENT_OK;
    for (size_t i = 0; i < count; i++) {
        struct stat info;
        ent_status status;
        if (stat(inputs[i], &info) == 0 && S_ISDIR(info.st_mode)) {
            status = expand_directory(list, inputs[i], diags);
        } else {
            /* A missing file is kept: loading it reports the problem. */
            char *copy = strdup(inputs[i]);
            status = copy ? push_path(list, copy) : ENT_ENOMEM;
        }
        if (status == ENT_ENOMEM) {
            return status;
        }
        if (status != ENT_OK && result == ENT_OK) {
            result = status;
        }
    }
    return result;
}
