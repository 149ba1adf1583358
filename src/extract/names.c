/*
 * Persons the gazetteer lacks, read from their introductions (names.h):
 * three forms, each needing a title the text gives the name,
 *   TITLE [of [the] HOLDER] NAME [of [the] HOLDER]   "Vice President
 *       Kashim Shettima", "Secretary-General NAME of the OTS";
 *   NAME, [the] [HOLDER('s)] TITLE [of [the] HOLDER]  "Kashim Shettima,
 *       Vice President of Nigeria" (a holder needed);
 *   [HOLDER('s)] TITLE, NAME,                         "its foreign
 *       minister, Anwar Gargash," (two words of name at least);
 * where a HOLDER before the title is a state or an organization the
 * gazetteer knows ("Nigeria's", "UAE", "Swedish", "AU Commission"). A
 * title that leads (president, king, secretary general) gives no person
 * when the gazetteer has someone else in that office on the date: "an
 * unknown President X of Russia" is rejected, and --explain says why.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/gazetteer_index.h"
#include "extract/names.h"

void names_init(names_table *t, const ent_gazetteer_t *base,
                const ent_extract_options_t *options) {
    memset(t, 0, sizeof *t);
    t->base = base;
    t->date = options->date;
    t->options = options;
    names_title_bits(t->title_bits);
    names_no_name_bits(t->no_name_bits);
}

void names_release(names_table *t) {
    free(t->entities);
    t->entities = NULL;
}

/* The holder a mention at token i names (a state, or an organization),
 * or SIZE_MAX. */
size_t names_holder_at(const ent_gazetteer_t *g, const token *tokens,
                       size_t count, size_t i) {
    if (i >= count || tokens[i].kind != TOKEN_MENTION) {
        return SIZE_MAX;
    }
    ent_entity_type type = g->entities[tokens[i].m.entity].type;
    return type == ENT_ENTITY_STATE || type == ENT_ENTITY_ORGANIZATION
               ? tokens[i].m.entity
               : SIZE_MAX;
}

/* "of [the] HOLDER" at token *i: the holder, *i moved past it; else
 * SIZE_MAX and *i kept. */
size_t names_holder_of(const ent_gazetteer_t *g, const char *text,
                       const token *tokens, size_t count, size_t *i) {
    size_t at = *i;
    if (at >= count || !names_word_is(text, &tokens[at], "of")) {
        return SIZE_MAX;
    }
    at++;
    at += at < count && names_word_is(text, &tokens[at], "the");
    /* "of the Republic of Cape Verde" where only "Cape Verde" is known */
    if (at + 2 < count && names_holder_at(g, tokens, count, at) == SIZE_MAX &&
        (names_word_is(text, &tokens[at], "republic") ||
         names_word_is(text, &tokens[at], "kingdom") ||
         names_word_is(text, &tokens[at], "sultanate")) &&
        names_word_is(text, &tokens[at + 1], "of")) {
        at += 2;
        at += at < count && names_word_is(text, &tokens[at], "the");
    }
    size_t holder = names_holder_at(g, tokens, count, at);
    if (holder != SIZE_MAX) {
        *i = at + 1;
    }
    return holder;
}

/* The office-holder the gazetteer has in `role` of `holder` on the
 * date (on any date when there is none: an office the gazetteer follows
 * is not given to a stranger undated), or SIZE_MAX. "acting" is read as
 * the office itself. */
static size_t holder_in_office(const names_table *t, const char *role,
                               size_t holder) {
    const ent_gazetteer_t *g = t->base;
    const struct gazetteer_index_s *x = g->index;
    /* the offices held of `holder`, in the order of the entities */
    for (uint32_t k = x->office_start[holder]; k < x->office_start[holder + 1];
         k++) {
        const gz_office_ref *ref = &x->offices[k];
        const gz_office *o = &g->entities[ref->entity].offices[ref->office];
        const char *r =
            strncmp(o->role, "acting ", 7) == 0 ? o->role + 7 : o->role;
        if (strcmp(r, role) == 0 && office_covers(o, t->date)) {
            return ref->entity;
        }
    }
    return SIZE_MAX;
}

static void explain_line(const names_table *t, const char *line) {
    if (t->options->explain != NULL) {
        t->options->explain(t->options->explain_payload, line);
    }
}

