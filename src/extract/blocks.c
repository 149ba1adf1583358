/*
 * Lists set out in lines under a heading (blocks.h). A line that ends
 * with a colon and has a cue (attendance, absence, membership) opens a
 * list; each line below it that names a person or a state is one item,
 * whatever its layout ("STATE - TITLE NAME", "NAME, title of STATE",
 * "H.E. NAME (STATE)"), since the heading, not the line, says what the
 * names do. A sub-heading ("Dialogue partners") changes the group's
 * membership; a line of prose, another heading or a long list ends it.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/blocks.h"

/* A name under a heading that says it attends is as sure as a name in
 * "attended by"; a state named on a line without a person a little less
 * (the line may name where the person comes from, not whom he speaks
 * for), and a hedged heading ("expected to attend") less again. */
#define BLOCK_PERSON_CONFIDENCE 0.85
#define BLOCK_STATE_CONFIDENCE 0.8
#define BLOCK_MEMBER_CONFIDENCE 0.8
#define BLOCK_HEDGE_FACTOR 0.8
/* A list longer than this is no list of participants (or the end of
 * the block was missed): reading stops. */
#define BLOCK_MAX_ITEMS 80
#define BLOCK_MAX_BYTES 8192
/* An item is one short line; a sub-heading a shorter one. */
#define ITEM_MAX_BYTES 240
#define SUBHEADING_MAX_BYTES 60

static const char block_pattern[] =
    "{heading with a cue:} ... {line naming A} (a list set out in lines)";

void blocks_release(block_reader *b) {
    free(b->tokens);
    memset(b, 0, sizeof *b);
}

static ent_status tokenize_line(block_reader *b, const finding_list *f,
                                sentence line) {
    return text_tokenize_dated(f->gazetteer, f->filter, f->date, f->text, line,
                               &b->tokens, &b->token_count, &b->token_capacity);
}

/* The first organization the tokens name, or EXTRACT_EVENT. */
static size_t first_organization(const block_reader *b,
                                 const ent_gazetteer_t *g) {
    for (size_t i = 0; i < b->token_count; i++) {
        if (mention_of_type(g, &b->tokens[i], ENT_ENTITY_ORGANIZATION)) {
            return b->tokens[i].m.entity;
        }
    }
    return EXTRACT_EVENT;
}

/* 1 when token i names a state by its name (not by a capital or a
 * metonym: "Moscow" on a line is where, not who). */
static int names_state(const ent_gazetteer_t *g, const token *t) {
    return mention_of_type(g, t, ENT_ENTITY_STATE) &&
           t->m.kind != SPELLING_CAPITAL && t->m.kind != SPELLING_METONYM;
}

/* The state `person` holds an office in on the date, or EXTRACT_EVENT. */
static size_t office_state(const finding_list *f, size_t person) {
    const gz_entity *e = &f->gazetteer->entities[person];
    for (size_t k = 0; k < e->office_count; k++) {
        const gz_office *o = &e->offices[k];
        if (f->gazetteer->entities[o->of].type == ENT_ENTITY_STATE &&
            office_covers(o, f->date)) {
            return o->of;
        }
    }
    return EXTRACT_EVENT;
}

/* 1 when the person at token i is named as the one someone else stands
 * in for ("on behalf of President NAME"). */
static int stood_in_for(const block_reader *b, const char *text, size_t i) {
    for (size_t k = i > 4 ? i - 4 : 0; k < i; k++) {
        if (blocks_word_is(text, &b->tokens[k], "behalf")) {
            return 1;
        }
    }
    return 0;
}

/* Opens a list at a heading line (its tokens read), or closes the one
 * open when the heading has no cue or a veto. */
static void open_block(block_reader *b, const finding_list *f, sentence line,
                       unsigned cues) {
    b->active = (cues & (BLOCK_ATTENDS | BLOCK_ABSENT | BLOCK_MEMBERS)) &&
                !(cues & BLOCK_VETOED);
    b->cues = cues;
    b->group = 0;
    b->heading_org = first_organization(b, f->gazetteer);
    b->group_org = EXTRACT_EVENT;
    b->heading_start = line.start;
    b->items = 0;
}

/* Appends one relation of the list, the heading and the line as its
 * evidence. */
static ent_status add(finding_list *f, const block_reader *b, sentence line,
                      const char *type, size_t source, size_t target,
                      double confidence) {
    found_relation r = {0};
    r.type = type;
    r.source = source;
    r.target = target;
    r.confidence = confidence;
    r.pattern = block_pattern;
    r.where.start = b->heading_start;
    r.where.end = line.end;
    r.via = EXTRACT_EVENT;
    if (b->cues & BLOCK_HEDGED) {
        r.confidence *= BLOCK_HEDGE_FACTOR;
        r.flags |= FOUND_HEDGED;
    }
    return finding_add(f, &r);
}

