// The redact module's own rules: browser-safe (no Node module, nothing from the Node-only folders),
// and a doc comment with an example on every export.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = resolve(__dirname, '../../src/redact');
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

describe('src/redact', () => {
  it.each(files)('%s imports no Node module and nothing Node-only', (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    const imports = [...source.matchAll(/^\s*(?:import|export)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
    for (const spec of imports) {
      expect(spec.startsWith('node:'), spec).toBe(false);
      expect(/^\.\.\/(?:cli|node)\//.test(spec), spec).toBe(false);
      expect(spec.startsWith('.'), `${spec}: only relative imports (runtime dependencies come through the other modules)`).toBe(true);
    }
    expect(source).not.toMatch(/\b(?:process|Buffer|require)\b\s*[.(]/);
  });

  it.each(files.filter((f) => f !== 'index.ts'))('%s: every export has a doc comment with @example', (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    const missing: string[] = [];
    for (const m of source.matchAll(/^export (?:async )?(?:function|const|interface|type|class) (\w+)/gm)) {
      const before = source.slice(0, m.index).trimEnd();
      const doc = before.endsWith('*/') ? before.slice(before.lastIndexOf('/**')) : '';
      if (!doc.includes('@example')) missing.push(m[1]!);
    }
    expect(missing).toEqual([]);
  });
});
