/**
 * Progress on stderr while a large workbook is read, checked and written: one line rewritten in
 * place on a terminal, plain lines when stderr is a file or a pipe (CI logs, tests). stdout keeps
 * only the summary, so `npm start -- --workbook x.xlsx > summary.txt` stays clean.
 */
import { clip } from './table';

export interface Progress {
  /**
   * Reports what is happening now: `phase` ("reading tab") and its `detail` ("3/17: People"). A
   * terminal shows every update on one line; a log gets each phase's first and last lines, so a
   * workbook of a hundred tabs does not print hundreds of lines and no phase seems stuck at 1/100.
   */
  show(phase: string, detail?: string): void;
  /** Clears the line (terminal), or writes the last phase's last line (log), before the summary. */
  done(): void;
}

export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export function progress(stream: ProgressStream = process.stderr): Progress {
  let last = '';
  let lastPhase: string | undefined;
  /** In a log, the last line written: a phase's last update is written when the phase ends. */
  let written = '';
  const endPhase = () => {
    if (!stream.isTTY && last !== '' && last !== written) stream.write(`${last}\n`);
    written = last;
  };
  return {
    show(phase, detail) {
      const text = detail === undefined ? phase : `${phase} ${detail}`;
      if (text === last) return;
      if (stream.isTTY) {
        // One line that never wraps (a wrapped line would not be rewritten in place).
        const width = Math.max(20, (stream.columns || 80) - 1);
        stream.write(`\r\x1b[K${clip(text, width)}`);
      } else if (phase !== lastPhase) {
        // A log gets a phase's first and last lines ("reading tab 1/3", "reading tab 3/3"), not all.
        endPhase();
        stream.write(`${text}\n`);
        written = text;
      }
      last = text;
      lastPhase = phase;
    },
    done() {
      if (stream.isTTY && last !== '') stream.write('\r\x1b[K');
      else endPhase();
      last = '';
      written = '';
      lastPhase = undefined;
    },
  };
}

/** A progress that says nothing (tests, library use). */
export const SILENT: Progress = { show() {}, done() {} };
