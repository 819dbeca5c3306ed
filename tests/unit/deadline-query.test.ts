import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, formFromSearch, PARAM_NAMES, rulesOnExpiry, searchFor, type DeadlineCard, type DeadlineData, type DeadlineError } from '../../src/lib/deadline-query.ts';
import { parseIsoDate, toIsoDate, type PlainDate } from '../../src/lib/plain-date.ts';
import { deadlineData } from './deadline-fixtures.ts';

const data = deadlineData('nl');
const realToday: PlainDate = parseIsoDate('2026-11-23')!;
const run = (search: string, fixedCard?: string) => {
  const { form, notices, hasAnswers } = formFromSearch(search, data, fixedCard);
  return { form, notices, hasAnswers, evaluation: evaluate(form, data, realToday) };
};

describe('answers in the URL', () => {
  it('reads the issue example for the A card', () => {
    const { evaluation, hasAnswers } = run('?card=A&expiry=2027-03-15&today=2027-01-20');
    expect(hasAnswers).toBe(true);
    expect(evaluation.ok).toBe(true);
    if (!evaluation.ok) return;
    const r = evaluation.result;
    expect(r.card?.id).toBe('a');
    expect(r.todayFromLink).toBe(true);
    expect(toIsoDate(r.renewal!.opens!)).toBe('2027-01-29');
    expect(toIsoDate(r.renewal!.deadline!)).toBe('2027-02-13');
    expect(r.renewal!.stage).toBe('too-early');
    expect(searchFor(r)).toBe('?card=a&expiry=2027-03-15&today=2027-01-20');
  });

  it('reads the K card with permanent residence and an urgent request in Koekelberg', () => {
    const { evaluation } = run('?card=K&expiry=2027-07-31&permanent=yes&applied=2026-12-24&procedure=urgent&time=15:00&municipality=koekelberg');
    expect(evaluation.ok).toBe(true);
    if (!evaluation.ok) return;
    const r = evaluation.result;
    expect(r.today).toEqual(realToday);
    expect(r.todayFromLink).toBe(false);
    expect(r.permanent).toEqual({ kind: 'no-rule' });
    expect(r.municipality?.cutOff).toBe('14:30');
    expect(r.ready).toMatchObject({ procedure: 'urgent', timing: 'after' });
    if (r.ready?.procedure === 'urgent') expect(toIsoDate(r.ready.ready!)).toBe('2026-12-29');
    expect(searchFor(r)).toBe('?card=k&expiry=2027-07-31&permanent=yes&applied=2026-12-24&procedure=urgent&time=15%3A00&municipality=koekelberg');
  });

  it('accepts card codes, also EU+ with the plus read as a space', () => {
    expect(run('?card=EU+').form.card).toBe('eu-plus');
    expect(run('?card=EU%2B').form.card).toBe('eu-plus');
    expect(run('?card=eu-plus').form.card).toBe('eu-plus');
    expect(run('?card=eu').form.card).toBe('eu');
    expect(run('?card=f%2B').form.card).toBe('f-plus');
  });

  it('reads a birth date as a child’s only on the child card page or the calculator page', () => {
    expect(run('?birthdate=1990-05-01', 'a').form.birthdate).toEqual({ day: '', month: '', year: '' });
    expect(run('?birthdate=2016-02-29', 'child').form.birthdate).toEqual({ day: '29', month: '02', year: '2016' });
    expect(run('?birthdate=2016-02-29').form.birthdate).toEqual({ day: '29', month: '02', year: '2016' });
  });

  it('keeps the card of a card page', () => {
    expect(run('?card=b&expiry=2027-03-15', 'a').form.card).toBe('a');
  });

  it('turns bad values in the link into notices, not crashes', () => {
    const r = run('?card=Z&municipality=atlantis&today=2027-02-30&procedure=fast');
    expect(r.notices.map((n) => n.code)).toEqual(['unknown-card', 'bad-procedure', 'unknown-municipality', 'bad-today']);
    expect(r.form.today).toBe('');
    expect(r.hasAnswers).toBe(false);
  });

  it('reports impossible dates and out-of-range years per field', () => {
    const e = run('?card=a&expiry=2027-02-31&applied=1999-01-01&birthdate=soon');
    expect(e.evaluation.ok).toBe(false);
    if (e.evaluation.ok) return;
    const summary = e.evaluation.errors.map((x: DeadlineError) => `${x.field}:${x.code === 'date' ? x.date.code : x.code}`);
    expect(summary).toEqual(['expiry:impossible', 'applied:year-out-of-range']);
    expect(e.notices).toEqual([{ code: 'bad-date', param: 'birthdate', value: 'soon' }]);
    expect(e.form.birthdate).toEqual({ day: '', month: '', year: '' });
  });

  it('asks for a card when only the expiry date is known, and for a date when nothing is given', () => {
    const e1 = run('?expiry=2027-03-15').evaluation;
    expect(e1.ok ? [] : e1.errors.map((x) => x.code)).toEqual(['card-required']);
    const e2 = run('?card=a').evaluation;
    expect(e2.ok ? [] : e2.errors.map((x) => x.code)).toEqual(['nothing']);
  });

  it('rejects a birth date after today and a bad time', () => {
    const e = run('?card=child&birthdate=2030-01-01&applied=2026-12-01&procedure=urgent&time=25:00').evaluation;
    expect(e.ok ? [] : e.errors.map((x) => `${x.field}:${x.code}`)).toEqual(['time:bad-time', 'birthdate:birth-after-today']);
  });

  it('gives the child date and the PIN letter range', () => {
    const e = run('?card=child&birthdate=2016-02-29&applied=2026-12-24&today=2026-12-01').evaluation;
    expect(e.ok).toBe(true);
    if (!e.ok) return;
    expect(toIsoDate(e.result.child!.turns)).toBe('2028-02-29');
    expect(e.result.ready).toMatchObject({ procedure: 'normal' });
    if (e.result.ready?.procedure === 'normal') expect([toIsoDate(e.result.ready.pinFrom), toIsoDate(e.result.ready.pinTo)]).toEqual(['2027-01-07', '2027-01-14']);
  });

  it('any link gives a result or typed errors, never an exception', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('2027-02-29', '2028-02-29', '0000-00-00', '9999-12-31', '2027-1-5', 'yes', 'urgent', '14:30', 'EU+', 'koekelberg', '-12', ''),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...PARAM_NAMES), value), fc.option(fc.constantFrom('a', 'k', 'child', 'orange'), { nil: undefined }), (dict, fixed) => {
        const search = new URLSearchParams(dict).toString();
        const { form, evaluation } = run(`?${search}`, fixed);
        if (evaluation.ok) {
          const r = evaluation.result;
          expect(r.renewal || r.ready || r.child).toBeTruthy();
          // The link it writes gives the same result again.
          const again = evaluate(formFromSearch(searchFor(r), data, fixed).form, data, realToday);
          expect(again.ok && searchFor(again.result)).toBe(searchFor(r));
        } else {
          expect(evaluation.errors.length).toBeGreaterThan(0);
          for (const e of evaluation.errors) expect(['card', 'expiry', 'applied', 'birthdate', 'time']).toContain(e.field);
        }
        expect(typeof form.card).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});

