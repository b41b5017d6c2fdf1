# The built-in templates, found from the build tree, with their paper and trim size.
"$CAMPAIGN" templates
