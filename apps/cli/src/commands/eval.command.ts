import * as fs from 'node:fs';
import { defaultDatasetsDir } from '../eval/datasets';
import { formatReport, runEval } from '../eval/run-eval';
import { SUITES } from '../eval/suites';

const HELP = `usage: moderate eval [--datasets DIR] [--suite NAME]... [--json FILE] [--verbose]

Precision / recall / F1 (AUC where the check scores) of every check on the labelled data in
../shared/datasets, side by side with bad-words and obscenity on the same rows.

suites: ${SUITES.map((s) => `${s.name} (${s.description})`).join('\n        ')}
`;

export async function run(argv: string[]): Promise<number> {
  let datasets = defaultDatasetsDir();
  const suites: string[] = [];
  let json: string | undefined;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      process.stdout.write(HELP);
      return 0;
    } else if (a === '--datasets') datasets = argv[++i];
    else if (a === '--suite') suites.push(argv[++i]);
    else if (a === '--json') json = argv[++i];
    else if (a === '--verbose' || a === '-v') verbose = true;
    else {
      process.stderr.write(`moderate eval: unknown option ${a}\n\n${HELP}`);
      return 2;
    }
  }
  if (!fs.existsSync(datasets)) {
    process.stderr.write(`moderate eval: datasets not found at ${datasets} (use --datasets DIR)\n`);
    return 2;
  }
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
