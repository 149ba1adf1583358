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
    {-5.5553, 0.6007, 1.9564, -0.0374, -0.0117, 0.3864, 0.9562, 2.1229, 1.2620, 1.2469, 0.9758, -0.2413, 0.8292, 1.6438, -0.7426, 0.3973, -0.1928, 2.2631, 0.4157},
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
