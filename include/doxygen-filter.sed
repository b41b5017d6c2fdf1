# Doxygen's INPUT_FILTER for the public headers: each header opens with a
# plain comment saying what it is for; made a @file block here, it becomes
# the header's page in the API reference, and Doxygen then documents (and
# warns about) the functions, macros and types declared at file level.
1s|^/\*$|/** @file|
1s|^/\* \(libcampaign.*\)\*/$|/** @file\n * \1*/|
