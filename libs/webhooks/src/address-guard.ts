import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { ForbiddenWebhookTargetError, InvalidWebhookUrlError } from './webhooks.errors';

/**
 * SSRF guard. Only global unicast addresses may receive deliveries: everything ipaddr.js files
 * under another range (private, loopback, link-local incl. 169.254.169.254 metadata, CGNAT,
 * multicast, unspecified, broadcast, reserved, unique-local, 6to4/NAT64/Teredo which can embed
 * an IPv4 target) is refused. IPv4-mapped IPv6 addresses are judged as the IPv4 they carry.
 */
export function classifyAddress(address: string): { allowed: boolean; range: string } {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  } catch {
    return { allowed: false, range: 'invalid' };
  }
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const range = parsed.range();
  return { allowed: range === 'unicast', range };
}

export function isForbiddenAddress(address: string): boolean {
  return !classifyAddress(address).allowed;
}

export interface ResolvedTarget {
  url: URL;
  /** Host name without IPv6 brackets. */
  host: string;
  /** The vetted address to connect to (pinned), or null when private targets are allowed and DNS is left to the OS. */
  address: string | null;
  family: 4 | 6 | null;
}

export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;

const DNS_TIMEOUT_MS = 5_000;

const systemResolver: Resolver = async (host) => {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      dnsLookup(host, { all: true, verbatim: true }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`DNS lookup of ${host} timed out`)), DNS_TIMEOUT_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
};

/** Syntax and scheme of a webhook URL (no DNS). */
export function parseWebhookUrl(raw: string, allowHttp: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InvalidWebhookUrlError('url is not a valid absolute URL');
  }
  if (url.protocol !== 'https:' && !(allowHttp && url.protocol === 'http:')) {
    throw new InvalidWebhookUrlError(allowHttp ? 'url must be http:// or https://' : 'url must be https://');
  }
  if (url.username || url.password) throw new InvalidWebhookUrlError('url must not carry credentials');
  if (!url.hostname) throw new InvalidWebhookUrlError('url has no host');
  url.hash = '';
  return url;
}

/**
 * Resolves the URL's host once and vets every address; the caller connects to the returned
 * address (so a second, different DNS answer cannot slip a private address in: no rebinding).
 * With `allowPrivate` nothing is checked and the OS resolves as usual.
 */
export async function resolveTarget(raw: string, opts: { allowHttp: boolean; allowPrivate: boolean; resolver?: Resolver }): Promise<ResolvedTarget> {
  const url = parseWebhookUrl(raw, opts.allowHttp);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (opts.allowPrivate) return { url, host, address: null, family: null };
  const literal = isIP(host);
  const answers = literal ? [{ address: host, family: literal }] : await (opts.resolver ?? systemResolver)(host).catch((err: unknown) => {
    throw new ForbiddenWebhookTargetError(`cannot resolve ${host}: ${err instanceof Error ? err.message : String(err)}`);
  });
  if (!answers.length) throw new ForbiddenWebhookTargetError(`${host} has no address`);
  // Refuse when any answer is private: a host that mixes public and private answers is suspicious.
  for (const a of answers) {
    const c = classifyAddress(a.address);
    if (!c.allowed) {
      const what = literal ? `${host} is a ${c.range} address` : `${host} resolves to ${a.address} (${c.range})`;
      throw new ForbiddenWebhookTargetError(`${what}; deliveries to private, loopback, link-local or metadata addresses are not allowed`, { range: c.range });
    }
  }
  const first = answers[0];
  return { url, host, address: first.address, family: first.family === 6 ? 6 : 4 };
}
