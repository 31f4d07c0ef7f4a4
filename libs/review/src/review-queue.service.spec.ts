import { decodeCursor, encodeCursor, QueueSort } from './review-queue.service';
import { InvalidCursorError } from './review.errors';

const id = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const raw = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('review-queue cursors', () => {
  it('round-trips a cursor of each sort order', () => {
    const oldest = { s: 'oldest' as const, t: '2026-11-27 23:41:13.123456+00', i: id };
    expect(decodeCursor(encodeCursor(oldest), 'oldest')).toEqual(oldest);
    const severity = { s: 'severity' as const, r: 3, t: '2026-11-27 23:41:13+00', i: id };
    expect(decodeCursor(encodeCursor(severity), 'severity')).toEqual(severity);
  });

  it.each<[string, string, QueueSort]>([
    ['characters outside base64url', '***', 'oldest'],
    ['bytes that are not JSON', Buffer.from('hello').toString('base64url'), 'oldest'],
    ['a cursor of the other sort order', raw({ s: 'severity', r: 1, t: '2026-11-27 23:41:13+00', i: id }), 'oldest'],
    ['a timestamp that is not one', raw({ s: 'oldest', t: "1'; DROP TABLE comments; --", i: id }), 'oldest'],
    ['an id that is not a UUID', raw({ s: 'oldest', t: '2026-11-27 23:41:13+00', i: 'x' }), 'oldest'],
    ['a severity rank out of range', raw({ s: 'severity', r: 9, t: '2026-11-27 23:41:13+00', i: id }), 'severity'],
    ['an overlong value', 'a'.repeat(401), 'oldest'],
  ])('refuses %s', (_what, cursor, sort) => {
    expect(() => decodeCursor(cursor, sort)).toThrow(InvalidCursorError);
  });
});