/* 1 when the title fits the holder: an organization's title needs an
 * organization; a state's, a state (a president may head either). */
static int title_fits(const ent_gazetteer_t *g, const names_title *title,
                      size_t holder) {
    ent_entity_type type = g->entities[holder].type;
    if (title->org) {
        return type == ENT_ENTITY_ORGANIZATION;
    }
    size_t n = strlen(title->role);
    return type == ENT_ENTITY_STATE ||
           (n >= 9 && strcmp(title->role + n - 9, "president") == 0);
}

/* The id `id` is free: no entity of the gazetteer, no other person of
 * the article has it. Returns the article person that has it, -1 when
 * free, -2 when the gazetteer has it. */
static int id_owner(const names_table *t, const char *id) {
    for (size_t k = 0; k < t->count; k++) {
        if (strcmp(t->persons[k].id, id) == 0) {
            return (int)k;
        }
    }
    return gazetteer_find_id(t->base, id) != SIZE_MAX ? -2 : -1;
}

/* The extended copy of the gazetteer, made at the first person. */
static ent_status table_open(names_table *t, finding_list *f) {
    if (t->entities != NULL) {
        return ENT_OK;
    }
    size_t n = t->base->entity_count;
    t->entities = malloc((n + NAMES_MAX) * sizeof *t->entities);
    if (t->entities == NULL) {
        return ENT_ENOMEM;
    }
    memcpy(t->entities, t->base->entities, n * sizeof *t->entities);
    t->copy = *t->base;
    t->copy.entities = t->entities;
    f->gazetteer = &t->copy;
    return ENT_OK;
}

/* The surname is taken in the gazetteer: surname-givenname, as the
 * gazetteer does for a second holder of a surname. 0 when the name is
 * one word, or that id is taken too. */
static int given_name_added(const names_table *t, const char *text, size_t at,
                            size_t end, names_person *p) {
    char given[NAMES_TEXT_MAX] = "";
    size_t n = 0, unused;
    while (at + n < end && text[at + n] != ' ') {
        n++;
    }
    if (at + n >= end) {
        return 0; /* one word that names someone else */
    }
    names_make_id(text, at, n, given, sizeof given, &unused, &unused);
    size_t used = strlen(p->id);
    snprintf(p->id + used, sizeof p->id - used, "-%s", given);
    return id_owner(t, p->id) == -1;
}

/* The name's bytes [*at, *end) of tokens [from, to), a possessive
 * ending dropped; 0 when it does not fit a person's room. */
static int name_bytes(const names_table *t, const char *text,
                      const token *tokens, size_t from, size_t to, size_t *at,
                      size_t *end) {
    *at = tokens[from].start;
    *end = tokens[to - 1].end;
    *end -= names_possessive_bytes(text, *at, *end);
    return *end - *at < NAMES_TEXT_MAX && t->count < NAMES_MAX;
}

/* Files p, its id and surname set, as the writing text[at, end) of
 * entity `entity`: later writings of the name or surname name it. */
static size_t file_writing(names_table *t, names_person *p, const char *text,
                           size_t at, size_t end, size_t entity) {
    snprintf(p->name, sizeof p->name, "%.*s", (int)(end - at), text + at);
    p->full_at = at;
    p->full_length = end - at;
    p->entity = entity;
    size_t first = 0;
    while (at + first < end && text[at + first] != ' ' &&
           text[at + first] != '-') {
        first++;
    }
    p->first_hash = text_word_hash(text + at, first);
    p->surname_hash = text_word_hash(text + p->surname_at, p->surname_length);
    names_bit_set(t->person_bits, p->first_hash);
    names_bit_set(t->person_bits, p->surname_hash);
    size_t k = t->count++;
    t->persons[k] = *p;
    return k;
}

/* Registers the person named by tokens [from, to) with the title (and
 * holder, or SIZE_MAX). */
