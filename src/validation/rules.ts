/**
 * Cross-file rules: what one file says must fit what another file holds (card ids, source ids,
 * fact ids, conflicts), and what no single field can tell (overlapping fee periods, an end date
 * before its start date, ids used twice). Each rule returns problems with file, field and line.
 */
import { LANGS } from '../schemas/common.ts';
import { feeRowSchema } from '../schemas/municipality.ts';
import { federalProductFor } from '../lib/fee-schedule.ts';
import { dayBefore, overlap, periodWords, type Period } from '../lib/periods.ts';
import { parseIsoDate } from '../lib/plain-date.ts';
import { isCardGroup, figureIds } from '../lib/requirements.ts';
import { CARD_FIELDS, isCardField } from '../data/figures.ts';
import type { PathSegment, YamlText } from './load.ts';
import type { Model } from './model.ts';
import { fieldPath, type Problem } from './problem.ts';
import { closest } from './schema-errors.ts';
import { finderRules } from './finder.ts';

const SOURCES_FILE = 'src/content/sources.yaml';
const FACTS_FILE = 'src/content/facts.yaml';
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function err(yaml: YamlText, path: PathSegment[], rule: string, message: string, fix?: string): Problem {
  return { severity: 'error', rule, file: yaml.file, line: yaml.lineOf(path), field: fieldPath(path) || undefined, message, fix };
}

/** A file name turned into a valid id: lower case, no accents, hyphens for spaces. */
export function suggestId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const validDate = (v: unknown): v is string => typeof v === 'string' && parseIsoDate(v) !== null;

// ---------------------------------------------------------------------------------------------
// Ids and file names

function fileNames(model: Model): Problem[] {
  const out: Problem[] = [];
  for (const [folder, entries, what] of [
    ['card-types', model.cardTypes, 'card type'],
    ['municipalities', model.municipalities, 'municipality'],
  ] as const) {
    const byNorm = new Map<string, string>();
    for (const e of entries) {
      if (!ID_PATTERN.test(e.id)) {
        out.push({
          severity: 'error',
          rule: 'file-name',
          file: e.yaml.file,
          line: 1,
          field: '(file name)',
          message: `the file name "${e.id}.yaml" is not a valid ${what} id: the name is used in web addresses and may hold only lower-case letters a-z, digits and single hyphens.`,
          fix: `Rename the file to src/content/${folder}/${suggestId(e.id) || 'name'}.yaml.`,
        });
      }
      const norm = suggestId(e.id);
      const first = byNorm.get(norm);
      if (first !== undefined) {
        out.push({
          severity: 'error',
          rule: 'duplicate-id',
          file: e.yaml.file,
          line: 1,
          field: '(file name)',
          message: `the ${what} id "${norm}" is used twice: by ${first}.yaml and by ${e.id}.yaml.`,
          fix: 'Keep one file per id: merge the two files or rename one of them.',
        });
      } else byNorm.set(norm, e.id);
    }
  }
  // Two municipalities with the same name: usually a copied file that was not renamed.
  const names = new Map<string, string>();
  for (const m of model.municipalities) {
    const name = isObj(m.raw) && isObj(m.raw.name) ? str(m.raw.name.nl) : undefined;
    if (!name) continue;
    const first = names.get(name.trim().toLowerCase());
    if (first) {
      out.push(err(m.yaml, ['name', 'nl'], 'duplicate-id', `the municipality name "${name}" is also used by ${first}.`, 'Each municipality has one file. Give this file its own name, or remove the copy.'));
    } else names.set(name.trim().toLowerCase(), `src/content/municipalities/${m.id}.yaml`);
  }
  return out;
}

