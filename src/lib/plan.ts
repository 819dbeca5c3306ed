/**
 * "Your plan": one resident's answers (municipality, card, age, situation, procedure, dates),
 * read from and written to the URL with the same English parameter names as the two
 * calculators, checked one step at a time, and turned into one result by the same engines as
 * every other page: the fee engine, the deadline engine and the requirement rules. Pure: no DOM,
 * no language. Every input gives a result or typed errors.
 *
 *   ?municipality=koekelberg&card=k&age=30&reason=renewal&procedure=normal&expiry=2027-03-01&applied=2027-01-25&v=3f2a9c1b
 *
 * `applied` is the day the resident applies (the fee calculator calls it `date`); `v` is the
 * version of the rules the link was made with (see rulesVersion).
 */
import { readCardParam, resolveCardId } from './cards.ts';
import { isoToDateFields, validateDateFields, type DateFieldError, EMPTY_DATE_FIELDS } from './date-fields.ts';
import { evaluate, type DeadlineData, type DeadlineError, type DeadlineResult, EMPTY_FORM } from './deadline-query.ts';
import { computeFee, MAX_AGE, type FeeData, type FeeResult } from './fee-engine.ts';
import { costRange } from './fee-schedule.ts';
import { ageOn, compareDates, parseIsoDate, toIsoDate, type PlainDate } from './plain-date.ts';
import { requirementsFor, type RequirementEntry } from './requirements.ts';
import { applicantBand, PROCEDURES, readSituation, SITUATIONS, STAGES, type Procedure, type Situation, type Stage } from './vocabulary.ts';
import type { Region } from './vocabulary.ts';

export const PLAN_STEPS = ['municipality', 'card', 'person', 'situation', 'procedure', 'dates'] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];

export const PLAN_PARAMS = ['municipality', 'card', 'age', 'birthdate', 'reason', 'procedure', 'expiry', 'applied', 'v'] as const;
export type PlanParam = (typeof PLAN_PARAMS)[number];
export type PlanAnswers = Record<PlanParam, string>;

export const emptyPlan = (): PlanAnswers => ({ municipality: '', card: '', age: '', birthdate: '', reason: '', procedure: '', expiry: '', applied: '', v: '' });

/** The parameters each step answers. */
export const STEP_PARAMS: Record<PlanStep, readonly PlanParam[]> = {
  municipality: ['municipality'],
  card: ['card'],
  person: ['age', 'birthdate'],
  situation: ['reason'],
  procedure: ['procedure'],
  dates: ['expiry', 'applied'],
};

const MAX_LENGTH = 64;

export interface PlanContext {
  municipalities: readonly string[];
  cards: ReadonlyArray<{ id: string; code: string; kind: string }>;
  today: PlainDate;
}

/** Reads the answers from a query string; unknown parameters are ignored, values kept as typed (so a wrong one shows its error). */
export function readPlan(search: string | URLSearchParams, ctx: Pick<PlanContext, 'cards'>): PlanAnswers {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const out = emptyPlan();
  for (const k of PLAN_PARAMS) out[k] = (params.get(k) ?? '').trim().slice(0, MAX_LENGTH);
  out.reason = readSituation(out.reason) ?? out.reason;
  // The fee calculator calls the day you apply `date`: a link from it brings that day along.
  if (!out.applied) out.applied = (params.get('date') ?? '').trim().slice(0, MAX_LENGTH);
  out.municipality = out.municipality.toLowerCase();
  // A code ("EU+", "K") or an id; an unencoded "+" arrives as a space.
  const card = readCardParam(params.get('card')).trim();
  out.card = resolveCardId(card, ctx.cards) ?? card.slice(0, MAX_LENGTH);
  if (out.procedure) out.procedure = out.procedure.toLowerCase();
  return out;
}

