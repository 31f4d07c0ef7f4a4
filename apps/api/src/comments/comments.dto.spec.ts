import fc from 'fast-check';
import { createValidationPipe } from '../common/validation';
import { AuthorDto, CommentContextDto, CreateCommentDto, fastCreateCommentDto } from './comments.dto';

const pipe = createValidationPipe();
const meta = { type: 'body' as const, metatype: CreateCommentDto, data: '' };

/** Request bodies come from JSON.parse: a round trip gives the same shapes (no undefined values). */
const json = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

/** What the full ValidationPipe makes of a body: the DTO, or 'refused'. */
async function full(body: unknown): Promise<unknown> {
  try {
    return await pipe.transform(json(body), meta);
  } catch {
    return 'refused';
  }
}

// Values near every rule's edge: empty, blank, at and past each length limit, surrogate pairs
// (one character for class-validator, two UTF-16 units), wrong types, null.
const edgy = fc.oneof(
  fc.constantFrom('', ' ', '\n', 'x', 'c-1', 'https://x.example/a', 'http://x', 'ftp://x', 'https://a b', '😀'.repeat(150), 'ab'.repeat(100), 'ab'.repeat(100) + 'c', 'a'.repeat(1000), 'a'.repeat(1001), 'a'.repeat(2049)),
  fc.string({ maxLength: 80 }),
  fc.constantFrom(null, 0, 1, true, [], ['x'], {}),
);
// Mostly plausible values, so that many bodies pass and the accepted ones get compared.
const value = fc.oneof({ weight: 5, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) }, { weight: 1, arbitrary: fc.constantFrom('https://x.example/a?b=1', 'HTTP://X') }, { weight: 2, arbitrary: edgy });
const rarely = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 6 });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
const author = fc.oneof(
  { weight: 6, arbitrary: fc.record({ id: value, name: maybe(value) }, { requiredKeys: ['id'] }) },
  { weight: 1, arbitrary: fc.record({ id: value, extra: value }) },
  { weight: 1, arbitrary: edgy },
);
const context = fc.oneof(
  { weight: 4, arbitrary: fc.record({ ip: maybe(value), userAgent: maybe(value) }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.record({ ip: value, other: value }) },
  { weight: 1, arbitrary: edgy },
);
const body = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.record(
      { externalId: value, text: value, author, articleUrl: maybe(value), parentExternalId: maybe(value), context: maybe(context), unknownField: rarely(value) },
      { requiredKeys: ['externalId', 'text', 'author'] },
    ),
  },
  { weight: 1, arbitrary: edgy },
);

describe('fastCreateCommentDto (the intake fast path of the ValidationPipe)', () => {
  it('never accepts a body the full pipe refuses, and builds exactly the DTO the pipe builds', async () => {
    let fastAccepted = 0;
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const fast = fastCreateCommentDto(json(b));
        if (fast === null) return;
        fastAccepted++;
        const slow = await full(b);
        expect(slow).not.toBe('refused');
        expect(fast).toStrictEqual(slow);
        expect(Object.keys(fast)).toEqual(Object.keys(slow as object));
      }),
      { numRuns: 4000, seed: 7 },
    );
    expect(fastAccepted).toBeGreaterThan(100);
  });

  it('takes the common intake bodies, with nested objects as their classes', async () => {
    const bodies = [
      { externalId: 'c-1', text: 'Great reporting.', author: { id: 'reader-1' } },
      { externalId: 'c-2', text: 'नमस्ते 😀', author: { id: 'r', name: 'Asha' }, articleUrl: 'https://dailyexample.com/a', parentExternalId: 'c-1', context: { ip: '203.0.113.7', userAgent: 'Mozilla/5.0' } },
    ];
    for (const b of bodies) {
      const fast = fastCreateCommentDto(json(b));
      expect(fast).toBeInstanceOf(CreateCommentDto);
      expect(fast?.author).toBeInstanceOf(AuthorDto);
      expect(fast).toStrictEqual(await full(b));
    }
    expect(fastCreateCommentDto(bodies[1])?.context).toBeInstanceOf(CommentContextDto);
  });

  it('leaves to the full pipe what it must word: unknown fields, nulls, blank text, over-long strings', () => {
    const ok = { externalId: 'c-1', text: 'hi', author: { id: 'r' } };
    expect(fastCreateCommentDto({ ...ok, extra: 1 })).toBeNull();
    expect(fastCreateCommentDto({ ...ok, articleUrl: null })).toBeNull();
    expect(fastCreateCommentDto({ ...ok, text: '   ' })).toBeNull();
    expect(fastCreateCommentDto({ ...ok, externalId: 'x'.repeat(201) })).toBeNull();
    expect(fastCreateCommentDto({ ...ok, author: { id: 'r', role: 'admin' } })).toBeNull();
    expect(fastCreateCommentDto([ok])).toBeNull();
  });
});
