"$CAMPAIGN" utm https://example.org --marketing-tactic prospecting --creative-format a5 --source-platform dv360 --content c --term t --id r26 --campaign rally --medium print --source flyer
