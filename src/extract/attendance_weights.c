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
    {-1.8952, 0.6617, 0.2320, -0.4284, 2.0293, -0.1419, -0.4240, -2.1040, 1.6864, 1.6490, 0.0123, -0.5525, -0.5032, 0.0718, -0.8298, 1.1744, 0.2744, 0.5612, 0.4270, 0.2530},
    0.95,
    2.944439,
    0.75,
};
// clang-format on
