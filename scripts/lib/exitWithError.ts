/** Ends a command-line script with the error's message, not a stack trace. */
export const exitWithError = (error: unknown): never => {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
