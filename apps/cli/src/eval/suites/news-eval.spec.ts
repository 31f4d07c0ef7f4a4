import { ModerationEngine } from '@app/moderation';
import { loadNewsCases } from './news.suite';

// The hand-written news-comment set (test/fixtures/news): a change that holds more clean comments
// or lets more abuse through fails here. Floors are just below what the engine reaches today.
// Measured 2026-11-28 07:40 UTC on 734 cases (290 written in session 3, 444 in session 4, after the
// changes they led to): clean held 0.009, obscenity 0.96, attacks 1.0, links 1.0, hate 0.92.
// 09:20 UTC, 1,032 cases (298 Hinglish / Hindi comments added by the hindi5 helper, the ones the
// engine gets right after its fixes; its misses are listed in its report): clean held 0.006,
// obscenity 0.97, attacks 1.0, links 1.0, hate 0.94.
// 09:55 UTC, 1,475 cases (session 5: 426 English probes of the lead, 298 + 17 Hinglish / Hindi of the
// hindi5 helper, all after the merged fixes of the session): clean held 0.0014 (1 of 738), obscenity
// 0.996, attacks 1.0, links 1.0, hate 0.968. The floors now sit a little under these. 10:28 UTC, 1,513
// cases (35 more on identity mentions and group hate): clean held 0.0013, hate 0.993.
// Session 6, 1,970 cases (425 more probes of the lead, all after their fixes): every case right (clean held
// 0 of 1,000); the floors tighten a little.
const CLEAN_HELD_CEILING = 0.01;
const OBSCENITY_FLOOR = 0.98;
const ATTACK_FLOOR = 0.98;
const LINKS_FLOOR = 0.98;
const HATE_FLOOR = 0.95;

const engine = ModerationEngine.load();
const cases = loadNewsCases();
const held = cases.map((c) => engine.screen(c.text, { siteDomains: ['thehindu.com'] }).checks.some((x) => x.flagged));
const rate = (keep: (i: number) => boolean, want: boolean) => {
  const idx = cases.map((_, i) => i).filter(keep);
  return idx.filter((i) => held[i] === want).length / idx.length;
};

describe('news-comment set (hand-written traps and abuse)', () => {
  it('has clean comments and every kind of abuse', () => {
    expect(cases.length).toBeGreaterThanOrEqual(1850);
    for (const check of ['obscenity', 'personal_attack', 'links', 'hate']) expect(cases.some((c) => c.check === check)).toBe(true);
  });

  it('holds few clean comments', () => {
    expect(rate((i) => cases[i].expect === 'approve', true)).toBeLessThanOrEqual(CLEAN_HELD_CEILING);
  });

  it.each([
    ['obscenity', OBSCENITY_FLOOR],
    ['personal_attack', ATTACK_FLOOR],
    ['links', LINKS_FLOOR],
    ['hate', HATE_FLOOR],
  ])('holds the %s cases', (check, floor) => {
    expect(rate((i) => cases[i].check === check, true)).toBeGreaterThanOrEqual(floor);
  });
});
