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
    {-4.6290, 0.1841, 1.7091, 0.7325, 0.7771, -0.4429, 0.3134, 1.6588, 1.2904, 2.1255, 0.9454, 0.4599, 1.6389, 0.9490, -0.0444, 1.4941, -0.1136, 1.3020, 0.0422},
    0.90,
    2.197225,
    0.65,
};
const pair_weights chair_model_weights = {
    16,
    {"bias", "mentions", "adjacent", "possessive", "of_state", "noun", "rotating", "take", "current", "meeting", "org_clause", "veto_sent", "attends", "hosts", "org_others", "focus"},
    {0.8979, 0.1841, 0.3257, 0.3925, 0.0211, 0.0764, 0.0304, 0.6268, 0.4395, 0.1958, 0.9877, 0.0656, -0.4033, 0.9245, 0.4419, 0.0000},
    0.70,
    0.847298,
    0.65,
};
// clang-format on
