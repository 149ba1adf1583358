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
    {-4.4566, 0.1254, 1.8301, 0.8445, 0.6867, -0.5600, 0.0838, 1.8692, 1.5263, 1.7731, 0.8408, 0.2716, 1.7173, 0.8743, -0.1948, 1.2732, -0.0774, 1.5058, 0.1340},
    0.90,
    2.197225,
    0.65,
};
const pair_weights chair_model_weights = {
    16,
    {"bias", "mentions", "adjacent", "possessive", "of_state", "noun", "rotating", "take", "current", "meeting", "org_clause", "veto_sent", "attends", "hosts", "org_others", "focus"},
    {0.8806, 0.1898, 0.3277, 0.3966, 0.0210, 0.0741, 0.0305, 0.6257, 0.4400, 0.1969, 0.9914, 0.0652, -0.3899, 0.9264, 0.4410, 0.0000},
    0.70,
    0.847298,
    0.65,
};
// clang-format on
