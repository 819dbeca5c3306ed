/**
 * Content rules for the prose in every language (src/content/cards/<lang>/*.mdx and
 * src/content/guides/<lang>/*.mdx), plus the rule that no sentence of the seed pages is
 * copied anywhere under src/. Data-driven: it reads whatever files exist.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LANGS as ALL_LANGS, useTranslations, type Lang, type UiKey } from '../../src/i18n/index.ts';
import { formatDate, parseIsoDate } from '../../src/lib/plain-date.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SRC = join(ROOT, 'src');
const CONTENT = join(SRC, 'content');
const SEEDS = resolve(ROOT, '../shared/seeds');
const LANGS: readonly Lang[] = ALL_LANGS;
/** The shared guides every language must have (the file name is the guide id). */
const GUIDE_IDS = [
  'lost-or-stolen', 'pin-and-puk', 'photo', 'children-under-12', 'procedure-and-appointments', 'urgent-procedure',
  'permanent-residence', 'annexes', 'health-reasons', 'not-a-travel-document', 'glossary',
];

const rel = (p: string) => relative(ROOT, p).split(sep).join('/');
const idsIn = (dir: string, ext: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)) : []);
const cardIds = idsIn(join(CONTENT, 'card-types'), '.yaml');
const guideIds = [...new Set([...GUIDE_IDS, ...LANGS.flatMap((l) => idsIn(join(CONTENT, 'guides', l), '.mdx'))])];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}
const mdxFiles = () => walk(CONTENT).filter((f) => f.endsWith('.mdx'));

