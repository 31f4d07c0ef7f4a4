import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultDatasetsDir, repoRoot } from '../eval/datasets';
import { trainAttackModel } from '../train/attack-model';
import { buildConfusables, buildDictionary } from '../train/build-data';
import { writeHindiLexicon } from '../train/indian-lexicon';
import { trainIndianModels } from '../train/indian-models';
import { datasetsPresent, parseOptions } from './options';

const HELP = `usage: moderate train [--datasets DIR] [--only dictionary|attack|indian] [--out DIR]

Rebuilds the engine's shipped data from the shared datasets, deterministically:
  dictionary  libs/moderation/data/confusables.json and obscenity.json (word lists: dsojevic,
              surge-ai, rustrict profanity.csv, bad-words; look-alike tables: rustrict)
  attack      libs/moderation/data/attack-model.json: hashed logistic regression trained on
              Kaggle insults train.csv + OLID train (fixed seed), threshold by 5-fold CV on
              that training data only. Prints the cross-validated AUC/F1.
  indian      (issue 7) libs/moderation/data/hi/obscenity.json (ldnoobw-hindi, ContentShield,
              kumar2018 swear.txt), data/hi/abuse-model.json and data/hate/model.json: hashed
              logistic regressions on HASOC 2019 en+hi train + kumar2018 (fixed seed), thresholds
              by 5-fold CV on that training data only. See docs/MODEL_CARD.md.
Run \`moderate eval\` afterwards for the test-set numbers.
`;

export async function run(argv: string[]): Promise<number> {
  const opts = parseOptions('train', argv, HELP, { values: ['--datasets', '--only', '--out'] });
  if (typeof opts === 'number') return opts;
  const datasets = opts.value('--datasets', defaultDatasetsDir());
  const only = opts.value('--only');
  const out = opts.value('--out', path.join(repoRoot(), 'libs/moderation/data'));
  if (!datasetsPresent('train', datasets)) return 2;
  fs.mkdirSync(out, { recursive: true });
  const log = (s: string): void => void process.stderr.write(`train: ${s}\n`);
  if (!only || only === 'dictionary') {
    const letters = buildConfusables(datasets);
    fs.writeFileSync(path.join(out, 'confusables.json'), JSON.stringify({ letters }));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Filter } = require('bad-words') as { Filter: new () => { list: string[] } };
    const dict = buildDictionary(datasets, new Filter().list);
    fs.writeFileSync(path.join(out, 'obscenity.json'), JSON.stringify(dict));
    log(`dictionary: ${Object.keys(dict.terms).length} terms, ${dict.exceptions.length} exceptions, ${Object.keys(letters).length} look-alikes`);
  }
  if (!only || only === 'attack') {
    const t0 = Date.now();
    const r = trainAttackModel(datasets, log);
    const file = path.join(out, 'attack-model.json');
    fs.writeFileSync(file, JSON.stringify(r.model.toJSON()));
    log(`attack model: ${r.examples} examples, CV AUC ${r.cvAuc.toFixed(4)}, CV F1 ${r.cvF1.toFixed(4)}, threshold ${r.threshold}, ${(fs.statSync(file).size / 1e6).toFixed(2)} MB, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  // issue 7: Hindi / Hinglish lexicon, Hindi abuse model and hate model.
  if (!only || only === 'indian') {
    const t0 = Date.now();
    log(`indian: lexicon ${writeHindiLexicon(datasets, path.join(out, 'hi'))}`);
    const r = trainIndianModels(out, datasets, log);
    log(`indian: models ${r.files.join(', ')}, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  return 0;
}
