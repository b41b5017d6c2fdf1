# The nginx map the build exports loads into a real nginx (`nginx -t`),
# included in the http block of a minimal configuration. nginx is a test
# dependency (.ci/install-deps): missing, the case fails rather than skip.
cp -r data/short short
CAMPAIGN_TEMPLATE_DIR=$PWD/short/templates "$CAMPAIGN" build short/campaign.yaml -o out --now 2026-11-25 --quiet --format qr
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || { echo "nginx is not installed (Debian: nginx-light)" >&2; exit 1; }
mkdir nginx
cat >nginx/nginx.conf <<CONF
error_log stderr;
pid $PWD/nginx/nginx.pid;
events {}
http {
	include $PWD/out/redirects.nginx.map;
	server {
		listen 127.0.0.1:8080;
		location / {
			if (\$campaign_short_target) { return 302 \$campaign_short_target; }
			return 404;
		}
	}
}
CONF
"$nginx" -q -t -c "$PWD/nginx/nginx.conf" -p "$PWD/nginx/" && echo "nginx -t: the map loads"
# And one it must refuse, so the check is known to look at the map.
sed 's/;$//' out/redirects.nginx.map >broken.map
sed "s|$PWD/out/redirects.nginx.map|$PWD/broken.map|" nginx/nginx.conf >nginx/broken.conf
if "$nginx" -q -t -c "$PWD/nginx/broken.conf" -p "$PWD/nginx/" 2>/dev/null; then
	echo "nginx -t accepted a map without semicolons" >&2
	exit 1
fi
echo "nginx -t: a broken map is refused"
