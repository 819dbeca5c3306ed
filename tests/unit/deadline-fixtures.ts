/** The real content data for the deadline tests, read from the YAML files (no Astro needed). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { holidaySetSchema } from '../../src/schemas/holiday.ts';
import { buildDeadlineData } from '../../src/components/deadlines/data.ts';
import type { DeadlineData } from '../../src/lib/deadline-query.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { cardTypeSchema } from '../../src/schemas/card-type.ts';
import { filled } from './_lang.ts';

const root = join(import.meta.dirname, '../../src/content');
const readFolder = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: filled(parse(readFileSync(join(root, dir, f), 'utf8'), { version: '1.2' })) }));

export function deadlineData(lang: Lang = 'en'): DeadlineData {
  const facts = new Map((parse(readFileSync(join(root, 'facts.yaml'), 'utf8')) as { id: string; value: unknown }[]).map((f) => [f.id, f]));
  // Through the schema, as Astro does: it fills the defaults (no `permanentResidence:` is an empty list).
  const cards = readFolder('card-types').map((c) => ({ id: c.id, data: filled(cardTypeSchema.parse(c.data)) }));
  const holidays = (parse(readFileSync(join(root, 'holidays.yaml'), 'utf8'), { version: '1.2' }) as unknown[]).map((h) => holidaySetSchema.parse(h));
  return buildDeadlineData(cards, readFolder('municipalities'), facts, lang, '2026-12-01', holidays);
}
