/**
 * The deadline calculator's answers: read from and written to the URL with stable English
 * parameter names (the same in every language), turned into form state, validated, and evaluated
 * with the engine in deadlines.ts. Pure: no DOM, no language. Every input gives a result or typed errors.
 *
 * Parameters: card (id or code, e.g. a, EU+, eu-plus), expiry (YYYY-MM-DD), permanent (yes),
 * applied (YYYY-MM-DD), procedure (normal | urgent), time (HH:MM), municipality (id),
 * today (YYYY-MM-DD, optional: defaults to today in Belgium), birthdate (YYYY-MM-DD).
 */
import { readCardParam, resolveCardId } from './cards.ts';
import { ruleOn } from './periods.ts';
import type { HolidaySet } from './holidays.ts';
import { type DateFieldError, type DateFieldValues, EMPTY_DATE_FIELDS, validateDateFields } from './date-fields.ts';
import {
  type CardRule, childPlan, type ChildPlan, permanentPlan, type PermanentPlan, type Procedure, readyPlan, type ReadyPlan,
  renewalPlan, type RenewalPlan,
} from './deadlines.ts';
import { addMonths, compareDates, formatClockTime, parseClockTime, parseIsoDate, toIsoDate, type PlainDate } from './plain-date.ts';

/** A card's rules on its expiry date: the dated rows when the card has them, else its current rules. */
export function rulesOnExpiry(card: CardRule, iso: string): CardRule {
  if (!card.dated) return card;
  const r = ruleOn(card.dated.renewal, iso);
  const p = ruleOn(card.dated.permanent, iso);
  return {
    ...card,
    renewal: r ? (r.kind === 'window' ? { kind: 'window', opensDaysBefore: r.opensDaysBefore, closesDaysBefore: r.closesDaysBefore } : r.kind === 'latest' ? { kind: 'latest', closesDaysBefore: r.closesDaysBefore } : { kind: 'unknown' }) : { kind: 'unknown' },
    permanentMonthsBefore: p?.monthsBefore,
  };
}

export const PARAM_NAMES = ['card', 'expiry', 'permanent', 'applied', 'procedure', 'time', 'municipality', 'today', 'birthdate'] as const;
export type ParamName = (typeof PARAM_NAMES)[number];

/** Accepted years. */
export const YEAR_RANGE = {
  expiry: { minYear: 2000, maxYear: 2100 },
  applied: { minYear: 2000, maxYear: 2100 },
  birthdate: { minYear: 1900, maxYear: 2100 },
  today: { minYear: 2000, maxYear: 2100 },
} as const;

export interface DeadlineCard extends CardRule {
  /** Everyday name in the page's language ("A card"). */
  name: string;
}

export interface DeadlineMunicipality {
  id: string;
  name: string;
  /** "HH:MM", or null when the sources give none. */
  cutOff: string | null;
  workingDays: number;
}

/** Everything the calculator needs from the content, prepared at build time. */
export interface DeadlineData {
  cards: DeadlineCard[];
  municipalities: DeadlineMunicipality[];
  pinMinWeeks: number;
  pinMaxWeeks: number;
  /** Age at which a child is invited for a card (12). */
  childAge: number;
  /** The public holidays in force, as dated rows (src/content/holidays.yaml). */
  holidays?: HolidaySet[] | undefined;
  /** The longest validity of any card in the sources: an expiry date further from today is a typing error. */
  maxValidityYears?: number | undefined;
}

/**
 * Plausible dates, counted from today: a card that expired longer ago than this has no renewal
 * window left to compute; an application date further away than this in either direction is not
 * one a resident can have made or be about to make.
 */
export const PLAUSIBLE = { expiredYearsAgo: 2, appliedYears: 1 } as const;

/** The form as the resident fills it in (text, never parsed by the browser). */
export interface DeadlineForm {
  card: string;
  expiry: DateFieldValues;
  permanent: 'yes' | 'no';
  applied: DateFieldValues;
  procedure: Procedure;
  time: string;
  municipality: string;
  birthdate: DateFieldValues;
  /** From the URL only (`today=`); '' means the real today in Belgium. */
  today: string;
}

export const EMPTY_FORM: DeadlineForm = {
  card: '',
  expiry: { ...EMPTY_DATE_FIELDS },
  permanent: 'no',
  applied: { ...EMPTY_DATE_FIELDS },
  procedure: 'normal',
  time: '',
  municipality: '',
  birthdate: { ...EMPTY_DATE_FIELDS },
  today: '',
};

/** A problem in the link itself, shown as a notice; the form still opens. */
export type LinkNotice =
  | { code: 'unknown-card'; value: string }
  | { code: 'unknown-municipality'; value: string }
  | { code: 'bad-today'; value: string }
  /** A date parameter not written YYYY-MM-DD: the field stays empty. */
  | { code: 'bad-date'; param: 'expiry' | 'applied' | 'birthdate'; value: string }
  | { code: 'bad-procedure'; value: string };

