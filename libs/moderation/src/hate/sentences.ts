import type { Token } from '../lang/tokens';

/** Sentence ends between tokens for the hand-written English rules. */
const SENTENCE_END = /[.!?;\n]/;

/**
 * The index of the first token of each sentence of `tokens`, then `tokens.length`: sentence s is tokens
 * [starts[s], starts[s + 1]). A sentence ends where the text between two tokens has a mark of `ends`.
 */
export function sentenceStarts(text: string, tokens: Token[], ends: RegExp = SENTENCE_END): number[] {
  const n = tokens.length;
  const starts: number[] = [0];
  for (let i = 1; i < n; i++) if (ends.test(text.slice(tokens[i - 1].end, tokens[i].start))) starts.push(i);
  starts.push(n);
  return starts;
}
