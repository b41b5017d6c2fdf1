printf '#Rally\n' > a.txt
printf 'Rally_2\n' > b.txt
"$CAMPAIGN" hashtag --taken a.txt --taken b.txt Rally