/* The organization whose members the current group are, or
 * EXTRACT_EVENT when the group is not one of members. */
static size_t member_organization(const block_reader *b,
                                  const finding_list *f) {
    unsigned group = b->group ? b->group : b->cues;
    if ((group & BLOCK_NOT_MEMBERS) || !(group & BLOCK_MEMBERS)) {
        return EXTRACT_EVENT;
    }
    if (b->group_org != EXTRACT_EVENT) {
        return b->group_org;
    }
    if (b->heading_org != EXTRACT_EVENT) {
        return b->heading_org;
    }
    return f->organization == EXTRACT_PENDING_ORG ? EXTRACT_EVENT
                                                  : f->organization;
}

/* What the list says of the persons of one line: each attends (or stays
 * away); *state is set to the state one of them holds office in, and
 * *persons counts those who hold an office on the date (a leader the
 * gazetteer has out of office, "President NAME of STATE" after a coup,
 * leaves the line's state to speak for itself). */
static ent_status read_persons(const block_reader *b, finding_list *f,
                               sentence line, const char *type, size_t *state,
                               size_t *persons) {
    ent_status status = ENT_OK;
    *state = EXTRACT_EVENT;
    *persons = 0;
    for (size_t i = 0; status == ENT_OK && i < b->token_count; i++) {
        const token *t = &b->tokens[i];
        if (!mention_of_type(f->gazetteer, t, ENT_ENTITY_PERSON) ||
            stood_in_for(b, f->text, i)) {
            continue;
        }
        *persons += office_on(f->gazetteer, t->m.entity, EXTRACT_EVENT,
                              f->date) != NULL;
        size_t held = office_state(f, t->m.entity);
        *state = *state == EXTRACT_EVENT ? held : *state;
        if (type != NULL) {
            status = add(f, b, line, type, t->m.entity, EXTRACT_EVENT,
                         BLOCK_PERSON_CONFIDENCE);
        }
    }
    return status;
}

/* Reads one item line: its persons attend (or stay away) and carry their
 * states by inference; a state named on a line without a person attends
 * itself; under a group of members, the states are members. */
static ent_status read_item(block_reader *b, finding_list *f, sentence line) {
    unsigned own = blocks_heading_cues(f->text, b->tokens, b->token_count);
    const char *type = NULL;
    if (!(own & (BLOCK_ABSENT | BLOCK_VETOED))) {
        type = b->cues & BLOCK_ABSENT    ? extract_type_absent_from
               : b->cues & BLOCK_ATTENDS ? extract_type_attends
                                         : NULL;
    }
    size_t org = member_organization(b, f), held, persons;
    ent_status status = read_persons(b, f, line, type, &held, &persons);
    int named = 0;
    for (size_t i = 0; status == ENT_OK && i < b->token_count; i++) {
        const token *t = &b->tokens[i];
        if (!names_state(f->gazetteer, t)) {
            continue;
        }
        named = 1;
        if (type != NULL && persons == 0) {
            status = add(f, b, line, type, t->m.entity, EXTRACT_EVENT,
                         BLOCK_STATE_CONFIDENCE);
        }
        if (status == ENT_OK && org != EXTRACT_EVENT) {
            status = add(f, b, line, extract_type_member_of, t->m.entity, org,
                         BLOCK_MEMBER_CONFIDENCE);
        }
    }
    if (status == ENT_OK && !named && held != EXTRACT_EVENT &&
        org != EXTRACT_EVENT) {
        status = add(f, b, line, extract_type_member_of, held, org,
                     BLOCK_MEMBER_CONFIDENCE);
    }
    return status;
}

/* Counts the persons and the states the line's tokens name. */
static size_t count_named(const block_reader *b, const ent_gazetteer_t *g) {
    size_t named = 0;
    for (size_t i = 0; i < b->token_count; i++) {
        named += mention_of_type(g, &b->tokens[i], ENT_ENTITY_PERSON) ||
                 names_state(g, &b->tokens[i]);
    }
    return named;
}

/* 1 when the line heads what follows: it ends with a colon, or it is a
 * sentence that announces a list ("The following heads of state
 * attended."; not "Following the talks, ..."). */
