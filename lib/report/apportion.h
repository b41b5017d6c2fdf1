/*
 * Apportionment: a whole number of units shared in proportion to weights,
 * summing to the total exactly (Hamilton's largest-remainder method). The
 * attribution models reduce to weights; this is where money and per cent
 * stop being fractions.
 */
#ifndef CAMPAIGN_REPORT_APPORTION_H
#define CAMPAIGN_REPORT_APPORTION_H

#include <stddef.h>
#include <stdint.h>

/*
 * out[i] = floor(total * weights[i] / W), W the sum of the weights; then the
 * units left over (fewer than n) go one each to the largest remainders, the
 * earlier entry first on a tie. The arithmetic is exact (128-bit), so equal
 * weights always get amounts that differ by at most one unit, the extra
 * ones to the first entries.
 *
 * total is 0 to 2^50; each weight below 2^63; at least one weight nonzero.
 * @return 0, or -1 when out of memory (out unchanged).
 */
int campaign__apportion(const uint64_t *weights, size_t n, int64_t total, int64_t *out);

#endif
