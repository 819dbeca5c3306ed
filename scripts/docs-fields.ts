// `npm run docs:fields`: writes docs/fields.md, the reference of every field an editor can write,
// generated from the schemas in src/schemas/ (their .describe() texts). Run it after changing a
// schema; a unit test fails while docs/fields.md differs from what this writes.
//
//   node scripts/docs-fields.ts [--check]
//
// --check  write nothing; exit 1 when docs/fields.md is out of date
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fieldReference } from '../src/validation/field-docs.ts';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check');
if (unknown.length) {
  console.error(`Unknown option: ${unknown[0]}\nUsage: npm run docs:fields [-- --check]`);
  process.exit(2);
}
const file = join(import.meta.dirname, '..', 'docs', 'fields.md');
const text = fieldReference();
const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
if (args.includes('--check')) {
  if (current === text) console.log('docs/fields.md is up to date.');
  else {
    console.error('docs/fields.md is out of date with the schemas in src/schemas/. Run npm run docs:fields and commit the result.');
    process.exitCode = 1;
  }
} else if (current === text) {
  console.log('docs/fields.md is up to date; unchanged.');
} else {
  writeFileSync(file, text);
  console.log('Wrote docs/fields.md from the schemas in src/schemas/.');
}
