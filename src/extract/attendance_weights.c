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
    {-2.0999, 0.7061, 0.4079, -0.3778, 2.1001, -0.0751, -0.3515, -2.1023, 1.6968, 1.8820, 0.0096, -0.5217, -0.4874, 0.1775, -0.9347, 1.1173, 0.2313, 0.5082, 0.4050, 0.2880},
    0.95,
    2.944439,
    0.75,
};

const state_weights attendance_state_weights = {
    {"bias", "mentions", "headline", "lead", "participates", "near", "speaks", "bilateral", "summit", "listed", "negation", "absence", "future", "remote", "leaders", "place", "demonym", "in_list", "run_near", "run_leaders", "clean", "head_named", "member", "host"},
    {-4.9541, -0.3336, -1.2578, -0.3220, 0.8970, -0.2482, -0.7853, -1.3606, 2.1640, -0.0835, -0.1692, 1.1351, 0.6970, -1.9378, 3.0342, -0.5613, -0.2656, 1.1287, 0.5541, 1.0574, 0.8343, 1.6646, 0.7700, -0.0574},
    0.95,
    2.944439,
    0.70,
};
// clang-format on
