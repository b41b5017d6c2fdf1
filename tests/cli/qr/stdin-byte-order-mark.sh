# 'qr -' drops a leading UTF-8 byte order mark, as a batch list does: a code
# that starts with U+FEFF is not a link a phone opens.
printf '\357\273\277https://example.org/\n' | "$CAMPAIGN" qr - -o t.png
zbarimg -q --raw t.png 2>/dev/null | od -An -c | head -1
