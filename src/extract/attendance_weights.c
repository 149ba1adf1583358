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
    {-2.3902, 0.9181, 0.5421, -0.2150, 2.1233, -0.1570, -0.5063, -2.1432, 1.6260, 1.9593, 0.0068, -0.7988, -0.4825, 0.0682, -1.1167, 1.2622, 0.3564, 0.3859, 0.4190, 0.4656},
    0.90,
    2.197225,
    0.75,
};

const state_weights attendance_state_weights = {
    {"bias", "mentions", "headline", "lead", "participates", "near", "speaks", "bilateral", "summit", "listed", "negation", "absence", "future", "remote", "leaders", "place", "demonym", "in_list", "run_near", "run_leaders", "clean", "head_named", "member", "host"},
    {-4.5971, -0.2291, -1.1961, -0.2577, 1.1854, -0.4862, -0.8586, -1.3122, 1.8730, 0.4303, -0.1344, 2.1051, 0.3166, -2.0616, 2.3961, -0.8570, -0.3747, 0.6945, 0.5129, 1.0707, 0.6028, 1.7870, 0.6505, -0.0161},
    0.95,
    2.944439,
    0.70,
};
// clang-format on