static int ends_as_heading(const char *text, sentence line) {
    static const char tail[] = "he following"; /* after a 't' of any case */
    size_t n = sizeof tail - 1;
    if (line.end > line.start && text[line.end - 1] == ':') {
        return 1;
    }
    if (line.end == line.start || text[line.end - 1] != '.') {
        return 0;
    }
    /* nearly every sentence ends in a full stop: look for the rarer 'f'
     * with memchr rather than compare at every byte */
    const char *end = text + line.end, *at = text + line.start + 4;
    while (at < end && (at = memchr(at, 'f', (size_t)(end - at))) != NULL) {
        const char *t = at - 4; /* "the following": 'f' is its fifth byte */
        if ((size_t)(end - t) >= n + 1 && (*t | 0x20) == 't' &&
            memcmp(t + 1, tail, n) == 0) {
            return 1;
        }
        at++;
    }
    return 0;
}

/* A short line with no terminator that names nobody and has a cue
 * ("Participants", "Member states", "Leaders attending") heads a list
 * when none is open. */
static unsigned title_cues(const block_reader *b, const finding_list *f,
                           sentence line) {
    size_t words = 0;
    char last = f->text[line.end - 1];
    for (size_t i = 0; i < b->token_count; i++) {
        words += b->tokens[i].kind == TOKEN_WORD;
    }
    if (words > 4 || last == '.' || last == '?' || last == '!' ||
        count_named(b, f->gazetteer) > 0 ||
        blocks_line_is_prose(f->text, b->tokens, b->token_count)) {
        return 0;
    }
    return blocks_heading_cues(f->text, b->tokens, b->token_count);
}

/* Reads a line inside an open list: an item, a sub-heading, a line of
 * prose that ends the list, or a line that names nobody (a name the
 * gazetteer does not know), skipped. */
static ent_status read_listed(block_reader *b, finding_list *f, sentence line) {
    if (line.end - b->heading_start > BLOCK_MAX_BYTES ||
        line.end - line.start > ITEM_MAX_BYTES || b->items >= BLOCK_MAX_ITEMS) {
        b->active = 0;
        return ENT_OK;
    }
    size_t named = count_named(b, f->gazetteer);
    if (blocks_line_is_prose(f->text, b->tokens, b->token_count)) {
        b->active = 0;
        return ENT_OK;
    }
    if (named == 0) {
        unsigned group = blocks_subheading(f->text, b->tokens, b->token_count);
        if (group != 0) {
            b->group = group;
            b->group_org = first_organization(b, f->gazetteer);
        }
        return ENT_OK;
    }
    b->items++;
    return read_item(b, f, line);
}

/* 1 when the line may be a title (title_cues), by its bytes alone: short,
 * a few words, no terminator. Most lines outside a list are not, and are
 * not tokenized a second time. */
static int may_be_title(const char *text, sentence line) {
    char last = text[line.end - 1];
    size_t spaces = 0;
    if (line.end - line.start > SUBHEADING_MAX_BYTES || last == '.' ||
        last == '?' || last == '!') {
        return 0;
    }
    for (size_t at = line.start; at < line.end; at++) {
        spaces += text[at] == ' ';
    }
    return spaces < 4;
}

/* Reads one line (trimmed) of the article. */
static ent_status read_line(block_reader *b, finding_list *f, sentence line) {
    int colon = ends_as_heading(f->text, line);
    if (!colon && !b->active && !may_be_title(f->text, line)) {
        return ENT_OK; /* prose outside any list: not even tokenized */
    }
    ent_status status = tokenize_line(b, f, line);
    if (status != ENT_OK) {
        return status;
    }
    const char *text = f->text;
    unsigned group = blocks_subheading(text, b->tokens, b->token_count);
    if (b->active && colon && group != 0) {
        b->group = group; /* "Observers:" inside the list */
        b->group_org = first_organization(b, f->gazetteer);
    } else if (colon) {
        open_block(b, f, line,
                   blocks_heading_cues(text, b->tokens, b->token_count));
    } else if (b->active) {
        status = read_listed(b, f, line);
    } else {
        /* a title with no heading above it ("Member states") */
        unsigned cues = title_cues(b, f, line);
        if (cues & (BLOCK_ATTENDS | BLOCK_ABSENT | BLOCK_MEMBERS)) {
            open_block(b, f, line, cues);
        }
    }
    return status;
}

ent_status blocks_sentence(block_reader *b, finding_list *f, sentence s) {
    ent_status status = ENT_OK;
    size_t at = s.start;
    while (status == ENT_OK && at < s.end) {
        const char *nl = memchr(f->text + at, '\n', s.end - at);
        size_t end = nl != NULL ? (size_t)(nl - f->text) : s.end;
        sentence line = {at, end};
        while (line.start < line.end && text_is_space(f->text[line.start])) {
            line.start++;
        }
        while (line.end > line.start && text_is_space(f->text[line.end - 1])) {
            line.end--;
        }
        if (line.end > line.start) {
            status = read_line(b, f, line);
        }
        at = end + 1;
    }
    return status;
}
