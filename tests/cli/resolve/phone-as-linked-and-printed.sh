# A number in every form it is linked or printed in, or copied out of a text
# (no-break and thin spaces, non-breaking hyphens, direction marks around it,
# Arabic-Indic and Persian digits), finds its placement from the spec and
# from the manifest.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --quiet >/dev/null
while read -r query; do
	a=$("$CAMPAIGN" resolve examples/rally/campaign.yaml --now 2026-11-25 "$query" | cut -f1)
	b=$("$CAMPAIGN" resolve out/manifest.json "$query" | cut -f1)
	echo "$query	$a	$b"
done <<'EOF_QUERIES'
tel:+74951234501
TEL:+7-495-123-45-01
tel:+7(495)123.45.01;ext=12
tel://+74951234501
tel:%2B74951234501
sms:+74951234501
sms:+74951234501?body=%D0%AF%20%D0%B8%D0%B4%D1%83
SMSTO:+74951234501:Я иду
+7 (495) 123-45-01
8 (495) 123-45-01
+7 (495) 123‑45‑01
+7 (495) 123 45 01
‏+7 (495) 123-45-01‏
⁦+7 (495) 123-45-01⁩
+٧ (٤٩٥) ١٢٣-٤٥-٠١
۸ (۴۹۵) ۱۲۳-۴۵-۰۱
EOF_QUERIES