/** Writes the answers as a query string in a stable order, leaving out empty ones ('' or `?…`). */
export function writePlan(answers: Partial<PlanAnswers>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const k of PLAN_PARAMS) {
    const v = (answers[k] ?? '').trim();
    if (v) params.set(k, v);
  }
  for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export type PlanError =
  | { step: 'municipality'; field: 'municipality'; code: 'missing' | 'unknown' }
  | { step: 'card'; field: 'card'; code: 'missing' | 'unknown' }
  | { step: 'person'; field: 'age'; code: 'missing' | 'invalid' | 'too-old' }
  | { step: 'person'; field: 'birthdate'; code: 'date'; date: DateFieldError }
  | { step: 'person'; field: 'birthdate'; code: 'after-today' | 'missing' }
  | { step: 'situation'; field: 'reason'; code: 'missing' | 'unknown' }
  | { step: 'procedure'; field: 'procedure'; code: 'missing' | 'unknown' }
  | { step: 'dates'; field: 'expiry' | 'applied'; code: 'deadline'; error: DeadlineError };

const cardOf = (a: PlanAnswers, ctx: Pick<PlanContext, 'cards'>) => ctx.cards.find((c) => c.id === a.card);
/** The children's card is asked by date of birth (its rules count from the child's birthday). */
export const asksBirthdate = (a: PlanAnswers, ctx: Pick<PlanContext, 'cards'>) => cardOf(a, ctx)?.kind === 'child-card';

/** The problems of one step's answers; [] when the step is answered. */
export function checkStep(step: PlanStep, a: PlanAnswers, ctx: PlanContext, data?: DeadlineData): PlanError[] {
  switch (step) {
    case 'municipality':
      if (!a.municipality) return [{ step, field: 'municipality', code: 'missing' }];
      return ctx.municipalities.includes(a.municipality) ? [] : [{ step, field: 'municipality', code: 'unknown' }];
    case 'card':
      if (!a.card) return [{ step, field: 'card', code: 'missing' }];
      return cardOf(a, ctx) ? [] : [{ step, field: 'card', code: 'unknown' }];
    case 'person': {
      if (asksBirthdate(a, ctx) || (a.birthdate && !a.age)) {
        if (!a.birthdate) return [{ step, field: 'birthdate', code: 'missing' }];
        const r = validateDateFields(isoToDateFields(a.birthdate), { minYear: ctx.today.year - MAX_AGE });
        if (!r.ok) return [{ step, field: 'birthdate', code: 'date', date: r.error }];
        return compareDates(r.date, ctx.today) > 0 ? [{ step, field: 'birthdate', code: 'after-today' }] : [];
      }
      if (!a.age) return [{ step, field: 'age', code: 'missing' }];
      if (!/^\d{1,3}$/.test(a.age)) return [{ step, field: 'age', code: 'invalid' }];
      return Number(a.age) > MAX_AGE ? [{ step, field: 'age', code: 'too-old' }] : [];
    }
    case 'situation':
      if (!a.reason) return [{ step, field: 'reason', code: 'missing' }];
      return (SITUATIONS as readonly string[]).includes(a.reason) ? [] : [{ step, field: 'reason', code: 'unknown' }];
    case 'procedure':
      if (!a.procedure) return [{ step, field: 'procedure', code: 'missing' }];
      return (PROCEDURES as readonly string[]).includes(a.procedure) ? [] : [{ step, field: 'procedure', code: 'unknown' }];
    case 'dates': {
      // Both dates are optional; when given they are checked as the deadline calculator checks them.
      if (!data || (!a.expiry && !a.applied)) return [];
      const ev = evaluate(deadlineForm(a), data, ctx.today);
      if (ev.ok) return [];
      return ev.errors.filter((e): e is DeadlineError & { field: 'expiry' | 'applied' } => e.field === 'expiry' || e.field === 'applied').map((error) => ({ step, field: error.field, code: 'deadline', error }));
    }
  }
}

/** The first step that is not answered (or answered wrongly); null when every step is fine. */
export function firstOpenStep(a: PlanAnswers, ctx: PlanContext, data?: DeadlineData): PlanStep | null {
  return PLAN_STEPS.find((s) => checkStep(s, a, ctx, data).length > 0) ?? null;
}

