/**
 * Build-time assembly of the change history: which changes concern a card, a municipality, a
 * guide or the whole site, in a language; which files a page is built from. The history pages,
 * the "last checked / last changed" lines and the Atom feeds all read these functions.
 */
import { content, splitLangId, type GuideEntry } from './content.ts';
import { buildDate } from './build-date.ts';
import { fileHistory } from './git-history.ts';
import { useTranslations, type Lang, type UiKey } from '../i18n/index.ts';
import { trustT, type TrustKey } from '../i18n/trust.ts';
import { formatEuro } from '../lib/fee-schedule.ts';
import { formatDate, parseIsoDate, compareIsoDates } from '../lib/plain-date.ts';
import { concernsCard } from '../lib/requirements.ts';
import {
  cardRuleChanges,
  checkedChange,
  federalPriceChanges,
  feeChanges,
  fileChanges,
  lastFileChange,
  requirementChanges,
  type Change,
  type ChangeInput,
  type PageFile,
  type Words,
} from '../lib/history.ts';
import type { FederalProduct } from '../schemas/federal-price.ts';

type Data = Awaited<ReturnType<typeof content>>;

export function wordsFor(data: Data, lang: Lang): Words {
  const t = useTranslations(lang, data.uiFigures);
  const tt = trustT(lang);
  const cardName = (id: string) => {
    const n = data.cardMap.get(id)?.name[lang] ?? id;
    // "Une nouvelle carte A": the name reads inside a French sentence.
    return lang === 'fr' ? n.charAt(0).toLowerCase() + n.slice(1) : n;
  };
  return {
    t: (key, values) => tt(key as TrustKey, values),
    euro: (c) => formatEuro(c, lang),
    cardCode: (id) => data.cardMap.get(id)?.code ?? id,
    cardName,
    age: (b) => t(`fees.age.${b}` as UiKey),
    procedure: (p) => t(`fees.procedure.${p}` as UiKey),
    reason: (r) => t(`fees.reason.${r}` as UiKey),
    product: (p: FederalProduct) => t(`fees.federal.product.${p}` as UiKey).toLocaleLowerCase(lang),
    municipalityName: (id) => data.municipalityMap.get(id)?.data.name[lang] ?? id,
  };
}

function inputFor(data: Data): ChangeInput {
  return { today: buildDate(), sourceChecked: (id) => data.sources.get(id)?.lastChecked };
}

/** The federal products whose prices go into a card's surcharge rows. */
function productsOf(data: Data, card: string): FederalProduct[] {
  const group = data.cardMap.get(card)?.feeGroup;
  if (group === 'biometric') return ['biometric', 'child-biometric', 'urgent'];
  if (group === 'non-biometric') return ['non-biometric', 'child-non-biometric', 'urgent'];
  return [];
}

/** Fee rows, requirement rules and federal prices that concern one municipality. */
function municipalityChanges(data: Data, lang: Lang, id: string, card?: string): Change[] {
  const w = wordsFor(data, lang);
  const input = inputFor(data);
  const m = data.municipalityMap.get(id)!.data;
  const rows = card ? m.fees.filter((f) => f.cards.includes(card)) : m.fees;
  const local = (data.localRequirements.get(id) ?? []).filter((r) => !card || concernsCard(r.cards, card));
  return [...feeChanges(input, id, rows, w), ...requirementChanges(input, local, lang, w)];
}

/**
 * The changes of fees, rules and what to bring for one card: the feed and the history page of the
 * card. Like the card page, it holds each municipality's fees only on a site with a few
 * municipalities (INLINE_FEE_TABLES_MAX); on a larger site each municipality's own feed has them.
 */
export async function cardChanges(lang: Lang, card: string): Promise<Change[]> {
  const data = await content();
  const w = wordsFor(data, lang);
  const input = inputFor(data);
  const c = data.cardMap.get(card)!;
  const products = productsOf(data, card);
  const usesFederal = data.municipalities.some((m) => m.data.fees.some((f) => 'surcharge' in f && f.cards.includes(card)));
  return [
    ...cardRuleChanges(input, card, c, w),
    ...requirementChanges(input, data.generalRequirements.filter((r) => concernsCard(r.cards, card)), lang, w),
    ...(data.feeTablesInline ? data.municipalities.flatMap((m) => municipalityChanges(data, lang, m.id, card)) : []),
    ...(usesFederal ? federalPriceChanges(input, data.federalPrices.filter((p) => products.includes(p.product)), w) : []),
  ];
}

/** The changes of one municipality: its fee rows, its own requirement rules, and the federal prices its surcharges add. */
export async function municipalityFeedChanges(lang: Lang, id: string): Promise<Change[]> {
  const data = await content();
  const m = data.municipalityMap.get(id)!.data;
  const usesFederal = m.fees.some((f) => 'surcharge' in f);
  return [...municipalityChanges(data, lang, id), ...(usesFederal ? federalPriceChanges(inputFor(data), data.federalPrices, wordsFor(data, lang)) : [])];
}

