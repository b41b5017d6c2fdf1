#!/usr/bin/env python3
"""Renders one built-in template with Russian, English and Arabic values,
short and long, and checks the files with independent tools:

  pdfinfo -box   page size = trim + bleed + crop-mark room; TrimBox, BleedBox
  pdffonts       every font embedded
  pdftotext      title, phone number and hashtag are in the text
  qpdf --check   the PDF is sound (pdfinfo alone accepts broken files)
  zbarimg        the QR codes decode to the URL, from the PNG and from the
                 PDF rasterized with pdftoppm
  the PNG        pHYs = the DPI; pixel size = the page at that DPI
  twice          two renders of the same input are byte-identical
  the look       the PDF in English, Russian and Arabic, rasterized small by
                 pdftoppm, matches its reviewed reference PNG in
                 tests/render/ref/ within a tolerance (CAMPAIGN_UPDATE_REFERENCES=1
                 writes them instead: look at each one before committing it)

    check_render.py CAMPAIGN TEMPLATE
"""
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

import png_pixels

MARK_ROOM_MM = 8.0  # lib/template/template_model.h: MARK_ROOM_PT
PT_PER_MM = 72 / 25.4
SOCIAL_DPI = 96  # a page in px is that many pixels: lib/template/template_model.h PIXEL_PAGE_DPI
URL_DISPLAY = "томск.рф/rally/moscow"  # URL as it prints beside the code

# trim width, height and bleed in mm, as the templates say
TEMPLATES = {
    "flyer-a6": (105, 148, 3),
    "flyer-a5": (148, 210, 3),
    "flyer-a4": (210, 297, 3),
    "poster-a3": (297, 420, 3),
    "poster-a2": (420, 594, 5),
    "tearoff-a4": (210, 297, 3),
    "calm-flyer-a6": (105, 148, 3),
    "calm-flyer-a5": (148, 210, 3),
    "calm-tearoff-a4": (210, 297, 3),
    "calm-poster-a3": (297, 420, 3),
    "calm-poster-a2": (420, 594, 5),
    "minimal-flyer-a6": (105, 148, 3),
    "minimal-flyer-a5": (148, 210, 3),
    "minimal-tearoff-a4": (210, 297, 3),
    "minimal-poster-a3": (297, 420, 3),
    "minimal-poster-a2": (420, 594, 5),
    # Social images: pixels, no bleed, no marks, no QR code, no phone.
    "social-post": (1080, 1350, "px"),
    "social-square": (1080, 1080, "px"),
    "social-story": (1080, 1920, "px"),
    "social-link": (1200, 630, "px"),
    "social-banner": (1200, 400, "px"),
    "calm-social-post": (1080, 1350, "px"),
    "calm-social-square": (1080, 1080, "px"),
    "calm-social-story": (1080, 1920, "px"),
    "calm-social-link": (1200, 630, "px"),
    "calm-social-banner": (1200, 400, "px"),
    "minimal-social-post": (1080, 1350, "px"),
    "minimal-social-square": (1080, 1080, "px"),
    "minimal-social-story": (1080, 1920, "px"),
    "minimal-social-link": (1200, 630, "px"),
    "minimal-social-banner": (1200, 400, "px"),
}

URL = ("https://xn--j1adfnc.xn--p1ai/rally/moscow?utm_source=flyer&utm_medium=print"
       "&utm_campaign=rally_2026&utm_id=r26&utm_content=zavod_serp_i_molot_prokhodnaya_a")

