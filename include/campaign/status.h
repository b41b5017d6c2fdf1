/*
 * libcampaign: status codes.
 *
 * Every fallible call returns an int: CAMPAIGN_OK (0) on success, one of the
 * negative campaign_status values otherwise. The details (what, where) are in
 * the campaign_diags the caller passed in.
 */
#ifndef CAMPAIGN_STATUS_H
#define CAMPAIGN_STATUS_H

#include <campaign/common.h>

CAMPAIGN_BEGIN_DECLS

/** What a fallible call returns: CAMPAIGN_OK or one of the failures. */
typedef enum campaign_status {
	CAMPAIGN_OK = 0,
	/** The input is invalid: spec, template, data, option value. */
	CAMPAIGN_EINVALID = -1,
	/** A query (resolve) matched nothing. */
	CAMPAIGN_ENOTFOUND = -2,
	/** The phone pool cannot serve every placement that asks for a number. */
	CAMPAIGN_EEXHAUSTED = -3,
	/** The data does not fit (a QR payload too long for any version). */
	CAMPAIGN_ETOOLONG = -4,
	/** A file cannot be read or written. */
	CAMPAIGN_EIO = -5,
	/** Something the library needs is missing: a font, a template. */
	CAMPAIGN_EMISSING = -6,
	/** Out of memory. */
	CAMPAIGN_ENOMEM = -7
} campaign_status;

/**
 * A short English description of a status ("input is invalid").
 * Thread-safe: it only returns a string constant.
 * @return a static string, never NULL (unknown codes give "unknown status").
 */
CAMPAIGN_API const char *campaign_strerror(int status);

CAMPAIGN_END_DECLS

#endif
