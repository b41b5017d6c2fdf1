# A host that ends in a number is an IPv4 address or nothing (WHATWG URL):
# the malformed ones are refused, and so are the short, octal and
# hexadecimal forms browsers read but a reader of the paper would not; the
# dotted-quad form is taken (a private one with its usual warning).
for host in 1.1.1.1.1 1.2.3 256.1.1.1 01.2.3.4 0x7f.1 2130706433 1.2.3.09 example.123; do
	status=0
	"$CAMPAIGN" utm "https://$host/" --source flyer --medium print --campaign rally || status=$?
	echo "$host: exit $status"
done
"$CAMPAIGN" utm https://93.184.215.14/ --source flyer --medium print --campaign rally
"$CAMPAIGN" utm https://192.168.1.10./ --source flyer --medium print --campaign rally
