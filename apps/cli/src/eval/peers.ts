// The two word-filter libraries we compare against, loaded the way their docs recommend.
// obscenity: RegExpMatcher + englishDataset + englishRecommendedTransformers, hasMatch().
// bad-words (v4, ships a CommonJS build): new Filter().isProfane().

export interface Peers {
  badWords(text: string): boolean;
  obscenity(text: string): boolean;
}

export function loadPeers(): Peers {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ob = require('obscenity') as typeof import('obscenity');
  const matcher = new ob.RegExpMatcher({ ...ob.englishDataset.build(), ...ob.englishRecommendedTransformers });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Filter } = require('bad-words') as { Filter: new () => { isProfane(s: string): boolean } };
  const filter = new Filter();
  return {
    badWords: (t) => {
      try {
        return filter.isProfane(t);
      } catch {
        return false;
      }
    },
    obscenity: (t) => matcher.hasMatch(t),
  };
}
