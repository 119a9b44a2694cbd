// `npm run deploy:create -- <spreadsheet id>`: creates the workbook's container-bound Apps Script project,
// titled Kamnot (its Extensions submenu takes the project's title), and writes .clasp.json for
// `npm run deploy`. Needs `clasp login` once; never commit .clasprc.json.
import { spawnSync } from 'node:child_process';
import { PROJECT_TITLE } from './lib/project.mjs';

const [parentId] = process.argv.slice(2);
if (!parentId) {
  console.error('usage: npm run deploy:create -- <spreadsheet id>');
  process.exit(2);
}
const clasp = ['--yes', '@google/clasp@3.4.1', 'create', '--type', 'sheets'];
const args = [...clasp, '--title', PROJECT_TITLE, '--parentId', parentId, '--rootDir', 'build'];
const result = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