/** Lower-case words: letters and digits only, so case, punctuation and spacing never matter. */
export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** MDX/HTML text as a reader sees it: no front matter, tags, link targets or component markup. */
export function readable(text: string, facts?: (id: string, bare: boolean) => string): string {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.split('\n').filter((l) => /^(title|description):/.test(l)).map((l) => l.replace(/^\w+:\s*/, '')).join('\n') + '\n')
    .replace(/<Fact\s+id="([^"]+)"(\s+bare)?\s*\/>/g, (_, id: string, bare?: string) => (facts ? facts(id, Boolean(bare)) : ' '))
    .replace(/<[A-Za-z][^>]*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[*_`#[\]]/g, ' ');
}

/** The first run of `n` or more consecutive words of `source` found in `text`, or null. */
export function findSharedRun(grams: Set<string>, text: string, n = 10): string | null {
  const w = words(text);
  for (let i = 0; i + n <= w.length; i++) {
    const g = w.slice(i, i + n).join(' ');
    if (grams.has(g)) {
      let end = i + n;
      while (end < w.length && grams.has(w.slice(end - n + 1, end + 1).join(' '))) end++;
      return w.slice(i, end).join(' ');
    }
  }
  return null;
}
export function nGrams(text: string, n = 10): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/** Euro amounts typed as text: `€ 25`, `€9`, `25,40 euro`, `9 euro`, `EUR 8`, `25.40 EUR`, `8 euros`. */
const EURO = [
  /€\s*\d[\d.,]*/g,
  /\d[\d.,]*\s*(?:€|euros?\b|eur\b)/gi,
  /\b(?:eur|euros?)\s*\d[\d.,]*/gi,
];
export function euroAmounts(text: string): string[] {
  return EURO.flatMap((re) => [...text.matchAll(re)].map((m) => m[0].trim()));
}

/**
 * The part of a page that must be translated: without glossary headwords (`<dt>`), passages
 * marked with `lang="…"` and words in brackets, where the Dutch or French counter word is
 * quoted on purpose ("annex 12 (bijlage 12)").
 */
export function translatable(text: string): string {
  return readable(
    text
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/<dt[\s>][\s\S]*?<\/dt>/g, ' ')
      .replace(/<(\w+)[^>]*\blang="[^"]*"[^>]*>[\s\S]*?<\/\1>/g, ' '),
  ).replace(/\([^()]*\)/g, ' ');
}

/** Share of the distinct long words (7+ letters) of `text` that also occur in `original`. */
export function longWordOverlap(text: string, original: string): number {
  const long = (t: string) => new Set(words(translatable(t)).filter((w) => w.length >= 7 && !/\d/.test(w)));
  const a = long(text);
  const b = long(original);
  if (a.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / a.size;
}
/** A translation sharing more of its long words with the Dutch page than this is treated as a copy. */
const MAX_OVERLAP = 0.35;

describe('content-prose helpers (they must be able to fail)', () => {
  it('finds a run of ten shared words whatever the case, punctuation or spacing', () => {
    const grams = nGrams('Een als gestolen gemelde kaart is niet langer geldig, zelfs als ze wordt teruggevonden.');
    expect(findSharedRun(grams, 'Opgelet: een ALS gestolen   gemelde kaart is niet — langer geldig, zelfs als!')).toBe('een als gestolen gemelde kaart is niet langer geldig zelfs als');
    expect(findSharedRun(grams, 'Een kaart die als gestolen is gemeld, blijft ongeldig, ook als u ze terugvindt.')).toBeNull();
    expect(findSharedRun(grams, 'een als gestolen gemelde kaart is niet langer geldig')).toBeNull(); // nine words
  });
  it('spots every way of typing a euro amount, and not card codes or annex numbers', () => {
    for (const s of ['€ 25', '25,40 euro', 'EUR 8', '25.40 EUR', '9 euro', '€9', '8 euros', '12€']) expect(euroAmounts(`Het kost ${s} aan het loket.`), s).not.toEqual([]);
    for (const s of ['bijlage 12', 'annexe 8ter', 'de EU-kaart', 'EU+ 5 jaar', 'Europese Unie', 'in euro betalen', 'Europa']) expect(euroAmounts(s), s).toEqual([]);
  });
  it('strips markup so only what a reader sees is compared', () => {
    const text = '---\ntitle: Kaart\nslug: x\n---\nNa <Fact id="pin-letter-min-weeks" bare /> weken, zie [de gids](/nl/gidsen/pin-en-puk/). <span lang="fr">(annexe 12)</span>';
    expect(words(readable(text, () => '2'))).toEqual(['kaart', 'na', '2', 'weken', 'zie', 'de', 'gids', 'annexe', '12']);
  });
  it('rates a copy as a copy and a real translation as different', () => {
    const nl = 'Bent u uw verblijfskaart kwijt? Ga dan eerst naar de politie. Daarna vraagt u bij uw gemeente een nieuwe verblijfskaart aan met de bijlage 12.';
    expect(longWordOverlap(nl, nl)).toBe(1);
    // A lightly edited copy is still a copy.
    expect(longWordOverlap(nl.replace('Bent u', 'Is').replace('Daarna', 'Dan'), nl)).toBeGreaterThan(MAX_OVERLAP);
    // Counter words quoted in a glossary headword or in brackets do not count.
    const glossaryNl = '<dl><dt>verblijfskaart (carte de séjour)</dt><dd>De kaart die toont dat u hier mag wonen.</dd></dl>';
    expect(longWordOverlap('<dl><dt><span lang="nl">verblijfskaart</span> / <span lang="fr">carte de séjour</span></dt><dd>Residence card: the card that shows your right to live here (verblijfskaart).</dd></dl>', glossaryNl)).toBe(0);
    expect(longWordOverlap('Vous avez perdu votre carte de séjour ? Allez d’abord à la police. Ensuite, demandez une nouvelle carte à votre commune avec l’annexe 12 (bijlage 12).', nl)).toBeLessThan(MAX_OVERLAP);
  });
});

describe('prose files', () => {
  it('has a card page and every guide in nl, fr and en', () => {
    expect(cardIds.length, 'card types found in src/content/card-types').toBeGreaterThan(0);
    const missing = LANGS.flatMap((l) => [
      ...cardIds.filter((id) => !existsSync(join(CONTENT, 'cards', l, `${id}.mdx`))).map((id) => `src/content/cards/${l}/${id}.mdx`),
      ...guideIds.filter((id) => !existsSync(join(CONTENT, 'guides', l, `${id}.mdx`))).map((id) => `src/content/guides/${l}/${id}.mdx`),
    ]);
    expect(missing, 'missing prose files').toEqual([]);
  });

  it('has no French or English page that is a copy of the Dutch one', () => {
    const problems: string[] = [];
    for (const kind of ['cards', 'guides']) {
      for (const lang of ['fr', 'en'] as const) {
        for (const id of idsIn(join(CONTENT, kind, lang), '.mdx')) {
          const nlFile = join(CONTENT, kind, 'nl', `${id}.mdx`);
          if (!existsSync(nlFile)) continue;
          const file = join(CONTENT, kind, lang, `${id}.mdx`);
          const text = readFileSync(file, 'utf8');
          const original = readFileSync(nlFile, 'utf8');
          if (text === original) { problems.push(`${rel(file)} is byte-identical to ${rel(nlFile)}`); continue; }
          const overlap = longWordOverlap(text, original);
          if (overlap > MAX_OVERLAP) problems.push(`${rel(file)} shares ${Math.round(overlap * 100)}% of its long words with ${rel(nlFile)} (at most ${MAX_OVERLAP * 100}%): translate it`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('types no euro amount into MDX (amounts come from the fee data)', () => {
    const problems = mdxFiles().flatMap((file) =>
      readFileSync(file, 'utf8').split('\n').flatMap((line, i) => euroAmounts(line).map((m) => `${rel(file)}:${i + 1}: "${m}" — show amounts with <CardCost card="…" /> or the fee tables, not in prose`)),
    );
    expect(problems).toEqual([]);
  });

  it('uses only fact ids that exist in src/content/facts.yaml', () => {
    const facts = new Set((parse(readFileSync(join(CONTENT, 'facts.yaml'), 'utf8')) as { id: string }[]).map((f) => f.id));
    const problems = mdxFiles().flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/<Fact\s+id="([^"]+)"/g)].filter((m) => !facts.has(m[1]!)).map((m) => `${rel(file)}: <Fact id="${m[1]}" /> is not in facts.yaml`));
    expect(problems).toEqual([]);
  });
});

const hasSeeds = existsSync(SEEDS) && statSync(SEEDS).isDirectory();
if (!hasSeeds) console.warn(`content-prose: the seed pages folder ${SEEDS} is missing; the copy check against the seeds is skipped.`);

describe.skipIf(!hasSeeds)(`no sentence copied from the seed pages (${hasSeeds ? rel(SEEDS) : 'skipped: ../shared/seeds not found'})`, () => {
  const seedFiles = hasSeeds ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f)) : [];
  const grams = new Set(seedFiles.flatMap((f) => [...nGrams(readFileSync(f, 'utf8'))]));
  const facts = new Map((parse(readFileSync(join(CONTENT, 'facts.yaml'), 'utf8')) as { id: string; value: number | string; unit?: string }[]).map((f) => [f.id, f]));
  /** What <Fact /> shows in a language, so a run that only appears once rendered is caught too. */
  const factText = (lang: Lang) => (id: string, bare: boolean) => {
    const f = facts.get(id);
    if (!f) return ' ';
    if (typeof f.value === 'string') { const d = parseIsoDate(f.value); return d ? formatDate(d, lang) : f.value; }
    return bare || !f.unit ? String(f.value) : useTranslations(lang)(`unit.${f.unit}` as UiKey, { n: f.value });
  };

  it('reads the seed pages', () => {
    expect(seedFiles.length).toBeGreaterThan(0);
    expect(grams.size).toBeGreaterThan(100);
    // A passage pasted from a seed page, with other case and punctuation, is caught.
    const pasted = words(readFileSync(seedFiles[0]!, 'utf8')).slice(40, 60).join(', ').toUpperCase();
    expect(findSharedRun(grams, `Intro. ${pasted}. Outro.`)).not.toBeNull();
  });

  it('has no run of ten or more consecutive seed words in any file under src/', () => {
    const textFile = /\.(astro|mdx?|ya?ml|json|ts|tsx|js|mjs|css|html|txt|svg)$/;
    const problems: string[] = [];
    for (const file of walk(SRC).filter((f) => textFile.test(f))) {
      const raw = readFileSync(file, 'utf8');
      const lang = (rel(file).match(/\/([a-z]{2})\//)?.[1] ?? 'nl') as Lang;
      for (const variant of [raw, readable(raw, factText(lang))]) {
        const run = findSharedRun(grams, variant);
        if (run) { problems.push(`${rel(file)}: "${run}"`); break; }
      }
    }
    expect(problems, 'rewrite these passages in your own words').toEqual([]);
  });
});
