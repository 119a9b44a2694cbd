// npm start's last part: ตรวจความพร้อม / Check this installation, run by build/Code.js on the demo
// office's workbook in the offline runtime, as an officer runs it from the menu. Its report ends with
// the summary line; what only a live Google account can show is counted, never faked.
import type { Runtime } from '../runtime';

export function selfTestDemo(runtime: Runtime): string {
  // The office installs the hourly check from the menu first, as the guided start does.
  runtime.call('installHourly');
  const text = runtime.call('checkInstallation');
  return typeof text === 'string' ? text : String(text);
}
