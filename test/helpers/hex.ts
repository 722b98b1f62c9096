export const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
export const fromHex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s.replace(/\s+/g, ''), 'hex'));
export const fill = (byte: number, n: number): Uint8Array => new Uint8Array(n).fill(byte);
export const range = (from: number, to: number): Uint8Array => Uint8Array.from({ length: to - from + 1 }, (_, i) => from + i);
export const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
