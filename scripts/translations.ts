// `npm run translations`: the translation status, and recording which Dutch text a translation follows.
//
//   npm run translations                          prints the translation status (as npm run check does)
//   npm run translations -- --mark <file> [<file> …]
//                                                 after you updated a translation: records in its front
//                                                 matter (source:) a hash of each part of the Dutch page
//                                                 as it is now. Only the source: block is changed.
//   npm run translations -- --mark-all            the same for every translation; only when all of them
//                                                 are known to follow their Dutch page
//   [--root <dir>]                                the folder that holds src/content (default: this folder)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { readSourceText, sourceRecord, translationState, withRecord, type SourceRecord } from '../src/lib/translation-source.ts';
import { formatTranslationReport, validateContent } from '../src/validation/index.ts';
import { readMdx } from '../src/validation/load.ts';
import { LANGS } from '../src/schemas/common.ts';

const USAGE = `Usage: npm run translations                     (the translation status)
       npm run translations -- --mark <file> …    (record the current Dutch text in these translations)
       npm run translations -- --mark-all         (record it in every translation)`;

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const args = process.argv.slice(2);
let root = process.cwd();
let mode: 'status' | 'mark' | 'mark-all' = 'status';
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--root') root = resolve(args[++i] ?? usage('--root needs a folder.'));
  else if (a === '--mark') mode = 'mark';
  else if (a === '--mark-all') mode = 'mark-all';
  else if (a.startsWith('--')) usage(`Unknown option: ${a}`);
  else if (mode === 'mark') files.push(a);
  else usage(`"${a}": give files after --mark.`);
}
if (mode === 'mark' && files.length === 0) usage('--mark needs the translation file(s) you updated, e.g. src/content/cards/fr/a.mdx.');

if (mode === 'status') {
  let result;
  try {
    result = validateContent(root, { translations: true });
  } catch (err) {
    console.error(`Translation status could not run: ${(err as Error).message.split('\n')[0]}`);
    process.exit(2);
  }
  if (result.report) console.log(formatTranslationReport(result.report));
  process.exit(0);
}

const FOLDERS = ['cards', 'guides', 'sections'];
const TRANSLATED = LANGS.filter((l) => l !== 'nl');
const toPosix = (p: string) => p.split(sep).join('/');

/** Every translation file of the tree (for --mark-all). */
function allTranslations(): string[] {
  const out: string[] = [];
  for (const folder of FOLDERS) {
    for (const lang of TRANSLATED) {
      const dir = resolve(root, 'src/content', folder, lang);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).sort()) if (f.endsWith('.mdx')) out.push(`src/content/${folder}/${lang}/${f}`);
    }
  }
  return out;
}

/** The path of `file` inside the root, with forward slashes, or an explanation of why it is not a translation. */
function place(file: string): { rel: string; folder: string; lang: string; name: string } | string {
  const candidates = [resolve(process.cwd(), file), resolve(root, file)];
  const abs = candidates.find((c) => existsSync(c));
  if (!abs) return `${file}: there is no such file.`;
  const rel = toPosix(relative(root, abs));
  if (rel.startsWith('..') || isAbsolute(rel)) return `${file}: the file is not in ${root}.`;
  const m = /^src\/content\/(cards|guides|sections)\/([^/]+)\/([^/]+)\.mdx$/.exec(rel);
  if (!m) return `${rel}: not a translated page. Give a file in src/content/cards/, guides/ or sections/, in the fr or en folder, e.g. src/content/cards/fr/a.mdx.`;
  const [, folder, lang, name] = m as unknown as [string, string, string, string];
  if (lang === 'nl') return `${rel}: Dutch pages are the source and record nothing. Give the French or English file: src/content/${folder}/fr/${name}.mdx or src/content/${folder}/en/${name}.mdx.`;
  if (!(TRANSLATED as readonly string[]).includes(lang)) return `${rel}: "${lang}" is not a language of the site (fr or en).`;
  return { rel, folder, lang, name };
}

function describeRecord(r: SourceRecord): string {
  const fields = (['title', 'description'] as const).filter((f) => r[f] !== undefined);
  const n = Object.keys(r.sections).length;
  return [...fields, `${n} ${n === 1 ? 'section' : 'sections'}`].join(', ');
}

const targets = mode === 'mark-all' ? allTranslations() : files;
let failed = 0;
let written = 0;
for (const target of targets) {
  const where = place(target);
  if (typeof where === 'string') {
    console.error(where);
    failed++;
    continue;
  }
  const dutchRel = `src/content/${where.folder}/nl/${where.name}.mdx`;
  const dutchAbs = resolve(root, dutchRel);
  if (!existsSync(dutchAbs)) {
    console.error(`${where.rel}: there is no Dutch page ${dutchRel} to compare it with (the same file name in every language).`);
    failed++;
    continue;
  }
  const dutchText = readFileSync(dutchAbs, 'utf8');
  const dutch = readMdx(dutchText, dutchRel, 'nl', where.name);
  if (!dutch.hasFrontMatter || dutch.frontMatter.syntax.length > 0) {
    const line = dutch.frontMatter.syntax[0]?.line;
    console.error(`${dutchRel}${line ? `:${line}` : ''}: the Dutch page's front matter cannot be read. Fix it first (npm run check says how), then mark ${where.rel} again.`);
    failed++;
    continue;
  }
  const abs = resolve(root, where.rel);
  const text = readFileSync(abs, 'utf8');
  const own = readMdx(text, where.rel, where.lang, where.name);
  if (!own.hasFrontMatter) {
    console.error(`${where.rel}:1: the page has no front matter (the --- block at the top). Copy it from ${dutchRel}, then mark it again.`);
    failed++;
    continue;
  }
  if (own.frontMatter.syntax.length > 0) {
    const line = own.frontMatter.syntax[0]?.line;
    console.error(`${where.rel}${line ? `:${line}` : ''}: the front matter cannot be read. Fix it first (npm run check says how), then mark it again.`);
    failed++;
    continue;
  }
  const source = { ...readSourceText(dutchText), bodyLine: dutch.bodyLine };
  const record = sourceRecord(source);
  if (translationState(source, own.frontMatter.data).state === 'up-to-date' && text === withRecord(text, record)) {
    console.log(`${where.rel}: already records the current Dutch text (${describeRecord(record)}); unchanged.`);
    continue;
  }
  const next = withRecord(text, record)!;
  writeFileSync(abs, next);
  written++;
  console.log(`${where.rel}: recorded the current Dutch text of ${dutchRel} (${describeRecord(record)}).`);
}
if (targets.length > 1) console.log(`${written} ${written === 1 ? 'file' : 'files'} updated${failed ? `, ${failed} refused` : ''}.`);
process.exitCode = failed > 0 ? 1 : 0;
