import { execFileSync } from 'node:child_process';

/** The CLI and package tests run the built bundle: build it once before the suite. */
export default function setup(): void {
  if (process.env.CIVICVEIL_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['node_modules/tsup/dist/cli-default.js', '--silent'], { stdio: 'inherit' });
}