/** Splits a YYYY-MM-DD text into three fields, even for an impossible day (so validation can say why). */
function isoToFields(text: string): DateFieldValues | null {
  const m = /^(\d{1,8})-(\d{1,4})-(\d{1,4})$/.exec(text.trim());
  return m ? { year: m[1]!, month: m[2]!, day: m[3]! } : null;
}

/** The values of the URL, read into form state. `fixedCard` is the card of a card page. */
export function formFromSearch(search: string | URLSearchParams, data: DeadlineData, fixedCard?: string): { form: DeadlineForm; notices: LinkNotice[]; hasAnswers: boolean } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const get = (k: ParamName) => (params.get(k) ?? '').slice(0, 40);
  const notices: LinkNotice[] = [];
  const form: DeadlineForm = { ...EMPTY_FORM, expiry: { ...EMPTY_DATE_FIELDS }, applied: { ...EMPTY_DATE_FIELDS }, birthdate: { ...EMPTY_DATE_FIELDS } };

  // A "+" in a query string is read as a space: "card=EU+" arrives as "EU ". No card code has a space.
  const rawCard = readCardParam(get('card')).trim();
  if (fixedCard) form.card = fixedCard;
  else if (rawCard) {
    const id = resolveCardId(rawCard, data.cards);
    if (id) form.card = id;
    else notices.push({ code: 'unknown-card', value: rawCard });
  }

  const dateParam = (k: 'expiry' | 'applied' | 'birthdate') => {
    const raw = get(k).trim();
    if (!raw) return { ...EMPTY_DATE_FIELDS };
    const fields = isoToFields(raw);
    if (!fields) notices.push({ code: 'bad-date', param: k, value: raw });
    return fields ?? { ...EMPTY_DATE_FIELDS };
  };
  form.expiry = dateParam('expiry');
  form.applied = dateParam('applied');
  // On a card page the fee calculator also uses `birthdate` (the holder's): only the child card's page reads it as a child's.
  const childPage = !fixedCard || data.cards.find((c) => c.id === fixedCard)?.kind === 'child-card';
  if (childPage) form.birthdate = dateParam('birthdate');
  form.permanent = get('permanent').trim().toLowerCase() === 'yes' ? 'yes' : 'no';

  const procedure = get('procedure').trim().toLowerCase();
  if (procedure === 'urgent' || procedure === 'normal') form.procedure = procedure;
  else if (procedure) notices.push({ code: 'bad-procedure', value: procedure });
  form.time = get('time').trim();

  const muni = get('municipality').trim().toLowerCase();
  if (muni) {
    if (data.municipalities.some((m) => m.id === muni)) form.municipality = muni;
    else notices.push({ code: 'unknown-municipality', value: muni });
  }

  const today = get('today').trim();
  if (today) {
    const d = parseIsoDate(today);
    if (d && d.year >= YEAR_RANGE.today.minYear && d.year <= YEAR_RANGE.today.maxYear) form.today = toIsoDate(d);
    else notices.push({ code: 'bad-today', value: today });
  }
  const blank = (v: DateFieldValues) => `${v.day}${v.month}${v.year}` === '';
  const hasAnswers = !blank(form.expiry) || !blank(form.applied) || !blank(form.birthdate);
  return { form, notices, hasAnswers };
}

export type FieldName = 'card' | 'expiry' | 'applied' | 'birthdate' | 'time';

export type DeadlineError =
  | { field: 'expiry' | 'applied' | 'birthdate'; code: 'date'; date: DateFieldError }
  /** Nothing to calculate: no date at all. Reported on the expiry field. */
  | { field: 'expiry'; code: 'nothing' }
  | { field: 'card'; code: 'card-required' }
  | { field: 'time'; code: 'bad-time' }
  | { field: 'birthdate'; code: 'birth-after-today' }
  /** Expired more than PLAUSIBLE.expiredYearsAgo years before today. */
  | { field: 'expiry'; code: 'expiry-too-old'; years: number }
  /** Later than today plus the longest validity any source gives. */
  | { field: 'expiry'; code: 'expiry-too-far'; years: number }
  /** More than PLAUSIBLE.appliedYears before or after today. */
  | { field: 'applied'; code: 'applied-too-old' | 'applied-too-far'; years: number };

export interface DeadlineResult {
  card: DeadlineCard | null;
  today: PlainDate;
  /** True when `today` came from the link. */
  todayFromLink: boolean;
  renewal: RenewalPlan | null;
  permanent: PermanentPlan | null;
  ready: ReadyPlan | null;
  /** The municipality used for the cut-off (urgent only), or null for "another municipality". */
  municipality: DeadlineMunicipality | null;
  child: ChildPlan | null;
  /** The URL parameters that reproduce this result. */
  params: URLSearchParams;
}

