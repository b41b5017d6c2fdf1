# A web server escapes what is not printable in its log ("\x00"), so a
# raw NUL byte or bytes that are not UTF-8 are a damaged line: skipped and
# named. The NUL used to cut the link short where it was passed on, and
# "announcement<NUL>x" counted as a visit of the VK post; the bad bytes
# were "ignored" as if the link had no UTM values.
L='203.0.113.1 - - [28/Nov/2026:10:00:00 +0300] "GET /rally/moscow?utm_source=vk&utm_medium=social&utm_campaign=rally_2026&utm_id=r26&utm_content=announcement'
{
	printf '%s HTTP/1.1" 200 10 "-" "curl"\n' "$L"
	printf '%s\000x HTTP/1.1" 200 10 "-" "curl"\n' "$L"
	printf '%s\377 HTTP/1.1" 200 10 "-" "curl"\n' "$L"
} >access.log
"$CAMPAIGN" report examples/rally/campaign.yaml --access-log access.log --format csv |
	tr -d '\r' | cut -d, -f2,7 | grep -E '^(placement|vk-post),'
