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
    {-2.0291, 0.7114, 0.2457, -0.5911, 2.0228, 0.2382, -0.5427, -2.0023, 1.6657, 1.5964, 0.0094, -1.0048, -0.4898, 0.1771, -0.8527, 1.2850, 0.2929, 0.5156, 0.4310, 0.3170},
    0.95,
    2.944439,
    0.75,
};
// clang-format on
