// build/Code.js evaluated in this process's own global, as Apps Script evaluates a project. A node:vm
// context reaches its globals through interceptors that make every `Math`/`Map`/`Date` lookup several
// times slower, which says nothing about Apps Script, so the timing children (bundle-main-context.mjs,
// duedate-pairs.mjs) load the bundle here. Services are minimal stubs: the spreadsheet's zone and
// Utilities.formatDate(…, 'Z') through Intl, which is all a custom function uses.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

export const ZONE = 'Asia/Bangkok';

export function loadInThisGlobal(codePath) {
  const offsetName = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' });
  Object.assign(globalThis, {
    SpreadsheetApp: { getActive: () => ({ getSpreadsheetTimeZone: () => ZONE }) },
    Session: { getScriptTimeZone: () => ZONE },
    Utilities: {
      formatDate: (date) => {
        const name = offsetName.formatToParts(date).find((p) => p.type === 'timeZoneName').value;
        return name === 'GMT' ? '+0000' : name.slice(3).replace(':', '');
      },
    },
  });
  vm.runInThisContext(readFileSync(codePath, 'utf8'), { filename: 'Code.js' });
}
