/*
 * The attendance model's weights, learnt from the development gold of
 * tests/extract by scripts/train-attendance (logistic regression, L2
 * penalty 1.0, 30 Newton steps). Generated: do not edit; run the
 * script again after a change of the rules or of the development gold.
 */
#include "extract/attendance_model.h"

// clang-format off
const model_weights attendance_model_weights = {
    20,
    {"bias", "mentions", "headline", "lead", "participates", "near", "speaks", "bilateral", "summit", "listed", "negation", "absence", "former", "future", "remote", "state_attends", "member", "host", "titled", "org_head"},
    {-1.6300, 0.6764, 0.8325, -0.3795, 2.2243, -0.1583, -0.1372, -1.8855, 1.2981, 2.0308, -1.1532, -0.2809, -0.4268, -0.1416, -1.0335, 0.9512, 0.5528, 0.3754, 0.0724, 0.2342},
    0.90,
    2.197225,
    0.75,
};

const model_weights attendance_state_weights = {
    24,
    {"bias", "mentions", "headline", "lead", "participates", "near", "speaks", "bilateral", "summit", "listed", "negation", "absence", "future", "remote", "leaders", "place", "demonym", "in_list", "run_near", "run_leaders", "clean", "head_named", "member", "host"},
    {-5.0219, -0.0641, -1.3601, 0.0908, 1.4865, -0.8000, -0.6037, -1.1001, 1.9222, 0.6110, -1.1854, 1.8360, 0.0253, -1.9056, 2.4190, -0.8275, -0.2861, 0.5657, 0.5004, 0.8673, 0.1588, 2.0557, 0.5629, -0.2115},
    0.95,
    2.944439,
    0.70,
};
// clang-format on
