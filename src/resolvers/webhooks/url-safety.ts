import { isDevelopment } from '../../environment';

// Where an endpoint may point. The URL parser already turns every spelling of an IPv4 address
// (decimal `2130706433`, octal `0177.0.0.1`, hex `0x7f.1`, short `127.1`) into dotted form and
// IPv6 into its compressed form, so the checks below read one canonical spelling. Host names are
// not resolved here (Workers have no DNS API); Workers' own fetch does not reach private networks.

const MAX_URL_LENGTH = 2048;

/** IPv4 ranges no endpoint may name: [network, prefix length]. */
const PRIVATE_V4: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services live here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

function v4Number(address: string): number | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = value * 256 + Number(part);
  }
  return value;
}

function inV4Range(address: number, [base, bits]: [string, number]): boolean {
  const size = 2 ** (32 - bits);
  const start = v4Number(base) as number;
  return address >= start && address < start + size;
}

/** The eight 16-bit groups of an IPv6 address (as the URL parser prints it), or null. */
function v6Groups(address: string): number[] | null {
  let text = address;
  // An embedded IPv4 tail (::ffff:1.2.3.4) as two groups.
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4Tail) {
    const v4 = v4Number(v4Tail[1] as string);
    if (v4 === null) return null;
    text = `${text.slice(0, -(v4Tail[1] as string).length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const first = parse(head);
  const last = tail === undefined ? [] : parse(tail);
  const groups =
    tail === undefined
      ? first
      : [...first, ...Array(8 - first.length - last.length).fill(0), ...last];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff)
    ? groups
    : null;
}

function privateV6(groups: number[]): boolean {
  const [g0 = 0, , , , , g5 = 0, g6 = 0, g7 = 0] = groups;
  const allZeroTo = (n: number) => groups.slice(0, n).every((g) => g === 0);
  if (allZeroTo(7) && (g7 === 0 || g7 === 1)) return true; // :: and ::1
  if ((g0 & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((g0 & 0xff00) === 0xff00) return true; // multicast
  const embeddedV4 = g6 * 65536 + g7;
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d).
  const mapped = allZeroTo(5) && (g5 === 0xffff || g5 === 0);
  const nat64 = g0 === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0);
  return (mapped || nat64) && PRIVATE_V4.some((range) => inV4Range(embeddedV4, range));
}

/** Whether a URL's host (as parsed) is loopback: what development may call over http. */
function isLoopback(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const v4 = v4Number(host);
  if (v4 !== null) return inV4Range(v4, ['127.0.0.0', 8]);
  return host === '[::1]';
}

/** Whether the host is an IP literal in a private, loopback, link-local or reserved range. */
export function isPrivateHost(host: string): boolean {
  const v4 = v4Number(host);
  if (v4 !== null) return PRIVATE_V4.some((range) => inV4Range(v4, range));
  if (host.startsWith('[') && host.endsWith(']')) {
    const groups = v6Groups(host.slice(1, -1));
    return groups === null || privateV6(groups);
  }
  // Names that only ever mean this machine or a local network.
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host.endsWith('.internal')
  );
}

/**
 * Why `url` may not be an endpoint, or null when it may. Production: https only, no private,
 * loopback or link-local IP literal. Development and tests also allow http:// to loopback
 * (local receivers). Never credentials in the URL (they would be sent to every redirect target).
 */
export function webhookUrlProblem(env: Env, url: string): string | null {
  if (url.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters.`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a valid URL.';
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return 'must not carry a user name or password.';
  }
  const host = parsed.hostname.toLowerCase();
  const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
  if (isDevelopment(env) && web && isLoopback(host)) return null;
  if (parsed.protocol !== 'https:') return 'must use https://.';
  if (isPrivateHost(host)) {
    return 'must not point at a private, loopback or link-local address.';
  }
  return null;
}
