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
    {-2.1028, 0.7056, 0.4066, -0.3748, 2.0918, -0.0705, -0.3515, -2.0978, 1.6980, 1.8782, 0.0096, -0.5212, -0.4871, 0.1803, -0.9326, 1.1191, 0.2341, 0.5083, 0.4052, 0.2903},
    0.95,
    2.944439,
    0.75,
};
// clang-format on
