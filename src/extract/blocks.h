/*
 * Lists set out in lines under a heading ("The following heads of state
 * have confirmed their attendance:", then "ASEAN members", then one line
 * per participant in any layout: "Brunei - Sultan NAME of Brunei",
 * "NAME, prime minister of STATE", "- H.E. NAME (STATE)"). The heading's
 * cue (attendance, absence, membership) governs each line below it until
 * a line of prose, another heading or the end of the list; sub-headings
 * ("Dialogue partners", "Observers") change the group's status. Read in
 * the second pass, a sentence at a time, since the lines of one list may
 * be one sentence (single line breaks) or many (blank lines between).
 */
#ifndef ENTENTE_EXTRACT_BLOCKS_H
#define ENTENTE_EXTRACT_BLOCKS_H

#include "extract/extract_internal.h"

/* What a heading or sub-heading says of the lines below it. */
enum {
    BLOCK_ATTENDS = 1, /* attendance: "attended", "present", "taking part" */
    BLOCK_ABSENT = 2,  /* "will not attend", "absent", "skipped" */
    BLOCK_MEMBERS = 4, /* "members", "member states", "comprises" */
    BLOCK_NOT_MEMBERS = 8, /* "partners", "observers", "guests" */
    BLOCK_HEDGED = 16,     /* "expected to", "likely" */
    BLOCK_VETOED = 32,     /* "invited", "signed", "past hosts", "previous" */
};

/* The list being read, across the sentences of an article. */
typedef struct {
    int active;           /* a heading with a cue governs the next lines */
    unsigned cues;        /* BLOCK_* of the heading */
    unsigned group;       /* BLOCK_MEMBERS or BLOCK_NOT_MEMBERS of the
                             sub-heading, or 0 */
    size_t heading_org;   /* the organization the heading names, or
                             EXTRACT_EVENT */
    size_t group_org;     /* likewise the sub-heading's */
    size_t heading_start; /* the evidence runs from the heading's line */
    size_t items;         /* lines read as items so far */
    token *tokens;        /* scratch for the tokens of one line */
    size_t token_count, token_capacity;
} block_reader;

/* Reads the lines of sentence `s` (in order, one call per sentence of the
 * article) and appends to `f` what the list they belong to says of each:
 * attends, absent_from, member_of, with the heading and the line as
 * evidence. ENT_ENOMEM or ENT_OK. Time O(bytes of the sentence). */
ent_status blocks_sentence(block_reader *b, finding_list *f, sentence s);

/* Frees the reader's scratch; the reader may be zeroed and used again. */
void blocks_release(block_reader *b);

/* ---- blocks_words.c: the words of headings and lines ---- */

/* The BLOCK_* cues of a heading's tokens. */
unsigned blocks_heading_cues(const char *text, const token *tokens,
                             size_t count);

/* 1 when the line reads as prose (a verb, several words no list item
 * holds), which ends a list. */
int blocks_line_is_prose(const char *text, const token *tokens, size_t count);

/* BLOCK_MEMBERS or BLOCK_NOT_MEMBERS for a sub-heading ("ASEAN members",
 * "Observer states", "Guests"), else 0. */
unsigned blocks_subheading(const char *text, const token *tokens, size_t count);

/* 1 when token i is a word equal to `word` (ASCII case folded). */
int blocks_word_is(const char *text, const token *t, const char *word);

#endif /* ENTENTE_EXTRACT_BLOCKS_H */
