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
  ['192.0.2.0', 24], // documentation (TEST-NET-1)
  ['192.88.99.0', 24], // 6to4 relay anycast (deprecated)
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation (TEST-NET-2)
  ['203.0.113.0', 24], // documentation (TEST-NET-3)
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

/**
 * IPv6 ranges no endpoint may name, by their leading groups and prefix length: special-purpose
 * blocks (IANA's registry) that are not the public internet, or that carry an address the
 * checks below cannot see through (Teredo hides its client's IPv4 address).
 */
const SPECIAL_V6: readonly [number[], number][] = [
  [[0xfc00], 7], // unique local
  [[0xfe80], 10], // link-local
  [[0xfec0], 10], // site-local (deprecated)
  [[0xff00], 8], // multicast
  [[0x0100, 0, 0, 0], 64], // discard-only
  [[0x2001, 0x0000], 32], // Teredo
  [[0x2001, 0x0002, 0], 48], // benchmarking
  [[0x2001, 0x0010], 28], // ORCHID
  [[0x2001, 0x0020], 28], // ORCHIDv2
  [[0x2001, 0x0db8], 32], // documentation
  [[0x0064, 0xff9b, 0x0001], 48], // local-use NAT64
  [[0x3fff], 20], // documentation (2024)
  [[0x5f00], 16], // segment routing SIDs
];

/** Whether `groups` start with the prefix `[lead, bits]`. */
function inV6Range(groups: number[], [lead, bits]: [number[], number]): boolean {
  return lead.every((value, index) => {
    const covered = Math.min(16, Math.max(0, bits - index * 16));
    const mask = (0xffff << (16 - covered)) & 0xffff;
    return ((groups[index] ?? 0) & mask) === (value & mask);
  });
}

const privateV4Number = (v4: number) => PRIVATE_V4.some((range) => inV4Range(v4, range));

function privateV6(groups: number[]): boolean {
  const [g0 = 0, g1 = 0, g2 = 0, , g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  const allZeroTo = (n: number) => groups.slice(0, n).every((g) => g === 0);
  if (allZeroTo(7) && (g7 === 0 || g7 === 1)) return true; // :: and ::1
  if (SPECIAL_V6.some((range) => inV6Range(groups, range))) return true;
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), IPv4-translated
  // (::ffff:0:a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and ISATAP (any prefix, ...:5efe:a.b.c.d)
  // carry the address in their last 32 bits; 6to4 (2002:aabb:ccdd::) in the 32 after 2002.
  const mapped = allZeroTo(5) && (g5 === 0xffff || g5 === 0);
  const translated = allZeroTo(4) && g4 === 0xffff && g5 === 0;
  const nat64 = g0 === 0x64 && g1 === 0xff9b && groups.slice(2, 6).every((g) => g === 0);
  const isatap = (g4 & 0xfdff) === 0 && g5 === 0x5efe;
  const last32 = g6 * 65536 + g7;
  if ((mapped || translated || nat64 || isatap) && privateV4Number(last32)) return true;
  return g0 === 0x2002 && privateV4Number(g1 * 65536 + g2);
}

/** Whether a URL's host (as parsed) is loopback: what development may call over http. */
function isLoopback(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const v4 = v4Number(host);
  if (v4 !== null) return inV4Range(v4, ['127.0.0.0', 8]);
  return host === '[::1]';
}

/** Whether the host is an IP literal in a private, loopback, link-local or reserved range. */
export function isPrivateHost(name: string): boolean {
  // A fully qualified name's trailing dot (`localhost.`) names the same host.
  const host = name.endsWith('.') ? name.slice(0, -1) : name;
  const v4 = v4Number(host);
  if (v4 !== null) return privateV4Number(v4);
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
