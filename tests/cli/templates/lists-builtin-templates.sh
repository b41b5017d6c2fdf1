# The built-in templates, found from the build tree: family, paper and size, and what each prints.
"$CAMPAIGN" templates
