"$CAMPAIGN" utm "https://профсоюз.рф/rally?ref=print#signup" --source flyer --medium print --campaign rally_2026 --content gate_a
