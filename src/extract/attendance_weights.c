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
    {-2.0092, 0.8378, 0.1405, -0.4951, 2.1514, 0.0193, -0.5534, -1.8547, 1.6862, 1.3993, 0.0078, -1.0652, -0.4855, 0.3599, -0.8660, 1.1297, 0.3446, 0.7231, 0.3625, 0.1297},
    0.95,
    2.944439,
    0.75,
};
// clang-format on
