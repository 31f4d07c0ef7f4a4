import fc from 'fast-check';
import { findBodyProblem, findIllFormed, MAX_JSON_DEPTH } from './validation';

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

describe('findBodyProblem', () => {
  it('refuses NUL characters, which Postgres text cannot store', () => {
    expect(findBodyProblem({ text: 'a\u0000b' })).toEqual({ path: 'body.text', problem: 'nul_character' });
  });

  it('refuses nesting deeper than the limit, however deep, without recursing past it', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findBodyProblem(deep)?.problem).toBe('too_deep');
    let ok: unknown = 'x';
    for (let i = 0; i < MAX_JSON_DEPTH - 1; i++) ok = { a: ok };
    expect(findBodyProblem(ok)).toBeNull();
  });
});
