import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PreparedHmacSha256 } from '../../src/pseudonymize/_hmac-sha256.js';
import { ascii, fill, fromHex, hex, range } from '../helpers/hex.js';

// RFC 4231 section 4, HMAC-SHA-256 results, transcribed from the RFC text.
const RFC4231: { name: string; key: Uint8Array; data: Uint8Array; mac: string }[] = [
  { name: 'test case 1', key: fill(0x0b, 20), data: ascii('Hi There'), mac: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7' },
  { name: 'test case 2', key: ascii('Jefe'), data: ascii('what do ya want for nothing?'), mac: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843' },
  { name: 'test case 3', key: fill(0xaa, 20), data: fill(0xdd, 50), mac: '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe' },
  { name: 'test case 4', key: range(0x01, 0x19), data: fill(0xcd, 50), mac: '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b' },
  // Test case 5 truncates the output to 128 bits.
  { name: 'test case 5', key: fill(0x0c, 20), data: ascii('Test With Truncation'), mac: 'a3b6167473100ee06e0c796c2955552b' },
  { name: 'test case 6', key: fill(0xaa, 131), data: ascii('Test Using Larger Than Block-Size Key - Hash Key First'), mac: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54' },
  {
    name: 'test case 7',
    key: fill(0xaa, 131),
    data: ascii('This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.'),
    mac: '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
  },
];

describe('prepared HMAC-SHA256', () => {
  it.each(RFC4231)('RFC 4231 $name', ({ key, data, mac }) => {
    const h = new PreparedHmacSha256(key);
    expect(hex(h.mac(data)).slice(0, mac.length)).toBe(mac);
    // and again with the same prepared state: nothing carries over between messages
    expect(hex(h.mac(data)).slice(0, mac.length)).toBe(mac);
  });

  it('equals node:crypto createHmac for every message length 0..300 (single-block and general paths)', () => {
    const key = fromHex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
    const h = new PreparedHmacSha256(key);
    for (let n = 0; n <= 300; n++) {
      const msg = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(hex(h.mac(msg)), `length ${n}`).toBe(createHmac('sha256', key).update(msg).digest('hex'));
    }
  });

  it('equals node:crypto for random keys (0..200 bytes) and messages, reusing one prepared state', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.array(fc.uint8Array({ maxLength: 120 }), { minLength: 1, maxLength: 5 }), (key, msgs) => {
        const h = new PreparedHmacSha256(key);
        for (const m of msgs) expect(hex(h.mac(m))).toBe(createHmac('sha256', key).update(m).digest('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it('writes into a subarray at any offset', () => {
    const key = fill(7, 32);
    const h = new PreparedHmacSha256(key);
    const out = new Uint8Array(40);
    h.macInto(ascii('abc'), out.subarray(3));
    expect(hex(out.subarray(3, 35))).toBe(createHmac('sha256', key).update('abc').digest('hex'));
    expect(out[2]).toBe(0);
  });
});
