/**
 * Checks every file against its zod schema (src/schemas/) and gathers the content into one
 * model for the cross-file rules. A file that fails its schema stays in the model with its raw
 * data, so the other rules can still check what is readable in it.
 */
import type { z } from 'astro/zod';
import { cardTypeSchema } from '../schemas/card-type.ts';
import { requirementSchema } from '../schemas/requirement.ts';
import { holidaySetSchema } from '../schemas/holiday.ts';
import { factSchema } from '../schemas/fact.ts';
import { federalPriceSchema } from '../schemas/federal-price.ts';
import { municipalitySchema } from '../schemas/municipality.ts';
import { cardPageSchema, guideMetaSchema, guidePageSchema, sectionPageSchema } from '../schemas/page.ts';
import { sourceSchema } from '../schemas/source.ts';
import { finderNodeSchema } from '../schemas/card-finder.ts';
import type { ContentTree, MdxFile, YamlText } from './load.ts';
import { type Problem } from './problem.ts';
import { issuesToProblems, type ZodIssueLike } from './schema-errors.ts';
import { knownFieldNames, unknownFields } from './schema-walk.ts';

type AnySchema = z.ZodType;

/** A file whose name is its id (card types, municipalities). */
export interface FileEntry<T> {
  id: string;
  yaml: YamlText;
  raw: unknown;
  /** The parsed value (defaults filled in) when the file passed its schema. */
  data?: T | undefined;
}

/** One entry of a list file (sources, facts, federal prices, checklists). */
export interface ListEntry<T> {
  index: number;
  /** The entry's `id` when it is a text. */
  id?: string | undefined;
  yaml: YamlText;
  raw: unknown;
  data?: T | undefined;
}

export interface PageEntry<T> {
  mdx: MdxFile;
  raw: unknown;
  data?: T | undefined;
}

export interface Model {
  tree: ContentTree;
  cardTypes: FileEntry<z.infer<typeof cardTypeSchema>>[];
  municipalities: FileEntry<z.infer<typeof municipalitySchema>>[];
  federalPrices: ListEntry<z.infer<typeof federalPriceSchema>>[];
  sources: ListEntry<z.infer<typeof sourceSchema>>[];
  facts: ListEntry<z.infer<typeof factSchema>>[];
  requirements: ListEntry<z.infer<typeof requirementSchema>>[];
  guideMeta: ListEntry<z.infer<typeof guideMetaSchema>>[];
  holidays: ListEntry<z.infer<typeof holidaySetSchema>>[];
  finder: ListEntry<z.infer<typeof finderNodeSchema>>[];
  cardPages: PageEntry<z.infer<typeof cardPageSchema>>[];
  guides: PageEntry<z.infer<typeof guidePageSchema>>[];
  sections: PageEntry<z.infer<typeof sectionPageSchema>>[];
}

const ALL_SCHEMAS: AnySchema[] = [cardTypeSchema, requirementSchema, guideMetaSchema, holidaySetSchema, factSchema, federalPriceSchema, municipalitySchema, cardPageSchema, guidePageSchema, sectionPageSchema, sourceSchema, finderNodeSchema];
let known: string[] | undefined;
const knownFields = () => (known ??= knownFieldNames(ALL_SCHEMAS));

function check<T>(schema: AnySchema, yaml: YamlText, raw: unknown, prefix: Array<string | number>, problems: Problem[]): T | undefined {
  const result = schema.safeParse(raw);
  problems.push(...unknownFields(schema, raw, yaml, prefix, knownFields()));
  if (result.success) return result.data as T;
  problems.push(...issuesToProblems(result.error.issues as unknown as ZodIssueLike[], { yaml, data: raw, prefix, knownFields: knownFields() }));
  return undefined;
}

function checkList<T>(yaml: YamlText | undefined, schema: AnySchema, what: string, problems: Problem[]): ListEntry<T>[] {
  if (!yaml) return [];
  problems.push(...yaml.syntax);
  if (yaml.syntax.length > 0) return [];
  if (yaml.data === null || yaml.data === undefined) return [];
  if (!Array.isArray(yaml.data)) {
    problems.push({
      severity: 'error',
      rule: 'not-a-list',
      file: yaml.file,
      line: 1,
      message: `expected a list of ${what}, each starting with "- id:"; found ${typeof yaml.data === 'object' ? 'a block of fields' : 'a single value'}.`,
      fix: 'Start every entry with "- id: …" at the beginning of the line.',
    });
    return [];
  }
  return yaml.data.map((raw, index) => {
    const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
    return { index, id, yaml, raw, data: check<T>(schema, yaml, raw, [index], problems) };
  });
}

/** Validates every file against its schema; returns the model and the problems found. */
export function buildModel(tree: ContentTree): { model: Model; problems: Problem[] } {
  const problems: Problem[] = [];
  const files = <T>(list: ContentTree['cardTypes'], schema: AnySchema): FileEntry<T>[] =>
    list.map(({ name, yaml }) => {
      problems.push(...yaml.syntax);
      if (yaml.syntax.length > 0) return { id: name, yaml, raw: undefined };
      if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
        problems.push({
          severity: 'error',
          rule: 'not-a-block',
          file: yaml.file,
          line: 1,
          message: yaml.data == null ? 'the file is empty.' : 'expected a block of fields (name:, sources:, …); found a list or a single value.',
          fix: 'Start from a similar file in the same folder and keep its layout.',
        });
        return { id: name, yaml, raw: yaml.data };
      }
      return { id: name, yaml, raw: yaml.data, data: check<T>(schema, yaml, yaml.data, [], problems) };
    });
  const pages = <T>(list: MdxFile[], schema: AnySchema): PageEntry<T>[] =>
    list.map((mdx) => {
      const yaml = mdx.frontMatter;
      if (!mdx.hasFrontMatter) {
        problems.push({
          severity: 'error',
          rule: 'no-front-matter',
          file: mdx.file,
          line: 1,
          message: 'the page has no front matter: the first line must be --- and the fields (description, sources, lastChecked) end with another --- line.',
          fix: 'Copy the block between the --- lines from the same page in another language.',
        });
        return { mdx, raw: undefined };
      }
      problems.push(...yaml.syntax);
      if (yaml.syntax.length > 0) return { mdx, raw: undefined };
      const raw = yaml.data ?? {};
      return { mdx, raw, data: check<T>(schema, yaml, raw, [], problems) };
    });

  const model: Model = {
    tree,
    cardTypes: files(tree.cardTypes, cardTypeSchema),
    municipalities: files(tree.municipalities, municipalitySchema),
    federalPrices: checkList(tree.federalPrices, federalPriceSchema, 'federal prices', problems),
    sources: checkList(tree.sources, sourceSchema, 'sources', problems),
    facts: checkList(tree.facts, factSchema, 'facts', problems),
    requirements: checkList(tree.requirements, requirementSchema, 'requirement rules', problems),
    guideMeta: checkList(tree.guideMeta, guideMetaSchema, 'guides', problems),
    holidays: checkList(tree.holidays, holidaySetSchema, 'holiday sets', problems),
    finder: checkList(tree.cardFinder, finderNodeSchema, 'questions and outcomes', problems),
    cardPages: pages(tree.cardPages, cardPageSchema),
    guides: pages(tree.guides, guidePageSchema),
    sections: pages(tree.sections, sectionPageSchema),
  };
  return { model, problems };
}
