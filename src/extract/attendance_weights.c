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
    {-1.6234, 0.7153, 0.1452, -0.4972, 2.2352, -0.2512, -0.4976, -1.7908, 1.3578, 1.3324, 0.0050, -0.9199, -0.4651, 0.8856, -0.8872, 0.9855, 0.3829, 0.4375, 0.2341, 0.0641},
    0.95,
    2.944439,
    0.75,
};
// clang-format on
