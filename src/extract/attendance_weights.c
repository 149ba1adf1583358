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
    {-2.2491, 0.8811, 0.5269, -0.2493, 2.1211, -0.0707, -0.4242, -2.1459, 1.5887, 2.0277, 0.0063, -0.7118, -0.4891, 0.1472, -1.1241, 1.3526, 0.3145, 0.3992, 0.2655, 0.4419},
    0.95,
    2.944439,
    0.75,
};

const state_weights attendance_state_weights = {
    {"bias", "mentions", "headline", "lead", "participates", "near", "speaks", "bilateral", "summit", "listed", "negation", "absence", "future", "remote", "leaders", "place", "demonym", "in_list", "run_near", "run_leaders", "clean", "head_named", "member", "host"},
    {-4.3730, -0.1538, -1.2408, -0.3097, 1.1633, -0.4177, -0.8814, -1.3467, 1.8130, 0.0083, -0.1764, 2.1408, 0.3703, -2.1586, 2.4538, -0.8252, -0.3631, 0.8246, 0.4392, 1.0968, 0.6019, 1.7721, 0.6152, 0.0232},
    0.95,
    2.944439,
    0.70,
};
// clang-format on
