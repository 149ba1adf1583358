/*
 * --explain: for each sentence, the relations its patterns drew, those the
 * gazetteer let the extractor infer, and those it rejected with the reason,
 * as lines handed to the caller's callback (the library never prints).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "extract/extract_internal.h"

/* Bytes of a sentence shown in its heading. */
#define EXCERPT_BYTES 100

static const char *entity_id(const ent_gazetteer_t *g, size_t entity,
                             const char *event_id) {
    return entity == EXTRACT_EVENT ? event_id : g->entities[entity].id;
}

/* "sentence N [start, end): excerpt", the excerpt on one line and cut at
 * a character boundary. */
static void heading(const ent_extract_options_t *o, const char *text,
                    size_t number, sentence where) {
    char line[EXCERPT_BYTES + 96];
    size_t n = where.end - where.start;
    const char *more = "";
    if (n > EXCERPT_BYTES) {
        n = EXCERPT_BYTES;
        while (n > 0 && ((unsigned char)text[where.start + n] & 0xC0) == 0x80) {
            n--;
        }
        more = "...";
    }
    int used = snprintf(line, sizeof line, "sentence %zu [%zu, %zu): ", number,
                        where.start, where.end);
    size_t at = (size_t)used;
    for (size_t i = 0; i < n && at + 4 < sizeof line; i++) {
        char c = text[where.start + i];
        line[at++] = c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
    }
    snprintf(line + at, sizeof line - at, "%s", more);
    o->explain(o->explain_payload, line);
}

/* The reasons that need no value, in words. */
static const char *const fixed_reasons[REASON_COUNT] = {
    [REASON_NEGATED] = "negated",
    [REASON_APPOSITION] = "the title is the apposition of the name before "
                          "it",
    [REASON_OTHER_EVENT] = "about another gathering (previous, next, ahead "
                           "of...)",
    [REASON_OUTRANKED] = "a stronger title in the sentence names another "
                         "state",
    [REASON_OTHER_HOST] = "a sentence names another host",
    [REASON_NOT_MEMBER] =
        "the words around say it is no member (withdrew, former, "
        "applied, candidate, partner...)",
    [REASON_NOT_SUBJECT] =
        "the names are the object of another verb (invited, urged, "
        "asked...)",
    [REASON_NOT_PLACE] = "no place name between \"in\" and the state",
    [REASON_HOST_HEAD] =
        "named as head of the host state in the hosting clause, "
        "not as present",
    [REASON_DEPUTY] = "a vice or deputy title (Vice President, Deputy Prime "
                      "Minister) is no head's",
    [REASON_REPRESENTED] =
        "someone else represents them (\"to represent him\")",
    [REASON_NO_TITLE] = "no title in the name after the state",
    [REASON_IN_PHRASE] =
        "the states are a preposition's object (\"with Russia, "
        "became\", \"between A and B were\"), not the subject",
    [REASON_OTHER_BODY] =
        "the text gives it to another organization (\"SADC member "
        "states\", \"the bloc\" after its name), not the article's",
    [REASON_DATELINE] = "the name is a dateline's place, no subject",
    [REASON_QUALIFIER] =
        "a demonym or possessive before a common noun qualifies it "
        "(\"Sudanese calls\"), no subject",
    [REASON_COUNTED] = "a count after \"absence of\" (\"10 leaders\") names "
                       "nobody",
    [REASON_OTHER_CHAIR] =
        "the chair is another's: a person's who heads no state (a "
        "secretary general), a committee's or a ministerial meeting's",
    [REASON_POLARITY] = "its clause says the opposite (\"did not attend\", "
                        "\"missed\", \"without\", \"no ... took part\")",
    [REASON_SELF] = "source and target are the same entity",
};

