import { PassThrough, Readable, Writable } from 'node:stream';
import { ModerationEngine, parsePolicy } from '@app/moderation';
import { screenStream } from './screen-stream';

// `bin/moderate screen` output must be exactly the SPEC format.
function validateLine(o: Record<string, unknown>): void {
  expect(Object.keys(o).sort()).toEqual(['decision', 'flags', 'id']);
  expect(['approve', 'hold', 'reject']).toContain(o.decision);
  expect(Array.isArray(o.flags)).toBe(true);
  for (const f of o.flags as Array<Record<string, unknown>>) {
    expect(Object.keys(f).sort()).toEqual(['check', 'evidence', 'flagged', 'score', 'severity']);
    expect(['obscenity', 'links', 'personal_attack', 'hate']).toContain(f.check);
    expect(f.flagged).toBe(true);
    expect(f.score).toBeGreaterThanOrEqual(0);
    expect(f.score).toBeLessThanOrEqual(1);
    expect(['none', 'mild', 'strong', 'severe']).toContain(f.severity);
    for (const e of f.evidence as Array<Record<string, unknown>>) expect(Object.keys(e).sort()).toEqual(['end', 'reason', 'start', 'text']);
  }
}

async function screen(lines: string[], opts = {}): Promise<{ out: Array<Record<string, unknown>>; err: string; malformed: number }> {
  const input = Readable.from([lines.join('\n') + '\n']);
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c) => chunks.push(String(c)));
  let err = '';
  const errors = new Writable({ write: (c, _e, cb) => ((err += String(c)), cb()) });
  const summary = await screenStream(input, out, errors, { siteDomains: [], progressEvery: 0, ...opts });
  out.end();
  return { out: chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l)), err, malformed: summary.malformed };
}

describe('screen stream', () => {
  it('writes one SPEC-format line per input line, ids kept as given', async () => {
    const { out } = await screen([
      JSON.stringify({ id: 'a1', text: 'Great article, thanks' }),
      JSON.stringify({ id: 2, text: 'you are an idiot, see evil.com' }),
      JSON.stringify({ id: 'c', text: 'f*ck this' }),
    ]);
    expect(out.map((o) => o.id)).toEqual(['a1', 2, 'c']);
    out.forEach(validateLine);
    expect(out[0]).toEqual({ id: 'a1', decision: 'approve', flags: [] });
    expect(out[1].decision).toBe('hold');
    expect((out[1].flags as Array<{ check: string }>).map((f) => f.check).sort()).toEqual(['links', 'personal_attack']);
  });

  it('reports a malformed line with its number on stderr and carries on', async () => {
    const { out, err, malformed } = await screen(['{"id":1,"text":"hello"}', 'not json', '{"id":3}', '{"id":4,"text":"bye"}']);
    expect(out.map((o) => o.id)).toEqual([1, 4]);
    expect(malformed).toBe(2);
    expect(err).toMatch(/line 2: not valid JSON/);
    expect(err).toMatch(/line 3: "text" must be a string/);
  });

  it('applies --site-domain and --policy', async () => {
    const { out } = await screen([JSON.stringify({ id: 1, text: 'https://www.thehindu.com/x' }), JSON.stringify({ id: 2, text: 'hello' })], {
      siteDomains: ['thehindu.com'],
      policy: parsePolicy({ mode: 'pre' }),
    });
    expect(out.map((o) => o.decision)).toEqual(['hold', 'hold']);
    expect(out[0].flags).toEqual([]);
  });

  it('gives the same decision as the engine the worker uses', async () => {
    const texts = ['you moron', 'nice', 'visit bit.ly/x', 'I will kill you'];
    const { out } = await screen(texts.map((text, id) => JSON.stringify({ id, text })));
    const engine = ModerationEngine.load();
    texts.forEach((t, i) => {
      const { decision } = engine.moderate(t, { siteDomains: [] });
      expect(out[i]).toEqual(JSON.parse(JSON.stringify({ id: i, decision: decision.outcome, flags: decision.flags })));
    });
  });

  it('waits for a slow consumer (backpressure) and still writes every line', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: `comment ${i} ${'x'.repeat(200)}` }));
    let n = 0;
    const slow = new Writable({
      highWaterMark: 64,
      write: (c, _e, cb) => {
        n += String(c).split('\n').filter(Boolean).length;
        setImmediate(cb);
      },
    });
    const errors = new Writable({ write: (_c, _e, cb) => cb() });
    await screenStream(Readable.from([lines.join('\n')]), slow, errors, { siteDomains: [], progressEvery: 0 });
    await new Promise((r) => slow.end(r));
    expect(n).toBe(300);
  });
});
