# --version names the tool and the library version it runs on, on stdout;
# help and usage errors are in tests/cli/validate/usage-errors.sh.
"$CAMPAIGN" --version
"$CAMPAIGN" --version | grep -Eq '^campaign [0-9]+\.[0-9]+\.[0-9]+$'
