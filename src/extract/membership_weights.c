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
    {-5.5581, 0.6003, 1.9548, -0.0365, -0.0118, 0.3854, 0.9559, 2.1221, 1.2644, 1.2459, 0.9772, -0.2425, 0.8259, 1.6412, -0.7430, 0.4026, -0.1952, 2.2649, 0.4159},
    0.90,
    2.197225,
    0.65,
};
const model_weights chair_model_weights = {
    17,
    {"bias", "mentions", "adjacent", "possessive", "of_state", "noun", "rotating", "take", "current", "meeting", "org_clause", "veto_sent", "apposition", "attends", "hosts", "org_others", "focus"},
    {1.5146, 0.2719, -0.3092, 0.4572, 0.0407, 0.2790, 0.0729, 0.8811, 0.5124, -0.6794, 0.2920, 0.1602, 0.2370, -0.5665, 1.4370, 0.1574, 0.0000},
    0.70,
    0.847298,
    0.65,
};
// clang-format on
