/*
 * A learnt logistic model, as the extractor's document-level models use
 * it (attendance_model.h, membership_model.h): the weights a training
 * script generated, the score of one candidate and the --explain line
 * that shows it. One owner for the decision's arithmetic, so that every
 * model rounds, caps and compares alike.
 */
#ifndef ENTENTE_EXTRACT_MODEL_H
#define ENTENTE_EXTRACT_MODEL_H

#include <stddef.h>

#include "extract/extract_internal.h"

#define MODEL_FEATURES_MAX 24

/* A model's weights (generated: scripts/train-attendance and
 * scripts/train-membership): `count` features, the bias first. A
 * candidate is drawn when the weighted sum reaches `logit_threshold`,
 * the logit of `threshold`: the decision needs no exp(). */
typedef struct {
    int count;
    const char *names[MODEL_FEATURES_MAX];
    double weights[MODEL_FEATURES_MAX];
    double threshold, logit_threshold;
    double confidence_cap; /* the drawn relation's confidence at most */
} model_weights;

/* The score of one candidate: the weighted sum, the probability
 * (rounded to 1/1000) and the confidence a drawn relation gets (the
 * probability, at most the cap, rounded to 1/100): the bytes of a
 * draft do not hang on exp()'s last bits. */
typedef struct {
    double z, probability, confidence;
} model_score;

/* The score of the features x[0..w->count): callers size x by
 * MODEL_FEATURES_MAX, and a unit test checks each model's count against
 * its feature list (model_weights_should_have_one_weight_per_feature). */
model_score model_evaluate(const model_weights *w, const double *x);

/* Whether the score draws: the sum reaches the threshold and the
 * confidence `min_confidence`. */
int model_reaches(const model_weights *w, const model_score *s,
                  double min_confidence);

/* Sends the --explain line of one candidate: "  HEAD P DECISION[TAIL]",
 * the evidence when drawn, then each feature (but the bias) as
 * name=value. `tail` may be "". */
void model_explain(const ent_extract_options_t *o, const model_weights *w,
                   const char *head, const model_score *s, const char *decision,
                   const char *tail, sentence evidence, const double *x);

#endif /* ENTENTE_EXTRACT_MODEL_H */
