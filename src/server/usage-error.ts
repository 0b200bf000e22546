/** Wrong use of the command (an unknown option, a missing argument): exit code 2 and the usage text. */
export class UsageError extends Error {}
