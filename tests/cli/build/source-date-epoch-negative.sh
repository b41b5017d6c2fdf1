# A negative SOURCE_DATE_EPOCH (before 1970) is refused, naming the variable.
SOURCE_DATE_EPOCH=-1 "$CAMPAIGN" build examples/rally/campaign.yaml -o out --format qr --quiet
