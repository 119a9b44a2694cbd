// DUEDATE over 100,000 cells with build/Code.js evaluated in this process's own global, as Apps Script
// evaluates a project. A node:vm context reaches its globals through interceptors that make every
// `Math`/`Map`/`Date` lookup several times slower, which says nothing about Apps Script, so the
// in-runtime figure is printed separately. Services are minimal stubs: the spreadsheet's zone and
// Utilities.formatDate(…, 'Z') through Intl, which is all a custom function uses.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';

const [codePath, cellsArg] = process.argv.slice(2);
const cells = Number(cellsArg);
const zone = 'Asia/Bangkok';
const offsetName = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
Object.assign(globalThis, {
  SpreadsheetApp: { getActive: () => ({ getSpreadsheetTimeZone: () => zone }) },
  Session: { getScriptTimeZone: () => zone },
  Utilities: {
    formatDate: (date) => {
      const name = offsetName.formatToParts(date).find((p) => p.type === 'timeZoneName').value;
      return name === 'GMT' ? '+0000' : name.slice(3).replace(':', '');
    },
  },
});
vm.runInThisContext(readFileSync(codePath, 'utf8'), { filename: 'Code.js' });

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
