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
    {-1.6970, 0.6566, 0.2330, -0.4322, 1.9927, -0.1966, -0.4417, -2.1174, 1.5603, 1.5634, 0.0127, -0.5773, -0.4961, 0.0745, -0.8402, 1.1282, 0.4408, 0.5423, 0.3720, 0.1870},
    0.95,
    2.944439,
    0.75,
};
// clang-format on
