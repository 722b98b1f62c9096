/**
 * The built ESM bundle (`dist/index.js` and its chunks) in headless Chromium, against the source
 * in Node: envelopes made on either side open on the other, for both algorithms, under the same
 * keyring JSON; AES-SIV envelopes are equal byte for byte; a tampered envelope fails in the
 * browser with AUTHENTICATION_FAILED; and the bundle loads without any `node:` module.
 *
 * Needs Debian's Chromium at /usr/bin/chromium (`scripts/install-browser.sh`, run by .ci/run);
 * without it the suite is skipped with a warning. The bundle is built by test/global-setup.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFieldEncryptor, formatEnvelope, parseEnvelope } from '../../src/encrypt/index.js';
import { createKeyring, generateKey, importKey, parseKeyring, serializeKeyring } from '../../src/keys/index.js';

const CHROMIUM = process.env.CIVICVEIL_CHROMIUM ?? '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(`test/browser: skipped, no Chromium at ${CHROMIUM} (install it with: bash scripts/install-browser.sh)`);
}

/** The library's API as the page sees it (a type only: the page imports the built bundle). */
type Civicveil = typeof import('../../src/index.js');
type PageWindow = { civicveil: Civicveil; civicveilLoad: Promise<{ ok: boolean; error?: string }> };

const algorithms = ['xc20p', 'siv'] as const;
const DOMAIN = 'idnyc/holders';
const CONTEXT = 'holders.ssn#H0000001';
/** Strings (exactly their UTF-8 bytes) and type-preserving values. */
const VALUES = ['123-45-6789', 'Zoë Ñúñez-Łukasz 王秀英 🗽', '', 42.5, true, null, { a: [1, 'two', false], b: { c: null } }];

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// ---- the bundle's module graph, read from the files ----------------------------------------

// Static imports and re-exports start a statement (a line in tsup's output): anchoring them keeps
// words in data, such as the audit lexicon's "import", "item", from reading as imports.
const IMPORT_RE = /(?:^|;)[ \t]*(?:import|export)\s*(?:[\w*${}\s,]*?\bfrom\s*)?["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/gm;

/** Every module `dist/index.js` reaches: relative files, and the bare specifiers they import. */
function moduleGraph(entry: string): { files: string[]; bare: Array<{ file: string; specifier: string }> } {
  const files: string[] = [];
  const bare: Array<{ file: string; specifier: string }> = [];
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.includes(file)) continue;
    files.push(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(IMPORT_RE)) {
      const specifier = (m[1] ?? m[2])!;
      if (specifier.startsWith('./') || specifier.startsWith('../')) todo.push(resolve(file, '..', specifier));
      else bare.push({ file: relative(ROOT, file), specifier });
    }
  }
  return { files: files.map((f) => relative(DIST, f).split(sep).join('/')), bare };
}

/**
 * An import map for the runtime dependencies (package.json `dependencies`), as an app without a
 * bundler would write it: each exported subpath to its file under /node_modules/.
 */
function importMap(deps: string[]): Record<string, string> {
  const imports: Record<string, string> = {};
  const pick = (target: unknown): string | undefined => {
    if (typeof target === 'string') return target;
    if (target && typeof target === 'object') {
      const t = target as Record<string, unknown>;
      return pick(t.browser ?? t.import ?? t.default);
    }
    return undefined;
  };
  for (const dep of deps) {
    const depPkg = JSON.parse(readFileSync(join(ROOT, 'node_modules', dep, 'package.json'), 'utf8')) as { exports?: unknown };
    const exportsField = (typeof depPkg.exports === 'object' && depPkg.exports) || { '.': depPkg.exports };
    for (const [subpath, target] of Object.entries(exportsField as Record<string, unknown>)) {
      const file = pick(target);
      if (!file || subpath.includes('*') || !file.endsWith('.js')) continue;
      imports[subpath === '.' ? dep : `${dep}/${subpath.slice(2)}`] = `/node_modules/${dep}/${file.replace(/^\.\//, '')}`;
    }
  }
  return imports;
}

// ---- a static server for dist/ and the dependencies ----------------------------------------

