/**
 * The fee calculator's form state, without a browser: where it starts from a link (and the
 * page's own card or municipality), and how its answers are checked. Language-free: errors are
 * codes; the island turns them into words. Used by src/components/fees/FeeCalculator.tsx.
 */
import { isoToDateFields, dateToFields, validateDateFields, type DateFieldError, type DateFieldValues, EMPTY_DATE_FIELDS } from './date-fields.ts';
import { resolveCardId } from './cards.ts';
import { validateFeeRequest, type FeeCardFacts, type FeeInputError, type ValidRequest } from './fee-engine.ts';
import { feeDateYears, hasAnyAnswer, isComplete, readFeeAnswers, type FeeAnswers } from './fee-query.ts';
import { toIsoDate, type PlainDate } from './plain-date.ts';

export type FeeFormField = 'municipality' | 'card' | 'age' | 'birthdate' | 'procedure' | 'reason' | 'date';
export const FEE_FORM_FIELDS: readonly FeeFormField[] = ['municipality', 'card', 'age', 'birthdate', 'procedure', 'reason', 'date'];

export interface FeeForm {
  answers: FeeAnswers;
  ageMode: 'age' | 'birthdate';
  date: DateFieldValues;
  birth: DateFieldValues;
}

export interface FeeFormContext {
  cards: Record<string, Pick<FeeCardFacts, 'code' | 'kind'>>;
  municipalities: readonly string[];
  today: PlainDate;
}

/** One problem per field: a date's own error, or the engine's. */
export type FeeFormError = { field: 'date' | 'birthdate'; date: DateFieldError } | { field: FeeFormField; input: FeeInputError };

export type FeeFormCheck = { ok: true; request: ValidRequest; birthdate: string } | { ok: false; errors: Partial<Record<FeeFormField, FeeFormError>> };

/** Every answer checked: a request for the engine, or one error per field. */
export function checkFeeForm(f: FeeForm, ctx: FeeFormContext): FeeFormCheck {
  const errors: Partial<Record<FeeFormField, FeeFormError>> = {};
  const date = validateDateFields(f.date, feeDateYears(ctx.today));
  if (!date.ok) errors.date = { field: 'date', date: date.error };
  let birthdate = '';
  if (f.ageMode === 'birthdate') {
    const b = validateDateFields(f.birth, { minYear: 1880 });
    if (!b.ok) errors.birthdate = { field: 'birthdate', date: b.error };
    else birthdate = toIsoDate(b.date);
  }
  const a = f.answers;
  const r = validateFeeRequest(
    { municipality: a.municipality, card: a.card, age: f.ageMode === 'age' ? a.age : '', birthdate, procedure: a.procedure, reason: a.reason, date: date.ok ? toIsoDate(date.date) : '' },
    ctx.cards,
    ctx.municipalities,
  );
  if (!r.ok) {
    for (const e of r.errors) {
      // With a date of birth, "age missing" means the date of birth is missing.
      const field: FeeFormField = e.field === 'age' && f.ageMode === 'birthdate' ? 'birthdate' : e.field;
      errors[field] ??= { field, input: e };
    }
  }
  return Object.keys(errors).length || !r.ok ? { ok: false, errors } : { ok: true, request: r.value, birthdate };
}

export interface FeeFormStart {
  form: FeeForm;
  /** The link answers every question: show its result at once. */
  autoCheck: boolean;
  /** The link answers some questions: check those, so a wrong one shows its error. */
  givenInLink: Array<keyof FeeAnswers>;
}

/**
 * Where the form starts: the link's answers, the page's own card (it wins over a `card` in the
 * link, except on the children's card page, which prices the child's own card type) and
 * municipality, else the remembered municipality; the day of the link, else today.
 */
export function startFeeForm(
  search: string,
  page: { card?: string | undefined; municipality?: string | undefined; defaultMunicipality: string; cards: ReadonlyArray<{ id: string; code: string }>; today: PlainDate },
  ctx: Pick<FeeFormContext, 'cards'>,
): FeeFormStart {
  const q = readFeeAnswers(search);
  const a = { ...q };
  if (!a.municipality) a.municipality = page.municipality ?? page.defaultMunicipality;
  const child = (id: string | undefined) => Boolean(id && ctx.cards[id]?.kind === 'child-card');
  if (page.card && !child(page.card)) a.card = page.card;
  const id = resolveCardId(a.card, page.cards);
  if (id && !child(id)) a.card = id;
  const byBirth = Boolean(a.birthdate && !a.age);
  const form: FeeForm = {
    answers: a,
    ageMode: byBirth ? 'birthdate' : 'age',
    birth: byBirth ? isoToDateFields(a.birthdate) : { ...EMPTY_DATE_FIELDS },
    date: a.date ? isoToDateFields(a.date) : dateToFields(page.today),
  };
  const any = hasAnyAnswer(q);
  return {
    form,
    autoCheck: any && isComplete(a),
    givenInLink: any && !isComplete(a) ? (Object.keys(q) as Array<keyof FeeAnswers>).filter((k) => q[k] !== '') : [],
  };
}
