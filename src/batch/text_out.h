/*
 * Writing JSON strings and numbers and CSV fields: shared by the batch
 * and compare writers, which lay out tables of their own. NAN is null in
 * JSON and an empty CSV field; numbers take the shortest form that reads
 * back to the same double.
 */
#ifndef ENTENTE_TEXT_OUT_H
#define ENTENTE_TEXT_OUT_H

#include <stdio.h>

/* A JSON string, or null for NULL. */
void ent_out_json_string(FILE *out, const char *text);
/* A JSON number, or null for NAN (and infinities, which JSON lacks). */
void ent_out_json_number(FILE *out, double value);
/* A CSV field preceded by a comma unless `first`; quoted when it holds a
 * comma, a quote or a line break; NULL is an empty field. */
void ent_out_csv_field(FILE *out, const char *text, int first);
/* A CSV number preceded by a comma unless `first`; empty for NAN. */
void ent_out_csv_number(FILE *out, double value, int first);

#endif /* ENTENTE_TEXT_OUT_H */
