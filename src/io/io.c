/*
 * Atomic output files (see io.h).
 *
 * The output is written into an unnamed file in the target's directory
 * (O_TMPFILE), which gets a name only once it is complete, flushed and
 * synced, and that name is at once renamed over the target. A process
 * killed while writing, even by SIGKILL, so leaves no file behind: the
 * kernel drops the unnamed one. File systems without O_TMPFILE get a named
 * temporary file from mkstemp instead, removed on every failure we see;
 * so do systems where /proc is not mounted, since an unnamed file is named
 * through /proc/self/fd. A target that is a device, FIFO or socket
 * (/dev/null, /dev/stdout on a terminal) is written through, never
 * replaced; a symbolic link is followed, so that the file it points to is
 * replaced and the link stays.
 */
#define _GNU_SOURCE /* O_TMPFILE; this file only */
#include "entente/io.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The umask cannot be read without setting it: set it back at once. */
static mode_t new_file_mode(void) {
    mode_t mask = umask(022);
    umask(mask);
    return 0666 & ~mask;
}

/* The directory part of `path`, "." when it has none; heap string. */
static char *directory_of(const char *path) {
    const char *slash = strrchr(path, '/');
    if (slash == NULL) {
        return strdup(".");
    }
    size_t length = slash == path ? 1 : (size_t)(slash - path);
    char *directory = malloc(length + 1);
    if (directory != NULL) {
        memcpy(directory, path, length);
        directory[length] = '\0';
    }
    return directory;
}

typedef struct {
    const char *path;
    char *temporary; /* "DIR/.entente-XXXXXX": the name it takes, or has */
    int fd;
    int named; /* 1 when the file has had a name from the start */
} output_file;

static ent_status open_output(output_file *file, ent_diag_list_t *diags) {
    char *directory = directory_of(file->path);
    /* A short name in the target's directory: the target's own name plus
     * a suffix could pass the file system's limit on names. */
    size_t length = directory ? strlen(directory) : 0;
    file->temporary = malloc(length + sizeof "/.entente-XXXXXX");
    if (directory == NULL || file->temporary == NULL) {
        free(directory);
        ent_diag_add(diags, ENT_SEVERITY_ERROR, file->path, 0, 0, NULL,
                     "out of memory");
        return ENT_ENOMEM;
    }
    memcpy(file->temporary, directory, length);
    memcpy(file->temporary + length, "/.entente-XXXXXX",
           sizeof "/.entente-XXXXXX");
    /* Without /proc the unnamed file could never get a name. */
    int can_link = access("/proc/self/fd", X_OK) == 0;
    file->fd =
        can_link ? open(directory, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600) : -1;
    int error = can_link ? errno : EOPNOTSUPP;
    free(directory);
    if (file->fd < 0 && (error == EOPNOTSUPP || error == EISDIR)) {
        file->fd = mkstemp(file->temporary);
        file->named = 1;
        error = errno;
    }
    if (file->fd < 0) {
        ent_diag_add_errno(diags, file->path, "cannot create a file next to it",
                           error);
        return ENT_EIO;
    }
    struct stat existing;
    fchmod(file->fd, stat(file->path, &existing) == 0 ? existing.st_mode & 07777
                                                      : new_file_mode());
    return ENT_OK;
}

static ent_status write_replacing(const char *path, ent_write_fn write,
                                  const void *payload, ent_diag_list_t *diags);

/* Gives the complete unnamed file a name beside the target. */
static int name_output(output_file *file) {
    if (file->named) {
        return 1;
    }
    char proc[64];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", file->fd);
    size_t suffix = strlen(file->temporary) - strlen("XXXXXX");
    for (unsigned attempt = 0; attempt < 1000; attempt++) {
        snprintf(file->temporary + suffix, 7, "%06u",
                 ((unsigned)getpid() * 1000u + attempt) % 1000000u);
        if (linkat(AT_FDCWD, proc, AT_FDCWD, file->temporary,
                   AT_SYMLINK_FOLLOW) == 0) {
            file->named = 1;
            return 1;
        }
        if (errno != EEXIST) {
            return 0;
        }
    }
    return 0;
}

/* Writes into an existing device, FIFO or socket as it is: renaming a file
 * over /dev/null would replace the device for every other program. */
