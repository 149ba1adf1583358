/*
 * A learnt logistic model's decision and --explain line (model.h).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "extract/model.h"

static double rounded(double value, double scale) {
    return floor(value * scale + 0.5) / scale;
}

model_score model_evaluate(const model_weights *w, const double *x) {
    model_score s = {0, 0, 0};
    for (int k = 0; k < w->count; k++) {
        s.z += w->weights[k] * x[k];
    }
    s.probability = rounded(1 / (1 + exp(-s.z)), 1000);
    double capped =
        s.probability < w->confidence_cap ? s.probability : w->confidence_cap;
    s.confidence = rounded(capped, 100);
    return s;
}

int model_reaches(const model_weights *w, const model_score *s,
                  double min_confidence) {
    return s->z >= w->logit_threshold && s->confidence >= min_confidence;
}

void model_explain(const ent_extract_options_t *o, const model_weights *w,
                   const char *head, const model_score *s, const char *decision,
                   const char *tail, sentence evidence, const double *x) {
    char line[1024];
    int at = snprintf(line, sizeof line, "  %s %.3f %s%s", head, s->probability,
                      decision, tail);
    if (strcmp(decision, "drawn") == 0 && at >= 0 && (size_t)at < sizeof line) {
        at += snprintf(line + at, sizeof line - (size_t)at,
                       " evidence [%zu, %zu)", evidence.start, evidence.end);
    }
    for (int k = 1; k < w->count && at >= 0 && (size_t)at < sizeof line; k++) {
        at += snprintf(line + at, sizeof line - (size_t)at, "%s%s=%d",
                       k == 1 ? ": " : " ", w->names[k], (int)x[k]);
    }
    o->explain(o->explain_payload, line);
}
