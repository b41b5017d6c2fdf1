# '-' reads the payload from stdin without its final line end; non-ASCII text gets ECI UTF-8.
mkdir work && cd work
printf '%s\n' 'Митинг за достойную зарплату · café' | "$CAMPAIGN" qr - -o t.png
zbarimg -q --raw t.png 2>/dev/null