static ent_status write_through(const char *path, ent_write_fn write,
                                const void *payload, ent_diag_list_t *diags) {
    FILE *out = fopen(path, "we");
    if (out == NULL) {
        ent_diag_add_errno(diags, path, "cannot write the file", errno);
        return ENT_EIO;
    }
    errno = 0;
    ent_status status = write(out, payload);
    int error = errno;
    if (fflush(out) != 0 && status == ENT_OK) {
        error = errno;
        status = ENT_EIO;
    }
    if (fclose(out) != 0 && status == ENT_OK) {
        error = errno;
        status = ENT_EIO;
    }
    if (status != ENT_OK) {
        ent_diag_add_errno(diags, path, "cannot write the file",
                           error ? error : EIO);
    }
    return status;
}

ent_status ent_file_write_atomic(const char *path, ent_write_fn write,
                                 const void *payload, ent_diag_list_t *diags) {
    struct stat target;
    if (stat(path, &target) == 0 && !S_ISREG(target.st_mode) &&
        !S_ISDIR(target.st_mode)) {
        return write_through(path, write, payload, diags);
    }
    /* A link is followed: the file it names is replaced, the link kept. */
    char *resolved = NULL;
    struct stat link;
    if (lstat(path, &link) == 0 && S_ISLNK(link.st_mode)) {
        resolved = realpath(path, NULL);
    }
    ent_status status =
        resolved ? ent_file_write_atomic(resolved, write, payload, diags)
                 : write_replacing(path, write, payload, diags);
    free(resolved);
    return status;
}

/* Writes the complete file beside its target, flushed and synced, still
 * unnamed where the system allows (so that a process killed before the
 * commit leaves nothing); file->fd stays open. On failure nothing is
 * left. */
static ent_status stage_output(output_file *file, ent_write_fn write,
                               const void *payload, ent_diag_list_t *diags) {
    ent_status status = open_output(file, diags);
    if (status != ENT_OK) {
        return status;
    }
    /* A second descriptor for stdio, whose fclose must not close ours. */
    int stdio_fd = dup(file->fd);
    FILE *out = stdio_fd >= 0 ? fdopen(stdio_fd, "w") : NULL;
    if (out == NULL) {
        ent_diag_add_errno(diags, file->path, "cannot write the file", errno);
        if (stdio_fd >= 0) {
            close(stdio_fd);
        }
        status = ENT_EIO;
        goto cleanup;
    }
    errno = 0;
    status = write(out, payload);
    if (status != ENT_OK) {
        ent_diag_add_errno(diags, file->path, "cannot write the file",
                           errno ? errno : EIO);
        goto cleanup;
    }
    if (fflush(out) != 0 || fsync(file->fd) != 0) {
        ent_diag_add_errno(diags, file->path, "cannot write the file", errno);
        status = ENT_EIO;
        goto cleanup;
    }
    int closed = fclose(out);
    out = NULL;
    if (closed != 0) {
        ent_diag_add_errno(diags, file->path, "cannot write the file", errno);
        status = ENT_EIO;
    }
cleanup:
    if (out != NULL) {
        fclose(out);
    }
    if (status != ENT_OK) {
        close(file->fd);
        file->fd = -1;
        if (file->named) {
            unlink(file->temporary);
            file->named = 0;
        }
    }
    return status;
}

struct ent_staged_file {
    output_file file; /* file.path is our copy of the target's path */
};

ent_status ent_file_stage(ent_staged_file_t **staged, const char *path,
                          ent_write_fn write, const void *payload,
                          ent_diag_list_t *diags) {
    *staged = calloc(1, sizeof **staged);
    char *copy = strdup(path);
    if (*staged == NULL || copy == NULL) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, path, 0, 0, NULL,
                     "out of memory");
        free(*staged);
        free(copy);
        *staged = NULL;
        return ENT_ENOMEM;
    }
    output_file *file = &(*staged)->file;
    *file = (output_file){copy, NULL, -1, 0};
    ent_status status = stage_output(file, write, payload, diags);
    if (status != ENT_OK) {
        free(file->temporary);
        free(copy);
        free(*staged);
        *staged = NULL;
    }
    return status;
}

static void staged_free(ent_staged_file_t *staged) {
    free(staged->file.temporary);
    free((char *)staged->file.path);
    free(staged);
}

ent_status ent_file_commit(ent_staged_file_t *staged, ent_diag_list_t *diags) {
    output_file *file = &staged->file;
    ent_status status = ENT_OK;
    if (!name_output(file)) {
        ent_diag_add_errno(diags, file->path, "cannot write the file", errno);
        status = ENT_EIO;
    } else if (rename(file->temporary, file->path) != 0) {
        ent_diag_add_errno(diags, file->path, "cannot replace the file", errno);
        status = ENT_EIO;
    } else {
        file->named = 0; /* the name is the target's now */
    }
    close(file->fd);
    if (file->named) {
        unlink(file->temporary);
    }
    staged_free(staged);
    return status;
}

