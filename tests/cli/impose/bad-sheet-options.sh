# Usage errors: each names the option and what it takes.
r() { "$CAMPAIGN" render flyer-a6 --set event.title=R --set event.date=2026-12-05 -o s.pdf "$@" 2>&1 || echo "exit $?"; }
r --sheet A4 --grid 2by2
r --sheet A4 --gutter 5furlongs
r --margin 5mm
r --labels "Avery L7163" --sheet A4
r --labels "Avery L7163" --office
r --copies 500
r --copies 0 --sheet A4
r --sheet A4 -o s.png
r --office --bleed -o o.png
# A value the library would refuse is a usage error too (as --dpi 0 is),
# found before anything is read or written, in render and in build alike.
r --sheet A44
r --sheet 5x5mm
r --sheet A4 --gutter 200mm
r --office --margin 60mm
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --sheet A44 2>&1 || echo "exit $?"
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --sheet A4 --gutter 101mm 2>&1 || echo "exit $?"
test ! -e out && test ! -e s.pdf && echo "nothing written"