/** The deadline calculator's form for these answers (the same engine, the same checks). */
export function deadlineForm(a: PlanAnswers) {
  return {
    ...EMPTY_FORM,
    card: a.card,
    expiry: isoToDateFields(a.expiry),
    applied: isoToDateFields(a.applied),
    procedure: (a.procedure === 'urgent' ? 'urgent' : 'normal') as Procedure,
    municipality: a.municipality,
    birthdate: a.birthdate && !a.age ? isoToDateFields(a.birthdate) : { ...EMPTY_DATE_FIELDS },
  };
}

/** The holder's age on a day: the age answered, or worked out from the date of birth. */
export function ageOnDay(a: PlanAnswers, day: PlainDate): number | null {
  if (a.age && /^\d{1,3}$/.test(a.age)) return Number(a.age);
  const b = parseIsoDate(a.birthdate);
  return b ? ageOn(b, day) : null;
}

export interface PlanResult {
  /** The day the plan is for: the application day, or today. */
  day: PlainDate;
  fee: FeeResult;
  deadlines: DeadlineResult | null;
  /** What to bring, per stage, for this municipality, card, age and situation. */
  bring: Record<Stage, RequirementEntry[]>;
  /**
   * The children's card costs what the child's own card type costs under 12 (the fee engine
   * prices that card type): the lowest and highest of those amounts in this municipality.
   */
  childRange: { min: number; max: number; latestYear?: number | undefined } | null;
}

/** The plan's result, from the same engines as the calculators and the card pages. */
export function planResult(a: PlanAnswers, fees: FeeData, data: DeadlineData, today: PlainDate): PlanResult {
  const applied = parseIsoDate(a.applied);
  const day = applied ?? today;
  const iso = toIsoDate(day);
  const fee = computeFee(fees, {
    municipality: a.municipality,
    card: a.card,
    ...(a.age ? { age: a.age } : { birthdate: a.birthdate }),
    procedure: a.procedure,
    reason: a.reason,
    date: iso,
  });
  const ev = a.expiry || a.applied ? evaluate(deadlineForm(a), data, today) : null;
  // The holder's age band on that day, as the fee engine and the fee calculator's checklist count it.
  const age = ageOnDay(a, day);
  const band = fee.ok ? fee.quote.band : age !== null ? (age < 12 ? 'under-12' : '12-plus') : applicantBand(fees.cards[a.card]?.kind ?? 'residence-card');
  const situation = a.reason as Situation;
  const bring = Object.fromEntries(STAGES.map((stage) => [stage, requirementsFor(fees.checklist, { card: a.card, situation, band, stage, date: iso })])) as Record<Stage, RequirementEntry[]>;
  const childRange = fees.cards[a.card]?.kind === 'child-card' ? childCardRange(fees, iso) : null;
  return { day, fee, deadlines: ev?.ok ? ev.result : null, bring, childRange };
}

/** The under-12 amounts of every residence card type in one municipality on a day (the card pages' rule, CardCost). */
function childCardRange(fees: FeeData, iso: string): PlanResult['childRange'] {
  const ranges = Object.keys(fees.cards)
    .filter((id) => fees.cards[id]!.kind === 'residence-card')
    .map((id) => costRange([fees.segments], id, iso, 'under-12'))
    .filter((r) => r !== null);
  if (!ranges.length) return null;
  const years = ranges.map((r) => r.latestYear).filter((y): y is number => y !== undefined);
  return { min: Math.min(...ranges.map((r) => r.min)), max: Math.max(...ranges.map((r) => r.max)), latestYear: years.length ? Math.min(...years) : undefined };
}

/**
 * The languages the municipality's counter works in, for the checklist the clerk reads: its
 * own list when its file gives one, else its region's (Dutch in Flanders, French in Wallonia,
 * Dutch or French in Brussels).
 */
export function counterLanguages(region: Region, own?: readonly string[] | undefined): string[] {
  if (own && own.length) return [...own];
  return region === 'flanders' ? ['nl'] : region === 'wallonia' ? ['fr'] : ['nl', 'fr'];
}

/**
 * A short version of the rules a plan was computed with: the same input gives the same
 * version, any change to fees, deadlines or requirements another. Not a security hash: a
 * 32-bit FNV-1a of the JSON, written in hex.
 */
export function rulesVersion(input: unknown): string {
  const text = JSON.stringify(input);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