function duplicateIds(model: Model): Problem[] {
  const out: Problem[] = [];
  for (const list of [model.sources, model.facts, model.federalPrices, model.requirements, model.guideMeta, model.holidays, model.finder]) {
    const seen = new Map<string, number>();
    for (const e of list) {
      if (!e.id) continue;
      const first = seen.get(e.id);
      if (first !== undefined) {
        out.push(err(e.yaml, [e.index, 'id'], 'duplicate-id', `the id "${e.id}" is used twice in this file (also on line ${e.yaml.lineOf([first, 'id']) ?? '?'}).`, 'Give each entry its own id, or remove the copy.'));
      } else seen.set(e.id, e.index);
    }
  }
  for (const m of model.municipalities) {
    if (!isObj(m.raw)) continue;
    for (const key of ['services', 'conflicts'] as const) {
      const seen = new Map<string, number>();
      arr(m.raw[key]).forEach((item, i) => {
        const id = isObj(item) ? str(item.id) : undefined;
        if (!id) return;
        const first = seen.get(id);
        if (first !== undefined) {
          out.push(err(m.yaml, [key, i, 'id'], 'duplicate-id', `the id "${id}" is used twice under ${key} (also ${key}[${first}], line ${m.yaml.lineOf([key, first, 'id']) ?? '?'}).`, `Give each entry under ${key} its own id.`));
        } else seen.set(id, i);
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// References to card ids, source ids, fact ids and municipalities

/** The card id an editor probably meant: the id of a card whose printed code was written (`EU+`), or the closest id. */
function suggestCard(model: Model, input: string): string | undefined {
  const byCode = model.cardTypes.find((c) => isObj(c.raw) && str(c.raw.code)?.toLowerCase() === input.toLowerCase());
  return byCode?.id ?? closest(input, model.cardTypes.map((c) => c.id));
}

function cardRefProblem(model: Model, yaml: YamlText, path: PathSegment[], value: unknown): Problem | undefined {
  const id = str(value);
  if (id === undefined) return undefined; // the schema reports a value that is not a text
  const ids = model.cardTypes.map((c) => c.id);
  if (ids.includes(id)) return undefined;
  const guess = suggestCard(model, id);
  return err(
    yaml,
    path,
    'unknown-card',
    `the card "${id}" does not exist: there is no file src/content/card-types/${id}.yaml.${guess ? ` Did you mean "${guess}"?` : ''}`,
    `Use a card id (a file name in src/content/card-types/): ${ids.join(', ')}.`,
  );
}

function cardRefs(model: Model): Problem[] {
  const out: Problem[] = [];
  const push = (p: Problem | undefined) => p && out.push(p);
  for (const m of model.municipalities) {
    if (!isObj(m.raw)) continue;
    for (const key of ['services', 'conflicts', 'fees'] as const) {
      arr(m.raw[key]).forEach((item, i) => {
        if (isObj(item)) arr(item.cards).forEach((c, j) => push(cardRefProblem(model, m.yaml, [key, i, 'cards', j], c)));
      });
    }
  }
  // Requirement rules may name a card group (electronic-cards, residence-cards) instead of a card.
  const cardOrGroup = (yaml: YamlText, path: PathSegment[], c: unknown) => (typeof c === 'string' && isCardGroup(c) ? undefined : cardRefProblem(model, yaml, path, c));
  for (const e of model.requirements) {
    if (isObj(e.raw)) arr(e.raw.cards).forEach((c, j) => push(cardOrGroup(e.yaml, [e.index, 'cards', j], c)));
  }
  for (const m of model.municipalities) {
    if (!isObj(m.raw)) continue;
    arr(m.raw.requirements).forEach((r, i) => isObj(r) && arr(r.cards).forEach((c, j) => push(cardOrGroup(m.yaml, ['requirements', i, 'cards', j], c))));
    arr(m.raw.notes).forEach((r, i) => isObj(r) && arr(r.cards).forEach((c, j) => push(cardRefProblem(model, m.yaml, ['notes', i, 'cards', j], c))));
  }
  for (const e of model.guideMeta) {
    if (isObj(e.raw)) arr(e.raw.cards).forEach((c, j) => push(cardRefProblem(model, e.yaml, [e.index, 'cards', j], c)));
  }
  // "Find your card": the cards of each outcome.
  for (const e of model.finder) {
    if (isObj(e.raw)) arr(e.raw.cards).forEach((c, j) => isObj(c) && push(cardRefProblem(model, e.yaml, [e.index, 'cards', j, 'card'], c.card)));
  }
  return out;
}

/** Every guide file has an entry in src/content/guides.yaml, and every entry a guide file. */
function municipalityRefs(model: Model): Problem[] {
  const out: Problem[] = [];
  if (!model.tree.guideMeta || model.tree.guideMeta.syntax.length > 0) return out;
  const known = new Set(model.guideMeta.flatMap((g) => (g.id ? [g.id] : [])));
  const files = new Set(model.guides.map((g) => g.mdx.name));
  for (const g of model.guides) {
    if (!known.has(g.mdx.name)) {
      out.push({ severity: 'error', rule: 'guide-meta', file: g.mdx.file, line: 1, field: '(file name)', message: `src/content/guides.yaml has no entry "${g.mdx.name}", so the guide has no order, cards or sources.`, fix: `Add to src/content/guides.yaml:  - id: ${g.mdx.name}  with order, cards and sources.` });
    }
  }
  for (const e of model.guideMeta) {
    if (e.id && !files.has(e.id)) out.push(err(e.yaml, [e.index, 'id'], 'guide-meta', `there is no guide file ${e.id}.mdx in src/content/guides/<lang>/.`, 'Fix the id (the file name of the guide) or remove the entry.'));
  }
  return out;
}

/** Every list of source ids in a value: fields named `sources`, and `no`/`yes` under `travelDocument`. */
function* sourceLists(v: unknown, path: PathSegment[]): Generator<{ path: PathSegment[]; ids: unknown[] }> {
  if (Array.isArray(v)) {
    for (const [i, item] of v.entries()) yield* sourceLists(item, [...path, i]);
  } else if (isObj(v)) {
    for (const [k, val] of Object.entries(v)) {
      const isList = k === 'sources' || (path[path.length - 1] === 'travelDocument' && (k === 'no' || k === 'yes'));
      if (isList && Array.isArray(val)) yield { path: [...path, k], ids: val };
      else yield* sourceLists(val, [...path, k]);
    }
  }
}

function sourceRefs(model: Model): Problem[] {
  if (!model.tree.sources || model.tree.sources.syntax.length > 0) return [];
  const out: Problem[] = [];
  const ids = model.sources.flatMap((s) => (s.id ? [s.id] : []));
  const known = new Set(ids);
  const check = (yaml: YamlText, raw: unknown) => {
    for (const { path, ids: list } of sourceLists(raw, [])) {
      list.forEach((v, i) => {
        const id = str(v);
        if (id === undefined || known.has(id)) return;
        const guess = closest(id, ids);
        out.push(
          err(
            yaml,
            [...path, i],
            'unknown-source',
            `the source "${id}" is not listed in ${SOURCES_FILE}.${guess ? ` Did you mean "${guess}"?` : ''}`,
            `Use the id of a source in ${SOURCES_FILE}, or add the source there first (id, publisher, title in nl/fr/en, url, lastChecked).`,
          ),
        );
      });
    }
  };
  for (const e of [...model.cardTypes, ...model.municipalities]) check(e.yaml, e.raw);
  for (const list of [model.federalPrices, model.facts, model.requirements, model.guideMeta, model.holidays, model.finder]) for (const e of list) check(e.yaml, withIndex(e.index, e.raw));
  for (const p of [...model.cardPages, ...model.guides, ...model.sections]) check(p.mdx.frontMatter, p.raw);
  return out;
}

/** Wraps a list entry so the paths found in it start with its index. */
function withIndex(index: number, raw: unknown): unknown[] {
  const a: unknown[] = [];
  a[index] = raw;
  return a;
}

// MDX components that name a fact or a card.
const COMPONENT = /<(Fact|RenewalRule|Validity|CardCost)\b([^>]*?)\/?>/g;
const MUNICIPALITIES_TOPICS = ['urgent', 'appointments', 'payment', 'services', 'notes'];
const ATTR = /([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/g;

function mdxRefs(model: Model): Problem[] {
  const out: Problem[] = [];
  const factIds = model.facts.flatMap((f) => (f.id ? [f.id] : []));
  const factsReadable = model.tree.facts !== undefined && model.tree.facts.syntax.length === 0;
  const cardIds = model.cardTypes.map((c) => c.id);
  for (const page of [...model.cardPages, ...model.guides, ...model.sections]) {
    const { body, bodyLine, file } = page.mdx;
    for (const m of body.matchAll(/<Municipalities\b([^>]*?)\/?>/g)) {
      const line = bodyLine + (body.slice(0, m.index).match(/\n/g)?.length ?? 0);
      const show = /show\s*=\s*"([^"]*)"/.exec(m[1] ?? '')?.[1];
      if (!show || !MUNICIPALITIES_TOPICS.includes(show)) out.push({ severity: 'error', rule: 'unknown-topic', file, line, field: '<Municipalities>', message: `<Municipalities show="${show ?? ''}" /> is not a topic the page knows.`, fix: `Write show="…" with one of: ${MUNICIPALITIES_TOPICS.join(', ')}.` });
    }
    for (const m of body.matchAll(COMPONENT)) {
      const line = bodyLine + (body.slice(0, m.index).match(/\n/g)?.length ?? 0);
      const attrs = new Map<string, string>();
      for (const a of (m[2] ?? '').matchAll(ATTR)) attrs.set(a[1]!, a[2] ?? a[3] ?? a[4] ?? '');
      const tag = m[1]!;
      if (tag === 'Fact') {
        const id = attrs.get('id');
        const field = attrs.get('field');
        if (field !== undefined) {
          if (!isCardField(field)) out.push({ severity: 'error', rule: 'unknown-fact', file, line, field: `<Fact field="${field}">`, message: `"${field}" is not a card field prose can show.`, fix: `Use one of: ${Object.keys(CARD_FIELDS).join(', ')}.` });
          else if (!file.includes('/sections/') && !file.includes('/cards/')) out.push({ severity: 'error', rule: 'unknown-fact', file, line, field: `<Fact field="${field}">`, message: 'only card pages and their shared sections know which card to read.', fix: 'Use <Fact id="…" /> with a fact from src/content/facts.yaml, or move the sentence to a card page.' });
        } else if (id === undefined) {
          out.push({ severity: 'error', rule: 'unknown-fact', file, line, field: '<Fact>', message: 'a <Fact /> without an id: the page would show nothing there.', fix: 'Write <Fact id="…" /> with an id from src/content/facts.yaml.' });
        } else if (factsReadable && !factIds.includes(id)) {
          const guess = closest(id, factIds);
          out.push({
            severity: 'error',
            rule: 'unknown-fact',
            file,
            line,
            field: `<Fact id="${id}">`,
            message: `the fact "${id}" is not in ${FACTS_FILE}.${guess ? ` Did you mean "${guess}"?` : ''}`,
            fix: `Use an id from ${FACTS_FILE} (${factIds.slice(0, 6).join(', ')}, …), or add the fact there with its value and sources.`,
          });
        }
      } else {
        const card = attrs.get('card');
        if (card === undefined) {
          out.push({ severity: 'error', rule: 'unknown-card', file, line, field: `<${tag}>`, message: `<${tag} /> needs a card: write <${tag} card="a" />.` });
        } else if (!cardIds.includes(card)) {
          const guess = suggestCard(model, card);
          out.push({ severity: 'error', rule: 'unknown-card', file, line, field: `<${tag} card="${card}">`, message: `the card "${card}" does not exist.${guess ? ` Did you mean "${guess}"?` : ''}`, fix: `Use a card id: ${cardIds.join(', ')}.` });
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Pages: language folders, card ids, guide slugs

function pages(model: Model): Problem[] {
  const out: Problem[] = [];
  const langs: readonly string[] = LANGS;
  const cardIds = model.cardTypes.map((c) => c.id);
  for (const p of model.cardPages) {
    const { file, folder, name } = p.mdx;
    if (!langs.includes(folder)) {
      out.push({ severity: 'error', rule: 'page-language', file, line: 1, field: '(folder)', message: `"${folder}" is not a language of the site: card pages live in src/content/cards/nl/, /fr/ or /en/.`, fix: `Move the file to the folder of its language.${closest(folder, langs) ? ` Did you mean "${closest(folder, langs)}"?` : ''}` });
    }
    if (!cardIds.includes(name)) {
      const guess = closest(name, cardIds);
      out.push({ severity: 'error', rule: 'page-card', file, line: 1, field: '(file name)', message: `there is no card type "${name}" (no src/content/card-types/${name}.yaml), so this page is never shown.${guess ? ` Did you mean "${guess}.mdx"?` : ''}`, fix: `Name the file after a card id: ${cardIds.join(', ')}.` });
    }
  }
  const slugs = new Map<string, { file: string; line: number | undefined }>();
  for (const g of model.guides) {
    const { file, folder, name } = g.mdx;
    if (!langs.includes(folder)) {
      out.push({ severity: 'error', rule: 'page-language', file, line: 1, field: '(folder)', message: `"${folder}" is not a language of the site: guides live in src/content/guides/nl/, /fr/ or /en/.`, fix: 'Move the file to the folder of its language.' });
      continue;
    }
    if (!ID_PATTERN.test(name)) {
      out.push({ severity: 'error', rule: 'file-name', file, line: 1, field: '(file name)', message: `the file name "${name}.mdx" may hold only lower-case letters a-z, digits and single hyphens.`, fix: `Rename it to ${suggestId(name)}.mdx (use the same name in every language).` });
    }
    const slugRaw = isObj(g.raw) ? g.raw.slug : undefined;
    const slug = typeof slugRaw === 'string' ? slugRaw : name;
    const key = `${folder}/${slug}`;
    const first = slugs.get(key);
    const line = typeof slugRaw === 'string' ? g.mdx.frontMatter.lineOf(['slug']) : 1;
    if (first) {
      out.push({
        severity: 'error',
        rule: 'duplicate-slug',
        file,
        line,
        field: typeof slugRaw === 'string' ? 'slug' : '(file name)',
        message: `the web address /${folder}/…/${slug}/ is used twice in ${folder}: also by ${first.file}${first.line ? `:${first.line}` : ''}.`,
        fix: 'Give each guide its own slug in this language.',
      });
    } else slugs.set(key, { file, line });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dated rows: fees and federal prices

interface DatedRow extends Period {
  index: number;
  seenOn?: string | undefined;
}

/** A dated row gives validFrom (a source's start date) or seenOn (the day an undated source was read), not both, and at least one. */
function undatedRow(yaml: YamlText, path: PathSegment[], row: unknown): Problem | undefined {
  if (!isObj(row)) return undefined;
  if (row.validFrom === undefined && row.seenOn === undefined) {
    return err(yaml, path, 'undated-row', 'this row has neither validFrom nor seenOn, so the site cannot say since when the figure holds.', 'Write validFrom: YYYY-MM-DD when the source gives the first day; if the source gives no date, write seenOn: YYYY-MM-DD, the day you read it. Never guess a start date.');
  }
  if (row.validFrom !== undefined && row.seenOn !== undefined) {
    return err(yaml, [...path, 'seenOn'], 'undated-row', 'this row gives both validFrom and seenOn.', 'Keep validFrom when the source states the first day, and remove seenOn; keep seenOn only for a source without dates.');
  }
  return undefined;
}

function endBeforeStart(yaml: YamlText, path: PathSegment[], row: unknown): Problem | undefined {
  if (!isObj(row) || !validDate(row.validFrom) || !validDate(row.validUntil)) return undefined;
  if (row.validUntil >= row.validFrom) return undefined;
  return err(
    yaml,
    [...path, 'validUntil'],
    'end-before-start',
    `${row.validUntil} is before validFrom ${row.validFrom}.`,
    'validUntil (the last day) must be on or after validFrom (the first day). Check the year and the order of month and day.',
  );
}

const AGES_OVERLAP = (a: string, b: string) => a === b || a === 'any' || b === 'any';

function fees(model: Model): Problem[] {
  const out: Problem[] = [];
  const cardFacts = new Map(model.cardTypes.flatMap((c) => (c.data ? [[c.id, c.data] as const] : [])));
  for (const m of model.municipalities) {
    if (!isObj(m.raw)) continue;
    const yaml = m.yaml;
    const declared = arr(m.raw.conflicts).flatMap((c) => (isObj(c) && typeof c.id === 'string' ? [c.id] : []));
    const rows = arr(m.raw.fees);
    const parsed: Array<DatedRow & { cards: string[]; age: string; procedure: string; reasons: string[]; conflict?: string | undefined; surcharge?: number }> = [];
    rows.forEach((raw, i) => {
      const p = endBeforeStart(yaml, ['fees', i], raw);
      if (p) out.push(p);
      const undated = undatedRow(yaml, ['fees', i], raw);
      if (undated) out.push(undated);
      if (isObj(raw) && typeof raw.conflict === 'string' && !declared.includes(raw.conflict)) {
        const guess = closest(raw.conflict, declared);
        out.push(
          err(
            yaml,
            ['fees', i, 'conflict'],
            'unknown-conflict',
            `the conflict "${raw.conflict}" is not declared under conflicts in this file.${guess ? ` Did you mean "${guess}"?` : declared.length ? ` Declared: ${declared.join(', ')}.` : ''}`,
            'Add it under conflicts: with an id, what it is about (nl, fr, en) and its sources; or correct the id.',
          ),
        );
      }
      const r = feeRowSchema.safeParse(raw);
      if (r.success && !p) parsed.push({ index: i, ...r.data, surcharge: 'surcharge' in r.data ? r.data.surcharge : undefined });
    });

    // A surcharge needs a federal price, which depends on the card's fee group, the age and the procedure.
    for (const row of parsed) {
      if (row.surcharge === undefined) continue;
      const known = row.cards.filter((c) => cardFacts.has(c));
      const unpriced = known.filter((c) => federalProductFor(cardFacts.get(c)!, row.age as never, row.procedure as never) === null);
      if (unpriced.length === 0) continue;
      if (row.age === 'any' && row.procedure === 'normal') {
        // The federal price differs by age: this row can never give a total.
        out.push(
          err(
            yaml,
            ['fees', row.index, 'surcharge'],
            'surcharge-without-price',
            `a surcharge is added to the federal price, but with age any and the normal procedure the federal price differs by age (12-plus or under-12), so no total can be worked out.`,
            'Split the row into one with age: 12-plus and one with age: under-12, or give the full amount with total: instead.',
          ),
        );
      } else {
        // The card's fee group is not known (card-types/<id>.yaml feeGroup: unknown): the site says the total is not known.
        out.push({
          ...err(
            yaml,
            ['fees', row.index, 'surcharge'],
            'surcharge-without-price',
            `no federal price is known for ${unpriced.join(', ')} (fee group unknown or not a card with a federal price), so the site cannot show a total for ${unpriced.length === 1 ? 'it' : 'them'}.`,
            `If the source gives the full amount, add a row with total: for ${unpriced.join(', ')}; otherwise set feeGroup in src/content/card-types/<id>.yaml once a source gives it.`,
          ),
          severity: 'warning',
        });
      }
    }

    for (let j = 0; j < parsed.length; j++) {
      for (let i = 0; i < j; i++) {
        const a = parsed[i]!;
        const b = parsed[j]!;
        if (a.procedure !== b.procedure || !AGES_OVERLAP(a.age, b.age)) continue;
        const cards = a.cards.filter((c) => b.cards.includes(c));
        const reasons = a.reasons.filter((r) => b.reasons.includes(r));
        if (cards.length === 0 || reasons.length === 0) continue;
        const period = overlap(a, b);
        if (!period) continue;
        if (a.conflict !== undefined && a.conflict === b.conflict) continue;
        // Two readings of an undated page on different days: the later one replaces the earlier (latestReadings).
        if (a.validFrom === undefined && b.validFrom === undefined && a.seenOn !== undefined && b.seenOn !== undefined && a.seenOn !== b.seenOn) continue;
        const age = a.age === 'any' ? b.age : a.age;
        const [older, newer] = (a.validFrom ?? '') <= (b.validFrom ?? '') ? [a, b] : [b, a];
        const fix = newer.validFrom !== undefined && newer.validFrom > (older.validFrom ?? '')
          ? `If fees[${newer.index}] replaces the older fee, end fees[${older.index}] with "validUntil: ${dayBefore(newer.validFrom)}" (the day before ${newer.validFrom}). If two sources disagree, give both rows the same conflict: id.`
          : a.conflict !== undefined || b.conflict !== undefined
            ? 'Rows for the same case may overlap only when both name the same conflict: id.'
            : `Change the dates so the periods follow each other (validUntil of one is the day before validFrom of the next), or, if two sources really disagree, give both rows the same conflict: id declared under conflicts.`;
        out.push(
          err(
            yaml,
            ['fees', b.index],
            'fee-overlap',
            `overlaps fees[${a.index}] (line ${yaml.lineOf(['fees', a.index]) ?? '?'}): both give a fee for card ${cards.join(', ')}, age ${age}, ${a.procedure} procedure, ${reasons.join('/')} ${periodWords(period)}.`,
            fix,
          ),
        );
      }
    }
  }
  return out;
}

/** Rows of one dated rule: each dated (validFrom or seenOn), ending after it starts, and no two holding on one day. */
function datedRows(yaml: YamlText, rows: unknown[], path: (i: number) => PathSegment[], what: string): Problem[] {
  const out: Problem[] = [];
  const parsed: DatedRow[] = [];
  rows.forEach((raw, i) => {
    const problem = undatedRow(yaml, path(i), raw) ?? endBeforeStart(yaml, path(i), raw);
    if (problem) out.push(problem);
    else if (isObj(raw)) parsed.push({ index: i, validFrom: str(raw.validFrom), validUntil: str(raw.validUntil) });
  });
  for (let j = 0; j < parsed.length; j++) {
    for (let i = 0; i < j; i++) {
      const period = overlap(parsed[i]!, parsed[j]!);
      if (!period) continue;
      out.push(err(yaml, path(parsed[j]!.index), 'rule-overlap', `holds ${periodWords(period)} together with ${what}[${parsed[i]!.index}] (line ${yaml.lineOf(path(parsed[i]!.index)) ?? '?'}): the site cannot tell which rule applies.`, `End the older row with validUntil (the day before the newer row's validFrom), so each day has one rule.`));
    }
  }
  return out;
}

/** The dated rules of each card type, and the holiday sets. */
function cardRules(model: Model): Problem[] {
  const out: Problem[] = [];
  for (const c of model.cardTypes) {
    if (!isObj(c.raw)) continue;
    for (const key of ['renewal', 'permanentResidence', 'fingerprints'] as const) out.push(...datedRows(c.yaml, arr(c.raw[key]), (i) => [key, i], key));
  }
  if (model.tree.holidays && model.tree.holidays.syntax.length === 0) out.push(...datedRows(model.tree.holidays, arr(model.tree.holidays.data), (i) => [i], 'holidays.yaml '));
  return out;
}

function federalPrices(model: Model): Problem[] {
  const out: Problem[] = [];
  const rows: Array<DatedRow & { product: string; id: string }> = [];
  for (const e of model.federalPrices) {
    const p = endBeforeStart(e.yaml, [e.index], e.raw);
    if (p) out.push(p);
    else if (e.data) rows.push({ index: e.index, product: e.data.product, id: e.data.id, validFrom: e.data.validFrom, validUntil: e.data.validUntil });
  }
  const yaml = model.tree.federalPrices;
  if (!yaml) return out;
  for (let j = 0; j < rows.length; j++) {
    for (let i = 0; i < j; i++) {
      const a = rows[i]!;
      const b = rows[j]!;
      if (a.product !== b.product) continue;
      const period = overlap(a, b);
      if (!period) continue;
      out.push(
        err(
          yaml,
          [b.index],
          'price-overlap',
          `"${b.id}" overlaps "${a.id}" (line ${yaml.lineOf([a.index]) ?? '?'}): two ${a.product} prices ${periodWords(period)}.`,
          b.validFrom !== a.validFrom
            ? `End "${(a.validFrom! < b.validFrom! ? a : b).id}" with "validUntil: ${dayBefore(a.validFrom! < b.validFrom! ? b.validFrom! : a.validFrom!)}" (the day before the newer price starts).`
            : 'Make the periods follow each other without overlap.',
        ),
      );
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

/** Files the site never reads and required files that are missing. */
function treeShape(model: Model): Problem[] {
  return [
    ...model.tree.missing.map((f): Problem => ({ severity: 'error', rule: 'missing-file', file: f, message: 'this file or folder is missing; the site needs it.', fix: 'Restore it from git (git checkout <commit> -- <path>) or ask a developer.' })),
    ...model.tree.strays.map((s): Problem => ({ severity: 'error', rule: 'stray-file', file: s.file, field: '(file name)', message: `the site does not read this file: ${s.hint}` })),
  ];
}

/**
 * Lines still marked `# TODO` (from npm run new:municipality): a warning for npm run check,
 * which a build turns into an error so that no placeholder reaches residents.
 */
function placeholders(model: Model): Problem[] {
  const texts = [
    ...model.cardTypes.map((e) => e.yaml),
    ...model.municipalities.map((e) => e.yaml),
    ...[model.tree.federalPrices, model.tree.sources, model.tree.facts, model.tree.requirements, model.tree.guideMeta, model.tree.holidays, model.tree.cardFinder].filter((y): y is YamlText => y !== undefined),
    ...[...model.cardPages, ...model.guides, ...model.sections].map((p) => p.mdx.frontMatter),
  ];
  return texts
    .filter((y) => y.todoLines.length > 0)
    .map((y): Problem => {
      const n = y.todoLines.length;
      return {
        severity: 'warning',
        rule: 'placeholder',
        file: y.file,
        line: y.todoLines[0],
        message: `${n} ${n === 1 ? 'line is' : 'lines are'} still marked TODO (line${n === 1 ? '' : 's'} ${y.todoLines.join(', ')}). The site cannot be built until they are filled in.`,
        fix: 'Replace each placeholder with the fact from the source, then delete its # TODO comment.',
      };
    });
}

/** Rules that only warn. */
// ---------------------------------------------------------------------------------------------
// Prose names no municipality; requirement texts take their figures from facts

const MUNICIPALITY_SEGMENTS = ['gemeenten', 'communes', 'municipalities'];

/**
 * Card pages, shared sections and guides are the same for every municipality: a municipality's
 * name, id or page link in them would be wrong on a site built for other municipalities.
 */
function proseNamesNoMunicipality(model: Model): Problem[] {
  const out: Problem[] = [];
  const names = new Map<string, string>();
  for (const m of model.municipalities) {
    names.set(m.id.toLowerCase(), m.id);
    if (isObj(m.raw) && isObj(m.raw.name)) for (const v of Object.values(m.raw.name)) if (typeof v === 'string' && v.trim().length > 2) names.set(v.trim().toLowerCase(), m.id);
  }
  const link = new RegExp(`/(?:${LANGS.join('|')})/(?:${MUNICIPALITY_SEGMENTS.join('|')})/[a-z0-9-]+`, 'i');
  for (const page of [...model.cardPages, ...model.guides, ...model.sections]) {
    const { file } = page.mdx;
    // The front matter's texts (title, description) count too: they show in search results and lists.
    const fm = page.mdx.frontMatter.data;
    const head = isObj(fm) ? (['title', 'description'] as const).map((k) => ({ text: str(fm[k]) ?? '', line: page.mdx.frontMatter.lineOf([k]) ?? 1 })) : [];
    const lines = [...head.map((h) => ({ text: h.text, i: h.line - 1 })), ...page.mdx.body.split('\n').map((text, j) => ({ text, i: page.mdx.bodyLine + j - 1 }))];
    lines.forEach(({ text, i }) => {
      const lower = text.toLowerCase();
      for (const [name, id] of names) {
        const at = lower.indexOf(name);
        if (at < 0 || /[\p{L}\p{N}]/u.test(lower[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(lower[at + name.length] ?? '')) continue;
        out.push({ severity: 'error', rule: 'prose-municipality', file, line: i + 1, field: '(text)', message: `the text names the municipality "${text.slice(at, at + name.length)}": pages are shared by every municipality.`, fix: `Put what ${id} does in src/content/municipalities/${id}.yaml (requirements:, notes: or another field); the page shows it for each municipality. In a guide, <Municipalities show="…" /> lists it.` });
        break;
      }
      const l = link.exec(text);
      if (l) out.push({ severity: 'error', rule: 'prose-municipality', file, line: i + 1, field: '(link)', message: `the text links to a municipality page (${l[0]}).`, fix: 'Remove the link; card pages and <Municipalities show="…" /> link to each municipality from data.' });
    });
  }
  return out;
}

/** Requirement texts hold no typed figures: a `{fact-id}` placeholder names a fact that exists. */
function requirementTexts(model: Model): Problem[] {
  const out: Problem[] = [];
  const factIds = new Set(model.facts.flatMap((f) => (f.id ? [f.id] : [])));
  const check = (yaml: YamlText, path: PathSegment[], raw: unknown) => {
    if (!isObj(raw) || !isObj(raw.text)) return;
    for (const [lang, text] of Object.entries(raw.text)) {
      if (typeof text !== 'string') continue;
      for (const id of figureIds(text)) if (!factIds.has(id)) out.push(err(yaml, [...path, 'text', lang], 'unknown-fact', `the text names the fact {${id}}, which is not in ${FACTS_FILE}.`, `Use a fact id from ${FACTS_FILE}, or add the fact there.`));
      const bare = text.replace(/\{[a-z0-9-]+(?::bare)?\}/g, '').replace(/\b(?:bijlage|annexe|annex|Anhang)\s+\d+\w*/gi, '');
      if (/\d/.test(bare)) out.push(err(yaml, [...path, 'text', lang], 'typed-figure', `the text holds a typed figure: "${text}".`, `Write the figure as a fact id in braces, e.g. {photo-max-age-months}, so one edit in ${FACTS_FILE} changes every page.`));
    }
  };
  for (const e of model.requirements) check(e.yaml, [e.index], e.raw);
  for (const m of model.municipalities) if (isObj(m.raw)) arr(m.raw.requirements).forEach((r, i) => check(m.yaml, ['requirements', i], r));
  return out;
}

export function warningRules(model: Model): Problem[] {
  return placeholders(model);
}

/** All cross-file rules. */
export function crossFileRules(model: Model): Problem[] {
  return [
    ...treeShape(model),
    ...fileNames(model),
    ...duplicateIds(model),
    ...cardRefs(model),
    ...municipalityRefs(model),
    ...sourceRefs(model),
    ...mdxRefs(model),
    ...pages(model),
    ...fees(model),
    ...cardRules(model),
    ...federalPrices(model),
    ...proseNamesNoMunicipality(model),
    ...requirementTexts(model),
    ...finderRules(model),
  ];
}

