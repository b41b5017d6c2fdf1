# --separator takes what the spec's conventions.separator takes, _ - . or ~
# (characters a URL keeps as they are): a zero-width space, a right-to-left
# override, '&' or a space went into the link before. Usage error, exit 2.
for sep in "$(printf '\342\200\213')" "$(printf '\342\200\256')" '&' ' ' '' '__' '-'; do
	status=0
	"$CAMPAIGN" utm https://example.org/ --source flyer --medium print --campaign "big rally" \
		--separator "$sep" 2>err || status=$?
	head -1 err >&2
	echo "exit $status"
done
rm err
