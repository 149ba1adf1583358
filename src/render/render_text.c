/*
 * Text measurement for placing labels and wrapping the header: advance
 * widths of DejaVu Sans, the font every diagram names, for ASCII, Latin-1
 * and Cyrillic (taken from DejaVuSans.ttf and DejaVuSans-Bold.ttf, 2048
 * units per em). Other characters count as one em, more than most glyphs
 * take, so that a label never comes out wider than the room made for it.
 */
#include <string.h>

#include "render/render_internal.h"

static const unsigned short ascii_regular[] = {
    651,  821,  942,  1716, 1303, 1946, 1597, 563,  799,  799,  1024, 1716,
    651,  739,  651,  690,  1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303,
    1303, 1303, 690,  690,  1716, 1716, 1716, 1087, 2048, 1401, 1405, 1430,
    1577, 1294, 1178, 1587, 1540, 604,  604,  1343, 1141, 1767, 1532, 1612,
    1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799,
    690,  799,  1716, 1024, 1024, 1255, 1300, 1126, 1300, 1260, 721,  1300,
    1298, 569,  569,  1186, 569,  1995, 1298, 1253, 1300, 1300, 842,  1067,
    803,  1298, 1212, 1675, 1212, 1212, 1075, 1303, 690,  1303, 1716,
};
static const unsigned short ascii_bold[] = {
    713,  934,  1067, 1716, 1425, 2052, 1786, 627,  936,  936,  1071, 1716,
    778,  850,  778,  748,  1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425,
    1425, 1425, 819,  819,  1716, 1716, 1716, 1188, 2048, 1585, 1561, 1503,
    1700, 1399, 1399, 1681, 1714, 762,  762,  1587, 1305, 2038, 1714, 1741,
    1501, 1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483, 1485, 936,
    748,  936,  1716, 1024, 1024, 1382, 1466, 1214, 1466, 1389, 891,  1466,
    1458, 702,  702,  1362, 702,  2134, 1458, 1407, 1466, 1466, 1010, 1219,
    979,  1458, 1335, 1892, 1321, 1335, 1192, 1458, 748,  1458, 1716,
};
static const unsigned short latin1_regular[] = {
    651,  821,  1303, 1303, 1303, 1303, 690,  1024, 1024, 2048, 965,  1253,
    1716, 739,  2048, 1024, 1024, 1716, 821,  821,  1024, 1303, 1303, 651,
    1024, 821,  965,  1253, 1985, 1985, 1985, 1087, 1401, 1401, 1401, 1401,
    1401, 1401, 1995, 1430, 1294, 1294, 1294, 1294, 604,  604,  604,  604,
    1587, 1532, 1612, 1612, 1612, 1612, 1612, 1716, 1612, 1499, 1499, 1499,
    1499, 1251, 1239, 1290, 1255, 1255, 1255, 1255, 1255, 1255, 2011, 1126,
    1260, 1260, 1260, 1260, 569,  569,  569,  569,  1253, 1298, 1253, 1253,
    1253, 1253, 1253, 1716, 1253, 1298, 1298, 1298, 1298, 1212, 1300, 1212,
};
static const unsigned short cyrillic_regular[] = {
    1294, 1294, 1610, 1249, 1430, 1300, 604,  604,  604,  2240, 2140, 1610,
    1454, 1532, 1248, 1540, 1401, 1405, 1405, 1249, 1600, 1294, 2206, 1313,
    1532, 1532, 1454, 1540, 1767, 1540, 1612, 1540, 1235, 1430, 1251, 1248,
    1763, 1403, 1590, 1404, 2190, 2240, 1705, 1807, 1405, 1430, 2211, 1423,
    1255, 1263, 1207, 1076, 1416, 1260, 1845, 1089, 1331, 1331, 1237, 1309,
    1545, 1339, 1253, 1339, 1300, 1126, 1193, 1212, 1751, 1212, 1394, 1210,
    1874, 1929, 1447, 1617, 1207, 1124, 1724, 1232, 1260, 1260, 1280, 1076,
    1124, 1067, 569,  569,  569,  1848, 1840, 1335, 1237, 1331, 1212, 1339,
};

/* Decodes one UTF-8 character at *p and advances past it; invalid bytes
 * count as one character each. */
unsigned long text_next_code_point(const unsigned char **p) {
    const unsigned char *s = *p;
    unsigned long c = s[0];
    size_t length = c < 0x80         ? 1
                    : (c >> 5) == 6  ? 2
                    : (c >> 4) == 14 ? 3
                    : (c >> 3) == 30 ? 4
                                     : 1;
    for (size_t k = 1; k < length; k++) {
        if ((s[k] & 0xC0) != 0x80) {
            length = 1;
            break;
        }
    }
    if (length > 1) {
        c &= 0x3Fu >> (length - 1);
        for (size_t k = 1; k < length; k++) {
            c = (c << 6) | (s[k] & 0x3F);
        }
    }
    *p = s + length;
    return c;
}

static double advance(unsigned long c, int bold) {
    double units = 2048;
    if (c >= 0x20 && c <= 0x7E) {
        units = (bold ? ascii_bold : ascii_regular)[c - 0x20];
    } else if (c >= 0xA0 && c <= 0xFF) {
        units = latin1_regular[c - 0xA0] * (bold ? 1.1 : 1.0);
    } else if (c >= 0x400 && c <= 0x45F) {
        units = cyrillic_regular[c - 0x400] * (bold ? 1.1 : 1.0);
    }
    return units / 2048.0;
}

double text_width(const char *text, size_t length, double size, int bold) {
    const unsigned char *p = (const unsigned char *)text;
    const unsigned char *end = p + length;
    double width = 0;
    while (p < end && *p) {
        width += advance(text_next_code_point(&p), bold);
    }
    return width * size;
}

size_t text_wrap(const char *text, double size, int bold, double width,
                 text_line *lines, size_t capacity) {
    size_t count = 0;
    const char *p = text;
    while (*p && count < capacity) {
        /* One line: whole words while they fit, one word at least. */
        const char *start = p, *end = p;
        double used = 0;
        while (*p && *p != '\n') {
            const char *word = p;
            while (*p && *p != ' ' && *p != '\n') {
                p++;
            }
            double w = text_width(word, (size_t)(p - word), size, bold);
            double space = end > start ? text_width(" ", 1, size, bold) : 0;
            if (end > start && used + space + w > width) {
                p = word;
                break;
            }
            used += space + w;
            end = p;
            while (*p == ' ') {
                p++;
            }
        }
        lines[count].start = start;
        lines[count].length = (size_t)(end - start);
        count++;
        while (*p == ' ') {
            p++;
        }
        if (*p == '\n') {
            p++;
        }
    }
    return count;
}
