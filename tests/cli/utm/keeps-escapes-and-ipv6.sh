# The base URL's escapes and IPv6 host are kept as written; a literal '%'
# in a value is escaped once (a custom parameter: the UTM conventions drop
# symbols such as '%' from UTM values).
"$CAMPAIGN" utm "http://[2001:4860:0:DB8::1]:8080/a%20b/~c?q=%D0%B9+x&" --source flyer --medium print --campaign rally --param "discount=50% off"
