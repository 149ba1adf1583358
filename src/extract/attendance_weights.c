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
    {-1.8632, 0.7120, 0.2480, -0.5962, 1.9929, 0.1797, -0.5518, -2.0124, 1.5397, 1.5116, 0.0098, -1.0275, -0.4764, 0.1769, -0.8626, 1.2453, 0.4548, 0.4907, 0.3967, 0.2475},
    0.95,
    2.944439,
    0.75,
};
// clang-format on
