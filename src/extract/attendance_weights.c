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
    {-1.4538, 0.9446, 0.7553, -0.3887, 2.3512, -0.0453, -0.2354, -1.8887, 1.3646, 1.7059, -0.3978, -0.7497, -0.5303, -0.2282, -1.0515, 0.9131, 0.3756, 0.0614, -0.1784, 0.1755},
    0.90,
    2.197225,
    0.75,
};

const model_weights attendance_state_weights = {
    24,
    {"bias", "mentions", "headline", "lead", "participates", "near", "speaks", "bilateral", "summit", "listed", "negation", "absence", "future", "remote", "leaders", "place", "demonym", "in_list", "run_near", "run_leaders", "clean", "head_named", "member", "host"},
    {-4.8365, 0.1435, -1.4186, -0.0449, 1.7168, -0.8186, -0.7925, -1.1911, 1.9882, 0.2391, 0.0499, 1.9611, -0.1001, -1.9709, 2.3773, -1.0714, -0.4757, 0.7291, 0.3628, 0.7779, -0.0254, 2.2276, 0.2706, -0.3509},
    0.95,
    2.944439,
    0.70,
};
// clang-format on
