import { key } from './hate-rules';

/** Spelling keys of a space-separated word list: the hand-written rules compare tokens' keys with these sets. */
export const keys = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(key));

const KW = new Map<string, string>();
/** The spelling key of a literal word, memoized: the rules compare tokens with literal words in loops. */
export function kw(word: string): string {
  let k = KW.get(word);
  if (k === undefined) KW.set(word, (k = key(word)));
  return k;
}
