# --sample fills a template with sample values in English, Russian and
# Arabic, one file each, named as they are written: print templates with
# their QR code (decoded by zbarimg, --set overriding a sample value), and
# social ones at exactly their pixels whatever the dpi.
"$CAMPAIGN" render calm-flyer-a6 --sample --dpi 72 --set url=https://example.org/look -o look.png
for f in look-en.png look-ru.png look-ar.png; do
	zbarimg -q --raw "$f" 2>/dev/null
done
"$CAMPAIGN" render minimal-social-link --sample --dpi 300 -o post.png
for f in post-en.png post-ru.png post-ar.png; do
	echo "$f $(od -An -tu4 --endian=big -j16 -N8 "$f" | tr -s ' ')"
done
# Each edition in its own script: the Russian sample's date is in Russian.
"$CAMPAIGN" render calm-flyer-a6 --sample -o page.pdf >/dev/null
pdftotext page-ru.pdf - | grep -c 'декабря'
ls -A