describe('dated renewal rules', () => {
  // The rule changes on 1 July 2027: until then 45 to 30 days, from then at the latest 60 days before expiry.
  const changing: DeadlineCard = {
    id: 'x',
    code: 'X',
    name: 'X card',
    kind: 'residence-card',
    renewal: { kind: 'window', opensDaysBefore: 45, closesDaysBefore: 30 },
    dated: {
      renewal: [
        { validUntil: '2027-06-30', kind: 'window', opensDaysBefore: 45, closesDaysBefore: 30 },
        { validFrom: '2027-07-01', kind: 'latest', closesDaysBefore: 60 },
      ],
      permanent: [],
    },
  };
  const changingData: DeadlineData = { ...data, cards: [changing] };

  it('picks the row that holds on the expiry date', () => {
    expect(rulesOnExpiry(changing, '2027-03-01').renewal).toEqual({ kind: 'window', opensDaysBefore: 45, closesDaysBefore: 30 });
    expect(rulesOnExpiry(changing, '2027-06-30').renewal).toEqual({ kind: 'window', opensDaysBefore: 45, closesDaysBefore: 30 });
    expect(rulesOnExpiry(changing, '2027-07-01').renewal).toEqual({ kind: 'latest', closesDaysBefore: 60 });
    expect(rulesOnExpiry(changing, '2027-09-01').renewal).toEqual({ kind: 'latest', closesDaysBefore: 60 });
  });

  it('the calculator uses the rule of the expiry date, not of the build day', () => {
    const at = (expiry: string) => {
      const e = evaluate(formFromSearch(`?card=x&expiry=${expiry}&today=2027-01-01`, changingData).form, changingData, realToday);
      if (!e.ok) throw new Error(JSON.stringify(e.errors));
      return e.result.renewal!;
    };
    const before = at('2027-03-01');
    expect(before.rule).toBe('window');
    expect([toIsoDate(before.opens!), toIsoDate(before.deadline!)]).toEqual(['2027-01-15', '2027-01-30']);
    const after = at('2027-09-01');
    expect(after.rule).toBe('latest');
    expect(after.opens).toBeNull();
    expect(toIsoDate(after.deadline!)).toBe('2027-07-03');
  });
});

describe('plausible dates', () => {
  const errorsOf = (search: string) => {
    const e = run(search).evaluation;
    return e.ok ? [] : e.errors.map((x) => x.code);
  };
  it('takes the longest validity of the sources as the furthest expiry date', () => {
    expect(data.maxValidityYears).toBe(10);
    expect(errorsOf('?card=b&expiry=2036-11-23')).toEqual([]);
    expect(errorsOf('?card=b&expiry=2036-11-24')).toEqual(['expiry-too-far']);
    expect(errorsOf('?card=b&expiry=2099-01-01')).toEqual(['expiry-too-far']);
  });
  it('refuses an expiry more than two years ago, and an application more than a year away', () => {
    expect(errorsOf('?card=b&expiry=2024-11-23')).toEqual([]);
    expect(errorsOf('?card=b&expiry=2024-11-22')).toEqual(['expiry-too-old']);
    expect(errorsOf('?applied=2025-11-22')).toEqual(['applied-too-old']);
    expect(errorsOf('?applied=2027-11-24')).toEqual(['applied-too-far']);
    expect(errorsOf('?applied=2020-01-01&card=b&expiry=2099-01-01')).toEqual(['expiry-too-far', 'applied-too-old']);
  });
  it('counts from the day in the link, not the real today', () => {
    expect(errorsOf('?card=b&expiry=2040-01-01&today=2031-01-01')).toEqual([]);
  });
  it('keeps a five-digit year in the field and asks for four digits', () => {
    const { form, evaluation } = run('?card=b&expiry=99999-01-01');
    expect(form.expiry).toEqual({ year: '99999', month: '01', day: '01' });
    expect(evaluation.ok).toBe(false);
    if (!evaluation.ok) expect(evaluation.errors[0]).toMatchObject({ field: 'expiry', code: 'date', date: { code: 'year-not-four-digits' } });
  });
});
