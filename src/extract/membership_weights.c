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
    {-5.5538, 0.5932, 1.9537, -0.0405, -0.0095, 0.3874, 0.9573, 2.1225, 1.2629, 1.2492, 0.9808, -0.2439, 0.8276, 1.6488, -0.7377, 0.4014, -0.1481, 2.2616, 0.4153},
    0.90,
    2.197225,
    0.65,
};
const model_weights chair_model_weights = {
    17,
    {"bias", "mentions", "adjacent", "possessive", "of_state", "noun", "rotating", "take", "current", "meeting", "org_clause", "veto_sent", "apposition", "attends", "hosts", "org_others", "focus"},
    {1.4855, 0.2799, -0.3014, 0.4464, 0.0425, 0.2598, 0.1007, 0.8902, 0.5362, -0.6781, 0.2880, 0.1619, 0.2328, -0.5883, 1.4377, 0.5681, 0.0000},
    0.70,
    0.847298,
    0.65,
};
// clang-format on
