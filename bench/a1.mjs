// a1 tokens (Argon2id, then HMAC) at OWASP's parameters m = 19456 KiB, t = 2, p = 1.
//   - milliseconds per token: noble backend (sync `pseudonymize` and `pseudonymizeAsync`) and,
//     when @node-rs/argon2 is installed, the native backend from civicveil/node (same tokens);
//   - event-loop responsiveness: the largest gap between ticks of a 5 ms setInterval while
//     3 tokens are made. noble's async form yields about every 10 ms; a sync call blocks the
//     loop for a whole Argon2id evaluation.
import { setTimeout as sleep } from 'node:timers/promises';
import { ARGON2_OWASP, createKeyring, createPseudonymizer, generateKey } from '../dist/index.js';
import { nativeArgon2id } from '../dist/node/index.js';
import { median, num, printSection, progress, table } from './_shared.mjs';

const SSNS = ['123-45-6780', '234-56-7891', '345-67-8902'];
const TOKENS = SSNS.length; // per measurement; an a1 token costs ~0.1-0.5 s in pure JS

const keyring = createKeyring([generateKey({ kid: 'bench' })]);
const withBackend = (argon2Backend) =>
  createPseudonymizer({ keyring, domain: 'bench', algorithm: 'a1', argon2: ARGON2_OWASP, ...(argon2Backend ? { argon2Backend } : {}) });
const native = nativeArgon2id();
const BACKENDS = [{ name: 'noble (pure JS)', p: withBackend(undefined) }];
if (native) BACKENDS.push({ name: `native (${native.name})`, p: withBackend(native) });

// The backends must agree, or the native one would make tokens that match nothing.
for (const b of BACKENDS.slice(1)) {
  if (b.p.pseudonymize('ssn', SSNS[0]) !== BACKENDS[0].p.pseudonymize('ssn', SSNS[0])) {
    throw new Error(`a1 bench: ${b.name} and noble give different tokens`);
  }
}

/** Median milliseconds of one token, over TOKENS tokens made one after another. */
async function msPerToken(make) {
  await make(SSNS[0]); // warm-up
  const ms = [];
  for (const ssn of SSNS) {
    const t0 = performance.now();
    await make(ssn);
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** The largest gap in ms between ticks of a 5 ms interval while `work` runs. */
async function maxTickGap(work) {
  let last = performance.now();
  let max = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    max = Math.max(max, now - last);
    last = now;
  }, 5);
  await sleep(20); // let the interval settle
  await work();
  await sleep(20);
  clearInterval(timer);
  return max;
}
// Between tokens, wait for a 1 ms timer: the overdue interval tick runs first, so for the sync
// call the gap measured is one Argon2id evaluation, not three back to back.
const threeTokens = (make) => async () => {
  for (const ssn of SSNS) {
    await make(ssn);
    await sleep(1);
  }
};

const rows = [];
for (const { name, p } of BACKENDS) {
  const forms = [
    { form: '`pseudonymize` (sync)', make: (v) => p.pseudonymize('ssn', v) },
    { form: '`pseudonymizeAsync`', make: (v) => p.pseudonymizeAsync('ssn', v) },
  ];
  for (const { form, make } of forms) {
    progress(`a1: ${name}, ${form}`);
    const ms = await msPerToken(make);
    const gap = await maxTickGap(threeTokens(make));
    rows.push([name, form, num(ms, 1), num(1000 / ms, 1), num(gap, 1)]);
  }
}
for (const { p } of BACKENDS) p.destroy();

printSection({
  title: 'a1 tokens (Argon2id at OWASP parameters)',
  what:
    `Milliseconds per \`a1\` token at m = ${ARGON2_OWASP.m} KiB, t = ${ARGON2_OWASP.t}, p = ${ARGON2_OWASP.p} (median of ${TOKENS}, ` +
    `after a warm-up), and the largest gap between ticks of a 5 ms \`setInterval\` while ${TOKENS} tokens are made one after another ` +
    `(5 ms or a little more means a responsive event loop; for a sync call it is the length of one blocking call). ${native ? 'Both backends give the same tokens (checked).' : 'The native backend (@node-rs/argon2) is not installed: noble only.'}`,
  command: 'node bench/a1.mjs',
  body: table(['backend', 'call', 'ms/token', 'tokens/s', 'max tick gap ms'], rows),
});
