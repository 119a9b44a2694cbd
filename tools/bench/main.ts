// npm run bench: figures for this machine. Targets are printed beside them; nothing here fails a build.
import { cpus } from 'node:os';
import { benchBundle } from './bundle';
import { benchEngine } from './engine';
import { benchLimits, benchRun } from './run';

console.log(
  `Kamnot benchmarks — node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}\n`,
);
benchBundle(process.cwd());
benchEngine();
benchRun(process.cwd());
benchLimits(process.cwd());
