// What every check program shares at its edges: flags, progress on stderr, and the result as one JSON object on the
// last line of stdout (with --json, the only line), so CI can parse it.

export interface Cli {
  json: boolean;
  /** a bare `--name` */
  flag(name: string): boolean;
  /** `--name N` or `--name=N`; the fallback when absent; exits with a usage error when not a positive integer */
  int(name: string, fallback: number): number;
  str(name: string, fallback: string): string;
}

export function parseCli(argv: readonly string[] = process.argv.slice(2)): Cli {
  const value = (name: string): string | undefined => {
    for (let i = 0; i < argv.length; i += 1) {
      const arg = argv[i];
      if (arg === `--${name}`) return argv[i + 1];
      if (arg?.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
    }
    return undefined;
  };
  return {
    json: argv.includes('--json'),
    flag: (name) => argv.includes(`--${name}`),
    int(name, fallback) {
      const raw = value(name);
      if (raw === undefined) return fallback;
      const parsed = Number(raw);
      if (!Number.isSafeInteger(parsed) || parsed < 0) {
        process.stderr.write(`--${name} wants a whole number, got ${JSON.stringify(raw)}\n`);
        process.exit(2);
      }
      return parsed;
    },
    str: (name, fallback) => value(name) ?? fallback,
  };
}

const started = Date.now();

export function progress(message: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[${seconds}s] ${message}\n`);
}

export function elapsedSeconds(): number {
  return Math.round((Date.now() - started) / 100) / 10;
}

/** Human lines first (unless --json), then the JSON line: always the last line of stdout. */
export function printResult(cli: Cli, result: object, humanLines: readonly string[] = []): void {
  if (!cli.json) for (const line of humanLines) process.stdout.write(`${line}\n`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Runs main; an unexpected failure still ends with a JSON line and a non-zero exit. */
export function runMain(cli: Cli, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`${message}\n`);
      printResult(cli, { ok: false, error: error instanceof Error ? error.message : String(error) });
      process.exitCode = 1;
    },
  );
}
