# A language the built-in dates and phrases do not have fell back to
# English without a word: now a warning at 'language:' says so and lists
# the ones there are. A region subtag of a known one (ru-RU) is known.
sed 's/  language: ru/  language: ja/' examples/rally/campaign.yaml > ja.yaml
cp examples/rally/stations.csv .
"$CAMPAIGN" validate ja.yaml
sed 's/  language: ru/  language: ru-RU/' examples/rally/campaign.yaml > ru.yaml
"$CAMPAIGN" validate ru.yaml
