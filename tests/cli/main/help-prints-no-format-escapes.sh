# Help texts reach the reader as written: a doubled percent sign ("at most
# 90 %%" in render's help, found in the hostile-input campaign of issue 16)
# or a conversion such as %s is a printf escape that was printed instead of
# the character. Every command the overview lists is read, so a new one is
# checked too; each prints the escapes it has (none) and that it was read.
"$CAMPAIGN" help >overview.txt
sed -n 's/^  \([a-z][a-z]*\)  .*/\1/p' overview.txt >commands.txt
for cmd in $(cat commands.txt); do
	"$CAMPAIGN" help "$cmd" >help.txt || echo "help $cmd: exit $?"
	grep -n '%%\|%[-0-9.]*[sdizuxlf]' help.txt | sed "s/^/$cmd: /"
	# Its length is left out, so that another change to a help text changes nothing here.
	[ -s help.txt ] && echo "$cmd: read" || echo "$cmd: no help"
done
