# A character IDNA refuses in a host is named (libidn2 only says "a
# disallowed character"): a noncharacter, a private-use one, a symbol.
for c in '\357\277\276' '\356\200\200' '\342\230\203'; do
	status=0
	"$CAMPAIGN" utm "https://exa$(printf "$c")mple.org/" --source flyer --medium print \
		--campaign rally || status=$?
	echo "exit $status"
done
