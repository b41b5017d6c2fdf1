# Words of scripts without letter case are joined with '_', as people write
# tags there; tags of cased scripts run together in camel case as before:
# the example campaign's tag is the one its ledger has always held.
"$CAMPAIGN" hashtag "مسيرة من أجل أجر عادل" "עצרת למען שכר הוגן" "東京 マラソン 2026" \
	"ชุมนุม ค่าแรง" "Rally 2026 مسيرة"
"$CAMPAIGN" hashtag "Митинг за достойную зарплату" "Riverside clean-up day" "Οδός Σταδίου"
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-12-01 --quiet >/dev/null
grep -v '^#' examples/rally/campaign.ledger | cut -f6 | sort | uniq -c
