/**
 * Turns content entries into the small data set the deadline island receives (build time).
 * Kept free of astro:content so tests can feed it the YAML files directly.
 */
import type { Lang } from '../../schemas/common.ts';
import type { CardType } from '../../schemas/card-type.ts';
import type { Municipality } from '../../schemas/municipality.ts';
import type { DeadlineCard, DeadlineData, DeadlineMunicipality } from '../../lib/deadline-query.ts';
import { cardRulesOn } from '../../lib/card-rules.ts';
import { numericFact } from '../../data/figures.ts';

export { numericFact };
import type { HolidaySet } from '../../lib/holidays.ts';

export function toDeadlineCard(id: string, c: Pick<CardType, 'code' | 'name' | 'kind' | 'renewal' | 'permanentResidence' | 'fingerprints'>, lang: Lang, today: string): DeadlineCard {
  const now = cardRulesOn(c, today);
  return {
    id,
    code: c.code,
    name: c.name[lang],
    kind: c.kind,
    renewal: now.renewal,
    ...(now.permanent ? { permanentMonthsBefore: now.permanent.monthsBefore } : {}),
    dated: {
      renewal: c.renewal.map((r) => ({ ...(r.validFrom ? { validFrom: r.validFrom } : {}), ...(r.validUntil ? { validUntil: r.validUntil } : {}), ...(r.kind === 'window' ? { kind: 'window' as const, opensDaysBefore: r.opensDaysBefore, closesDaysBefore: r.closesDaysBefore } : { kind: 'latest' as const, closesDaysBefore: r.closesDaysBefore }) })),
      permanent: c.permanentResidence.map((p) => ({ ...(p.validFrom ? { validFrom: p.validFrom } : {}), ...(p.validUntil ? { validUntil: p.validUntil } : {}), monthsBefore: p.monthsBefore })),
    },
  };
}

export function toDeadlineMunicipality(id: string, m: Pick<Municipality, 'name' | 'urgent'>, lang: Lang): DeadlineMunicipality {
  return { id, name: m.name[lang], cutOff: m.urgent.cutOff ?? null, workingDays: m.urgent.workingDays ?? 1 };
}

/** The longest validity any source gives for any card: an expiry date further away cannot be right. */
export function maxValidity(cards: ReadonlyArray<{ validity?: CardType['validity'] }>): { maxValidityYears?: number } {
  const years = cards.flatMap((c) => {
    const v = c.validity;
    if (!v) return [];
    if (v.kind === 'years') return [v.years];
    if (v.kind === 'conflict') return v.claims.map((x) => x.years);
    if (v.kind === 'authorised-stay' && v.typicalYears) return [v.typicalYears];
    return [];
  });
  return years.length ? { maxValidityYears: Math.max(...years) } : {};
}

export function buildDeadlineData(
  cards: ReadonlyArray<{ id: string; data: Parameters<typeof toDeadlineCard>[1] & { validity?: CardType['validity'] } }>,
  municipalities: ReadonlyArray<{ id: string; data: Parameters<typeof toDeadlineMunicipality>[1] }>,
  facts: ReadonlyMap<string, { value: unknown }>,
  lang: Lang,
  today: string,
  holidays: ReadonlyArray<HolidaySet & { sources?: unknown }> = [],
): DeadlineData {
  return {
    cards: cards.map((c) => toDeadlineCard(c.id, c.data, lang, today)),
    municipalities: municipalities.map((m) => toDeadlineMunicipality(m.id, m.data, lang)),
    pinMinWeeks: numericFact(facts, 'pin-letter-min-weeks'),
    pinMaxWeeks: numericFact(facts, 'pin-letter-max-weeks'),
    childAge: numericFact(facts, 'invitation-from-age'),
    ...maxValidity(cards.map((c) => c.data)),
    holidays: holidays.map((h) => ({ ...(h.validFrom ? { validFrom: h.validFrom } : {}), ...(h.validUntil ? { validUntil: h.validUntil } : {}), holidays: [...h.holidays] })),
  };
}
