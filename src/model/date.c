/*
 * Dates as the schema writes them: YYYY-MM-DD, YYYY-MM or YYYY, and periods.
 */
#include <string.h>

#include "entente/model.h"

static int read_digits(const char *text, int count, int *value) {
    int result = 0;
    for (int i = 0; i < count; i++) {
        if (text[i] < '0' || text[i] > '9') {
            return 0;
        }
        result = result * 10 + (text[i] - '0');
    }
    *value = result;
    return 1;
}

static int is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int days_in_month(int year, int month) {
    static const int days[12] = {31, 28, 31, 30, 31, 30,
                                 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

/* Parses a date of exactly `length` bytes. */
static int date_is_valid_n(const char *text, size_t length) {
    int year, month, day;
    if (length < 4 || !read_digits(text, 4, &year) || year < 1) {
        return 0;
    }
    if (length == 4) {
        return 1;
    }
    if ((length != 7 && length != 10) || text[4] != '-' ||
        !read_digits(text + 5, 2, &month) || month < 1 || month > 12) {
        return 0;
    }
    if (length == 7) {
        return 1;
    }
    return text[7] == '-' && read_digits(text + 8, 2, &day) && day >= 1 &&
           day <= days_in_month(year, month);
}

int ent_date_is_valid(const char *text) {
    return text != NULL && date_is_valid_n(text, strlen(text));
}

int ent_period_is_valid(const char *text) {
    if (text == NULL) {
        return 0;
    }
    size_t length = strlen(text);
    if (date_is_valid_n(text, length)) {
        return 1;
    }
    const char *slash = strchr(text, '/');
    if (slash != NULL) {
        size_t first = (size_t)(slash - text);
        return date_is_valid_n(text, first) &&
               date_is_valid_n(slash + 1, length - first - 1) &&
               strncmp(text, slash + 1, first) <= 0;
    }
    int from, to;
    /* "2018-2022": two ordered years (a date cannot have month 2022). */
    return length == 9 && text[4] == '-' && read_digits(text, 4, &from) &&
           read_digits(text + 5, 4, &to) && from >= 1 && from <= to;
}
