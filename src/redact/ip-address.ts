/**
 * IP addresses. IPv4: four decimal octets 0-255 without leading zeros (`192.168.0.1`; `1.2.3.4.5`
 * and `256.1.1.1` are not addresses). IPv6 (RFC 4291 section 2.2): eight groups of 1-4 hex
 * digits, or fewer with one `::`, optionally ending in an IPv4 address (`::ffff:192.0.2.1`). Zone
 * indexes (`%eth0`), ports (`203.0.113.7:8080`) and prefix lengths (`10.0.0.0/8`) are not part of the span; MAC addresses
 * (six groups) are not addresses.
 * @module
 */
import { afterProductSlash, endsValue, isWordChar } from './boundaries.js';
import { BIT } from './builtin-types.js';
import type { ScoreRule } from './context.js';
import type { Sink } from './sink.js';

/**
 * Scores of an IP address: 0.8 for IPv4 (version and section numbers share its shape: a negative
 * label such as `version` right before it multiplies by 0.4), 0.85 for IPv6. A label (`IP`,
 * `dirección IP`, `host`) makes it 0.97.
 * @example scoreWith(0.8, IP_ADDRESS_RULE, verdict)
 */
export const IP_ADDRESS_RULE: ScoreRule = Object.freeze({ positive: 0.97, negativeFactor: 0.4, requiresContext: false });

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}`, 'y');
const IPV4_WHOLE = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);
/** A run of the characters an IPv6 address is written with. */
const IPV6_RUN = /[0-9A-Fa-f:.]{2,45}/y;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;
const PREFIX = /^\/(?:3[0-2]|[12]?\d)(?![\p{L}\p{N}_.])/u;

/**
 * An IPv4 address starting at `start`; returns its end or -1.
 * @example matchIpv4(sink, 3) // for 'IP 10.0.0.1'
 */
export function matchIpv4(sink: Sink, start: number): number {
  if (!(sink.enabled & BIT.IP_ADDRESS)) return -1;
  const text = sink.text;
  if (afterProductSlash(text, start)) return -1; // a version in a user agent: okhttp/7.17.5.93
  if (afterVersionMark(text, start)) return -1; // v10.1.9.190, ?v=10.1.9.190, fw=9.6.19.112
  IPV4.lastIndex = start;
  const m = IPV4.exec(text);
  if (m === null) return -1;
  const end = start + m[0].length;
  // A port (`203.0.113.7:8080`) may follow, as may a prefix length (`10.0.0.0/8`): not part of the address.
  if (!endsValue(text, end) && !(text.charCodeAt(end) === 0x2f && PREFIX.test(text.slice(end, end + 4)))) return -1;
  sink.add(BIT.IP_ADDRESS, start, end, 0.8, IP_ADDRESS_RULE);
  return end;
}

/**
 * The 8 16-bit groups of an IPv6 address, or undefined when `s` is not one.
 * @example ipv6Groups('2001:db8::1') // [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]
 */
export function ipv6Groups(s: string): number[] | undefined {
  let tail: number[] = [];
  let body = s;
  const lastColon = s.lastIndexOf(':');
  if (s.includes('.')) {
    const v4 = s.slice(lastColon + 1);
    if (lastColon < 0 || !IPV4_WHOLE.test(v4)) return undefined;
    const o = v4.split('.').map(Number);
    tail = [(o[0]! << 8) | o[1]!, (o[2]! << 8) | o[3]!];
    body = s.slice(0, lastColon + 1);
    if (!body.endsWith('::')) body = body.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups = part.split(':');
    if (!groups.every((g) => HEX_GROUP.test(g))) return undefined;
    return groups.map((g) => parseInt(g, 16));
  };
  const head = parse(halves[0]!);
  if (!head) return undefined;
  if (halves.length === 1) {
    const all = [...head, ...tail];
    return all.length === 8 ? all : undefined;
  }
  const rest = parse(halves[1]!);
  if (!rest) return undefined;
  const missing = 8 - head.length - rest.length - tail.length;
  if (missing < 1) return undefined;
  return [...head, ...new Array<number>(missing).fill(0), ...rest, ...tail];
}

/**
 * An IPv6 address starting at `start` (the start of a run of hex digits and colons); returns its
 * end, or -1 when there is none (the run may hold other values: `2125550143:A12345678`).
 * @example matchIpv6(sink, 3) // for 'IP 2001:db8::1'
 */
export function matchIpv6(sink: Sink, start: number): number {
  if (!(sink.enabled & BIT.IP_ADDRESS)) return -1;
  const text = sink.text;
  IPV6_RUN.lastIndex = start;
  const m = IPV6_RUN.exec(text);
  if (m === null) return -1;
  let run = m[0];
  if (run.indexOf(':') === run.lastIndexOf(':')) return -1; // fewer than 2 colons: a time, a ratio
  // A sentence may end right after the address.
  while (run.endsWith('.')) run = run.slice(0, -1);
  const end = start + run.length;
  const zone = text.charCodeAt(end) === 0x25; /* % */
  if (!zone && (isWordChar(text, end) || !endsValue(text, end))) return -1;
  if (!/[0-9A-Fa-f]/.test(run) || ipv6Groups(run) === undefined) return -1;
  sink.add(BIT.IP_ADDRESS, start, end, 0.85, IP_ADDRESS_RULE);
  return end;
}

/**
 * The canonical form of an IP address, for pseudonyms: IPv4 as written (octets have one
 * spelling), IPv6 as 8 groups of 4 lower-case hex digits (`2001:0db8:0000:...:0001`).
 * @example canonicalIp('2001:DB8::1') // '2001:0db8:0000:0000:0000:0000:0000:0001'
 */
export function canonicalIp(value: string): string {
  const groups = value.includes(':') ? ipv6Groups(value) : undefined;
  if (!groups) return value;
  return groups.map((g) => g.toString(16).padStart(4, '0')).join(':');
}

/** Marks glued before a version number (`v2.1.4.40`, `?ver=2.1.4.40`, `fw:9.6.19.112`). */
const VERSION_MARKS: ReadonlySet<string> = new Set(['v', 'ver', 'vers', 'version', 'fw', 'firmware', 'build', 'rev', 'release']);
/**
 * Marks that name a version or a numbered rule even with a space before the number
 * (`gateway fw 8.7.38.198`, `rule 9.1.20.5`, `section 4.2.1.3`); `v` only when glued.
 */
const SPACED_MARKS: ReadonlySet<string> = new Set(['ver', 'version', 'fw', 'firmware', 'build', 'rev', 'release', 'rule', 'section', 'sec']);

/**
 * True when a version mark stands glued before `start`, or with only `=` or `:` between
 * (`v10.1.9.190`, `?v=10.1.9.190`, `firmware=9.6.19.112`): a version number, not an address.
 * @example afterVersionMark('app.js?v=10.1.9.190', 9) // true
 */
export function afterVersionMark(text: string, start: number): boolean {
  let i = start;
  const sep = text.charCodeAt(i - 1);
  let spaced = false;
  if (sep === 0x3d /* = */ || sep === 0x3a /* : */) i--;
  else if (sep === 0x20) {
    i--;
    spaced = true;
  }
  let j = i;
  while (j > 0 && i - j < 8) {
    const l = text.charCodeAt(j - 1) | 0x20;
    if (l < 0x61 || l > 0x7a) break;
    j--;
  }
  if (j === i || (j > 0 && /[\p{L}\p{N}_]/u.test(text[j - 1]!))) return false;
  return (spaced ? SPACED_MARKS : VERSION_MARKS).has(text.slice(j, i).toLowerCase());
}
