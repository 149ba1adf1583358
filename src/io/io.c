/*
 * Atomic output files (see io.h).
 */
#include "entente/io.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char temporary_suffix[] = ".tmp-XXXXXX";

/* The umask cannot be read without setting it: set it back at once. */
static mode_t new_file_mode(void) {
    mode_t mask = umask(022);
    umask(mask);
    return 0666 & ~mask;
}

ent_status ent_file_write_atomic(const char *path, ent_write_fn write,
                                 const void *payload, ent_diag_list_t *diags) {
    size_t length = strlen(path);
    char *temporary = malloc(length + sizeof temporary_suffix);
    if (temporary == NULL) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, path, 0, 0, NULL,
                     "out of memory");
        return ENT_ENOMEM;
    }
    memcpy(temporary, path, length);
    memcpy(temporary + length, temporary_suffix, sizeof temporary_suffix);
    ent_status status = ENT_EIO;
    FILE *out = NULL;
    int fd = mkstemp(temporary);
    if (fd < 0) {
        ent_diag_add_errno(diags, path, "cannot create a file next to it",
                           errno);
        free(temporary);
        return ENT_EIO;
    }
    struct stat existing;
    fchmod(fd, stat(path, &existing) == 0 ? existing.st_mode & 07777
                                          : new_file_mode());
    out = fdopen(fd, "w");
    if (out == NULL) {
        ent_diag_add_errno(diags, path, "cannot write the file", errno);
        close(fd);
        goto failed;
    }
    status = write(out, payload);
    if (status != ENT_OK) {
        ent_diag_add_errno(diags, path, "cannot write the file",
                           errno ? errno : EIO);
        goto failed;
    }
    /* Flushed and on disk before the rename makes it visible. */
    if (fflush(out) != 0 || fsync(fileno(out)) != 0) {
        ent_diag_add_errno(diags, path, "cannot write the file", errno);
        status = ENT_EIO;
        goto failed;
    }
    int closed = fclose(out);
    out = NULL;
    if (closed != 0) {
        ent_diag_add_errno(diags, path, "cannot write the file", errno);
        status = ENT_EIO;
        goto failed;
    }
    if (rename(temporary, path) != 0) {
        ent_diag_add_errno(diags, path, "cannot replace the file", errno);
        status = ENT_EIO;
        goto failed;
    }
    free(temporary);
    return ENT_OK;
failed:
    if (out != NULL) {
        fclose(out);
    }
    unlink(temporary);
    free(temporary);
    return status;
}

typedef struct {
    const void *data;
    size_t length;
} buffer_payload;

static ent_status write_buffer(FILE *out, const void *payload) {
    const buffer_payload *buffer = payload;
    if (buffer->length > 0 &&
        fwrite(buffer->data, 1, buffer->length, out) != buffer->length) {
        return ENT_EIO;
    }
    return ENT_OK;
}

ent_status ent_file_write_buffer(const char *path, const void *data,
                                 size_t length, ent_diag_list_t *diags) {
    buffer_payload buffer = {data, length};
    return ent_file_write_atomic(path, write_buffer, &buffer, diags);
}

int ent_file_same(const char *a, const char *b) {
    struct stat x, y;
    return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev &&
           x.st_ino == y.st_ino;
}
