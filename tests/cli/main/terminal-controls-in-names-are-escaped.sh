# A name or value from the command line that holds terminal controls (an
# escape sequence, a C1 CSI as UTF-8 writes it) is quoted escaped in every
# message, the tool's own as well as the library's, so a crafted file name
# cannot clear the screen or recolour the terminal. Each line shows the
# escaped form; no ESC (0x1B) or U+009B byte reaches stderr.
esc=$(printf '\033[2J')
csi=$(printf '\302\233')
"$CAMPAIGN" "bui${esc}ld" 2>err1 || echo "exit $?"
"$CAMPAIGN" validate "evil${esc}.yaml" 2>err2 || echo "exit $?"
"$CAMPAIGN" qr --batch "list${csi}1m.txt" -o codes 2>err3 || echo "exit $?"
"$CAMPAIGN" qr https://example.org -o out.png --dpi "7${esc}" 2>err4 || echo "exit $?"
cat err1 err2 err3 err4 >&2
if LC_ALL=C grep -q "$(printf '\033')" err1 err2 err3 err4; then echo "an ESC byte reached stderr"; fi
if LC_ALL=C grep -q "$(printf '\302\233')" err1 err2 err3 err4; then echo "a C1 CSI reached stderr"; fi
