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
