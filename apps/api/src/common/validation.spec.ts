import fc from 'fast-check';
import { findIllFormed } from './validation';

describe('findIllFormed', () => {
  it('finds a lone surrogate anywhere in a JSON body and names its path', () => {
    expect(findIllFormed({ a: 'ok', author: { name: 'bad \ud800' } })).toBe('body.author.name');
    expect(findIllFormed({ list: ['x', '\udc00y'] })).toBe('body.list[1]');
    expect(findIllFormed({ ['k\ud800']: 1 })).toBe('body (a key)');
  });

  it('accepts every well-formed string, including astral characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => findIllFormed({ text: s }) === null));
    expect(findIllFormed({ text: '😀 नमस्ते 𝐀' })).toBeNull();
  });
});
