// `npm run check` (before `astro check`): validates the content in src/content for editors.
// Prints every error and warning as `file:line  field: what is wrong` with a fix, then the
// translation status and the time taken. Exit code 1 on any error, 0 with warnings only.
//
//   node scripts/check-content.ts [--root <dir>] [--today YYYY-MM-DD] [--no-git] [--quiet]
//
// --root   the folder that holds src/content (default: the current folder)
// --today  the day freshness is measured against (default: AS_OF when set, else today in Belgium)
// --no-git accepted and ignored (the translation status compares recorded hashes, not git history)
// --quiet  print errors only (no warnings, no translation status)
import { resolve } from 'node:path';
import { parseAsOf } from '../src/data/build-date.ts';
import { formatProblems, formatTranslationReport, validateContent } from '../src/validation/index.ts';

function usage(message: string): never {
  console.error(`${message}\nUsage: node scripts/check-content.ts [--root <dir>] [--today YYYY-MM-DD] [--no-git] [--quiet]`);
  process.exit(2);
}

const args = process.argv.slice(2);
let root = process.cwd();
let today: string | undefined;
let git = true;
let quiet = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--root') root = resolve(args[++i] ?? usage('--root needs a folder.'));
  else if (a === '--today') today = args[++i] ?? usage('--today needs a date written YYYY-MM-DD.');
  else if (a === '--no-git') git = false;
  else if (a === '--quiet') quiet = true;
  else usage(`Unknown option: ${a}`);
}
if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) usage(`--today must be a date written YYYY-MM-DD, not "${today}".`);
// AS_OF=2027-01-01 npm run check: the warnings as they will be on that day (the preview's day).
const asOf = parseAsOf();
if (!asOf.ok) {
  console.error(asOf.message);
  process.exit(2);
}
const previewing = today === undefined && asOf.preview ? asOf.day : undefined;
today ??= asOf.day;

const started = performance.now();
let result;
try {
  result = validateContent(root, { today, git, translations: !quiet });
} catch (err) {
  // A fault in the checker itself, not in the content: say so in one line.
  console.error(`Content check could not run: ${(err as Error).message.split('\n')[0]}`);
  process.exit(2);
}
const { errors, warnings, report, stats } = result;

console.log(`Content check (src/content)${previewing ? `, as of ${previewing} (AS_OF): warnings as they will be on that day` : ''}\n`);
const text = formatProblems(errors, quiet ? [] : warnings);
if (text) console.log(text);
if (report && !quiet) console.log(`${formatTranslationReport(report)}\n`);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const summary = `${stats.files} files checked in ${seconds} s: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}.`;
if (errors.length > 0) {
  console.log(`${summary}\nFix the errors above, then run npm run check again. docs/editing.md explains every message.`);
  process.exitCode = 1;
} else {
  const placeholders = warnings.filter((w) => w.rule === 'placeholder').length;
  console.log(
    `${summary}${placeholders ? ' Fill in the lines marked TODO before building: a build refuses them.' : warnings.length ? ' The site can be built.' : ' All good.'}`,
  );
}
