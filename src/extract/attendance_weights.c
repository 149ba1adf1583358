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
    {-1.8962, 0.6618, 0.2318, -0.4275, 2.0296, -0.1419, -0.4239, -2.1048, 1.6873, 1.6501, 0.0123, -0.5528, -0.5033, 0.0716, -0.8300, 1.1758, 0.2741, 0.5612, 0.4272, 0.2530},
    0.95,
    2.944439,
    0.75,
};
// clang-format on
