import { davidson } from '../datasets';
import { binary } from '../score';
import { Suite } from '../suite';

// Davidson et al. 2017 tweets: class 0 hate / 1 offensive / 2 neither. "Offensive or hate" is
// the positive class for the obscenity check (noisy: much "offensive" is slurs or insults
// without a listed word, and crowd labels vary).

export const davidsonSuite: Suite = {
  name: 'davidson',
  description: 'Davidson 2017: obscenity as an offensive-language detector',
  run(ctx) {
    const rows = davidson(ctx.datasets);
    const gold = rows.map((r) => r.cls !== 2);
    const texts = rows.map((r) => r.text);
    const ob = texts.map((t) => ctx.screen(t).checks.some((c) => c.check === 'obscenity' && c.flagged));
    const any = texts.map((t) => ctx.screen(t).checks.some((c) => c.check !== 'links' && c.flagged));
    const bw = texts.map(ctx.peers.badWords);
    const obp = texts.map(ctx.peers.obscenity);
    return [
      { dataset: 'davidson2017 offensive+hate vs neither', check: 'obscenity', n: rows.length, target: 'report', engine: binary(ob, gold), badWords: binary(bw, gold), obscenity: binary(obp, gold) },
      { dataset: 'davidson2017 offensive+hate vs neither', check: 'obscenity|attack|hate', n: rows.length, target: 'report', engine: binary(any, gold), badWords: binary(bw, gold), obscenity: binary(obp, gold) },
    ];
  },
};
