import { describe, expect, it } from 'vitest';
import { nativeArgon2id } from '../../src/node/index.js';
import { _nobleArgon2idFull, nobleArgon2id } from '../../src/pseudonymize/argon2.js';
import { fill, hex } from '../helpers/hex.js';

describe('Argon2id backends', () => {
  // RFC 9106 section 5.3 (Argon2id test vector), transcribed from the RFC text.
  it('RFC 9106 5.3: m = 32 KiB, t = 3, p = 4, with secret and associated data', () => {
    const tag = _nobleArgon2idFull(fill(0x01, 32), fill(0x02, 16), { m: 32, t: 3, p: 4 }, { secret: fill(0x03, 8), associatedData: fill(0x04, 12), tagLength: 32 });
    expect(hex(tag)).toBe('0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659');
  });

  it('the portable backend is that same computation without secret or associated data', () => {
    const params = { m: 64, t: 2, p: 2 };
    expect(nobleArgon2id.hash(fill(1, 9), fill(2, 16), params)).toEqual(_nobleArgon2idFull(fill(1, 9), fill(2, 16), params, {}));
  });

  it('the native backend (when installed) equals the portable one, sync and async, across parameters', async () => {
    const native = nativeArgon2id();
    if (!native) {
      console.warn('NOTE: @node-rs/argon2 (optional dependency) is not installed: native backend not compared');
      return;
    }
    for (const params of [{ m: 8, t: 1, p: 1 }, { m: 64, t: 3, p: 2 }, { m: 256, t: 2, p: 4 }]) {
      for (const pw of [new Uint8Array(0), fill(0x61, 1), fill(0xff, 70)]) {
        const expected = nobleArgon2id.hash(pw, fill(9, 16), params);
        expect(native.hash(pw, fill(9, 16), params)).toEqual(expected);
        expect(await native.hashAsync(pw, fill(9, 16), params)).toEqual(expected);
      }
    }
  });
});
