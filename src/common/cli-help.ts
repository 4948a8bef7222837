/** True when a CLI was asked for its usage (`--help` or `-h` anywhere in its arguments). */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

/** For a CLI's entry: prints the usage and exits 0 when asked for help. */
export function answerHelp(argv: readonly string[], usage: string): void {
  if (!wantsHelp(argv)) return;
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
