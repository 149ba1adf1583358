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
    {-4.4628, 0.1327, 1.8301, 0.8461, 0.6876, -0.5606, 0.0863, 1.8683, 1.5251, 1.7700, 0.8357, 0.2714, 1.7156, 0.8753, -0.1976, 1.2745, -0.1117, 1.5072, 0.1349},
    0.90,
    2.197225,
    0.65,
};
const model_weights chair_model_weights = {
    16,
    {"bias", "mentions", "adjacent", "possessive", "of_state", "noun", "rotating", "take", "current", "meeting", "org_clause", "veto_sent", "attends", "hosts", "org_others", "focus"},
    {0.8806, 0.1898, 0.3277, 0.3966, 0.0210, 0.0741, 0.0305, 0.6257, 0.4400, 0.1969, 0.9914, 0.0652, -0.3899, 0.9264, 0.4410, 0.0000},
    0.70,
    0.847298,
    0.65,
};
// clang-format on
