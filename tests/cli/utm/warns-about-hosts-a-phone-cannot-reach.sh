# A landing a phone that scans the printed code cannot reach is built, exit 0,
# with a warning that says why: loopback, private and link-local addresses,
# localhost and names public DNS never resolves; and a host label that mixes
# scripts to pass for another name, the odd character named. A whole-Cyrillic
# host is fine.
try() {
	"$CAMPAIGN" utm "$1" --source flyer --medium print --campaign rally
	echo "exit $?"
}
try 'http://localhost:8080/rally'
try 'http://127.0.0.1/'
try 'http://[::1]/'
try 'http://192.168.1.10/rally'
try 'http://169.254.0.5/'
try 'http://0.0.0.0/'
try 'https://printer.local/'
try 'https://union.example/'
try 'https://аpple.com/'
try 'https://профсоюз.рф/rally'