function page(imports: Record<string, string>): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>civicveil in the browser</title><link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify({ imports })}</script>
<script type="module">
window.civicveilLoad = import('/index.js').then(
  (m) => { window.civicveil = m; return { ok: true }; },
  (e) => ({ ok: false, error: String((e && e.stack) || e) }),
);
</script></head><body></body></html>`;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json; charset=utf-8' };

/** Serves `/` (the page), dist/ at the root, and the dependencies under /node_modules/. */
function startServer(html: string, depRoots: string[], requested: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requested.push(path);
    if (req.method !== 'GET') return void res.writeHead(405).end();
    if (path === '/') return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    const file = path.startsWith('/node_modules/') ? join(ROOT, path) : join(DIST, path);
    const allowed = [DIST, ...depRoots].some((root) => file.startsWith(root + sep));
    const type = TYPES[extname(file)];
    if (!allowed || !type || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(readFileSync(file));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

// ---- the tests ------------------------------------------------------------------------------

describe.skipIf(!haveChromium)('the built bundle in headless Chromium', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let tab: Page;
  const requested: string[] = [];
  const pageErrors: string[] = [];
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const deps = Object.keys(pkg.dependencies ?? {});
  const imports = importMap(deps);

  const key1 = importKey(Uint8Array.from({ length: 32 }, (_, i) => 7 * i + 3), { kid: 'k2025', status: 'active' });
  const key2 = generateKey({ kid: 'k2026' });
  const keyringJson = serializeKeyring(createKeyring([key1, key2]));
  const node = createFieldEncryptor({ keyring: parseKeyring(keyringJson), domain: DOMAIN });

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'index.js'))) throw new Error('dist/index.js is missing: build with `npx tsup` first');
    const depRoots = deps.map((dep) => join(ROOT, 'node_modules', dep));
    server = await startServer(page(imports), depRoots, requested);
    const { port } = server.address() as AddressInfo;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, timeout: 30_000 });
    tab = await browser.newPage();
    tab.on('pageerror', (e) => pageErrors.push(String(e)));
    tab.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    tab.on('requestfailed', (r) => pageErrors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    await tab.goto(`http://127.0.0.1:${port}/`);
    const load = await tab.evaluate(() => (globalThis as unknown as PageWindow).civicveilLoad);
    if (!load.ok) {
      const foreign = moduleGraph(join(DIST, 'index.js')).bare.filter(({ specifier }) => !(specifier in imports));
      throw new Error(
        `the bundle did not load in Chromium: ${load.error}\n${pageErrors.join('\n')}\n` +
          `imports a browser cannot resolve: ${foreign.map(({ file, specifier }) => `${file}: ${specifier}`).join(', ') || 'none'}`,
      );
    }
  });

  afterAll(async () => {
    node.destroy();
    await browser?.close();
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((ok) => server!.close(() => ok()));
    }
  });

  it('the bundle is browser-clean: no node: module and no bare import outside the dependencies', async () => {
    const graph = moduleGraph(join(DIST, 'index.js'));
    const foreign = graph.bare.filter(({ specifier }) => !(specifier in imports));
    expect(foreign, 'imports a browser cannot resolve (file: specifier)').toEqual([]);
    expect(graph.bare.filter(({ specifier }) => specifier.startsWith('node:'))).toEqual([]);
    // The page fetched exactly that graph (plus the page and the dependencies' files), all from our server.
    const fetched = requested.filter((p) => p !== '/' && !p.startsWith('/node_modules/') && !p.endsWith('.map'));
    expect(new Set(fetched)).toEqual(new Set(graph.files.map((f) => `/${f}`)));
    expect(requested.filter((p) => p.includes('node:'))).toEqual([]);
    expect(pageErrors).toEqual([]);
    const env = await tab.evaluate(() => ({
      process: typeof (globalThis as { process?: unknown }).process,
      random: typeof crypto.getRandomValues,
      exports: Object.keys((globalThis as unknown as PageWindow).civicveil).length,
    }));
    expect(env).toEqual({ process: 'undefined', random: 'function', exports: expect.any(Number) });
  });

  it.each(algorithms)('%s: envelopes made in the browser open in Node, and Node\'s open in the browser', async (algorithm) => {
    const fromNode = VALUES.map((v) => node.encrypt(v, { context: CONTEXT, algorithm }));
    const result = await tab.evaluate(
      ({ keyringJson, domain, context, algorithm, values, fromNode }) => {
        const cv = (globalThis as unknown as PageWindow).civicveil;
        const enc = cv.createFieldEncryptor({ keyring: cv.parseKeyring(keyringJson), domain });
        try {
          return {
            kid: enc.kid,
            made: values.map((v) => enc.encrypt(v, { context, algorithm })),
            again: values.map((v) => enc.encrypt(v, { context, algorithm })),
            opened: fromNode.map((e) => enc.decrypt(e, { context })),
          };
        } finally {
          enc.destroy();
        }
      },
      { keyringJson, domain: DOMAIN, context: CONTEXT, algorithm, values: VALUES, fromNode },
    );
    expect(result.kid).toBe('k2026');
    expect(result.opened).toEqual(VALUES);
    for (const e of result.made) expect(e.startsWith(`e1.${algorithm}.k2026.`)).toBe(true);
    expect(result.made.map((e) => node.decrypt(e, { context: CONTEXT }))).toEqual(VALUES);
    if (algorithm === 'siv') {
      // Deterministic: the browser's envelope is Node's, byte for byte.
      expect(result.made).toEqual(fromNode);
      expect(result.again).toEqual(result.made);
    } else {
      // Randomized, by crypto.getRandomValues in the page.
      result.again.forEach((e, i) => expect(e).not.toBe(result.made[i]));
      result.made.forEach((e, i) => expect(e).not.toBe(fromNode[i]));
    }
  });

  it('an envelope under a non-primary key of the shared keyring opens in the browser', async () => {
    const older = createFieldEncryptor({ keyring: createKeyring([importKey(Uint8Array.from({ length: 32 }, (_, i) => 7 * i + 3), { kid: 'k2025' })]), domain: DOMAIN });
    const envelopes = algorithms.map((algorithm) => older.encrypt('A123456789', { context: CONTEXT, algorithm }));
    older.destroy();
    const opened = await tab.evaluate(
      ({ keyringJson, domain, context, envelopes }) => {
        const cv = (globalThis as unknown as PageWindow).civicveil;
        const enc = cv.createFieldEncryptor({ keyring: cv.parseKeyring(keyringJson), domain });
        return envelopes.map((e) => enc.decrypt(e, { context }));
      },
      { keyringJson, domain: DOMAIN, context: CONTEXT, envelopes },
    );
    expect(opened).toEqual(['A123456789', 'A123456789']);
  });

  it.each(algorithms)('%s: a tampered envelope fails in the browser with AUTHENTICATION_FAILED', async (algorithm) => {
    const good = node.encrypt('123-45-6789', { context: CONTEXT, algorithm });
    const { payload } = parseEnvelope(good);
    const tampered = [5, payload.length - 1].map((i) => {
      const p = Uint8Array.from(payload);
      p[i]! ^= 0x01;
      return formatEnvelope(algorithm, 'k2026', p);
    });
    const outcomes = await tab.evaluate(
      ({ keyringJson, domain, context, envelopes }) => {
        const cv = (globalThis as unknown as PageWindow).civicveil;
        const enc = cv.createFieldEncryptor({ keyring: cv.parseKeyring(keyringJson), domain });
        return envelopes.map((e) => {
          try {
            return { value: enc.decrypt(e, { context }) };
          } catch (err) {
            return { code: (err as { code?: string }).code, civicveil: err instanceof cv.CivicVeilError, name: (err as Error).name };
          }
        });
      },
      { keyringJson, domain: DOMAIN, context: CONTEXT, envelopes: [good, ...tampered] },
    );
    expect(outcomes[0]).toEqual({ value: '123-45-6789' });
    for (const o of outcomes.slice(1)) expect(o).toMatchObject({ code: 'AUTHENTICATION_FAILED', civicveil: true });
  });
});
