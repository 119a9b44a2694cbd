// Small timing helpers for the benchmarks: best of several runs, after a warm-up.
import { performance } from 'node:perf_hooks';
import { recordLine } from './report';

export function best(runs: number, fn: () => void): number {
  fn();
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

export function line(name: string, value: string, target?: string, ok?: boolean): void {
  const verdict = target === undefined ? '' : `  target ${target}  ${ok ? 'met' : 'MISSED'}`;
  console.log(`${name.padEnd(58)} ${value.padStart(14)}${verdict}`);
  recordLine({ name, value, ...(target === undefined ? {} : { target, ok: ok === true }) });
}
