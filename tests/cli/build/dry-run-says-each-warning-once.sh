# --dry-run plans twice (the build's checks, then the table it prints): a
# warning of the plan was printed twice. Each is said once.
mkdir c
printf '%s\n' 'campaign: {name: Rally, slug: rally, landing: "https://example.org/rally",' \
	'  phones: {country_code: 7, pool: ["+7 495 123-45-01", "+7 495 123-45-02"]}}' \
	'events: [{id: ev, title: Rally, date: 2026-12-05}]' \
	'placements: [{id: gate-a, event: ev, source: flyer, medium: print, content: a, phone: true}]' \
	>c/rally.yaml
"$CAMPAIGN" build c/rally.yaml -o out --now 2026-11-25 --format none --quiet
sed -i 's/"+7 495 123-45-01", //' c/rally.yaml
"$CAMPAIGN" build c/rally.yaml -o out --now 2026-11-26 --dry-run | cut -f1,4
