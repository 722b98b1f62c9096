/**
 * HMAC-SHA256 (RFC 2104) with the key state prepared once, for millions of short messages.
 *
 * The SHA-256 compression function is @noble/hashes'. What this file adds is only the HMAC
 * bookkeeping that noble's `hmac.create()` + clone also does, done without per-message
 * allocation: the inner and outer states after absorbing `K ^ ipad` and `K ^ opad` are kept as
 * eight words each, and a message of at most 55 bytes (every p1 input of up to ~40 bytes) is
 * padded into a single block per RFC 6234 section 4.1, so each tag costs exactly two
 * compressions. Longer messages go through noble's own HMAC. Tests check both paths against
 * node:crypto's createHmac for every length from 0 to 300 bytes and against RFC 4231.
 * @module
 */
import { hmac, type _HMAC } from '@noble/hashes/hmac.js';
import { _SHA256, sha256 } from '@noble/hashes/sha2.js';

/**
 * The members of noble's `_SHA256` that TypeScript marks protected: the chaining state words,
 * `get`/`set` and the compression step `process`. We call them on plain `_SHA256`
 * instances (not a subclass) so every SHA-256 object in the process keeps one hidden class and
 * V8 keeps `process` monomorphic: a subclass made it about 1.7x slower once HKDF had also run.
 */
interface Sha256Internals {
  A: number; B: number; C: number; D: number; E: number; F: number; G: number; H: number;
  get(): number[];
  set(A: number, B: number, C: number, D: number, E: number, F: number, G: number, H: number): void;
  process(view: DataView, offset: number): void;
  update(data: Uint8Array): unknown;
  destroy(): void;
}

const newEngine = (): Sha256Internals => new _SHA256() as unknown as Sha256Internals;

/** Loads a saved chaining state, compresses the 64-byte block in `block`, writes the new state big-endian into `out`. */
function compressInto(engine: Sha256Internals, state: Uint32Array, block: DataView, out: DataView): void {
  engine.set(state[0]!, state[1]!, state[2]!, state[3]!, state[4]!, state[5]!, state[6]!, state[7]!);
  engine.process(block, 0);
  out.setUint32(0, engine.A, false);
  out.setUint32(4, engine.B, false);
  out.setUint32(8, engine.C, false);
  out.setUint32(12, engine.D, false);
  out.setUint32(16, engine.E, false);
  out.setUint32(20, engine.F, false);
  out.setUint32(24, engine.G, false);
  out.setUint32(28, engine.H, false);
}

/** Largest message that fits one padded block: 64 − 1 (0x80) − 8 (bit length). */
export const ONE_BLOCK_MAX = 55;

/** @internal A prepared HMAC-SHA256 key. Not exported from the package. */
export class PreparedHmacSha256 {
  readonly #inner: Uint32Array;
  readonly #outer: Uint32Array;
  readonly #engine = newEngine();
  readonly #block = new Uint8Array(64);
  readonly #blockView = new DataView(this.#block.buffer);
  readonly #outerBlock = new Uint8Array(64);
  readonly #outerView = new DataView(this.#outerBlock.buffer);
  /** Where {@link macInput} wrote the padding's first byte (0x80) last. */
  #marker = 0;
  /** The last output array and a view of it, kept so a caller reusing one array costs nothing. */
  #out: Uint8Array | undefined;
  #outView: DataView | undefined;
  readonly #general: _HMAC<ReturnType<typeof sha256.create>>;
  #work: _HMAC<ReturnType<typeof sha256.create>> | undefined;

  constructor(key: Uint8Array) {
    // RFC 2104: keys longer than the block are hashed first; shorter ones are zero-padded.
    const pad = new Uint8Array(64);
    pad.set(key.length > 64 ? sha256(key) : key);
    for (let i = 0; i < 64; i++) pad[i]! ^= 0x36;
    const inner = newEngine();
    inner.update(pad);
    this.#inner = Uint32Array.from(inner.get());
    for (let i = 0; i < 64; i++) pad[i]! ^= 0x36 ^ 0x5c;
    const outer = newEngine();
    outer.update(pad);
    this.#outer = Uint32Array.from(outer.get());
    pad.fill(0);
    inner.destroy();
    outer.destroy();
    this.#general = hmac.create(sha256, key);
    // The outer message is always the 32-byte inner digest: its padding never changes.
    this.#outerBlock[32] = 0x80;
    this.#outerView.setUint32(60, (64 + 32) * 8, false);
  }

  /**
   * The 64-byte block a caller may write a message of at most {@link ONE_BLOCK_MAX} bytes into,
   * then call {@link macInput}: the message is hashed where it was written, with no copy.
   */
  get input(): Uint8Array {
    return this.#block;
  }

  /**
   * Writes HMAC-SHA256(key, msg[0..n)) into `out[0..32)`; `n` defaults to the whole of `msg`.
   * Uses (and then zeroes) {@link input} for short messages.
   */
  macInto(msg: Uint8Array, out: Uint8Array, n: number = msg.length): void {
    if (n > ONE_BLOCK_MAX) {
      this.#work = this.#general._cloneInto(this.#work);
      this.#work.update(n === msg.length ? msg : msg.subarray(0, n));
      this.#work.digestInto(out);
      return;
    }
    const block = this.#block;
    for (let i = 0; i < n; i++) block[i] = msg[i]!; // no subarray allocation
    this.macInput(n, out);
    block.fill(0, 0, n);
  }

  /**
   * HMAC-SHA256 of the first `n` (at most 55) bytes of {@link input} into `out[0..32)`. The
   * padding is written from `n` on; the message bytes are left for the caller to reuse or wipe.
   * Bytes `n + 1` to 59 must be zero, as they are when each message is wiped after use (what
   * {@link macInto} does) but for the padding byte of the call before, cleared here: so the
   * padding costs no fill of the block per message.
   */
  macInput(n: number, out: Uint8Array): void {
    const block = this.#block;
    const view = this.#blockView;
    const engine = this.#engine;
    if (this.#marker > n) block[this.#marker] = 0;
    block[n] = 0x80;
    this.#marker = n;
    // Bit length of ipad block + message; < 2^32 here, so the high word (bytes 56..59) stays 0.
    view.setUint32(60, (64 + n) * 8, false);
    // Inner digest straight into the first 32 bytes of the outer block, outer digest into `out`.
    compressInto(engine, this.#inner, view, this.#outerView);
    if (out !== this.#out) {
      this.#out = out;
      this.#outView = new DataView(out.buffer, out.byteOffset, 32);
    }
    compressInto(engine, this.#outer, this.#outerView, this.#outView!);
    // noble's shared message schedule now holds words of the outer block (the inner digest), not
    // of the message, so it needs no wiping.
  }

  /** HMAC-SHA256(key, msg) as a new array. */
  mac(msg: Uint8Array): Uint8Array {
    const out = new Uint8Array(32);
    this.macInto(msg, out);
    return out;
  }

  /** Zeroes the prepared states. The object must not be used afterwards. */
  destroy(): void {
    this.#inner.fill(0);
    this.#outer.fill(0);
    this.#block.fill(0);
    this.#out = undefined;
    this.#outView = undefined;
    this.#outerBlock.fill(0, 0, 32);
    this.#general.destroy();
    this.#work?.destroy();
  }
}
