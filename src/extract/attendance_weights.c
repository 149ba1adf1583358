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
    {"bias", "mentions", "headline", "lead", "participates", "near", "speaks", "bilateral", "summit", "listed", "negation", "absence", "future", "remote", "leaders", "place", "demonym", "in_list", "run_near", "run_leaders", "head_named", "member", "host"},
    {-4.9827, -0.2725, -1.2657, -0.1959, 1.3091, -0.2448, -0.7856, -1.4963, 2.1465, 0.0477, -0.2200, 1.1304, 0.4305, -2.0463, 3.0623, -0.6331, -0.2819, 1.0124, 0.6265, 1.1140, 1.6273, 0.7681, -0.0797},
    0.95,
    2.944439,
    0.70,
};
// clang-format on
