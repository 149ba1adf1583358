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
    {-2.4918, 0.9208, 0.5158, -0.2638, 2.1452, -0.1657, -0.5167, -2.1209, 1.6272, 1.9479, 0.0068, -0.7916, -0.4703, 0.0269, -1.1190, 1.3123, 0.4122, 0.4072, 0.5014, 0.5052},
    0.90,
    2.197225,
    0.75,
};

const state_weights attendance_state_weights = {
    {"bias", "mentions", "headline", "lead", "participates", "near", "speaks", "bilateral", "summit", "listed", "negation", "absence", "future", "remote", "leaders", "place", "demonym", "in_list", "run_near", "run_leaders", "clean", "head_named", "member", "host"},
    {-4.5988, -0.2296, -1.2004, -0.2581, 1.1851, -0.4845, -0.8573, -1.3101, 1.8715, 0.4313, -0.1342, 2.1050, 0.3191, -2.0606, 2.3973, -0.8552, -0.3733, 0.6918, 0.5092, 1.0699, 0.6037, 1.7876, 0.6575, -0.0167},
    0.95,
    2.944439,
    0.70,
};
// clang-format on
