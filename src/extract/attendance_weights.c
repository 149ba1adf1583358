/*
 * The attendance models' weights and lexicons, learnt from the development
 * gold of tests/extract by scripts/train-attendance (logistic regression,
 * L2 penalty 1.0 on the hand features and 4.0 on the 24 lexical
 * ones, Newton steps). Generated: do not edit; run the script again after
 * a change of the rules or of the development gold.
 */
#include <stddef.h>

#include "extract/attendance_model.h"

// clang-format off
const model_weights attendance_model_weights = {
    22,
    {"bias", "mentions", "headline", "lead", "participates", "near", "speaks", "bilateral", "summit", "listed", "negation", "absence", "former", "future", "remote", "state_attends", "member", "host", "titled", "org_head", "clean", "lexical"},
    {-3.0831, 1.0068, 0.6829, 0.4049, 0.9980, -0.1796, -0.3850, -1.4062, 0.9768, 1.5516, -0.0350, 0.2342, -0.0794, -0.4346, -0.3670, -0.1390, 0.8483, -0.5443, -0.6655, -0.6210, 0.9980, 1.0000},
    0.85,
    1.734601,
    0.75,
};

const model_weights attendance_state_weights = {
    25,
    {"bias", "mentions", "headline", "lead", "participates", "near", "speaks", "bilateral", "summit", "listed", "negation", "absence", "future", "remote", "leaders", "place", "demonym", "in_list", "run_near", "run_leaders", "clean", "head_named", "member", "host", "lexical"},
    {-4.6460, 0.2937, -1.4061, -0.1211, 1.7513, -0.7846, -0.6111, -1.1573, 1.9907, 0.2798, 0.1164, 1.7101, -0.1384, -1.8320, 1.9696, -0.7541, -0.4425, 0.5559, 0.3783, 0.6539, -0.1716, 2.2943, 0.1659, -0.2113, 1.0000},
    0.95,
    2.944439,
    0.70,
};

static const lexicon_entry attendance_lexicon_entries[] = {
    {"an", 0.0000, 0.5390},
    {"and", 0.2707, 0.1001},
    {"as", 0.0000, 0.2884},
    {"at", 0.0000, -0.1527},
    {"by", 0.0000, 0.0797},
    {"for", 0.0000, 0.0723},
    {"from", 0.0000, 0.0466},
    {"his", 0.0000, 0.4463},
    {"in", 0.2293, 0.3803},
    {"is", 0.0000, 0.2109},
    {"leaders", 0.0000, -0.0904},
    {"meeting", 0.0000, 0.0463},
    {"of", 0.0000, 0.2380},
    {"on", 0.0000, -0.1020},
    {"summit", 0.0000, 0.3743},
    {"the", 0.0625, 0.1889},
    {"to", 0.0000, -0.1310},
    {"which", 0.0000, -0.2479},
    {"will", 0.0000, -0.0947},
    {"with", 0.0000, -0.1642},
    {"year", 0.0000, 0.2268},
};
const lexicon attendance_lexicon = {21, attendance_lexicon_entries};

static const lexicon_entry attendance_state_lexicon_entries[] = {
    {"attended", 0.0000, -0.0562},
    {"been", 0.0000, -0.3414},
    {"bloc", 0.0000, -0.1975},
    {"by", 0.0000, -0.0990},
    {"chairmanship", 0.0000, 0.3396},
    {"has", 0.0000, -0.8394},
    {"heads", 0.0000, 0.5136},
    {"in", -0.4514, 0.0000},
    {"invited", 0.0000, -0.3028},
    {"leaders", 0.0000, 0.3367},
    {"meeting", 0.0000, 0.3045},
    {"of", 0.2132, 0.3015},
    {"presidents", 0.0000, 0.3513},
    {"region", 0.0000, -0.6187},
    {"represented", 0.0000, 0.5675},
    {"session", 0.0000, 0.3065},
    {"state", 0.0000, 0.1288},
    {"states", 0.0000, 0.2387},
    {"summit", 0.0000, -0.1343},
    {"the", 0.0000, -0.0849},
    {"to", 0.0000, -0.4882},
    {"well", 0.0000, 0.2547},
    {"were", 0.0000, 0.1831},
};
const lexicon attendance_state_lexicon = {23, attendance_state_lexicon_entries};
// clang-format on
