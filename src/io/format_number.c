/*
 * ent_format_number (io.h): the shortest of %.15g, %.16g and %.17g that
 * reads back to the same double, byte for byte what snprintf and strtod
 * give, without them in the common case.
 *
 * Why: writing a column of 10^4 doubles took about 19 ms through snprintf
 * (two or three calls of glibc's exact multiprecision printf and a strtod
 * per value, 1.9 us each), more than computing degree, coreness, PageRank
 * or eigenvector centrality on that network. Here a value, mantissa times
 * a power of two, is scaled to P digits exactly in 128-bit integers
 * (mantissa * 5^k fits for k <= 27) and rounded to nearest, ties to even,
 * as glibc's printf rounds: the digits of %.Pg. The read back of P digits
 * is one double multiplication or division of exact operands (Clinger's
 * fast path: the digits below 2^53, the power of ten at most 10^22),
 * which is what strtod returns. Other values (exponents beyond those
 * ranges) take the snprintf path. No floating point beyond doubles, so
 * that valgrind, which runs long double as double, gives the same bytes.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entente/io.h"

#define MAX_SCALE 27 /* 5^27 < 2^63 */
#define MAX_EXACT 22 /* 10^22 is the largest power of ten a double holds */

/* 128-bit integers: a GCC and Clang extension, named as one. */
__extension__ typedef unsigned __int128 wide_t;

/* The reference: snprintf until the text reads back to the value. */
static void format_by_printf(char *out, size_t size, double value) {
    for (int digits = 15; digits <= 17; digits++) {
        snprintf(out, size, "%.*g", digits, value);
        if (strtod(out, NULL) == value) {
            return;
        }
    }
}

static uint64_t power_of_five(int k) {
    uint64_t p = 1;
    for (int i = 0; i < k; i++) {
        p *= 5;
    }
    return p;
}

static uint64_t power_of_ten(int k) {
    uint64_t p = 1;
    for (int i = 0; i < k; i++) {
        p *= 10;
    }
    return p;
}

/* numerator / denominator rounded to nearest, ties to even (as glibc's
 * printf rounds an exact tie); *floor_out gets the quotient before. */
static uint64_t divide_rounded(wide_t numerator, wide_t denominator,
                               uint64_t *floor_out) {
    wide_t q = numerator / denominator, r = numerator % denominator;
    *floor_out = (uint64_t)q;
    if (2 * r > denominator || (2 * r == denominator && (q & 1))) {
        q++;
    }
    return (uint64_t)q;
}

/* magnitude * 10^k rounded to an integer (and its floor), exactly:
 * magnitude = mantissa * 2^binary. 0 when the integers would overflow. */
static int scale_exactly(uint64_t mantissa, int binary, int k,
                         uint64_t *rounded, uint64_t *floor_out) {
    if (k >= 0) { /* mantissa * 5^k * 2^(binary + k), below 2^116 */
        wide_t product = (wide_t)mantissa * power_of_five(k);
        int shift = binary + k;
        if (shift >= 0) {
            if (shift > 127 - 116 || (product << shift) >> 64 != 0) {
                return 0;
            }
            *rounded = *floor_out = (uint64_t)(product << shift);
            return 1;
        }
        if (-shift >= 127) {
            return 0;
        }
        /* a division by a power of two: shifts, not 128-bit division */
        wide_t q = product >> -shift, r = product - (q << -shift);
        wide_t half = (wide_t)1 << (-shift - 1);
        *floor_out = (uint64_t)q;
        *rounded = (uint64_t)(q + (r > half || (r == half && (q & 1))));
        return 1;
    }
    /* mantissa * 2^(binary - j) / 5^j with j = -k */
    int j = -k, shift = binary - j;
    wide_t five = power_of_five(j);
    if (shift >= 0) {
        if (shift > 127 - 53) {
            return 0;
        }
        *rounded = divide_rounded((wide_t)mantissa << shift, five, floor_out);
        return 1;
    }
    if (-shift > 127 - 63) {
        return 0;
    }
    *rounded = divide_rounded(mantissa, five << -shift, floor_out);
    return 1;
}

/* Writes `digits` (count decimal digits of `mantissa`) with exponent
 * `exponent` the way %.Pg does: trailing zeros dropped, fixed notation when
 * -4 <= exponent < precision, else d.ddde+XX. Returns the length. */
