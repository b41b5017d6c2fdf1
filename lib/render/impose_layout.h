/*
 * Where items go on a sheet (internal): the grid, its rotation and scale,
 * each slot's place, how much bleed each side of an item keeps, and the
 * shape a label product clips to. Pure geometry, in pt from the sheet's
 * top-left corner; drawing is impose.c's.
 */
#ifndef CAMPAIGN_IMPOSE_LAYOUT_H
#define CAMPAIGN_IMPOSE_LAYOUT_H

#include <stddef.h>

#include "campaign/impose.h"
#include "template/labels.h"

/* Office printers and labels may shrink an item this far to fit, no further (QR modules, text). */
#define IMPOSE_MIN_SCALE 0.9
/* Slots on one sheet: a sheet of 1,000 stamps is already absurd. */
#define IMPOSE_SLOTS_MAX 1000

struct impose_slot {
	double x, y; /* top-left of the item's box on the sheet (rotated and scaled), pt */
	int col, row; /* in the grid; labels: in their layout */
};

struct impose_layout {
	double sheet_w, sheet_h; /* pt */
	double trim_w, trim_h;   /* the flyer's trim, pt, as drawn before rotation and scale */
	double box_w, box_h;     /* one item's box on the sheet: trim, or the label; rotated, scaled */
	double scale;
	int rotated;             /* turned 90 degrees clockwise */
	int cols, rows;
	double bleed_out;        /* bleed kept outside the block of items, pt (0: none) */
	double bleed_in;         /* bleed kept between items, each side, pt */
	int marks;
	int office;
	struct label_shape label; /* label products: every slot's shape; kind LABEL_NONE otherwise */
	struct impose_slot slots[IMPOSE_SLOTS_MAX];
	size_t count;
};

/* The options, checked and in pt: what every layout of one imposer shares. */
struct impose_sheet {
	double w, h;            /* pt */
	double gutter;          /* pt, or < 0: twice the flyer's bleed */
	double margin;          /* office margin, pt */
	int cols, rows;         /* 0: auto */
	int office;
	int labelled;           /* 1: on the label product below */
	struct label_product product;
	char name[128];         /* the sheet as given, for messages */
};

/*
 * Reads and checks opts (already taken at the current version) into *s: the
 * sheet size, the gutter and margin, the label product.
 * @return CAMPAIGN_OK, CAMPAIGN_EINVALID or CAMPAIGN_EMISSING (reported), CAMPAIGN_ENOMEM.
 */
int campaign__impose_sheet(struct impose_sheet *s, const campaign_impose_options *opts,
                           campaign_diags *diags);

/*
 * A sheet size "A4", "SRA3", "210x297mm" in pt; 0, -1 when it is none of
 * those, or -2 when it is written as a size that is no sheet (a side of
 * zero, negative, absurdly small or large, no unit): why says what, whole.
 */
int campaign__sheet_size(const char *text, double *w, double *h, char *why, size_t why_size);

/*
 * Lays items of trim w x h with bleed out on sheet s.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID when not one fits (reported,
 *         saying how much room it would need).
 */
int campaign__impose_layout(struct impose_layout *l, const struct impose_sheet *s, double w, double h,
                            double bleed, campaign_diags *diags);

/*
 * A flyer of trim w x h alone on a page of that size for an office printer:
 * *scale (at most 1) keeps it margin pt inside every edge, centred.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID (reported) when that would
 *         shrink it below IMPOSE_MIN_SCALE.
 */
int campaign__office_fit(double w, double h, double margin, double *scale, campaign_diags *diags);

#endif
