/*
 * The membership and chair models' weights, learnt from the development
 * gold of tests/extract by scripts/train-membership (logistic regression,
 * L2 penalty 1.0, 30 Newton steps). Generated: do not edit; run
 * the script again after a change of the rules or of the development gold.
 */
#include "extract/membership_model.h"

// clang-format off
const pair_weights membership_model_weights = {
    19,
    {"bias", "mentions", "member_near", "member_sent", "verb_near", "verb_sent", "org_sent", "owns_cue", "adjacent", "run", "pair", "colon", "set_out", "leaders_near", "veto_sent", "attends", "hosts", "org_others", "focus"},
    {-3.7897, 0.2494, 1.7015, 0.9441, 0.6719, -0.5926, -0.2706, 1.7807, 1.1626, 2.0487, 0.7929, 0.1436, 0.0000, 0.6744, -0.2308, 1.2380, -0.2221, 1.2848, -0.0276},
    0.90,
    2.197225,
    0.65,
};
const pair_weights chair_model_weights = {
    16,
    {"bias", "mentions", "adjacent", "possessive", "of_state", "noun", "rotating", "take", "current", "meeting", "org_clause", "veto_sent", "attends", "hosts", "org_others", "focus"},
    {2.9007, 0.0534, -0.3683, 0.1866, 0.0276, -0.4510, 0.0172, 0.3233, 0.1732, 0.3318, 0.4948, 0.0237, -0.1556, 0.4036, 0.2508, 0.0000},
    0.90,
    2.197225,
    0.65,
};
// clang-format on
