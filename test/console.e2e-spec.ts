import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { decidedComment, newSite, TestSite } from './support/factories';
import { heldComment, newModerator, TestModerator } from './support/review-factories';
import { ARTIFACTS, Service } from './support/service';

// Callbacks passed to page.evaluate/waitForFunction run in the page; the project compiles without the DOM lib.
declare const document: { getElementById(id: string): { textContent: string | null } | null; documentElement: { scrollWidth: number } };
declare const window: { innerWidth: number };

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

describe('review console in a real browser (headless Chromium)', () => {
  let svc: Service;
  let site: TestSite;
  let mod: TestModerator;
  let other: TestModerator;
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const requests: string[] = [];
  const problems: string[] = [];
  const held: { id: string; text: string }[] = [];
  const XSS = '<img src=x onerror="window.__xss=1">You are a fucking idiot <script>window.__xss=2</script>';

  beforeAll(async () => {
    svc = await Service.start('console');
    site = await newSite(svc, { name: 'The Daily Example' });
    [mod, other] = await Promise.all([newModerator(svc, [site.id]), newModerator(svc, [site.id])]);
    const author = { id: 'reader-ravi', name: 'Ravi K.' };
    await decidedComment(svc, site, { author, text: 'Excellent analysis of the budget, thank you.' });
    const texts = [
      'You are a fucking idiot, shut up.',
      'What a load of shit this article is. Read the real story at truthseekers.info',
      XSS,
      'You are a moron and a liar, go away.',
    ];
    for (const text of texts) {
      const who = text === texts[0] ? author : { id: `reader-${held.length}`, name: ['Meera S.', 'anon_4471', 'Priya D.'][held.length - 1] };
      const c = await heldComment(svc, site, { text, author: who, articleUrl: 'https://dailyexample.com/2026/11/budget-session' });
      held.push({ id: c.id, text });
    }
    // Another moderator is working on the second item: the console must show it.
    const claim = await svc.request('POST', `/v1/review-queue/${held[1].id}/claim`, { token: other.token });
    expect(claim.status).toBe(200);

    userDataDir = mkdtempSync(path.join(tmpdir(), 'console-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: 1366, height: 860 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (r) => requests.push(r.url()));
    // 401/409 answers are expected (wrong password, a claim taken); anything else — a CSP refusal, a script error — is not.
    page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(String(e)));
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await svc?.stop();
  });

  it('serves the console with a strict CSP and only its own files', async () => {
    for (const url of ['/console', '/console/']) {
      const res = await fetch(svc.baseUrl + url); // `/console/` redirects to `/console`
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
    }
    expect((await fetch(`${svc.baseUrl}/console/..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${svc.baseUrl}/console/console.js`)).headers.get('content-type')).toMatch(/javascript/);
  });

  it('refuses a wrong password, then logs in', async () => {
    await page.goto(`${svc.baseUrl}/console`);
    await page.fill('#login-email', mod.email);
    await page.fill('#login-password', 'not-the-password');
    await page.click('#login-form button[type=submit]');
    await page.waitForFunction(() => document.getElementById('login-error')?.textContent?.includes('Wrong email or password'));
    await page.fill('#login-password', mod.password);
    await page.click('#login-form button[type=submit]');
    await page.waitForSelector('#app-view:not([hidden])');
    await page.waitForSelector('.item');
    expect(await page.textContent('#who')).toContain(mod.email);
  });

  it('shows the held comments with their evidence highlighted, the author history and the other moderator\'s claim', async () => {
    await page.waitForSelector(`.item[data-id="${held[0].id}"].current`);
    expect(await page.$$eval('.item', (els) => els.map((e) => e.getAttribute('data-id')))).toEqual(held.map((h) => h.id));
    // The offending word is a <mark> in the list and in the detail.
    expect(await page.$$eval(`.item[data-id="${held[0].id}"] mark`, (els) => els.map((e) => e.textContent))).toContain('fucking');
    expect(await page.$$eval('#comment-text mark', (els) => els.map((e) => e.textContent))).toContain('fucking');
    expect(await page.textContent(`.item[data-id="${held[1].id}"]`)).toContain(`Claimed by ${other.email}`);
    const stats = await page.$$eval('.stat', (els) => els.map((e) => e.textContent));
    expect(stats).toContain('1approved');
    // The console claims the item it shows.
    await page.waitForSelector('.claim-banner.mine');
    await page.waitForSelector('#log li');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'console-queue.png') });
  });

  it('renders comment text as text: markup in a comment does not run', async () => {
    const item = page.locator(`.item[data-id="${held[2].id}"] .item-text`);
    expect(await item.textContent()).toBe(XSS);
    expect(await page.$$(`.item[data-id="${held[2].id}"] img, .item[data-id="${held[2].id}"] script`)).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('moves with j/k, shows help with ?, approves with a — and the comment leaves the queue', async () => {
    await page.keyboard.press('j');
    await page.waitForSelector(`.item[data-id="${held[1].id}"].current`);
    await page.keyboard.press('k');
    await page.waitForSelector(`.item[data-id="${held[0].id}"].current`);
    await page.keyboard.press('?');
    await page.waitForSelector('#help:not([hidden])');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#help', { state: 'hidden' });

    await page.keyboard.press('a');
    await page.waitForSelector(`.item[data-id="${held[0].id}"]`, { state: 'detached' });
    const after = await svc.request('GET', `/v1/comments/${held[0].id}`, { token: site.apiKey });
    expect(after.body).toMatchObject({ status: 'approved', decision: { outcome: 'approve', decidedBy: `moderator:${mod.id}` } });
    // The next comment becomes current; the one claimed by someone else cannot be decided here.
    await page.waitForSelector(`.item[data-id="${held[1].id}"].current`);
    expect(await page.isDisabled('.actions .btn-approve')).toBe(true);
  });

  it('selects with x and rejects the selection in bulk', async () => {
    await page.keyboard.press('j');
    await page.waitForSelector(`.item[data-id="${held[2].id}"].current`);
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await page.waitForSelector('#bulkbar:not([hidden])');
    expect(await page.textContent('#bulk-count')).toBe('2');
    await page.keyboard.press('R');
    await page.waitForSelector(`.item[data-id="${held[2].id}"]`, { state: 'detached' });
    await page.waitForSelector(`.item[data-id="${held[3].id}"]`, { state: 'detached' });
    for (const h of held.slice(2)) expect((await svc.request('GET', `/v1/comments/${h.id}`, { token: site.apiKey })).body.status).toBe('rejected');
  });

  it('shows a comment sent back by reader reports in the Reported view, with the reports', async () => {
    const c = await decidedComment(svc, site, { text: 'Everyone from that town is the same, you know what I mean.' });
    expect(c.status).toBe('approved');
    for (const [reporterId, reason] of [['r-1', 'hateful'], ['r-2', 'stereotyping a community'], ['r-3', 'offensive']]) {
      expect((await svc.request('POST', `/v1/comments/${c.id}/reports`, { token: site.apiKey, body: { reporterId, reason } })).status).toBe(201);
    }
    await page.keyboard.press('h');
    await page.waitForSelector(`.item[data-id="${c.id}"].current`);
    expect(await page.getAttribute('.tab[data-view="reported"]', 'aria-pressed')).toBe('true');
    expect(await page.$$eval('.reports-list li', (els) => els.map((e) => e.textContent))).toEqual([
      expect.stringContaining('hateful'), expect.stringContaining('stereotyping a community'), expect.stringContaining('offensive'),
    ]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'console-reported.png') });
    await page.keyboard.press('h');
    await page.waitForSelector('.tab[data-view="held"][aria-pressed="true"]');
  });

  it('fits a tablet screen without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'console-queue-tablet.png') });
  });

  it('made no request outside the service and logged no errors (CSP holds)', () => {
    const outside = requests.filter((u) => !u.startsWith(svc.baseUrl) && !u.startsWith('data:'));
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});
