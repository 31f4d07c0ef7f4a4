import * as fs from 'node:fs';

/**
 * The option parsing the dataset commands (eval, train, bench) share: `--help`, options that take
 * a value (repeatable), plain flags, and a clear error for anything else. Returns the parsed
 * options, or the exit code when help was printed (0) or the command line was wrong (2).
 */
export interface ParsedOptions {
  values: Map<string, string[]>;
  flags: Set<string>;
  /** The last value given for an option, or `fallback`. */
  value(name: string, fallback: string): string;
  value(name: string): string | undefined;
}

export function parseOptions(
  command: string,
  argv: string[],
  help: string,
  spec: { values: string[]; flags?: Record<string, string> },
): ParsedOptions | number {
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      process.stdout.write(help);
      return 0;
    }
    if (spec.values.includes(a)) values.set(a, [...(values.get(a) ?? []), argv[++i]]);
    else if (spec.flags && a in spec.flags) flags.add(spec.flags[a]);
    else {
      process.stderr.write(`moderate ${command}: unknown option ${a}\n\n${help}`);
      return 2;
    }
  }
  return {
    values,
    flags,
    value: ((name: string, fallback?: string) => values.get(name)?.at(-1) ?? fallback) as ParsedOptions['value'],
  };
}

/** The shared datasets folder must exist: says so on stderr when it does not. */
export function datasetsPresent(command: string, datasets: string): boolean {
  if (fs.existsSync(datasets)) return true;
  process.stderr.write(`moderate ${command}: datasets not found at ${datasets} (use --datasets DIR)\n`);
  return false;
}