static ent_status add_person(names_table *t, finding_list *f, const char *text,
                             const token *tokens, size_t from, size_t to,
                             const names_title *title, size_t holder) {
    size_t at, end;
    names_person p = {0};
    if (!name_bytes(t, text, tokens, from, to, &at, &end)) {
        return ENT_OK;
    }
    names_make_id(text, at, end - at, p.id, sizeof p.id, &p.surname_at,
                  &p.surname_length);
    int owner = id_owner(t, p.id);
    if (owner >= 0 || p.id[0] == '\0') {
        return ENT_OK; /* named before: the first title stays */
    }
    if (owner == -2 && !given_name_added(t, text, at, end, &p)) {
        return ENT_OK;
    }
    if (table_open(t, f) != ENT_OK) {
        return ENT_ENOMEM;
    }
    snprintf(p.role, sizeof p.role, "%s", title->role);
    size_t slot = t->local++;
    size_t k = file_writing(t, &p, text, at, end, t->base->entity_count + slot);
    gz_entity *e = &t->entities[t->base->entity_count + slot];
    memset(e, 0, sizeof *e);
    e->id = t->persons[k].id;
    e->name = t->persons[k].name;
    e->type = ENT_ENTITY_PERSON;
    if (holder != SIZE_MAX) {
        t->offices[slot] = (gz_office){t->persons[k].role, holder, NULL, NULL};
        e->offices = &t->offices[slot];
        e->office_count = 1;
    }
    t->copy.entity_count = t->base->entity_count + t->local;
    char line[320];
    snprintf(line, sizeof line,
             "  names: '%s' read as the person %s (%s of %s)", p.name, p.id,
             p.role,
             holder != SIZE_MAX ? t->base->entities[holder].id : "no holder");
    explain_line(t, line);
    return ENT_OK;
}

int names_take_near(names_table *t, const char *text, const token *tokens,
                    size_t from, size_t to, const char *role, size_t holder,
                    size_t other) {
    const ent_gazetteer_t *g = t->base;
    size_t at, end;
    names_person p = {0};
    if (!name_bytes(t, text, tokens, from, to, &at, &end) ||
        !names_near_entity(g, text, at, end, other)) {
        return 0;
    }
    for (size_t k = 0; k < t->count; k++) {
        const names_person *q = &t->persons[k];
        if (q->entity == other && q->full_length == end - at &&
            memcmp(text + q->full_at, text + at, end - at) == 0) {
            return 1; /* filed before: the slot is not taken twice */
        }
    }
    char unused[NAMES_TEXT_MAX];
    names_make_id(text, at, end - at, unused, sizeof unused, &p.surname_at,
                  &p.surname_length);
    snprintf(p.id, sizeof p.id, "%s", g->entities[other].id);
    snprintf(p.role, sizeof p.role, "%s", role);
    file_writing(t, &p, text, at, end, other);
    char line[320];
    snprintf(line, sizeof line,
             "  names: '%s' read as %s, %s of %s on %s: a near spelling of "
             "the office-holder's name",
             p.name, g->entities[other].id, role, g->entities[holder].id,
             t->date ? t->date : "any date");
    explain_line(t, line);
    return 1;
}

/* Checks the title against the holder and the gazetteer's office-holders,
 * then registers the person. */
ent_status names_introduce(names_table *t, finding_list *f, const char *text,
                           const token *tokens, size_t from, size_t to,
                           const names_title *title, size_t holder) {
    const ent_gazetteer_t *g = t->base;
    if (t->count == NAMES_MAX) {
        return ENT_OK; /* the article's room is full */
    }
    if (holder != SIZE_MAX && !title_fits(g, title, holder)) {
        holder = SIZE_MAX;
    }
    size_t other = holder != SIZE_MAX && title->leads
                       ? holder_in_office(t, title->role, holder)
                       : SIZE_MAX;
    if (other != SIZE_MAX && names_take_near(t, text, tokens, from, to,
                                             title->role, holder, other)) {
        return ENT_OK;
    }
    if (other != SIZE_MAX) {
        char line[320];
        snprintf(line, sizeof line,
                 "  names: '%.*s' is not read as %s of %s: the gazetteer "
                 "has %s in that office on %s",
                 (int)(tokens[to - 1].end - tokens[from].start),
                 text + tokens[from].start, title->role, g->entities[holder].id,
                 g->entities[other].id, t->date ? t->date : "any date");
        explain_line(t, line);
        return ENT_OK;
    }
    return add_person(t, f, text, tokens, from, to, title, holder);
}
