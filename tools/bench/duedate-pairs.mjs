// DUEDATE(start, days, "workdays", , "NONE") over (start, days) pairs in one range call, build/Code.js in
// this process's own global (see apps-script-global.mjs). Reads {starts, days} (spreadsheet serials and
// counts) from a JSON file; writes {ms, cpuMs, results} where each result is a serial or the cell's error text.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadInThisGlobal } from './apps-script-global.mjs';

const [codePath, inPath, outPath] = process.argv.slice(2);
loadInThisGlobal(codePath);
const { starts, days } = JSON.parse(readFileSync(inPath, 'utf8'));
const DAY = 86_400_000;
// Serial 0 is 1899-12-30; a date cell holds midnight in the spreadsheet's zone (UTC+7).
const startCells = starts.map((s) => [new Date(Date.UTC(1899, 11, 30 + s, -7))]);
const dayCells = days.map((d) => [d]);
// Best of three after a warm-up, in wall and in CPU time (a loaded machine stretches the first).
let best = Number.POSITIVE_INFINITY;
let bestCpu = Number.POSITIVE_INFINITY;
let out = [];
for (let run = 0; run < 4; run++) {
  const t0 = performance.now();
  const cpu = process.cpuUsage();
  out = globalThis.DUEDATE(startCells, dayCells, 'workdays', '', 'NONE');
  const used = process.cpuUsage(cpu);
  if (run > 0) {
    best = Math.min(best, performance.now() - t0);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
  }
}
const epoch = Date.UTC(1899, 11, 30);
const results = out.map(([v]) =>
  v instanceof Date ? Math.round((v.getTime() + 7 * 3_600_000 - epoch) / DAY) : String(v),
);
writeFileSync(outPath, JSON.stringify({ ms: best, cpuMs: bestCpu, results }));
