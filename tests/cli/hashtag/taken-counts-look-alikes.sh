# A tag that differs from a taken one only by characters that print the same
# is taken: a Cyrillic 'а' (U+0430), fullwidth letters, a Greek capital
# omicron, Cyrillic capitals that are drawn as Latin ones (В, М, Т, Н), and
# case on top. Tags that only share letters with a taken one stay free.
printf '#Rаlly\n#ＭＯＳＣＯＷ\n#ΟpenDoors\n#ВМТН\n#Дом\n' >taken.txt
for text in Rally moscow "Open doors" bmth "Bпepёд" "Дом" "Домик" Ralli; do
	"$CAMPAIGN" hashtag "$text" --taken taken.txt
done