static size_t write_g(char *text, int negative, uint64_t mantissa, int count,
                      int exponent, int precision) {
    char digits[24];
    for (int i = count - 1; i >= 0; i--) {
        digits[i] = (char)('0' + mantissa % 10);
        mantissa /= 10;
    }
    while (count > 1 && digits[count - 1] == '0') {
        count--;
    }
    size_t n = 0;
    if (negative) {
        text[n++] = '-';
    }
    if (exponent < -4 || exponent >= precision) {
        text[n++] = digits[0];
        if (count > 1) {
            text[n++] = '.';
            memcpy(text + n, digits + 1, (size_t)count - 1);
            n += (size_t)count - 1;
        }
        n += (size_t)sprintf(text + n, "e%c%02d", exponent < 0 ? '-' : '+',
                             abs(exponent));
    } else if (exponent >= 0) {
        for (int i = 0; i <= exponent; i++) {
            text[n++] = i < count ? digits[i] : '0';
        }
        if (count > exponent + 1) {
            text[n++] = '.';
            memcpy(text + n, digits + exponent + 1,
                   (size_t)(count - exponent - 1));
            n += (size_t)(count - exponent - 1);
        }
    } else {
        text[n++] = '0';
        text[n++] = '.';
        for (int i = -1; i > exponent; i--) {
            text[n++] = '0';
        }
        memcpy(text + n, digits, (size_t)count);
        n += (size_t)count;
    }
    text[n] = '\0';
    return n;
}

/* The P significant digits of `magnitude` (> 0) as %.Pg rounds them, and
 * the decimal exponent of the first (*exponent: a guess within one on
 * entry); 0 when the integers here cannot hold them. */
static int round_digits(double magnitude, int precision, uint64_t *mantissa,
                        int *exponent) {
    int binary;
    double fraction = frexp(magnitude, &binary);
    uint64_t bits = (uint64_t)ldexp(fraction, 53);
    binary -= 53;
    uint64_t low = power_of_ten(precision - 1), high = low * 10;
    int e = *exponent;
    for (int attempt = 0; attempt < 3; attempt++) {
        int k = precision - 1 - e;
        uint64_t m, below;
        if (k > MAX_SCALE || k < -MAX_SCALE ||
            !scale_exactly(bits, binary, k, &m, &below)) {
            return 0;
        }
        if (below >= high) {
            e++;
            continue;
        }
        if (below < low) {
            e--;
            continue;
        }
        if (m == high) { /* 9.99...5 rounds up to the next power of ten */
            m = low;
            e++;
        }
        *mantissa = m;
        *exponent = e;
        return 1;
    }
    return 0;
}

/* 1 when m * 10^q reads back as `magnitude`, -1 when it does not, 0 when
 * only strtod can tell. */
static int reads_back(double magnitude, uint64_t m, int q) {
    if (m > ((uint64_t)1 << 53) || q > MAX_EXACT || q < -MAX_EXACT) {
        return 0;
    }
    static const double powers[MAX_EXACT + 1] = {
        1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    double power = powers[q < 0 ? -q : q]; /* each exact in a double */
    double back = q >= 0 ? (double)m * power : (double)m / power;
    return back == magnitude ? 1 : -1;
}

/* The fast path; 0 when the value must take format_by_printf. */
static int format_fast(char *text, double value) {
    if (!isfinite(value)) {
        return 0;
    }
    double magnitude = fabs(value);
    int negative = value < 0;
    if (magnitude < 1e15 && magnitude == floor(magnitude)) {
        /* An integer below 10^15: %.15g writes its digits and reads back. */
        uint64_t m = (uint64_t)magnitude;
        text[0] = '-';
        char *p = text + negative, digits[20];
        int count = 0;
        do {
            digits[count++] = (char)('0' + m % 10);
            m /= 10;
        } while (m > 0);
        while (count > 0) {
            *p++ = digits[--count];
        }
        *p = '\0';
        return 1;
    }
    int guess = (int)floor(log10(magnitude));
    for (int precision = 15; precision <= 17; precision++) {
        uint64_t m;
        int exponent = guess;
        if (!round_digits(magnitude, precision, &m, &exponent)) {
            if (precision < 17) {
                return 0;
            }
            snprintf(text, 40, "%.17g", value); /* 15 and 16 did not do */
            return 1;
        }
        int back = precision == 17
                       ? 1
                       : reads_back(magnitude, m, exponent - precision + 1);
        if (back >= 0) {
            write_g(text, negative, m, precision, exponent, precision);
        }
        if (back == 0 && strtod(text, NULL) != value) {
            back = -1;
        }
        if (back >= 0) {
            return 1;
        }
    }
    return 0;
}

void ent_format_number(char *out, size_t size, double value) {
    char text[40];
    if (value == 0) {
        snprintf(out, size, "0"); /* also -0, which reads as 0 anyway */
        return;
    }
    if (format_fast(text, value)) {
        size_t length = strlen(text);
        length = length < size ? length : size - 1;
        memcpy(out, text, length);
        out[length] = '\0';
        return;
    }
    format_by_printf(out, size, value);
}
