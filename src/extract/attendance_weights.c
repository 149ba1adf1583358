/*
 * The attendance model's weights, learnt from the development gold of
 * tests/extract by scripts/train-attendance (logistic regression, L2
 * penalty 1.0, 30 Newton steps). Generated: do not edit; run the
 * script again after a change of the rules or of the development gold.
 */
#include "extract/attendance_model.h"

// clang-format off
const attendance_weights attendance_model_weights = {
    {"bias", "mentions", "headline", "lead", "participates", "near", "speaks", "bilateral", "summit", "listed", "negation", "absence", "former", "future", "remote", "state_attends", "member", "host", "titled", "org_head"},
    {-1.8958, 0.6621, 0.2318, -0.4283, 2.0292, -0.1414, -0.4241, -2.1043, 1.6865, 1.6494, 0.0123, -0.5526, -0.5032, 0.0717, -0.8299, 1.1747, 0.2743, 0.5616, 0.4270, 0.2531},
    0.95,
    2.944439,
    0.75,
};
// clang-format on
