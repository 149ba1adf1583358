/*
 * libFuzzer target for the date and period validators, checked against an
 * independent oracle: the C library's calendar (timegm normalizes an
 * impossible day such as February 30 into another date, so a real date is
 * one that survives the trip unchanged).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "entente/model.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int all_digits(const char *text, size_t count) {
    for (size_t i = 0; i < count; i++) {
        if (text[i] < '0' || text[i] > '9') {
            return 0;
        }
    }
    return 1;
}

static int number(const char *text, size_t count) {
    int value = 0;
    for (size_t i = 0; i < count; i++) {
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

/* The oracle for one date of exactly `length` bytes. */
static int reference_date(const char *text, size_t length) {
    if (length != 4 && length != 7 && length != 10) {
        return 0;
    }
    if (!all_digits(text, 4) || number(text, 4) < 1) {
        return 0;
    }
    int month = 1, day = 1;
    if (length >= 7) {
        if (text[4] != '-' || !all_digits(text + 5, 2)) {
            return 0;
        }
        month = number(text + 5, 2);
        if (month < 1 || month > 12) {
            return 0;
        }
    }
    if (length == 10) {
        if (text[7] != '-' || !all_digits(text + 8, 2)) {
            return 0;
        }
        day = number(text + 8, 2);
        if (day < 1) {
            return 0;
        }
    }
    struct tm tm = {0};
    tm.tm_year = number(text, 4) - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = 12;
    time_t seconds = timegm(&tm);
    struct tm back;
    if (gmtime_r(&seconds, &back) == NULL) {
        abort();
    }
    return back.tm_mday == day && back.tm_mon == month - 1;
}

/* A valid date as a number that orders like the calendar, with a missing
 * month or day counting as 0, so that "2020" comes before "2020-05". */
static long date_key(const char *text, size_t length) {
    long key = number(text, 4) * 10000L;
    if (length >= 7) {
        key += number(text + 5, 2) * 100L;
    }
    if (length == 10) {
        key += number(text + 8, 2);
    }
    return key;
}

static int reference_period(const char *text) {
    size_t length = strlen(text);
    if (reference_date(text, length)) {
        return 1;
    }
    const char *slash = memchr(text, '/', length);
    if (slash != NULL) {
        size_t first = (size_t)(slash - text);
        size_t second = length - first - 1;
        return reference_date(text, first) &&
               reference_date(slash + 1, second) &&
               date_key(text, first) <= date_key(slash + 1, second);
    }
    return length == 9 && text[4] == '-' && all_digits(text, 4) &&
           all_digits(text + 5, 4) && number(text, 4) >= 1 &&
           number(text, 4) <= number(text + 5, 4);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *text = malloc(size + 1);
    if (text == NULL) {
        return 0;
    }
    memcpy(text, data, size);
    text[size] = '\0';
    int date = ent_date_is_valid(text);
    int period = ent_period_is_valid(text);
    size_t length = strlen(text); /* stops at an embedded NUL, as C does */
    if (date != reference_date(text, length)) {
        abort();
    }
    if (period != reference_period(text)) {
        abort();
    }
    if (date && !period) {
        abort(); /* every date is a period */
    }
    free(text);
    return 0;
}
