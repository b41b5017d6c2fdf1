/* The exit codes of the command line contract (campaign(1), EXIT STATUS). */
#ifndef CLI_EXIT_H
#define CLI_EXIT_H

#define EXIT_OK 0
#define EXIT_INVALID 1 /* the input is invalid, or the work cannot be done as asked */
#define EXIT_USAGE 2   /* unknown command or option, missing argument */
#define EXIT_ENV 3     /* a file cannot be read or written, a resource is missing */

/* The exit code for a library status (CAMPAIGN_OK -> 0). */
int exit_code_for_status(int status);

#endif
