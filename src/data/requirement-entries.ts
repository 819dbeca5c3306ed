/**
 * Assembles the requirement entries the site shows: the general rules and, per municipality,
 * its own rules and its payment methods, with figures filled in per language. Pure (no
 * astro:content), so the build (content.ts) and the tests assemble them the same way.
 */
import { LANGS, type Lang } from '../schemas/common.ts';
import type { Fact } from '../schemas/fact.ts';
import type { Municipality } from '../schemas/municipality.ts';
import { useTranslations } from '../i18n/index.ts';
import { paymentEntry, toEntries, type RequirementEntry, type RequirementRule } from '../lib/requirements.ts';
import type { CardKind, FeeGroup } from '../lib/vocabulary.ts';
import { factText } from './figures.ts';

/** "You can pay: cash or bank card." in the language's own list style. */
function paymentWords(lang: Lang, methods: readonly string[]): string {
  const t = useTranslations(lang);
  const words = methods.map((m) => t(`municipality.payment.${m}` as Parameters<typeof t>[0]));
  return t('requirement.payment', { methods: new Intl.ListFormat(lang, { type: 'disjunction' }).format(words) });
}

export function assembleRequirements(
  rules: readonly RequirementRule[],
  municipalities: ReadonlyArray<{ id: string; data: Pick<Municipality, 'requirements' | 'payment'> }>,
  cards: ReadonlyArray<{ id: string; kind: CardKind; feeGroup: FeeGroup }>,
  facts: ReadonlyMap<string, Pick<Fact, 'value' | 'unit'>>,
): { general: RequirementEntry[]; local: Map<string, RequirementEntry[]> } {
  const figure = (lang: Lang, id: string, bare: boolean) => {
    const f = facts.get(id);
    return f ? factText(f, lang, bare) : undefined;
  };
  return {
    general: toEntries(rules, cards, figure),
    local: new Map(municipalities.map((m) => [m.id, [...toEntries(m.data.requirements, cards, figure, m.id), ...paymentEntry(m.id, m.data.payment, paymentWords, LANGS)]])),
  };
}
