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
    {-1.6704, 0.6743, 0.8327, -0.3876, 2.2566, -0.1862, -0.1483, -1.8944, 1.2970, 2.0210, -1.2185, -0.2803, -0.4201, -0.1122, -1.0417, 0.9348, 0.5544, 0.3636, 0.1289, 0.2337},
    0.90,
    2.197225,
    0.75,
};

const model_weights attendance_state_weights = {
    24,
    {"bias", "mentions", "headline", "lead", "participates", "near", "speaks", "bilateral", "summit", "listed", "negation", "absence", "future", "remote", "leaders", "place", "demonym", "in_list", "run_near", "run_leaders", "clean", "head_named", "member", "host"},
    {-4.9813, -0.0549, -1.3720, 0.0731, 1.4791, -0.8009, -0.6592, -1.0902, 1.9723, 0.5366, -1.2566, 1.8632, 0.0086, -1.9090, 2.3908, -0.8206, -0.3098, 0.5550, 0.5273, 0.8998, 0.1610, 2.0702, 0.5831, -0.2254},
    0.95,
    2.944439,
    0.70,
};
// clang-format on
