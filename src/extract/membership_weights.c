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
    {-5.5574, 0.6006, 1.9550, -0.0374, -0.0124, 0.3865, 0.9571, 2.1238, 1.2627, 1.2463, 0.9760, -0.2424, 0.8293, 1.6434, -0.7409, 0.4018, -0.1977, 2.2624, 0.4165},
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
