printf '%s\n' '# tags used by others' '#Rally' '; from VK' '' 'МИТИНГЗАЗАРПЛАТУ' > taken.txt
"$CAMPAIGN" hashtag --taken taken.txt Rally 'митинг за зарплату' 'Rally 2026'