/** Every change of fees, rules and what to bring on the site. */
export async function siteChanges(lang: Lang): Promise<Change[]> {
  const data = await content();
  const w = wordsFor(data, lang);
  const input = inputFor(data);
  return [
    ...data.cardTypes.flatMap((c) => cardRuleChanges(input, c.id, c.data, w)),
    ...requirementChanges(input, data.generalRequirements, lang, w),
    ...data.municipalities.flatMap((m) => municipalityChanges(data, lang, m.id)),
    ...federalPriceChanges(input, data.federalPrices, w),
  ];
}

export type HistoryPage = { kind: 'card'; id: string } | { kind: 'municipality'; id: string } | { kind: 'guide'; entry: GuideEntry };

/** The files a page is built from (paths from the project folder), for its git history. */
export async function pageFiles(lang: Lang, page: HistoryPage): Promise<PageFile[]> {
  const data = await content();
  const muniFile = (id: string): PageFile[] => (process.env.MUNICIPALITIES_DIR ? [] : [{ path: `src/content/municipalities/${id}.yaml`, role: 'municipality', municipality: id }]);
  const shared: PageFile[] = [
    { path: 'src/content/sources.yaml', role: 'sources' },
    { path: 'src/content/facts.yaml', role: 'facts' },
  ];
  if (page.kind === 'card') {
    const card = page.id;
    const munis = !data.feeTablesInline ? [] : data.municipalities.filter((m) => m.data.fees.some((f) => f.cards.includes(card)) || m.data.services.some((s) => s.cards.includes(card)));
    return [
      { path: `src/content/cards/${lang}/${card}.mdx`, role: 'text' },
      { path: `src/content/card-types/${card}.yaml`, role: 'card' },
      ...data.sections.filter((s) => splitLangId(s.id).lang === lang).map((s): PageFile => ({ path: `src/content/sections/${s.id}.mdx`, role: 'sections' })),
      { path: 'src/content/requirements.yaml', role: 'requirements' },
      { path: 'src/content/federal-prices.yaml', role: 'federal' },
      ...munis.flatMap((m) => muniFile(m.id)),
      ...shared,
    ];
  }
  if (page.kind === 'municipality') return [...muniFile(page.id), { path: 'src/content/federal-prices.yaml', role: 'federal' }, ...shared];
  return [{ path: `src/content/guides/${page.entry.id}.mdx`, role: 'text' }, { path: 'src/content/guides.yaml', role: 'guides' }, ...shared];
}

export interface PageHistory {
  /** Every change of the page: data, checks and (with git) file changes. */
  changes: Change[];
  /** The day the page's facts were last checked (the oldest lastChecked of what it is built from). */
  factsChecked: string | undefined;
  /** The last day one of the page's files changed; undefined without git history. */
  pageChanged: string | undefined;
  /** False where the build had no git history (a tarball, a shallow clone). */
  hasFileHistory: boolean;
}

export async function pageHistory(lang: Lang, page: HistoryPage): Promise<PageHistory> {
  const data = await content();
  const w = wordsFor(data, lang);
  const input = inputFor(data);
  const history = fileHistory();
  const files = await pageFiles(lang, page);
  const changes: Change[] = [];
  const checked: string[] = [];
  if (page.kind === 'card') {
    const c = data.cardMap.get(page.id)!;
    const text = data.cardPages.find((p) => p.id === `${lang}/${page.id}`);
    changes.push(...(await cardChanges(lang, page.id)), checkedChange(input, c.lastChecked, w.t('change.checked.card', { card: w.cardName(page.id) }), `card:${page.id}`));
    checked.push(c.lastChecked);
    if (text) {
      changes.push(checkedChange(input, text.data.lastChecked, w.t('change.checked.text'), `text:${text.id}`));
      checked.push(text.data.lastChecked);
    }
  } else if (page.kind === 'municipality') {
    const m = data.municipalityMap.get(page.id)!.data;
    changes.push(...(await municipalityFeedChanges(lang, page.id)), checkedChange(input, m.lastChecked, w.t('change.checked.municipality', { municipality: m.name[lang] }), `municipality:${page.id}`));
    checked.push(m.lastChecked);
  } else {
    changes.push(checkedChange(input, page.entry.data.lastChecked, w.t('change.checked.text'), `text:${page.entry.id}`));
    checked.push(page.entry.data.lastChecked);
  }
  changes.push(...fileChanges(input, files, history, w));
  return { changes, factsChecked: checked.sort(compareIsoDates)[0], pageChanged: lastFileChange(files, history), hasFileHistory: history !== null };
}

/** A date as residents read it in a language: "23 November 2026". */
export function longDate(iso: string, lang: Lang): string {
  const d = parseIsoDate(iso);
  return d ? formatDate(d, lang) : iso;
}
