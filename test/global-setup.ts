// Every run builds first: the bundle and browser suites load build/Code.js and build/Sidebar.html, and
// a build older than src/ would test code that no longer exists. The build takes under a second; each
// vitest project loads this module afresh, so the first call marks the process as built for the rest.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const BUILT = 'KAMNOT_TEST_BUILT';

export default function setup(): void {
  if (process.env[BUILT] === String(process.pid)) return;
  execFileSync(process.execPath, [join(__dirname, '../tools/build.mjs')], { stdio: 'inherit' });
  process.env[BUILT] = String(process.pid);
}
