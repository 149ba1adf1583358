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
    {-4.4025, 0.1153, 1.7185, 0.7415, 0.7074, -0.4578, 0.2613, 1.8506, 1.5200, 1.9762, 0.8770, 0.4146, 1.6637, 0.9960, -0.1140, 1.4314, -0.0675, 1.2706, 0.0497},
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
