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
    {-2.7738, 1.0033, 0.7022, 0.3931, 0.9881, -0.1600, -0.3594, -1.3366, 0.9487, 1.4411, -0.0780, 0.0445, -0.1593, -0.5730, -0.4045, -0.2534, 0.8061, -0.5737, -0.8656, -0.3544, 0.9881, 1.0000},
    0.85,
    1.734601,
    0.75,
};

const model_weights attendance_state_weights = {
    25,
    {"bias", "mentions", "headline", "lead", "participates", "near", "speaks", "bilateral", "summit", "listed", "negation", "absence", "future", "remote", "leaders", "place", "demonym", "in_list", "run_near", "run_leaders", "clean", "head_named", "member", "host", "lexical"},
    {-4.6899, 0.3270, -1.3677, -0.1253, 1.7816, -0.7605, -0.6207, -1.1490, 1.9692, 0.1716, 0.1233, 1.7042, -0.1695, -1.8643, 1.9910, -0.6981, -0.4358, 0.7498, 0.3625, 0.5609, -0.1942, 2.3178, 0.1267, -0.3579, 1.0000},
    0.95,
    2.944439,
    0.70,
};

static const lexicon_entry attendance_lexicon_entries[] = {
    {"an", 0.0000, 0.5050},
    {"and", 0.2511, 0.0285},
    {"as", 0.0000, 0.2674},
    {"at", 0.0000, -0.1819},
    {"by", 0.0000, 0.0134},
    {"for", 0.0000, 0.0344},
    {"from", 0.0000, 0.0287},
    {"his", 0.0000, 0.4323},
    {"in", 0.3270, 0.4110},
    {"is", 0.2973, 0.3195},
    {"meeting", 0.0000, 0.0668},
    {"of", -0.0734, 0.1640},
    {"on", 0.0000, -0.1176},
    {"summit", 0.0000, 0.3927},
    {"the", 0.0583, 0.2477},
    {"which", 0.0000, -0.2385},
    {"will", 0.0000, -0.1252},
    {"with", 0.0000, -0.1675},
    {"year", 0.0000, 0.2326},
};
const lexicon attendance_lexicon = {19, attendance_lexicon_entries};

static const lexicon_entry attendance_state_lexicon_entries[] = {
    {"attended", 0.0000, -0.0664},
    {"been", 0.0000, -0.3479},
    {"bloc", 0.0000, -0.2010},
    {"by", 0.0000, -0.1001},
    {"chairmanship", 0.0000, 0.3451},
    {"has", 0.0000, -0.8428},
    {"heads", 0.0000, 0.5238},
    {"in", -0.4263, 0.0000},
    {"invited", 0.0000, -0.3099},
    {"leaders", 0.0000, 0.3294},
    {"meeting", 0.0000, 0.3076},
    {"of", 0.2018, 0.3129},
    {"presidents", 0.0000, 0.3695},
    {"region", 0.0000, -0.6226},
    {"represented", 0.0000, 0.5811},
    {"session", 0.0000, 0.2776},
    {"state", 0.0000, 0.1370},
    {"states", 0.0000, 0.2546},
    {"summit", 0.0000, -0.1425},
    {"the", 0.0000, -0.1049},
    {"to", 0.0000, -0.4779},
    {"well", 0.0000, 0.2706},
    {"were", 0.0000, 0.1864},
};
const lexicon attendance_state_lexicon = {23, attendance_state_lexicon_entries};
// clang-format on
