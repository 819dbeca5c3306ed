/** "Your plan": reading the answers, checking each step, and one result from the same engines. */
import { describe, expect, it } from 'vitest';
import { checkStep, counterLanguages, firstOpenStep, planResult, readPlan, rulesVersion, writePlan, PLAN_STEPS, type PlanContext } from '../../src/lib/plan.ts';
import { computeFee } from '../../src/lib/fee-engine.ts';
import { evaluate, formFromSearch } from '../../src/lib/deadline-query.ts';
import { requirementsFor } from '../../src/lib/requirements.ts';
import { formatEuro } from '../../src/lib/fee-schedule.ts';
import { toIsoDate } from '../../src/lib/plain-date.ts';
import { feeDataFiles } from './fee-fixtures.ts';
import { deadlineData } from './deadline-fixtures.ts';

const fees = feeDataFiles();
const readyText = (r: NonNullable<ReturnType<typeof planResult>['deadlines']>['ready']) =>
  !r ? '–' : r.procedure === 'normal' ? `PIN letter ${toIsoDate(r.pinFrom)} to ${toIsoDate(r.pinTo)}` : `ready ${toIsoDate(r.ready ?? r.readyIfBefore)}`;
const data = deadlineData('en');
const today = { year: 2026, month: 12, day: 1 };
const first = fees.values().next().value!;
const cards = Object.entries(first.cards).map(([id, c]) => ({ id, code: c.code, kind: c.kind }));
const ctx: PlanContext = { municipalities: [...fees.keys()], cards, today };

describe('answers in the address', () => {
  it('reads card codes, old situation names and a "+" read as a space; writes a stable order', () => {
    const a = readPlan('?card=EU+&reason=duplicate&municipality=Koekelberg&age=30&procedure=Normal', ctx);
    expect(a).toMatchObject({ card: 'eu-plus', reason: 'lost-stolen', municipality: 'koekelberg', procedure: 'normal', age: '30' });
    expect(writePlan(a)).toBe('?municipality=koekelberg&card=eu-plus&age=30&reason=lost-stolen&procedure=normal');
    expect(readPlan(writePlan(a), ctx)).toEqual(a);
  });
  it('names the first open step, and every wrong answer with its step', () => {
    expect(firstOpenStep(readPlan('', ctx), ctx, data)).toBe('municipality');
    expect(firstOpenStep(readPlan('?municipality=koekelberg&card=k', ctx), ctx, data)).toBe('person');
    const wrong = readPlan('?municipality=nowhere&card=zz&age=-5&reason=bored&procedure=fast&expiry=2099-01-01', ctx);
    expect(PLAN_STEPS.flatMap((s) => checkStep(s, wrong, ctx, data)).map((e) => `${e.field}:${e.code}`)).toEqual([
      'municipality:unknown', 'card:unknown', 'age:invalid', 'reason:unknown', 'procedure:unknown', 'expiry:deadline',
    ]);
    const far = readPlan('?municipality=koekelberg&card=b&age=30&reason=renewal&procedure=normal&expiry=2099-01-01', ctx);
    expect(checkStep('dates', far, ctx, data)).toMatchObject([{ field: 'expiry', code: 'deadline', error: { code: 'expiry-too-far' } }]);
    const child = readPlan('?municipality=koekelberg&card=child&reason=first&procedure=normal', ctx);
    expect(checkStep('person', child, ctx)).toMatchObject([{ field: 'birthdate', code: 'missing' }]);
    expect(checkStep('person', { ...child, birthdate: '2027-01-01' }, ctx)).toMatchObject([{ field: 'birthdate', code: 'after-today' }]);
  });
  it('gives the counter languages of each region, and a version that follows the rules', () => {
    expect(counterLanguages('flanders')).toEqual(['nl']);
    expect(counterLanguages('brussels')).toEqual(['nl', 'fr']);
    expect(counterLanguages('wallonia')).toEqual(['fr']);
    expect(counterLanguages('wallonia', ['de'])).toEqual(['de']);
    expect(rulesVersion({ a: 1 })).toBe(rulesVersion({ a: 1 }));
    expect(rulesVersion({ a: 1 })).not.toBe(rulesVersion({ a: 2 }));
    expect(rulesVersion({ a: 1 })).toMatch(/^[0-9a-f]{8}$/);
  });
});

