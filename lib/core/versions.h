/*
 * The versions of every public struct that carries one (internal), in one
 * place, for core/options.h: sizes[v] is the struct's size in version v.
 * When a release appends fields to a struct, its _VERSION macro goes up and
 * its table gets one entry more: the old last entry becomes the offsetof()
 * the first new field. Until the first release every struct is version 1.
 */
#ifndef CAMPAIGN_CORE_VERSIONS_H
#define CAMPAIGN_CORE_VERSIONS_H

#include <stddef.h>

#include "campaign/campaign.h"

static const size_t campaign__sizes_utm[] = { 0, sizeof(campaign_utm) };
static const size_t campaign__sizes_utm_conventions[] = { 0, sizeof(campaign_utm_conventions) };
static const size_t campaign__sizes_hashtag_options[] = { 0, sizeof(campaign_hashtag_options) };
static const size_t campaign__sizes_phone_rules[] = { 0, sizeof(campaign_phone_rules) };
static const size_t campaign__sizes_qr_options[] = { 0, sizeof(campaign_qr_options) };
static const size_t campaign__sizes_qr_geometry[] = { 0, sizeof(campaign_qr_geometry) };
static const size_t campaign__sizes_spec_options[] = { 0, sizeof(campaign_spec_options) };
static const size_t campaign__sizes_spec_load_options[] = { 0, sizeof(campaign_spec_load_options) };
static const size_t campaign__sizes_spec_hashtag[] = { 0, sizeof(campaign_spec_hashtag) };
static const size_t campaign__sizes_spec_phones[] = { 0, sizeof(campaign_spec_phones) };
static const size_t campaign__sizes_event[] = { 0, sizeof(campaign_event) };
static const size_t campaign__sizes_placement[] = { 0, sizeof(campaign_placement) };
static const size_t campaign__sizes_plan_options[] = { 0, sizeof(campaign_plan_options) };
static const size_t campaign__sizes_template_info[] = { 0, sizeof(campaign_template_info) };
static const size_t campaign__sizes_template_load_options[] = { 0, sizeof(campaign_template_load_options) };
static const size_t campaign__sizes_flyer_options[] = { 0, sizeof(campaign_flyer_options) };
static const size_t campaign__sizes_render_options[] = { 0, sizeof(campaign_render_options) };
static const size_t campaign__sizes_proof_options[] = { 0, sizeof(campaign_proof_options) };
static const size_t campaign__sizes_impose_options[] = { 0, sizeof(campaign_impose_options) };
static const size_t campaign__sizes_impose_fit[] = { 0, sizeof(campaign_impose_fit) };
static const size_t campaign__sizes_lookup_load_options[] = { 0, sizeof(campaign_lookup_load_options) };
static const size_t campaign__sizes_build_options[] = { 0, sizeof(campaign_build_options) };
static const size_t campaign__sizes_attribution_options[] = { 0, sizeof(campaign_attribution_options) };
static const size_t campaign__sizes_report_options[] = { 0, sizeof(campaign_report_options) };

#endif