export type Evaluation = { ok: true; result: DeadlineResult } | { ok: false; errors: DeadlineError[] };

/** Validates the form and runs the engine. `realToday` is todayInBelgium() in the browser. */
export function evaluate(form: DeadlineForm, data: DeadlineData, realToday: PlainDate): Evaluation {
  const errors: DeadlineError[] = [];
  const todayFromLink = form.today !== '' && parseIsoDate(form.today) !== null;
  const today = todayFromLink ? parseIsoDate(form.today)! : realToday;
  const card = data.cards.find((c) => c.id === form.card) ?? null;

  const date = (field: 'expiry' | 'applied' | 'birthdate'): PlainDate | null => {
    const r = validateDateFields(form[field], YEAR_RANGE[field]);
    if (r.ok) return r.date;
    if (r.error.code !== 'empty') errors.push({ field, code: 'date', date: r.error });
    return null;
  };
  const expiry = date('expiry');
  const applied = date('applied');
  const birth = date('birthdate');
  const blank = (v: DateFieldValues) => `${v.day}${v.month}${v.year}`.trim() === '';
  if (blank(form.expiry) && blank(form.applied) && blank(form.birthdate)) errors.push({ field: 'expiry', code: 'nothing' });
  if (expiry && !card) errors.push({ field: 'card', code: 'card-required' });

  let time: number | null = null;
  if (form.procedure === 'urgent' && form.time.trim() !== '') {
    time = parseClockTime(form.time);
    if (time === null) errors.push({ field: 'time', code: 'bad-time' });
  }
  if (birth && compareDates(birth, today) > 0) errors.push({ field: 'birthdate', code: 'birth-after-today' });
  if (expiry && compareDates(expiry, addMonths(today, -12 * PLAUSIBLE.expiredYearsAgo)) < 0) errors.push({ field: 'expiry', code: 'expiry-too-old', years: PLAUSIBLE.expiredYearsAgo });
  if (expiry && data.maxValidityYears && compareDates(expiry, addMonths(today, 12 * data.maxValidityYears)) > 0) errors.push({ field: 'expiry', code: 'expiry-too-far', years: data.maxValidityYears });
  if (applied && compareDates(applied, addMonths(today, -12 * PLAUSIBLE.appliedYears)) < 0) errors.push({ field: 'applied', code: 'applied-too-old', years: PLAUSIBLE.appliedYears });
  if (applied && compareDates(applied, addMonths(today, 12 * PLAUSIBLE.appliedYears)) > 0) errors.push({ field: 'applied', code: 'applied-too-far', years: PLAUSIBLE.appliedYears });
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };

  const municipality = data.municipalities.find((m) => m.id === form.municipality) ?? null;
  // The rules that hold on the expiry date (a change in the law applies to cards expiring after it).
  const rules = card && expiry ? rulesOnExpiry(card, toIsoDate(expiry)) : null;
  const renewal = expiry && rules ? renewalPlan(rules.renewal, expiry, today, data.holidays) : null;
  const permanent = expiry && rules ? permanentPlan(rules, expiry, today, form.permanent === 'yes', data.holidays) : null;
  const ready = applied
    ? readyPlan({
        applied,
        procedure: form.procedure,
        time,
        cutOff: municipality?.cutOff ? parseClockTime(municipality.cutOff) : null,
        urgentWorkingDays: municipality?.workingDays ?? 1,
        pinMinWeeks: data.pinMinWeeks,
        pinMaxWeeks: data.pinMaxWeeks,
        holidays: data.holidays,
      })
    : null;
  const child = birth ? childPlan(birth, today, data.childAge) : null;

  const params = new URLSearchParams();
  if (card) params.set('card', card.id);
  if (expiry) params.set('expiry', toIsoDate(expiry));
  if (expiry && form.permanent === 'yes') params.set('permanent', 'yes');
  if (applied) {
    params.set('applied', toIsoDate(applied));
    params.set('procedure', form.procedure);
    if (form.procedure === 'urgent' && time !== null) params.set('time', formatClockTime(time));
    if (form.procedure === 'urgent' && municipality) params.set('municipality', municipality.id);
  }
  if (birth) params.set('birthdate', toIsoDate(birth));
  if (todayFromLink) params.set('today', toIsoDate(today));

  return {
    ok: true,
    result: { card, today, todayFromLink, renewal, permanent, ready, municipality: form.procedure === 'urgent' ? municipality : null, child, params },
  };
}

const FIELD_ORDER: FieldName[] = ['card', 'expiry', 'applied', 'time', 'birthdate'];
function sortErrors(errors: DeadlineError[]): DeadlineError[] {
  return [...errors].sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
}

/** The query string ("?card=a&expiry=…") that reproduces a result, for the address bar and sharing. */
export function searchFor(result: DeadlineResult): string {
  const s = result.params.toString();
  return s ? `?${s}` : '';
}
