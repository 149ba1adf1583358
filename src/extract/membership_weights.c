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
    {-5.3982, 0.5819, 2.0430, -0.0446, 0.0423, 0.3644, 0.8429, 2.0616, 1.2066, 1.1839, 0.9458, -0.2153, 0.8250, 1.6511, -0.8010, 0.3336, -0.1803, 2.3011, 0.4227},
    0.90,
    2.197225,
    0.65,
};
const model_weights chair_model_weights = {
    17,
    {"bias", "mentions", "adjacent", "possessive", "of_state", "noun", "rotating", "take", "current", "meeting", "org_clause", "veto_sent", "apposition", "attends", "hosts", "org_others", "focus"},
    {1.1192, 0.3012, -0.3724, 0.4827, 0.0361, 0.3830, 0.1075, 0.9439, 0.6179, -0.4347, 0.4456, 0.1690, 0.2504, -0.6775, 1.5413, 0.6276, 0.0000},
    0.70,
    0.847298,
    0.65,
};
// clang-format on
