import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { Readable, Writable } from 'node:stream';
import { ModerationEngine, SitePolicy, parsePolicy } from '@app/moderation';

// Streaming JSONL screener behind `bin/moderate screen`: one input line in, one decision line
// out, in order. Memory stays flat: readline hands over one line at a time and we wait for
// 'drain' whenever stdout's buffer is full.

export interface ScreenOptions {
  siteDomains: string[];
  policy?: SitePolicy;
  /** Progress every N lines on `progress` (0 = off). */
  progressEvery: number;
}

export interface ScreenSummary {
  lines: number;
  screened: number;
  malformed: number;
}

export interface ScreenLine {
  id: unknown;
  decision: 'approve' | 'hold' | 'reject';
  flags: unknown[];
}

export function parseScreenArgs(argv: string[]): ScreenOptions & { help?: boolean } {
  const opts: ScreenOptions & { help?: boolean } = { siteDomains: [], progressEvery: 100_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a.split('=')[0]} needs a value`);
      return v;
    };
    if (a === '--help' || a === '-h') opts.help = true;
    else if (a.startsWith('--site-domain')) opts.siteDomains.push(value().trim().toLowerCase());
    else if (a.startsWith('--policy')) {
      const file = value();
      let raw: unknown;
      try {
        raw = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (e) {
        throw new Error(`cannot read policy ${file}: ${(e as Error).message}`);
      }
      try {
        opts.policy = parsePolicy(raw);
      } catch (e) {
        throw new Error(`invalid policy ${file}: ${(e as Error).message}`);
      }
    } else if (a.startsWith('--progress-every')) opts.progressEvery = Number(value());
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

export function screenOne(engine: ModerationEngine, input: unknown, opts: ScreenOptions): ScreenLine {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new Error('expected a JSON object { "id", "text" }');
  const o = input as Record<string, unknown>;
  if (!('id' in o)) throw new Error('missing "id"');
  if (typeof o.text !== 'string') throw new Error('"text" must be a string');
  const { decision } = engine.moderate(o.text, { siteDomains: opts.siteDomains, policy: opts.policy });
  return { id: o.id, decision: decision.outcome, flags: decision.flags };
}

export async function screenStream(input: Readable, output: Writable, errors: Writable, opts: ScreenOptions): Promise<ScreenSummary> {
  const engine = ModerationEngine.load();
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  const summary: ScreenSummary = { lines: 0, screened: 0, malformed: 0 };
  const started = Date.now();
  for await (const line of rl) {
    summary.lines++;
    if (!line.trim()) continue;
    let out: string;
    try {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch (e) {
        throw new Error(`not valid JSON (${(e as Error).message})`);
      }
      out = JSON.stringify(screenOne(engine, parsed, opts)) + '\n';
      summary.screened++;
    } catch (e) {
      summary.malformed++;
      errors.write(`moderate screen: line ${summary.lines}: ${(e as Error).message}\n`);
      continue;
    }
    if (!output.write(out)) await new Promise<void>((resolve) => output.once('drain', resolve));
    if (opts.progressEvery > 0 && summary.lines % opts.progressEvery === 0) {
      const secs = (Date.now() - started) / 1000;
      errors.write(`moderate screen: ${summary.lines} lines, ${Math.round(summary.lines / Math.max(secs, 0.001))} lines/s, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB\n`);
    }
  }
  return summary;
}