/* Why a relation was rejected, in words. */
static void reason_text(const finding_list *f, const found_relation *r,
                        double min_confidence, char *out, size_t size) {
    const ent_gazetteer_t *g = f->gazetteer;
    const char *date = f->date ? f->date : "any date";
    switch (r->rejected) {
    case REASON_CONTRADICTED: {
        const gz_office *o = office_on(g, r->source, EXTRACT_EVENT, f->date);
        if (o != NULL) {
            snprintf(out, size, "gazetteer has %s as %s of %s on %s",
                     g->entities[r->source].id, o->role, g->entities[o->of].id,
                     date);
        } else if (office_on(g, r->source, r->target, NULL) != NULL) {
            snprintf(
                out, size, "gazetteer has %s in office at %s only before %s",
                g->entities[r->source].id, g->entities[r->target].id, date);
        } else {
            snprintf(out, size, "gazetteer has %s never in office at %s",
                     g->entities[r->source].id, g->entities[r->target].id);
        }
        return;
    }
    case REASON_WEAK:
        snprintf(out, size, "confidence below %.2f%s", min_confidence,
                 r->flags & FOUND_HEDGED ? " (hedged)" : "");
        return;
    case REASON_CONFLICT:
        snprintf(out, size, "the article has the state %s",
                 strcmp(r->type, "attends") == 0 ? "absent" : "attending");
        return;
    default:
        break;
    }
    const char *text =
        r->rejected < REASON_COUNT ? fixed_reasons[r->rejected] : NULL;
    snprintf(out, size, "%s", text != NULL ? text : "");
}

/* Appends to line[*at..size), keeping *at within the buffer. */
static void append(char *line, size_t size, size_t *at, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
static void append(char *line, size_t size, size_t *at, const char *format,
                   ...) {
    if (*at + 1 >= size) {
        return;
    }
    va_list args;
    va_start(args, format);
    int n = vsnprintf(line + *at, size - *at, format, args);
    va_end(args);
    if (n > 0) {
        *at = *at + (size_t)n < size ? *at + (size_t)n : size - 1;
    }
}

/* One line per finding: what it is, its confidence, and how it came. */
static void finding_line(const ent_extract_options_t *o, const finding_list *f,
                         const found_relation *r, const char *event_id) {
    const ent_gazetteer_t *g = f->gazetteer;
    char line[1024], why[256];
    const char *verdict = r->rejected != REASON_NONE  ? "rejected"
                          : r->flags & FOUND_INFERRED ? "inferred"
                                                      : "matched";
    size_t at = 0;
    append(line, sizeof line, &at, "  %s %s %s->%s %.2f", verdict, r->type,
           entity_id(g, r->source, event_id), entity_id(g, r->target, event_id),
           r->confidence);
    if (r->flags & FOUND_INFERRED) {
        const gz_office *office = office_on(g, r->via, r->source, f->date);
        append(line, sizeof line, &at, " from %s %s (%s of %s on %s)", r->type,
               g->entities[r->via].id, office ? office->role : "head",
               g->entities[r->source].id, f->date ? f->date : "any date");
    } else if (r->flags & FOUND_DATELINE) {
        append(line, sizeof line, &at, " by the dateline");
    } else {
        append(line, sizeof line, &at, "%s by \"%s\"",
               r->flags & FOUND_HEDGED ? " hedged" : "", r->pattern);
    }
    if (r->rejected != REASON_NONE) {
        reason_text(f, r, o->min_confidence, why, sizeof why);
        append(line, sizeof line, &at, ": %s", why);
    }
    o->explain(o->explain_payload, line);
}

void explain_finding(const ent_extract_options_t *o, const finding_list *f,
                     const found_relation *r) {
    if (o->explain != NULL) {
        char event_id[64];
        extract_event_id(o, event_id, sizeof event_id);
        finding_line(o, f, r, event_id);
    }
}

void explain_sentence(const ent_extract_options_t *o, const finding_list *f,
                      size_t number, sentence where) {
    if (o->explain == NULL) {
        return;
    }
    char event_id[64];
    extract_event_id(o, event_id, sizeof event_id);
    heading(o, f->text, number, where);
    for (size_t i = 0; i < f->count; i++) {
        finding_line(o, f, &f->items[i], event_id);
    }
    if (f->count == 0) {
        o->explain(o->explain_payload, "  no pattern matched");
    }
}
