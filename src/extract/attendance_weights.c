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
    {-1.6691, 0.8841, 0.7210, -0.3848, 2.2566, -0.0366, -0.2451, -1.9468, 1.3579, 1.9104, -0.4454, -0.2970, -0.4646, -0.1185, -1.1092, 1.0621, 0.4195, 0.1395, 0.0029, 0.1107},
    0.90,
    2.197225,
    0.75,
};

const model_weights attendance_state_weights = {
    24,
    {"bias", "mentions", "headline", "lead", "participates", "near", "speaks", "bilateral", "summit", "listed", "negation", "absence", "future", "remote", "leaders", "place", "demonym", "in_list", "run_near", "run_leaders", "clean", "head_named", "member", "host"},
    {-4.7935, 0.1174, -1.4466, -0.0372, 1.6864, -0.8372, -0.7941, -1.1995, 2.0178, 0.3375, 0.0389, 1.9618, -0.0777, -1.9351, 2.3550, -1.1204, -0.4791, 0.5458, 0.3714, 0.8684, 0.0039, 2.2082, 0.3109, -0.2730},
    0.95,
    2.944439,
    0.70,
};
// clang-format on
