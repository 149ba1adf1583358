/*
 * The membership and chair models' weights, learnt from the development
 * gold of tests/extract by scripts/train-membership (logistic regression,
 * L2 penalty 1.0, 30 Newton steps). Generated: do not edit; run
 * the script again after a change of the rules or of the development gold.
 */
#include "extract/membership_model.h"

// clang-format off
const model_weights membership_model_weights = {
    19,
    {"bias", "mentions", "member_near", "member_sent", "verb_near", "verb_sent", "org_sent", "owns_cue", "adjacent", "run", "pair", "colon", "set_out", "leaders_near", "veto_sent", "attends", "hosts", "org_others", "focus"},
    {-5.6381, 0.5870, 1.9422, -0.0139, -0.0331, 0.3536, 0.9441, 2.1517, 1.2973, 1.2533, 1.0221, -0.2573, 0.8163, 1.6309, -0.7269, 0.5431, -0.1966, 2.2753, 0.4210},
    0.90,
    2.197225,
    0.65,
};
const model_weights chair_model_weights = {
    17,
    {"bias", "mentions", "adjacent", "possessive", "of_state", "noun", "rotating", "take", "current", "meeting", "org_clause", "veto_sent", "apposition", "attends", "hosts", "org_others", "focus"},
    {2.2322, 0.1458, 0.1205, 0.2572, 0.0271, -0.1298, 0.0644, 0.6455, 0.3232, -0.1424, 0.1973, 0.0974, 0.1556, -0.3475, 0.8341, 0.3142, 0.0000},
    0.70,
    0.847298,
    0.65,
};
// clang-format on
