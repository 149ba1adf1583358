/*
 * The membership model's weights, learnt from the development gold of
 * tests/extract by scripts/train-membership (logistic regression, L2
 * penalty 1.0, 30 Newton steps). Generated: do not edit; run the
 * script again after a change of the rules or of the development gold.
 */
#include "extract/membership_model.h"

// clang-format off
const membership_weights membership_model_weights = {
    {"bias", "mentions", "member_near", "member_sent", "verb_near", "verb_sent", "org_sent", "owns_cue", "adjacent", "run", "colon", "set_out", "leaders_near", "veto_sent", "attends", "hosts", "org_members", "focus"},
    {-3.7667, 0.1592, 1.7334, 0.7704, 0.4888, -0.5256, -0.2553, 0.9997, 1.0958, 2.3452, 0.4899, 0.0000, 0.3328, -0.0692, 0.7250, -0.4526, 1.4738, -0.0146},
    0.85,
    1.734601,
    0.65,
};
// clang-format on
