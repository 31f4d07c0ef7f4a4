import { ModerationEngine } from './engine';
import { parsePolicy } from './policy';

// The engine keeps the allowed-domain list of the last call while the caller's lists have the
// same contents; a changed list (a new array or the same array edited) must be honoured at once.

describe('allowed domains across calls', () => {
  const engine = ModerationEngine.load();
  const text = 'read https://example.com/a and https://news.org/b';
  const hosts = (site?: string[], policy = parsePolicy({})): string[] =>
    engine.screen(text, { siteDomains: site, policy }).checks.find((c) => c.check === 'links')!.evidence.map((e) => e.text);

  it('follows the site list and the policy list call by call', () => {
    const site = ['example.com'];
    expect(hosts(site)).toEqual(['https://news.org/b']);
    expect(hosts(undefined)).toEqual(['https://example.com/a', 'https://news.org/b']);
    expect(hosts(site)).toEqual(['https://news.org/b']);
    site.push('news.org'); // the same array, edited
    expect(hosts(site)).toEqual([]);
    site.length = 0;
    expect(hosts(site)).toEqual(['https://example.com/a', 'https://news.org/b']);
    const policy = parsePolicy({ allowedDomains: ['news.org'] });
    expect(hosts(site, policy)).toEqual(['https://example.com/a']);
    policy.allowedDomains.push('example.com');
    expect(hosts(site, policy)).toEqual([]);
    expect(hosts([' Example.COM '])).toEqual(['https://news.org/b']);
    expect(hosts(['news.org'])).toEqual(['https://example.com/a']);
    const same = ['news.org'];
    expect(hosts(same)).toEqual(['https://example.com/a']);
    same[0] = 'example.com'; // same array, same length, new content
    expect(hosts(same)).toEqual(['https://news.org/b']);
    expect(hosts([])).toEqual(['https://example.com/a', 'https://news.org/b']);
  });
});