TEXTS = {
    "ru": ("Митинг за достойную зарплату", "Парк Горького, Москва", "#МитингЗаЗарплату"),
    "en": ("Rally for a Living Wage", "Gorky Park, Moscow", "#LivingWageRally"),
    "ar": ("مسيرة من أجل أجر عادل", "ساحة التحرير، القاهرة", "#أجر_عادل"),
    "ru-long": ("Всероссийский митинг работников образования, здравоохранения и транспорта "
                "за достойную заработную плату и безопасные условия труда",
                "Парк культуры и отдыха имени Горького, главный вход со стороны Крымского Вала",
                "#МитингЗаДостойнуюЗарплату26"),
    "en-long": ("Nationwide Rally of Education, Health and Transport Workers for a Living "
                "Wage and Safe Working Conditions",
                "Gorky Central Park of Culture and Leisure, main entrance from Krymsky Val",
                "#NationwideLivingWageRally26"),
    "ar-long": ("مسيرة وطنية لعمال التعليم والصحة والنقل من أجل أجر عادل وظروف عمل آمنة "
                "وكريمة لجميع العاملين",
                "ساحة التحرير، المدخل الرئيسي من شارع قصر النيل، وسط القاهرة",
                "#مسيرة_الأجر_العادل_2026"),
}

PHONE = "+7 (495) 123-45-01"

# The look, compared small: the longer side in pixels (a few KiB a file), the
# texts compared, and how far a pixel may differ (antialiasing) and how many may.
REF_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ref")
REF_PIXELS = 160
REF_LANGS = ("en", "ru", "ar")
REF_PIXEL_TOLERANCE = 48      # of 255, on any channel
REF_MAX_DIFFERENT = 0.004     # of the pixels
failures = []
checked = []  # the files checked, so a run that checked none fails


def fail(msg):
    failures.append(msg)
    print("not ok: " + msg)


def run(args, **kw):
    return subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def render(campaign, template, lang, out, extra=()):
    title, venue, tag = TEXTS[lang]
    args = [campaign, "render", template, "--lang", lang.split("-")[0], "--now", "2026-12-01",
            "--set", "event.title=" + title, "--set", "event.date=2026-12-05",
            "--set", "event.time=12:00", "--set", "event.venue=" + venue,
            "--set", "url=" + URL, "--set", "phone=" + PHONE, "--set", "hashtag=" + tag,
            "-o", out] + list(extra)
    r = run(args)
    if r.returncode != 0 or r.stderr:
        fail("%s %s: render %s exited %d: %s" % (template, lang, os.path.basename(out),
                                                 r.returncode, r.stderr.decode()))
        return False
    return True


