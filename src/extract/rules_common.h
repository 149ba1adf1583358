/*
 * The notation shared by the pattern tables (rules.c, rules_presence.c):
 * how a row names what it emits, and the word lists several rows use.
 */
#ifndef ENTENTE_EXTRACT_RULES_COMMON_H
#define ENTENTE_EXTRACT_RULES_COMMON_H

#include "extract/patterns_internal.h"

#define OUT(type, s, t)                                                        \
    { type, REF_##s, REF_##t, NULL, NULL, 0 }
#define OUT_ROLE(type, s, t, role)                                             \
    { type, REF_##s, REF_##t, role, NULL, 0 }
#define OUT_STATUS(type, s, t, status)                                         \
    { type, REF_##s, REF_##t, NULL, status, 0 }
#define OUT_CHECKED(type, s, t)                                                \
    { type, REF_##s, REF_##t, NULL, NULL, 1 }

/* The words that name the gathering an article is about. */
#define MEET                                                                   \
    "summit|summits|meeting|meetings|session|sessions|gathering|event|"        \
    "events|forum|conference|talks|ceremony"
/* Those that may be hosted: not "talks" held anywhere. */
#define HOSTED "summit|meeting|session|gathering|forum|conference"
/* Verbs of taking part. */
#define ATTEND "attend|attends|attended|attending"
#define PARTICIPATE "participate|participates|participated|participating"
/* How heads are named before "of STATE". */
#define HEADS                                                                  \
    "leaders|presidents|heads|representatives|delegations|leader|president|"   \
    "head|emirs|emir|kings|king|rulers|monarchs"
#define HEADS_OF HEADS " of state|government? and? government? of? the? both?"

#endif /* ENTENTE_EXTRACT_RULES_COMMON_H */
