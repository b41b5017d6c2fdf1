# Modules under 0.5 mm and a quiet zone under 4 modules are written, with warnings.
mkdir work && cd work
"$CAMPAIGN" qr "https://example.org/" -o w.svg --size 14mm --border 2
ls -A
