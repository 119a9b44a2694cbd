/**
 * The typed bridge to the server: `call(name, ...args)` for a name in SIDEBAR_API only, as a Promise,
 * with the spinner and a Thai + English message for every call.
 */
import type { SidebarFunction, SidebarPayload, SidebarResults } from '../gas/sidebar-api/public';

interface Runner {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: Error) => void): Runner;
  [name: string]: unknown;
}
declare const google: { script: { run: Runner } };

type Args<N extends SidebarFunction> = SidebarPayload<N>;
type Result<N extends SidebarFunction> = SidebarResults[N];

let busy = 0;

/**
 * The number of calls in flight, on <html data-pending>. A call counts until the macrotask after its
 * handler, so the work its caller does on the answer (a re-render, a follow-up call) is done before the
 * count can reach 0: tests wait for data-pending="0" to know the page has settled.
 */
function setBusy(delta: number): void {
  busy += delta;
  document.documentElement.dataset.pending = String(busy);
  const spinner = document.getElementById('spinner');
  if (spinner) spinner.hidden = busy === 0;
}

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
  setBusy(1);
  status('กำลังทำงาน… / Working…', 'busy');
  return new Promise<Result<N>>((resolve, reject) => {
    const done = () => {
      setTimeout(() => setBusy(-1), 0);
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
