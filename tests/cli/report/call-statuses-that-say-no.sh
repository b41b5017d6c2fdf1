# A status that holds an answered word with a negation before it is a
# call nobody answered: "Not answered", "unsuccessful", "NOT CONNECTED",
# "Не принят", "НЕУСПЕШНЫЙ" (lowered in full Unicode), and Twilio's
# "no-answer", so of the first seven calls to the gate flyer one is
# answered and a target call. Minutes and
# seconds over 59 ("1:75") are no duration: said on stderr, and the
# answered eighth call is no target call.
{
	echo 'start,caller,called,duration,status'
	i=0
	for status in "Not answered" unsuccessful "NOT CONNECTED" "Не принят" НЕУСПЕШНЫЙ no-answer Отвечен; do
		i=$((i + 1))
		echo "2026-11-28 10:0$i:00,+7916111220$i,+7 (495) 123-45-01,95,$status"
	done
	echo "2026-11-28 10:09:00,+79161112209,+7 (495) 123-45-01,1:75,ANSWERED"
} >calls.csv
"$CAMPAIGN" report examples/rally/campaign.yaml --calls calls.csv --format csv |
	tr -d '\r' | cut -d, -f2,9-12 | grep -E '^(placement|flyer-gate-a),'
