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
    {-1.9277, 0.8171, 0.1327, -0.3404, 2.0620, 0.0123, -0.5475, -1.9542, 1.6503, 1.4990, 0.0088, -0.6487, -0.4935, 0.3127, -0.8502, 1.0426, 0.3438, 0.7114, 0.3328, 0.1255},
    0.95,
    2.944439,
    0.75,
};
// clang-format on
