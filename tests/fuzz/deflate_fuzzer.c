/*
 * The line-repeating deflate (lib/deflate_lines.c) on any bytes: the first
 * two bytes give the line length (1 to 4,096), the rest is cut into lines
 * (a short last line is dropped). Invariant: zlib inflates the stream to
 * exactly those lines.
 */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "campaign/status.h"
#include "qr/deflate_lines.h"
#include "fuzz_util.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 3)
		return 0;
	size_t len = 1 + (((size_t)data[0] << 8 | data[1]) % 4096);
	data += 2;
	size -= 2;
	size_t lines = size / len;
	struct strbuf out;
	campaign__strbuf_init(&out, 0);
	struct deflate_lines *d = malloc(sizeof(*d));
	FUZZ_CHECK(d);
	int rc = campaign__deflate_lines_begin(d, &out, len);
	for (size_t i = 0; i < lines && rc == CAMPAIGN_OK; i++)
		rc = campaign__deflate_lines_add(d, data + i * len);
	FUZZ_CHECK(rc == CAMPAIGN_OK);
	FUZZ_CHECK(campaign__deflate_lines_end(d) == CAMPAIGN_OK);
	free(d);
	size_t total = lines * len;
	unsigned char *back = malloc(total + 1);
	FUZZ_CHECK(back);
	uLongf got = (uLongf)total + 1;
	FUZZ_CHECK(uncompress(back, &got, (const Bytef *)out.ptr, (uLong)out.len) == Z_OK);
	FUZZ_CHECK(got == total && memcmp(back, data, total) == 0);
	free(back);
	campaign__strbuf_free(&out);
	return 0;
}
