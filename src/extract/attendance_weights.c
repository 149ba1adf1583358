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
    {-2.2750, 0.9161, 0.5387, -0.2330, 2.1198, -0.1138, -0.4860, -2.1583, 1.6638, 2.0407, 0.0069, -0.8639, -0.5015, 0.1516, -1.1110, 1.1286, 0.3453, 0.3804, 0.2659, 0.4168},
    0.95,
    2.944439,
    0.75,
};

const state_weights attendance_state_weights = {
    {"bias", "mentions", "headline", "lead", "participates", "near", "speaks", "bilateral", "summit", "listed", "negation", "absence", "future", "remote", "leaders", "place", "demonym", "in_list", "run_near", "run_leaders", "clean", "head_named", "member", "host"},
    {-4.3714, -0.1524, -1.2418, -0.3104, 1.1662, -0.4166, -0.8828, -1.3470, 1.8132, 0.0092, -0.1708, 2.1401, 0.3706, -2.1551, 2.4509, -0.8262, -0.3621, 0.8232, 0.4393, 1.0970, 0.5984, 1.7714, 0.6131, 0.0216},
    0.95,
    2.944439,
    0.70,
};
// clang-format on
