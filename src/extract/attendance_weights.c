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
    {-1.8624, 0.6842, 0.2173, -0.6026, 2.1190, -0.1541, -0.5768, -1.9757, 1.5144, 1.4949, 0.0118, -0.9598, -0.4694, 0.1872, -0.8115, 1.2380, 0.4889, 0.8193, 0.3707, 0.2664},
    0.95,
    2.944439,
    0.75,
};
// clang-format on