def plain(text):
    """pdftotext's text without bidi controls, and with whitespace as single spaces.
    The Arabic lam-alef ligature is one glyph for two letters; pdftotext gives
    them back in visual order ("األجر" for "الأجر"), so lams and alefs are left
    out of the comparison."""
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u00ad]", "", text)
    text = re.sub("[\u0622\u0623\u0625\u0627\u0644]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def png_info(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    w, h = struct.unpack(">II", data[16:24])
    phys = None
    pos = 8
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"pHYs":
            phys = struct.unpack(">IIB", data[pos + 8:pos + 17])
        pos += 12 + n
    return w, h, phys


def geometry(template):
    """Trim width, height, bleed and crop-mark room in mm, and whether it is a
    social image (a page in px: no marks, no QR code, no phone)."""
    w, h, bleed = TEMPLATES[template]
    if bleed == "px":
        return w * 25.4 / SOCIAL_DPI, h * 25.4 / SOCIAL_DPI, 0, 0, True
    return w, h, bleed, MARK_ROOM_MM, False


def decode(path):
    r = run(["zbarimg", "-q", "--raw", path])
    return [line for line in r.stdout.decode().splitlines() if line]


def check_pdf(template, lang, pdf, tmp):
    checked.append(pdf)
    w, h, bleed, marks, social = geometry(template)
    r = run(["pdfinfo", "-box", pdf])
    info = r.stdout.decode()
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    want_w = (w + 2 * (bleed + marks)) * PT_PER_MM
    want_h = (h + 2 * (bleed + marks)) * PT_PER_MM
    if not m or abs(float(m.group(1)) - want_w) > 0.02 or abs(float(m.group(2)) - want_h) > 0.02:
        fail("%s %s: page size %s, expected %.2f x %.2f" % (template, lang, m and m.group(0), want_w, want_h))
    for box, inset in (("TrimBox", marks + bleed), ("BleedBox", marks)):
        m = re.search(box + r":\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", info)
        want = (inset * PT_PER_MM, inset * PT_PER_MM, want_w - inset * PT_PER_MM, want_h - inset * PT_PER_MM)
        if not m or any(abs(float(m.group(i + 1)) - want[i]) > 0.02 for i in range(4)):
            fail("%s %s: %s %s, expected %s" % (template, lang, box, m and m.group(0),
                                                 " ".join("%.2f" % v for v in want)))
    fonts = run(["pdffonts", pdf]).stdout.decode().splitlines()[2:]
    if not fonts:
        fail("%s %s: no fonts" % (template, lang))
    for line in fonts:
        # name type [type] encoding emb sub uni id gen: emb is the 5th field from the end
        if line.split()[-5] != "yes":
            fail("%s %s: font not embedded: %s" % (template, lang, line))
    text = plain(run(["pdftotext", pdf, "-"]).stdout.decode())
    title, venue, tag = TEXTS[lang]
    # A social image has no number: the link as text stands in its place.
    for what, value in (("title", title), ("link" if social else "phone", URL_DISPLAY if social else PHONE),
                        ("hashtag", tag)):
        # pdftotext may interleave the lines of two columns side by side (a
        # social image's title beside its venue): then each word must be there.
        words = plain(value).split()
        if (plain(value) not in text and plain(value).replace(" ", "") not in text.replace(" ", "")
                and not (what == "title" and all(w in text.split() for w in words))):
            fail("%s %s: the %s '%s' is not in pdftotext's text: %s" % (template, lang, what, value, text[:300]))
    r = run(["qpdf", "--check", pdf])
    if r.returncode != 0:
        fail("%s %s: qpdf --check: %s" % (template, lang, r.stdout.decode()[-300:]))
    stem = os.path.join(tmp, "raster")
    # Print at 200 dpi for its codes; a social image at its own pixels.
    run(["pdftoppm", "-r", str(SOCIAL_DPI if social else 200), "-png", "-singlefile", pdf, stem])
    check_codes(template, lang, "PDF", decode(stem + ".png"), social)


def check_reference(template, lang, pdf, tmp):
    """The page as it looks, small, against the reviewed reference."""
    stem = os.path.join(tmp, "look")
    run(["pdftoppm", "-png", "-singlefile", "-scale-to", str(REF_PIXELS), pdf, stem])
    ref = os.path.join(REF_DIR, "%s-%s.png" % (template, lang))
    if os.environ.get("CAMPAIGN_UPDATE_REFERENCES") == "1":
        os.makedirs(REF_DIR, exist_ok=True)
        w, h, rows = png_pixels.read(stem + ".png")
        png_pixels.write(ref, w, h, rows)
        print("# wrote %s: look at it before committing it" % ref)
        return
    if not os.path.exists(ref):
        fail("%s %s: no reference %s (CAMPAIGN_UPDATE_REFERENCES=1 writes it)" % (template, lang, ref))
        return
    w, h, got = png_pixels.read(stem + ".png")
    rw, rh, want = png_pixels.read(ref)
    if (w, h) != (rw, rh):
        fail("%s %s: looks %dx%d small, the reference %dx%d" % (template, lang, w, h, rw, rh))
        return
    different = sum(1 for a, b in zip(got, want) for i in range(0, len(a), 3)
                    if max(abs(a[i] - b[i]), abs(a[i + 1] - b[i + 1]), abs(a[i + 2] - b[i + 2]))
                    > REF_PIXEL_TOLERANCE)
    if different > REF_MAX_DIFFERENT * w * h:
        copy = os.path.join(tempfile.gettempdir(), "%s-%s.png" % (template, lang))
        shutil.copyfile(stem + ".png", copy)
        fail("%s %s: %d of %d pixels differ from %s (this render: %s)" % (template, lang, different, w * h,
                                                                       ref, copy))


def check_codes(template, lang, what, codes, social):
    """Print's QR codes all decode to the URL; a social image has none."""
    if social and codes:
        fail("%s %s: the social image's %s has QR codes: %r" % (template, lang, what, codes))
    if not social and (not codes or any(c != URL for c in codes)):
        fail("%s %s: the QR codes of the %s decode to %r" % (template, lang, what, codes))


def check_png(template, lang, png, dpi, bleed_included):
    checked.append(png)
    w, h, bleed, _, social = geometry(template)
    pw, ph, phys = png_info(png)
    b = bleed if bleed_included else 0
    if social:
        dpi = SOCIAL_DPI  # whatever --dpi said: exactly the pixels the page names
    want_w = round((w + 2 * b) / 25.4 * dpi)
    want_h = round((h + 2 * b) / 25.4 * dpi)
    if social and (want_w, want_h) != TEMPLATES[template][:2]:
        fail("%s: the expected size is wrong" % template)
    if (pw, ph) != (want_w, want_h):
        fail("%s %s: PNG is %dx%d, expected %dx%d at %d dpi" % (template, lang, pw, ph, want_w, want_h, dpi))
    ppm = round(dpi / 0.0254)
    if phys != (ppm, ppm, 1):
        fail("%s %s: pHYs %r, expected %d px/m" % (template, lang, phys, ppm))
    check_codes(template, lang, "PNG", decode(png), social)


def main():
    campaign, template = sys.argv[1], sys.argv[2]
    if not os.environ.get("FONTCONFIG_FILE"):
        # Only the tests' own fonts (tests/fonts.conf.in): meson test sets this.
        print("Bail out! FONTCONFIG_FILE is not set: run this through meson test, "
              "or under meson devenv -C BUILD_DIR")
        return 1
    for tool in ("pdfinfo", "pdffonts", "pdftotext", "pdftoppm", "qpdf", "zbarimg"):
        if not shutil.which(tool):
            print("Bail out! %s is missing: run .ci/install-deps" % tool)
            return 1
    if template not in TEMPLATES:
        print("Bail out! no size for the template %s: add it to TEMPLATES" % template)
        return 1
    tmp = tempfile.mkdtemp()
    try:
        for lang in TEXTS:
            pdf = os.path.join(tmp, "a.pdf")
            pdf2 = os.path.join(tmp, "b.pdf")
            if render(campaign, template, lang, pdf) and render(campaign, template, lang, pdf2):
                if open(pdf, "rb").read() != open(pdf2, "rb").read():
                    fail("%s %s: two PDF renders differ" % (template, lang))
                check_pdf(template, lang, pdf, tmp)
                if lang in REF_LANGS:
                    check_reference(template, lang, pdf, tmp)
            # Short texts at the default 300 dpi with the bleed; long ones at 150 dpi.
            # Posters (A3 and up) always at 150 with the bleed: 300 dpi is checked
            # on every smaller page, and an A2 at 300 is 35 megapixels a render.
            dpi, extra = (300, ["--bleed"]) if "-" not in lang else (150, ["--dpi", "150"])
            if TEMPLATES[template][2] != "px" and TEMPLATES[template][1] > 297 and "-" not in lang:
                dpi, extra = 150, ["--dpi", "150", "--bleed"]
            png = os.path.join(tmp, "a.png")
            png2 = os.path.join(tmp, "b.png")
            if render(campaign, template, lang, png, extra) and render(campaign, template, lang, png2, extra):
                if open(png, "rb").read() != open(png2, "rb").read():
                    fail("%s %s: two PNG renders differ" % (template, lang))
                check_png(template, lang, png, dpi, "--bleed" in extra)
    finally:
        shutil.rmtree(tmp)
    # A PDF and a PNG for each text: fewer means some were never checked.
    if not checked or len(checked) != 2 * len(TEXTS):
        fail("%s: %d files checked, expected %d" % (template, len(checked), 2 * len(TEXTS)))
    print("%s: %d files checked, %d problems" % (template, len(checked), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
