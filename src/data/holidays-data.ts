/** The holiday feed's files, from the content (src/content/holidays.yaml) and the engine's rule set. */
import { content } from './content.ts';
import { buildDate } from './build-date.ts';
import { maxValidity } from '../components/deadlines/data.ts';
import { calculatorYears, holidayFeed } from '../lib/holiday-feed.ts';
import { buildCalendar } from '../lib/ics.ts';
import { parseIsoDate } from '../lib/plain-date.ts';
import { deadlineStrings } from '../i18n/deadlines.ts';
import { trustStrings } from '../i18n/trust.ts';
import { LANGS } from '../i18n/index.ts';
import type { Localized } from '../schemas/common.ts';

export const HOLIDAYS_VERSION = 1 as const;

export async function holidaysData() {
  const data = await content();
  const years = calculatorYears(buildDate(), maxValidity(data.cardTypes.map((c) => c.data)).maxValidityYears ?? 0);
  const sourceIds = [...new Set(data.holidays.flatMap((h) => h.sources))].sort();
  const name = (id: string): Localized => Object.fromEntries(LANGS.map((l) => [l, deadlineStrings[l][`holiday.${id}` as keyof (typeof deadlineStrings)['nl']]])) as Localized;
  return {
    version: HOLIDAYS_VERSION,
    country: 'BE',
    years,
    holidays: holidayFeed(data.holidays, years).map((h) => ({ ...h, name: name(h.id) })),
    communityHolidays: { included: false, note: Object.fromEntries(LANGS.map((l) => [l, trustStrings[l]['holidays.community']])) as Localized },
    ruleSets: data.holidays.map((h) => ({ id: h.id, holidays: h.holidays, validFrom: h.validFrom, validUntil: h.validUntil, seenOn: h.seenOn, sources: h.sources })),
    sources: Object.fromEntries(sourceIds.map((id) => { const s = data.sources.get(id)!; return [id, { kind: s.kind, publisher: s.publisher, title: s.title, url: s.url, lastChecked: s.lastChecked }]; })),
  };
}

export async function holidaysCalendar(): Promise<string> {
  const d = await holidaysData();
  const day = parseIsoDate(buildDate())!;
  return buildCalendar(
    d.holidays.map((h) => ({
      uid: `${h.date}-${h.id}@verblijfskaart.be`,
      date: parseIsoDate(h.date)!,
      summary: `${h.name.nl} · ${h.name.fr} · ${h.name.en}`,
      description: `${trustStrings.nl['holidays.calendar']} · ${trustStrings.fr['holidays.calendar']} · ${trustStrings.en['holidays.calendar']}`,
    })),
    { prodId: '-//Verblijfskaart//Holidays//NL', name: trustStrings.nl['holidays.calendar'], now: new Date(Date.UTC(day.year, day.month - 1, day.day)) },
  );
}
