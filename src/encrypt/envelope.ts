/**
 * The e1 envelope text format (DESIGN 4): `"e1." + alg + "." + kid + "." + b64u(payload)`, and
 * the associated data every envelope is bound to:
 * `AAD = lp("e1") || lp(alg) || lp(kid) || lp(context)`.
 * @module
 */
import { base64urlDecode, base64urlEncode, concatBytes, lp } from '../encoding.js';
import { FormatInvalidError } from '../errors.js';

/** `xc20p`: randomized XChaCha20-Poly1305 (default). `siv`: deterministic AES-SIV (RFC 5297). */
export type EnvelopeAlgorithm = 'xc20p' | 'siv';

/** An envelope split into its parts. */
export interface ParsedEnvelope {
  algorithm: EnvelopeAlgorithm;
  kid: string;
  /** xc20p: nonce (24) || ciphertext || tag (16). siv: SIV (16) || ciphertext. */
  payload: Uint8Array;
}

/** Smallest payload: xc20p has a 24-byte nonce and a 16-byte tag; siv a 16-byte SIV. */
export const MIN_PAYLOAD: Readonly<Record<EnvelopeAlgorithm, number>> = Object.freeze({ xc20p: 24 + 16, siv: 16 });

const KID_RE = /^[A-Za-z0-9_-]{1,64}$/;
const NOT_ENVELOPE = 'not an e1 envelope (expected "e1.<xc20p|siv>.<kid>.<base64url>")';

/**
 * Splits an envelope into its parts. Anything that is not an e1 envelope — another prefix or
 * algorithm, a bad kid, bad base64url, a payload too short to hold its nonce and tag — is
 * `FORMAT_INVALID`. The message never repeats the input.
 * @example parseEnvelope('e1.xc20p.k1.…') // { algorithm: 'xc20p', kid: 'k1', payload }
 */
export function parseEnvelope(envelope: string): ParsedEnvelope {
  // Split on the dots rather than one regex over the whole string: the payload is checked, and
  // decoded, by the strict base64url decoder in one pass.
  if (typeof envelope !== 'string' || !envelope.startsWith('e1.')) throw new FormatInvalidError(NOT_ENVELOPE);
  const algEnd = envelope.indexOf('.', 3);
  const kidEnd = algEnd < 0 ? -1 : envelope.indexOf('.', algEnd + 1);
  if (kidEnd < 0) throw new FormatInvalidError(NOT_ENVELOPE);
  const algorithm = envelope.slice(3, algEnd);
  const kid = envelope.slice(algEnd + 1, kidEnd);
  if ((algorithm !== 'xc20p' && algorithm !== 'siv') || !KID_RE.test(kid)) throw new FormatInvalidError(NOT_ENVELOPE);
  const payload = base64urlDecode(envelope.slice(kidEnd + 1), 'envelope payload');
  if (payload.length < MIN_PAYLOAD[algorithm]) {
    throw new FormatInvalidError(`envelope payload is too short for ${algorithm} (${payload.length} bytes)`);
  }
  return { algorithm, kid, payload };
}

/** `"e1." + alg + "." + kid + "." + b64u(payload)`. */
export function formatEnvelope(algorithm: EnvelopeAlgorithm, kid: string, payload: Uint8Array): string {
  return `e1.${algorithm}.${kid}.${base64urlEncode(payload)}`;
}

/** `lp("e1") || lp(alg) || lp(kid) || lp(context)` (DESIGN 4). */
export function envelopeAad(algorithm: EnvelopeAlgorithm, kid: string, context: string): Uint8Array {
  return concatBytes(lp('e1'), lp(algorithm), lp(kid), lp(context));
}
