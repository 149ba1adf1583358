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
    {-1.6257, 0.6754, 0.8309, -0.3860, 2.2606, -0.1860, -0.1456, -1.8898, 1.2938, 2.0216, -1.2142, -0.2822, -0.4258, -0.1100, -1.0385, 0.9399, 0.5517, 0.3685, 0.0740, 0.2230},
    0.90,
    2.197225,
    0.75,
};

const model_weights attendance_state_weights = {
    24,
    {"bias", "mentions", "headline", "lead", "participates", "near", "speaks", "bilateral", "summit", "listed", "negation", "absence", "future", "remote", "leaders", "place", "demonym", "in_list", "run_near", "run_leaders", "clean", "head_named", "member", "host"},
    {-5.0426, -0.0557, -1.3860, 0.1086, 1.4745, -0.8008, -0.5930, -1.0977, 1.9633, 0.6217, -1.2585, 1.8613, 0.0041, -1.9040, 2.3860, -0.8298, -0.3198, 0.5271, 0.5305, 0.8986, 0.1483, 2.0777, 0.5857, -0.2158},
    0.95,
    2.944439,
    0.70,
};
// clang-format on