void ent_file_discard(ent_staged_file_t *staged) {
    if (staged == NULL) {
        return;
    }
    close(staged->file.fd);
    if (staged->file.named) {
        unlink(staged->file.temporary);
    }
    staged_free(staged);
}

/* The atomic write proper: a new file renamed over `path`. */
static ent_status write_replacing(const char *path, ent_write_fn write,
                                  const void *payload, ent_diag_list_t *diags) {
    ent_staged_file_t *staged = NULL;
    ent_status status = ent_file_stage(&staged, path, write, payload, diags);
    return status == ENT_OK ? ent_file_commit(staged, diags) : status;
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

ent_status ent_file_stage_buffer(ent_staged_file_t **staged, const char *path,
                                 const void *data, size_t length,
                                 ent_diag_list_t *diags) {
    buffer_payload buffer = {data, length};
    return ent_file_stage(staged, path, write_buffer, &buffer, diags);
}

ent_status ent_file_write_buffer(const char *path, const void *data,
                                 size_t length, ent_diag_list_t *diags) {
    buffer_payload buffer = {data, length};
    return ent_file_write_atomic(path, write_buffer, &buffer, diags);
}

ent_status ent_file_read(const char *path, size_t limit, char **data,
                         size_t *length, ent_diag_list_t *diags) {
    *data = NULL;
    /* O_NONBLOCK: opening a FIFO must not wait for a writer; the file is
     * refused below unless it is a regular file, where the flag does
     * nothing. */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        /* Missing or unreadable, the input is what is wrong: one status. */
        ent_diag_add_errno(diags, path, "cannot open the file", errno);
        return ENT_EINPUT;
    }
    ent_status status = ENT_OK;
    struct stat info;
    char *buffer = NULL;
    size_t used = 0, capacity = 0;
    if (fstat(fd, &info) != 0) {
        ent_diag_add_errno(diags, path, "cannot read the file", errno);
        status = ENT_EIO;
        goto cleanup;
    }
    if (S_ISDIR(info.st_mode)) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, path, 0, 0, NULL,
                     "is a directory, not a snapshot file");
        status = ENT_EINPUT;
        goto cleanup;
    }
    if (!S_ISREG(info.st_mode)) {
        /* A FIFO would hang the read, /dev/zero fill memory to the limit. */
        ent_diag_add(diags, ENT_SEVERITY_ERROR, path, 0, 0, NULL,
                     "is not a regular file (a %s): give a file",
                     S_ISFIFO(info.st_mode)   ? "FIFO"
                     : S_ISCHR(info.st_mode)  ? "character device"
                     : S_ISBLK(info.st_mode)  ? "block device"
                     : S_ISSOCK(info.st_mode) ? "socket"
                                              : "special file");
        status = ENT_EINPUT;
        goto cleanup;
    }
    if ((uintmax_t)info.st_size > limit) {
        ent_diag_add(diags, ENT_SEVERITY_ERROR, path, 0, 0, NULL,
                     "the file is %jd bytes, over the limit of %zu bytes",
                     (intmax_t)info.st_size, limit);
        status = ENT_EINPUT;
        goto cleanup;
    }
    capacity = (size_t)info.st_size + 1;
    for (;;) {
        if (used + 1 >= capacity || buffer == NULL) {
            size_t grown = buffer == NULL ? capacity : capacity * 2;
            char *resized = realloc(buffer, grown);
            if (resized == NULL) {
                ent_diag_add(diags, ENT_SEVERITY_ERROR, path, 0, 0, NULL,
                             "out of memory");
                status = ENT_ENOMEM;
                goto cleanup;
            }
            buffer = resized;
            capacity = grown;
        }
        ssize_t got = read(fd, buffer + used, capacity - used - 1);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            ent_diag_add_errno(diags, path, "cannot read the file", errno);
            status = ENT_EIO;
            goto cleanup;
        }
        if (got == 0) {
            break;
        }
        used += (size_t)got;
        if (used > limit) {
            ent_diag_add(diags, ENT_SEVERITY_ERROR, path, 0, 0, NULL,
                         "the file is over the limit of %zu bytes", limit);
            status = ENT_EINPUT;
            goto cleanup;
        }
    }
    buffer[used] = '\0';
    *data = buffer;
    *length = used;
    buffer = NULL;
cleanup:
    free(buffer);
    close(fd);
    return status;
}

int ent_file_same(const char *a, const char *b) {
    struct stat x, y;
    return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev &&
           x.st_ino == y.st_ino;
}
