/**
 * The typed bridge to the server: `call(name, ...args)` for a name in SIDEBAR_API only, as a Promise,
 * with the spinner and a Thai + English message for every call.
 */
import type { SidebarApi, SidebarFunction } from '../gas/sidebar-api/public';

interface Runner {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: Error) => void): Runner;
  [name: string]: unknown;
}
declare const google: { script: { run: Runner } };

type Args<N extends SidebarFunction> = Parameters<SidebarApi[N]>;
type Result<N extends SidebarFunction> = ReturnType<SidebarApi[N]>;

let busy = 0;

function status(text: string, kind: 'busy' | 'ok' | 'error'): void {
  const box = document.getElementById('status');
  const spinner = document.getElementById('spinner');
  if (box) {
    box.textContent = text;
    box.className = kind;
  }
  if (spinner) spinner.hidden = busy === 0;
}

/** Shows a message in the status line (Thai + English: a user in either language can read it). */
export function say(text: string, kind: 'ok' | 'error' = 'ok'): void {
  status(text, kind);
}

export function call<N extends SidebarFunction>(name: N, ...args: Args<N>): Promise<Result<N>> {
  busy++;
  status('กำลังทำงาน… / Working…', 'busy');
  return new Promise<Result<N>>((resolve, reject) => {
    const done = () => {
      busy--;
    };
    const runner = google.script.run
      .withSuccessHandler((value) => {
        done();
        status('เสร็จแล้ว / Done', 'ok');
        resolve(value as Result<N>);
      })
      .withFailureHandler((error) => {
        done();
        const text = error?.message ? String(error.message) : String(error);
        status(`ผิดพลาด / Error: ${text}`, 'error');
        reject(error);
      });
    try {
      (runner[name] as (...a: unknown[]) => void)(...args);
    } catch (error) {
      done();
      status(`ผิดพลาด / Error: ${error instanceof Error ? error.message : String(error)}`, 'error');
      reject(error);
    }
  });
}
