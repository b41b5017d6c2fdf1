# A phone stores a portrait photo sideways and writes in EXIF how to turn it
# (Orientation, TIFF tag 274); every viewer turns it, so a flyer must, or
# the photo prints on its side with exit 0. One stored image in four
# coloured quadrants, under each of the eight orientations: the flyer shows
# the quadrants where the EXIF specification puts them, in the PNG and in
# the PDF (whose JPEG bytes a reader would show unturned, so a turned photo
# is carried as its turned pixels; an upright one keeps its JPEG bytes).
red='#dc1e1e' blue='#1e1edc' green='#1ea01e' yellow='#e6c81e'
# Top left, top right, bottom left, bottom right of the upright photo.
expect() {
	case $1 in
	1) echo "$red $blue $green $yellow" ;;
	2) echo "$blue $red $yellow $green" ;;
	3) echo "$yellow $green $blue $red" ;;
	4) echo "$green $yellow $red $blue" ;;
	5) echo "$red $green $blue $yellow" ;;
	6) echo "$green $red $yellow $blue" ;;
	7) echo "$yellow $blue $green $red" ;;
	8) echo "$blue $yellow $red $green" ;;
	esac
}
for n in 1 2 3 4 5 6 7 8; do
	mkdir "t$n"
	cp "data/artwork/exif/orientation-$n.jpg" "t$n/photo.jpg"
	# The photo fills the page: 60 x 30 stored, 30 x 60 turned a quarter.
	case $n in [1234]) width=60mm height=30mm ;; *) width=30mm height=60mm ;; esac
	cat > "t$n/t.yaml" <<YAML
page: { size: [$width, $height], safe: 2mm, marks: false }
elements:
  - image: { src: photo.jpg, at: [0, 0], width: $width }
YAML
	"$CAMPAIGN" render "t$n/t.yaml" -o "t$n/out.png" --dpi 72 --now 2026-12-01 2>/dev/null
	set -- $(expect $n)
	echo "orientation $n:"
	python3 "$TESTS/cli/helpers/png_pixels.py" "t$n/out.png" 0.25,0.25="$1" 0.75,0.25="$2" 0.25,0.75="$3" 0.75,0.75="$4"
	"$CAMPAIGN" render "t$n/t.yaml" -o "t$n/out.pdf" --now 2026-12-01 2>/dev/null
	pdfimages -list "t$n/out.pdf" | awk 'NR > 2 { print "  PDF image " $4 " x " $5 ", " $9 }'
	pdftoppm -r 72 -png "t$n/out.pdf" "t$n/pdf"
	python3 "$TESTS/cli/helpers/png_pixels.py" "t$n/pdf-1.png" 0.25,0.25="$1" 0.75,0.25="$2" 0.25,0.75="$3" 0.75,0.75="$4" | sed 's/^/  PDF /'
done
