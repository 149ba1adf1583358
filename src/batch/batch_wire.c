/*
 * The bytes a worker sends back for one file: the status, the graph
 * metrics as raw doubles and how betweenness was computed (both ends are
 * the same program on the same machine), then length-prefixed strings. Decoding
 * trusts nothing: a worker that died half-way leaves a short message, which is
 * an error.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "batch/batch_internal.h"
#include "common/buffer.h"

static const uint64_t null_string = UINT64_MAX;

typedef byte_buffer buffer;

static void put(buffer *b, const void *bytes, size_t length) {
    buffer_append(b, bytes, length);
}

static void put_u64(buffer *b, uint64_t value) { put(b, &value, sizeof value); }

static void put_string(buffer *b, const char *text) {
    uint64_t length = text ? strlen(text) : null_string;
    put_u64(b, length);
    if (text != NULL) {
        put(b, text, (size_t)length);
    }
}

ent_status batch_item_encode(const ent_batch_item_t *item, char **data,
                             size_t *length) {
    buffer b = {0};
    put_u64(&b, (uint64_t)item->status);
    put(&b, item->graph, sizeof item->graph);
    put(&b, &item->sampling, sizeof item->sampling);
    const char *strings[] = {item->id, item->title, item->date, item->nodes,
                             item->groups};
    for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++) {
        put_string(&b, strings[i]);
    }
    put_u64(&b, item->message_count);
    for (size_t i = 0; i < item->message_count; i++) {
        put_u64(&b, (uint64_t)item->messages[i].severity);
        put_string(&b, item->messages[i].text);
    }
    if (b.failed) {
        buffer_release(&b);
        return ENT_ENOMEM;
    }
    *data = b.data;
    *length = b.length;
    return ENT_OK;
}

typedef struct {
    const char *data;
    size_t length, offset;
    int bad;
} reader;

static void take(reader *r, void *out, size_t length) {
    if (r->bad || r->length - r->offset < length) {
        r->bad = 1;
        memset(out, 0, length);
        return;
    }
    memcpy(out, r->data + r->offset, length);
    r->offset += length;
}

static uint64_t take_u64(reader *r) {
    uint64_t value = 0;
    take(r, &value, sizeof value);
    return value;
}

/* Sets *text to a heap copy, or NULL; 0 when out of memory. */
static int take_string(reader *r, char **text) {
    *text = NULL;
    uint64_t length = take_u64(r);
    if (r->bad || length == null_string) {
        return 1;
    }
    if (length > r->length - r->offset) {
        r->bad = 1;
        return 1;
    }
    *text = malloc((size_t)length + 1);
    if (*text == NULL) {
        return 0;
    }
    take(r, *text, (size_t)length);
    (*text)[length] = '\0';
    return 1;
}

ent_status batch_item_decode(ent_batch_item_t *item, const char *data,
                             size_t length) {
    reader r = {data, length, 0, 0};
    uint64_t status = take_u64(&r);
    item->status = status <= ENT_EINTERNAL ? (ent_status)status : ENT_EINTERNAL;
    take(&r, item->graph, sizeof item->graph);
    take(&r, &item->sampling, sizeof item->sampling);
    char **strings[] = {&item->id, &item->title, &item->date, &item->nodes,
                        &item->groups};
    for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++) {
        if (!take_string(&r, strings[i])) {
            return ENT_ENOMEM;
        }
    }
    uint64_t messages = take_u64(&r);
    for (uint64_t i = 0; !r.bad && i < messages; i++) {
        uint64_t severity = take_u64(&r);
        char *text = NULL;
        if (!take_string(&r, &text)) {
            return ENT_ENOMEM;
        }
        ent_status added =
            text ? batch_item_add_message(item,
                                          severity <= ENT_SEVERITY_NOTE
                                              ? (ent_severity)severity
                                              : ENT_SEVERITY_ERROR,
                                          text)
                 : ENT_OK;
        free(text);
        if (added != ENT_OK) {
            return added;
        }
    }
    return r.bad || r.offset != r.length ? ENT_EINTERNAL : ENT_OK;
}