const SITUATIONS = [
  '?municipality=voorbeeldgemeente&card=eu&age=30&reason=first&procedure=normal',
  '?municipality=voorbeeldgemeente&card=eu&age=30&reason=first&procedure=urgent&applied=2026-12-14',
  '?municipality=voorbeeldgemeente&card=a&age=40&reason=renewal&procedure=normal&expiry=2027-03-24',
  '?municipality=voorbeeldgemeente&card=child&birthdate=2020-05-04&reason=first&procedure=normal',
  '?municipality=koekelberg&card=k&age=30&reason=renewal&procedure=urgent&expiry=2027-01-31&applied=2026-12-21',
  '?municipality=koekelberg&card=f&age=35&reason=lost-stolen&procedure=normal&applied=2026-12-03',
  '?municipality=koekelberg&card=b&age=50&reason=renewal&procedure=normal&expiry=2027-01-24',
  '?municipality=koekelberg&card=orange&age=25&reason=first&procedure=normal',
  '?municipality=koekelberg&card=eu-plus&age=67&reason=photo&procedure=normal',
  '?municipality=koekelberg&card=l&age=10&reason=damaged&procedure=normal&applied=2027-02-01',
];

describe('the plan\'s result is the engines\' result', () => {
  const table: string[] = ['| answers | cost | when | what to bring (application + collection) |', '|---|---|---|---|'];
  for (const search of SITUATIONS) {
    it(search, () => {
      const a = readPlan(search, ctx);
      expect(firstOpenStep(a, ctx, data)).toBeNull();
      const f = fees.get(a.municipality)!;
      const r = planResult(a, f, data, today);
      const day = toIsoDate(r.day);
      // The fee engine's amount for the same answers.
      expect(r.fee).toEqual(computeFee(f, { municipality: a.municipality, card: a.card, ...(a.age ? { age: a.age } : { birthdate: a.birthdate }), procedure: a.procedure, reason: a.reason, date: day }));
      // The deadline engine's dates for the same link.
      if (a.expiry || a.applied) {
        const ev = evaluate(formFromSearch(search, data).form, data, today);
        expect(ev.ok).toBe(true);
        if (ev.ok) expect(r.deadlines).toEqual(ev.result);
      } else expect(r.deadlines).toBeNull();
      // The requirement rules' lists for this card, situation, age band and day.
      const band = r.fee.ok ? r.fee.quote.band : a.card === 'child' ? 'under-12' : '12-plus';
      for (const stage of ['application', 'collection'] as const) {
        expect(r.bring[stage]).toEqual(requirementsFor(f.checklist, { card: a.card, situation: a.reason as never, band, stage, date: day }));
      }
      expect(r.bring.application.length).toBeGreaterThan(0);
      const cost = r.childRange ? `${formatEuro(r.childRange.min, 'en')} – ${formatEuro(r.childRange.max, 'en')} (the child's card type)` : r.fee.ok ? (r.fee.quote.total !== null ? formatEuro(r.fee.quote.total, 'en') : r.fee.quote.conflict ? 'sources disagree' : 'unknown') : r.fee.errors[0]?.kind === 'data' ? r.fee.errors[0].code : 'error';
      const when = r.deadlines?.renewal ? `apply ${r.deadlines.renewal.firstOpenDay ? toIsoDate(r.deadlines.renewal.firstOpenDay) : '…'} to ${r.deadlines.renewal.lastOpenDay ? toIsoDate(r.deadlines.renewal.lastOpenDay) : '…'}` : r.deadlines?.ready ? readyText(r.deadlines.ready) : '–';
      table.push(`| ${search.slice(1).replace(/&/g, ' ')} | ${cost} | ${when} | ${r.bring.application.length} + ${r.bring.collection.length} |`);
      if (table.length === SITUATIONS.length + 2 && process.env.PRINT_TABLE) console.log(table.join('\n'));
    });
  }
});
