# A character may carry at most 8 combining marks (no writing stacks more;
# zalgo text does): more is refused, naming the character by its place and
# name. Real stacks pass: Vietnamese (2), pointed Hebrew with cantillation
# (5), and 8 marks on a letter. A zero-width space between two stacks of 8
# does not split them: the tag drops it, and all 16 land on one letter.
marks() { python3 -c "import sys; print(sys.argv[1] + '\u0301' * int(sys.argv[2]) + sys.argv[3])" "$@"; }
"$CAMPAIGN" hashtag "Tiếng Việt" "$(printf 'Rally \327\251\327\201\326\274\326\270\326\275\326\221')" "$(marks 'Rally Ze' 8 '')"
"$CAMPAIGN" hashtag "$(marks 'Rally Ze' 9 ' now')" || echo "exit $?"
"$CAMPAIGN" hashtag "$(marks '' 20 'Rally')" || echo "exit $?"
"$CAMPAIGN" hashtag "$(marks 'Rally Ze' 8 "$(printf '\342\200\213')$(marks '' 8 '')")" || echo "exit $?"
