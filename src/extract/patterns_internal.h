/*
 * The pattern table (rules.c) and what the matcher (patterns.c) needs to
 * read it.
 */
#ifndef ENTENTE_EXTRACT_PATTERNS_INTERNAL_H
#define ENTENTE_EXTRACT_PATTERNS_INTERNAL_H

#include "extract/extract_internal.h"

/* What an endpoint of an emitted relation is. */
typedef enum {
    REF_NONE = 0,
    REF_A,        /* the mention bound to A (each, for a list) */
    REF_B,        /* likewise for B */
    REF_A_STATE,  /* A if a state, else the state A holds any office in */
    REF_A_OFFICE, /* the state or organization where A holds title R */
    REF_EVENT,    /* the summit the article is about */
    REF_ORG,      /* the organization the article is about */
} ref;

typedef struct {
    const char *type;
    ref source, target;
    const char *role;   /* fixed role, or NULL for the title R if any */
    const char *status; /* membership status, or NULL */
    int office_check;   /* emit only if the gazetteer has A in office at B */
} rule_output;

typedef struct {
    const char *pattern;
    double confidence;
    rule_output out[2];
} rule;

typedef struct {
    const char *words; /* space-separated; "-" is any dash */
    const char *role;
} role_phrase;

extern const rule extract_rules[];
extern const size_t extract_rule_count;
extern const role_phrase extract_roles[];
extern const size_t extract_role_count;

/* Tokens a gap "..." may skip. */
#define PATTERN_GAP_MAX 12

#endif /* ENTENTE_EXTRACT_PATTERNS_INTERNAL_H */
