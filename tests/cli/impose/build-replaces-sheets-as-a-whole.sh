# A build with a sheet makes every placement's sheets, so sheets/ is
# replaced as a whole: a sheet no placement has any more (here one put
# there by hand) goes. A build that makes some of them (--only) keeps the
# others, and one without a sheet leaves sheets/ as it was.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --sheet SRA3 --format pdf --quiet 2>/dev/null
cp out/sheets/flyer-depot.pdf out/sheets/gone.pdf
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --sheet SRA3 --format pdf --quiet --only flyer-depot 2>/dev/null
ls out/sheets | tr '\n' ' '; echo
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --format pdf --quiet 2>/dev/null
ls out/sheets | tr '\n' ' '; echo
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --sheet SRA3 --format pdf --quiet 2>/dev/null
ls out/sheets | tr '\n' ' '; echo
python3 "$TESTS/cli/helpers/check_outputs.py" --no-temps out
