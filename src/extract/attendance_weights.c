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
    {-1.5613, 0.9567, 0.7435, -0.3580, 2.3783, -0.0361, -0.1814, -1.8549, 1.4182, 1.7302, -0.3677, -0.7314, -0.5312, -0.2519, -1.0184, 0.9636, 0.3244, 0.0068, -0.1783, 0.2032},
    0.90,
    2.197225,
    0.75,
};

const model_weights attendance_state_weights = {
    24,
    {"bias", "mentions", "headline", "lead", "participates", "near", "speaks", "bilateral", "summit", "listed", "negation", "absence", "future", "remote", "leaders", "place", "demonym", "in_list", "run_near", "run_leaders", "clean", "head_named", "member", "host"},
    {-4.8062, 0.1159, -1.4633, -0.0636, 1.6180, -0.7976, -0.7605, -1.1417, 2.0352, 0.2217, 0.0659, 1.9780, -0.1174, -1.9469, 2.3686, -1.0503, -0.4883, 0.7487, 0.3895, 0.7954, 0.0647, 2.2027, 0.2558, -0.3050},
    0.95,
    2.944439,
    0.70,
};
// clang-format on
