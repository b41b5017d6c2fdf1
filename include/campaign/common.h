/*
 * libcampaign: common definitions shared by every public header.
 *
 * Everything the library hands out as text leaves it in a campaign_buf and is
 * released with campaign_buf_dispose(); never free() it yourself, so that a
 * program and the library may use different allocators.
 */
#ifndef CAMPAIGN_COMMON_H
#define CAMPAIGN_COMMON_H

#include <stddef.h>
#include <stdint.h>

/** Marks the exported functions; everything else in the library is hidden. */
#if defined(_WIN32) && defined(CAMPAIGN_BUILDING_LIBRARY)
#define CAMPAIGN_API __declspec(dllexport)
#elif defined(_WIN32)
#define CAMPAIGN_API __declspec(dllimport)
#elif defined(__GNUC__)
#define CAMPAIGN_API __attribute__((visibility("default")))
#else
#define CAMPAIGN_API
#endif

#ifdef __cplusplus
#define CAMPAIGN_BEGIN_DECLS extern "C" {
#define CAMPAIGN_END_DECLS }
#else
#define CAMPAIGN_BEGIN_DECLS /**< opens C linkage around declarations, for C++ programs */
#define CAMPAIGN_END_DECLS   /**< closes it */
#endif

/** Lets the compiler check printf-like format strings (-Wformat). */
#if defined(__GNUC__)
#define CAMPAIGN_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define CAMPAIGN_PRINTF(fmt, args)
#endif

CAMPAIGN_BEGIN_DECLS

/**
 * The value of an optional number that is not set: a clock, a size. Each
 * field that takes it says what unset means ("the current time", "from
 * module_mm"). An options struct's other numbers have their defaults in
 * its _INIT macro, and 0 is never a stand-in for a default: a 0 means 0.
 */
#define CAMPAIGN_UNSET (-1)

/**
 * The latest clock (`now`) the library accepts, in seconds since
 * 1970-01-01 UTC: 9999-12-31T23:59:59Z, the last second a four-digit year
 * can write in a ledger or a PDF. The earliest is 0.
 */
#define CAMPAIGN_TIME_MAX ((int64_t)253402300799)

/**
 * A string or byte buffer returned by the library.
 *
 * `ptr` is NUL-terminated (the terminator is not counted in `size`), so text
 * can be used as a C string; binary data (a PNG) may contain NUL bytes, so use
 * `size`. An all-zero campaign_buf is a valid empty buffer.
 */
typedef struct campaign_buf {
	char *ptr;   /**< the bytes, NUL-terminated; NULL when empty */
	size_t size; /**< the number of bytes, without the terminator */
} campaign_buf;

/** Initializer for an empty buffer. */
#define CAMPAIGN_BUF_INIT { NULL, 0 }

/**
 * Releases the memory of a buffer returned by the library and resets it to
 * empty. Accepts NULL and an already empty buffer. A buffer must be
 * disposed of by one thread at a time, like any other object.
 */
CAMPAIGN_API void campaign_buf_dispose(campaign_buf *buf);

/**
 * A key and its value: a custom URL parameter, or a CSV column of a row.
 * Shared by the spec (placements, rows) and the UTM builder, so it lives here.
 */
typedef struct campaign_param {
	const char *key;   /**< UTF-8 */
	const char *value; /**< UTF-8 */
} campaign_param;

CAMPAIGN_END_DECLS

#endif
