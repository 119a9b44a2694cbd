// npm run bench [-- --quick] [-- --write-docs]: figures for this machine. Targets are printed beside
// them; nothing here fails a build. --quick measures smaller sizes (about a minute); --write-docs
// writes docs/benchmarks.md from the figures printed.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchBundle } from './bundle';
import { machine, writeDocs } from './docs';
import { benchEngine } from './engine';
import { benchLimits } from './limits';
import { benchNaive, SIZES } from './naive';
import { report } from './report';
import { benchRun, RUN_CASES, RUN_REGISTERS } from './run';
import { benchWorkday } from './workday';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--quick' && a !== '--write-docs');
if (unknown.length > 0) {
  console.error(`unknown option ${unknown.join(' ')}; usage: npm run bench [-- --quick] [-- --write-docs]`);
  process.exit(2);
}
const quick = args.includes('--quick');
const root = process.cwd();
const started = performance.now();
const m = machine();

console.log(
  `Kamnot benchmarks — node ${m.node}, ${m.cpu} × ${m.cores}, load ${m.load}${quick ? ' (quick)' : ''}`,
);
benchBundle(root);
benchEngine();
if (quick) benchRun(root, 10, 2_000);
else benchRun(root, RUN_REGISTERS, RUN_CASES);
benchLimits(root);
benchNaive(root, quick ? SIZES.slice(0, 2) : SIZES);
benchWorkday(root, quick ? 10_000 : 100_000);

const minutes = (performance.now() - started) / 60_000;
console.log(`\nbench: ${minutes.toFixed(1)} min`);
if (args.includes('--write-docs')) {
  const command = ['npm run bench', ...(args.length > 0 ? ['--', ...args] : [])].join(' ');
  writeDocs(join(root, 'docs/benchmarks.md'), report, m, command, minutes);
  console.log('wrote docs/benchmarks.md');
}
