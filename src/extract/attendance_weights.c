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
    {-2.3499, 0.9294, 0.5170, -0.2804, 2.1136, -0.1629, -0.5339, -2.1506, 1.6163, 2.0043, 0.0074, -0.6236, -0.4924, 0.0121, -1.1356, 1.2681, 0.3873, 0.4247, 0.3658, 0.4843},
    0.90,
    2.197225,
    0.75,
};

const model_weights attendance_state_weights = {
    24,
    {"bias", "mentions", "headline", "lead", "participates", "near", "speaks", "bilateral", "summit", "listed", "negation", "absence", "future", "remote", "leaders", "place", "demonym", "in_list", "run_near", "run_leaders", "clean", "head_named", "member", "host"},
    {-4.6256, -0.2239, -1.1954, -0.2680, 1.1676, -0.4924, -0.8931, -1.3341, 1.8545, 0.5155, -0.1087, 2.2557, 0.3056, -2.1015, 2.4309, -0.8534, -0.4136, 0.6331, 0.5280, 1.0336, 0.5855, 1.8635, 0.6526, -0.0873},
    0.95,
    2.944439,
    0.70,
};
// clang-format on
