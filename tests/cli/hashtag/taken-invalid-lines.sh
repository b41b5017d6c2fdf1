printf '%s\n' '#Rally' 'bad tag' '  митинг!' > taken.txt
"$CAMPAIGN" hashtag --taken taken.txt Fair
