// DUEDATE over N cells (TH calendar) with build/Code.js in this process's own global; prints the best
// of four timed calls, in ms. See apps-script-global.mjs for why not in the vm runtime.
import { performance } from 'node:perf_hooks';
import { loadInThisGlobal } from './apps-script-global.mjs';

const [codePath, cellsArg] = process.argv.slice(2);
const cells = Number(cellsArg);
loadInThisGlobal(codePath);

const first = Date.UTC(2025, 0, 1, -7);
const starts = Array.from({ length: cells }, (_, i) => [new Date(first + (i % 1100) * 86_400_000)]);
const counts = Array.from({ length: cells }, (_, i) => [1 + (i % 30)]);
let best = Number.POSITIVE_INFINITY;
for (let run = 0; run < 5; run++) {
  const t0 = performance.now();
  const out = globalThis.DUEDATE(starts, counts);
  const ms = performance.now() - t0;
  if (out.length !== cells || !(out[0][0] instanceof Date)) throw new Error('DUEDATE gave the wrong result');
  if (run > 0) best = Math.min(best, ms);
}
process.stdout.write(String(best));
