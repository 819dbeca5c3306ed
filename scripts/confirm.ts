// `npm run confirm -- <id>`: after reviewing a municipality's fees (for example after npm run
// check named its totals because a new federal price is known), records today in Belgium as
// `confirmed:` in src/content/municipalities/<id>.yaml. Only that line changes; the rest of the
// file stays as written. The content check's upstream warnings then count from this day.
//
//   node scripts/confirm.ts <id> [--root <dir>]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { todayInBelgium, toIsoDate } from '../src/lib/plain-date.ts';
import { setConfirmed } from '../src/validation/confirm.ts';
import { closest } from '../src/validation/schema-errors.ts';

const USAGE = 'Usage: npm run confirm -- <id>   (the municipality file name without .yaml, e.g. npm run confirm -- koekelberg)';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const args = process.argv.slice(2);
let root = process.cwd();
const ids: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--root') root = resolve(args[++i] ?? fail(`--root needs a folder. ${USAGE}`, 2));
  else if (args[i]!.startsWith('--')) fail(`Unknown option: ${args[i]}. ${USAGE}`, 2);
  else ids.push(args[i]!);
}
if (ids.length !== 1) fail(ids.length === 0 ? `Give the id of the municipality you reviewed. ${USAGE}` : `Give one id at a time. ${USAGE}`, 2);
const id = ids[0]!.replace(/\.ya?ml$/, '');

const dir = join(root, 'src', 'content', 'municipalities');
if (!existsSync(dir)) fail(`There is no folder src/content/municipalities under ${root}: run this command in the project folder (the one with package.json).`);
const known = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort();
const rel = `src/content/municipalities/${id}.yaml`;
if (!known.includes(id)) {
  const guess = closest(id, known);
  fail(`There is no municipality "${id}" (no file ${rel}).${guess ? ` Did you mean "${guess}"?` : ` Known ids: ${known.join(', ')}.`}`);
}

const file = join(dir, `${id}.yaml`);
const today = toIsoDate(todayInBelgium());
const result = setConfirmed(readFileSync(file, 'utf8'), today);
if (!result.ok) fail(`${rel}: ${result.message}`);
writeFileSync(file, result.text);
console.log(
  `${rel}: confirmed: ${today}${result.previous ? ` (was ${result.previous})` : ' (added)'}.\n` +
    'npm run check now counts the upstream changes for its totals from this day.',
);
