import * as fs from 'node:fs';
import { defaultDatasetsDir } from '../eval/datasets';
import { formatReport, runEval } from '../eval/run-eval';
import { SUITES } from '../eval/suites';
import { datasetsPresent, parseOptions } from './options';

const HELP = `usage: moderate eval [--datasets DIR] [--suite NAME]... [--json FILE] [--verbose]

Precision / recall / F1 (AUC where the check scores) of every check on the labelled data in
../shared/datasets, side by side with bad-words and obscenity on the same rows.

suites: ${SUITES.map((s) => `${s.name} (${s.description})`).join('\n        ')}
`;

export async function run(argv: string[]): Promise<number> {
  const opts = parseOptions('eval', argv, HELP, { values: ['--datasets', '--suite', '--json'], flags: { '--verbose': '--verbose', '-v': '--verbose' } });
  if (typeof opts === 'number') return opts;
  const datasets = opts.value('--datasets', defaultDatasetsDir());
  const suites = opts.values.get('--suite') ?? [];
  const json = opts.value('--json');
  const verbose = opts.flags.has('--verbose');
  if (!datasetsPresent('eval', datasets)) return 2;
  const unknown = suites.filter((s) => !SUITES.some((x) => x.name === s));
  if (unknown.length) {
    process.stderr.write(`moderate eval: unknown suite ${unknown.join(', ')}\n`);
    return 2;
  }
  const { rows } = runEval({ datasets, suites, verbose }, (s) => process.stderr.write(s + '\n'));
  process.stdout.write(formatReport(rows));
  if (json) fs.writeFileSync(json, JSON.stringify(rows, null, 2));
  const failed = rows.filter((r) => r.pass === false);
  process.stdout.write(`\n${rows.filter((r) => r.pass).length} targets met, ${failed.length} not met\n`);
  return 0;
}
