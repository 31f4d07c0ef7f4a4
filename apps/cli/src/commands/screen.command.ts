import { parseScreenArgs, screenStream } from '../screen/screen-stream';

const HELP = `usage: moderate screen [--site-domain D]... [--policy FILE] < comments.jsonl > decisions.jsonl

Input lines:  { "id": ..., "text": "..." }
Output lines: { "id": ..., "decision": "approve" | "hold" | "reject", "flags": [check results that flagged] }

  --site-domain D   the site's own domain (repeatable); links to it and its subdomains pass
  --policy FILE     site policy JSON (same schema as the API); validated before screening
  --progress-every N  progress line on stderr every N input lines (default 100000, 0 = off)

A malformed line is reported on stderr with its line number and skipped; the exit code is 0
when every line was screened, 3 when some were skipped.
`;

export async function run(argv: string[]): Promise<number> {
  let opts;
  try {
    opts = parseScreenArgs(argv);
  } catch (e) {
    process.stderr.write(`moderate screen: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (opts.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const summary = await screenStream(process.stdin, process.stdout, process.stderr, opts);
  if (summary.malformed > 0) process.stderr.write(`moderate screen: ${summary.screened} screened, ${summary.malformed} malformed line(s) skipped\n`);
  return summary.malformed > 0 ? 3 : 0;
}
