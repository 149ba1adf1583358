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
    {-1.6642, 0.7083, 0.2462, -0.5643, 2.0194, 0.1522, -0.5336, -1.9524, 1.5424, 1.4536, 0.0101, -1.0322, -0.5309, 0.2113, -0.8367, 1.2430, 0.4463, 0.5001, 0.1432, 0.2194},
    0.95,
    2.944439,
    0.75,
};
// clang-format on
