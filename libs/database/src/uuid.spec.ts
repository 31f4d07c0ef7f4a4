import { UUID_PATTERN, uuidv7 } from './uuid';

describe('uuidv7', () => {
  it('is a valid version-7 UUID', () => {
    const id = uuidv7();
    expect(id).toMatch(UUID_PATTERN);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
  });

  it('sorts by creation time', () => {
    const a = uuidv7(1_700_000_000_000);
    const b = uuidv7(1_700_000_000_001);
    expect(a < b).toBe(true);
  });
});

describe('uuidv7 random bits', () => {
  it('never repeats across many ids made in the same millisecond (the pooled bytes are not reused)', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5000; i++) ids.add(uuidv7(1_700_000_000_000));
    expect(ids.size).toBe(5000);
  });
});
