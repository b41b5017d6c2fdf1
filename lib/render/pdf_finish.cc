// The last pass over every PDF we write (pdf_boxes.h), through qpdf's C++
// API: the page boxes, the dates, the colour pass and the output intent, in
// one reading and one writing of the file. C++ because the colour pass is a
// token filter, which qpdf's C API lacks; attached to the streams, it runs
// while qpdf writes each one, so a set of ten thousand pages never holds its
// rewritten content in memory. No exception crosses into C.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <set>
#include <string>
#include <vector>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include "campaign/status.h"
#include "render/output_profile.h"
#include "render/pdf_boxes.h"
#include "render/pdf_colour_filter.hh"
#include "render/pdf_fd_pipeline.hh"
#include "render/pdf_images.hh"

namespace {

// A write to the output file that failed (pdf_fd_pipeline.hh): err is its errno.
struct pdf_write_error : std::exception {
	explicit pdf_write_error(int e) : err(e) {}
	const char* what() const noexcept override { return "cannot write"; }
	int err;
};

QPDFObjectHandle
box_array(const double v[4])
{
	std::vector<QPDFObjectHandle> items;
	// Four decimals of a point: far below anything a printer sees, and stable text.
	for (int i = 0; i < 4; i++)
		items.push_back(QPDFObjectHandle::newReal(v[i], 4));
	return QPDFObjectHandle::newArray(items);
}

// The boxes on every page: one for all, or one per page (a combined set of flyers).
void
set_boxes(std::vector<QPDFPageObjectHelper>& pages, const pdf_boxes* boxes, size_t nboxes)
{
	for (size_t i = 0; i < pages.size(); i++) {
		const pdf_boxes* b = &boxes[i < nboxes ? i : nboxes - 1];
		QPDFObjectHandle page = pages[i].getObjectHandle();
		page.replaceKey("/TrimBox", box_array(b->trim));
		page.replaceKey("/BleedBox", box_array(b->bleed));
	}
}

// A transparency group blends in CMYK, so a K-only black stays K-only when a RIP flattens it.
void
blend_in_cmyk(QPDFObjectHandle dict)
{
	QPDFObjectHandle group = dict.getKey("/Group");
	if (group.isDictionary() && group.getKey("/CS").isNameAndEquals("/DeviceRGB"))
		group.replaceKey("/CS", QPDFObjectHandle::newName("/DeviceCMYK"));
}

// Whether a resource is drawn with content of its own: a Form XObject or a tiling pattern.
bool
has_content(QPDFObjectHandle oh)
{
	if (!oh.isStream())
		return false;
	QPDFObjectHandle dict = oh.getDict();
	QPDFObjectHandle type = dict.getKey("/PatternType");
	return dict.getKey("/Subtype").isNameAndEquals("/Form") ||
	       (type.isInteger() && type.getIntValue() == 1);
}

// The colour filter on every page's content and, once each, on the forms and tiling patterns they
// use; with a profile, the RGB images they use converted, once each (pdf_images.hh).
void
filter_colours(std::vector<QPDFPageObjectHelper>& pages, const campaign_output_profile* profile)
{
	std::set<QPDFObjGen> seen;
	std::vector<QPDFObjectHandle> resources;
	for (auto& page : pages) {
		page.addContentTokenFilter(std::make_shared<ColourFilter>(profile));
		blend_in_cmyk(page.getObjectHandle());
		resources.push_back(page.getObjectHandle().getKey("/Resources"));
		while (!resources.empty()) {
			QPDFObjectHandle res = resources.back();
			resources.pop_back();
			if (!res.isDictionary())
				continue;
			for (const char* kind : { "/XObject", "/Pattern" }) {
				QPDFObjectHandle dict = res.getKey(kind);
				if (!dict.isDictionary())
					continue;
				for (auto& item : dict.ditems()) {
					QPDFObjectHandle oh = item.second;
					if (profile && campaign__is_rgb_image(oh) && seen.insert(oh.getObjGen()).second)
						campaign__image_to_cmyk(oh, profile);
					if (!has_content(oh) || !seen.insert(oh.getObjGen()).second)
						continue;
					oh.addTokenFilter(std::make_shared<ColourFilter>(profile));
					blend_in_cmyk(oh.getDict());
					resources.push_back(oh.getDict().getKey("/Resources"));
				}
			}
		}
	}
}

// The profile as the PDF's output intent (PDF/X's GTS_PDFX, ISO 15930), its bytes an ICC stream.
void
add_output_intent(QPDF& pdf, const campaign_output_profile* profile)
{
	size_t len;
	const char* bytes = campaign__output_profile_deflated(profile, &len);
	QPDFObjectHandle icc = pdf.newStream();
	// Deflated already, once per profile: qpdf copies a /FlateDecode stream as it is.
	icc.replaceStreamData(std::string(bytes, len), QPDFObjectHandle::newName("/FlateDecode"),
	                      QPDFObjectHandle::newNull());
	icc.getDict().replaceKey("/N", QPDFObjectHandle::newInteger(4));
	QPDFObjectHandle intent = QPDFObjectHandle::newDictionary();
	intent.replaceKey("/Type", QPDFObjectHandle::newName("/OutputIntent"));
	intent.replaceKey("/S", QPDFObjectHandle::newName("/GTS_PDFX"));
	intent.replaceKey("/OutputConditionIdentifier", QPDFObjectHandle::newString("Custom"));
	intent.replaceKey("/Info", QPDFObjectHandle::newString(campaign__output_profile_name(profile)));
	intent.replaceKey("/DestOutputProfile", icc);
	pdf.getRoot().replaceKey("/OutputIntents", QPDFObjectHandle::newArray({ intent }));
}

// /CreationDate and /ModDate of /Info set to date, or removed when date is NULL.
void
set_dates(QPDF& pdf, const char* date)
{
	QPDFObjectHandle trailer = pdf.getTrailer();
	if (!trailer.getKey("/Info").isDictionary())
		trailer.replaceKey("/Info", pdf.makeIndirectObject(QPDFObjectHandle::newDictionary()));
	QPDFObjectHandle info = trailer.getKey("/Info");
	for (const char* key : { "/CreationDate", "/ModDate" }) {
		if (date)
			info.replaceKey(key, QPDFObjectHandle::newString(date));
		else
			info.removeKey(key);
	}
}

// qpdf opens files by name; ours are descriptors (the scratch file has no name).
std::string
fd_path(int fd)
{
	return "/proc/self/fd/" + std::to_string(fd);
}

void
finish(const pdf_finish* how, const char* in, size_t len, int in_fd, campaign_buf* out, int out_fd,
       const char*& step)
{
	// qpdf keeps the names it is given: they live as long as the pass.
	const std::string in_path = in_fd < 0 ? "flyer.pdf" : fd_path(in_fd);
	QPDF pdf;
	// Problems come back to us as exceptions; qpdf must not print its warnings.
	pdf.setSuppressWarnings(true);
	step = "reading cairo's output";
	if (in_fd < 0)
		pdf.processMemoryFile(in_path.c_str(), in, len);
	else
		pdf.processFile(in_path.c_str());
	step = "setting the page boxes";
	std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
	if (how->boxes && how->nboxes && how->boxes->set)
		set_boxes(pages, how->boxes, how->nboxes);
	step = "converting the colours";
	filter_colours(pages, how->profile);
	if (how->profile)
		add_output_intent(pdf, how->profile);
	/*
	 * cairo 1.16 writes its dates without the "D:" prefix the PDF date
	 * syntax asks for (ISO 32000-1 7.9.4); write them again, or not at all.
	 */
	char date[CAMPAIGN__PDF_DATE_SIZE];
	int dated = how->now >= 0 && campaign__pdf_info_date(how->now, date, sizeof(date)) == 0;
	set_dates(pdf, dated ? date : nullptr);
	step = "writing";
	QPDFWriter writer(pdf);
	// Our own pipeline for a file: qpdf's file output lost a failed write (pdf_fd_pipeline.hh).
	pdf_fd_pipeline to_file(out_fd);
	if (out_fd < 0)
		writer.setOutputMemory();
	else
		writer.setOutputPipeline(&to_file);
	// The /ID from the content, not from the clock and a random number.
	writer.setDeterministicID(true);
	/*
	 * Copy cairo's streams as they are: by default qpdf inflates and
	 * deflates every stream again, which was a third of the time of a
	 * thousand-flyer build and gains nothing (cairo compresses them already).
	 * The content streams the colour filter is on are the exception: qpdf
	 * inflates, filters and deflates those while it writes them.
	 */
	writer.setDecodeLevel(qpdf_dl_none);
	// A set of a thousand pages has thousands of small objects; packed, about 8 % smaller.
	if (how->object_streams)
		writer.setObjectStreamMode(qpdf_o_generate);
	writer.write();
	if (to_file.error())
		throw pdf_write_error(to_file.error());
	if (out_fd >= 0)
		return;
	std::shared_ptr<Buffer> buf = writer.getBufferSharedPointer();
	size_t n = buf->getSize();
	out->ptr = static_cast<char*>(std::malloc(n + 1));
	if (!out->ptr)
		throw std::bad_alloc();
	std::memcpy(out->ptr, buf->getBuffer(), n);
	out->ptr[n] = '\0';
	out->size = n;
}

} // namespace

extern "C" int
campaign__pdf_finish_pages(const pdf_finish* how, const char* file, const char* in, size_t len,
                           int in_fd,
                           campaign_buf* out, int out_fd, campaign_diags* diags)
{
	if (out) {
		out->ptr = nullptr;
		out->size = 0;
	}
	const char* step = "starting";
	const char* why = "unknown error";
	try {
		finish(how, in, len, in_fd, out, out_fd, step);
		return CAMPAIGN_OK;
	} catch (std::bad_alloc const&) {
		if (out) {
			std::free(out->ptr);
			out->ptr = nullptr;
			out->size = 0;
		}
		return CAMPAIGN_ENOMEM;
	} catch (pdf_write_error const& e) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, file, 0, 0,
		                   "cannot write it: %s", std::strerror(e.err));
		return CAMPAIGN_EIO;
	} catch (std::exception const& e) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, file, 0, 0,
		                   "cannot finish the PDF (%s): qpdf: %s", step, e.what());
		return CAMPAIGN_EIO;
	} catch (...) {
	}
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, file, 0, 0,
	                   "cannot finish the PDF (%s): qpdf: %s", step, why);
	return CAMPAIGN_EIO;
}
