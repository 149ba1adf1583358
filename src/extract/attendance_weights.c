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
    {-2.1009, 0.7052, 0.4063, -0.3735, 2.0926, -0.0712, -0.3511, -2.0982, 1.6988, 1.8789, 0.0096, -0.5214, -0.4875, 0.1803, -0.9323, 1.1203, 0.2336, 0.5082, 0.4027, 0.2896},
    0.95,
    2.944439,
    0.75,
};
// clang-format on
