/*
 * A landing URL as the spec loader checks it: parsed, fit for UTM
 * parameters and paper, then warned about. Its own file so that url.c, the
 * parser, does not depend on url_host.c, which reads what the parser made.
 */
#include "ids/url.h"

#include "campaign/status.h"

int
campaign__url_check_landing(const char *text, struct url_error *err,
                            void (*warn)(void *ctx, const char *message), void *ctx)
{
	struct url u;
	int rc = campaign__url_parse(&u, text, err);
	if (rc == CAMPAIGN_OK)
		rc = campaign__url_check_web(&u, err);
	if (rc == CAMPAIGN_OK)
		rc = campaign__url_host_warnings(&u, warn, ctx);
	campaign__url_free(&u);
	return rc;
}
