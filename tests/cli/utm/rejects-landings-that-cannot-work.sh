# Landings that could never be opened from a printed link are refused with
# the reason, exit 1, and print nothing: broken escapes, control
# characters, no host, bad ports, bytes that are not UTF-8, host names DNS
# cannot hold (empty labels, a label over 63 letters, punycode that is not
# punycode), characters that break a URL where it is pasted, a URL longer
# than any QR code carries (quoted short, so the reason shows), other
# schemes.
try() {
	status=0
	"$CAMPAIGN" utm "$1" --source flyer --medium print --campaign rally || status=$?
	echo "exit $status"
}
try 'https://example.org/%zz'
try 'https://example.org/50%'
try "https://example.org/$(printf '\033')[31m"
try 'https:///rally'
try 'https://example.org:http/'
try 'https://example.org:99999/'
try "https://exa$(printf '\377')mple.org/"
try "https://example.org/$(printf '\300\257')etc"
try 'https://example..org/'
try "https://$(printf 'a%.0s' $(seq 64)).org/"
try 'https://xn--zz.example/'
try 'https://[::1/'
try 'https://example.org/a"b'
try 'https://example.org/<script>'
try "https://example.org/$(printf 'a%.0s' $(seq 17000))"
try 'javascript:alert(1)'
try 'file:///etc/passwd'
try ''
