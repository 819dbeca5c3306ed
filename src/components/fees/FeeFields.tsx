/** The fee calculator's questions, one fieldset each (GOV.UK patterns from ../forms): presentational only. */
import type { Lang } from '../../schemas/common.ts';
import type { FeeKey } from '../../i18n/fees.ts';
import type { FeeAnswers } from '../../lib/fee-query.ts';
import type { FeeForm, FeeFormField } from '../../lib/fee-form.ts';
import type { DateFieldName } from '../../lib/date-fields.ts';
import { SITUATIONS, readSituation, type Situation } from '../../lib/vocabulary.ts';
import { DateInput, Radios, SelectField, TextField } from '../forms/index.ts';
import type { CalculatorCard } from './FeeCalculator.tsx';

export const ID = { municipality: 'fee-municipality', card: 'fee-card', age: 'fee-age', birthdate: 'fee-birthdate', procedure: 'fee-procedure', reason: 'fee-reason', date: 'fee-date' };

interface Props {
  lang: Lang;
  t: (key: FeeKey, values?: Record<string, string | number>) => string;
  form: FeeForm;
  setForm: (f: (x: FeeForm) => FeeForm) => void;
  err: (f: FeeFormField) => string | undefined;
  dateError: (f: 'birthdate' | 'date') => { message: string; fields: readonly DateFieldName[] } | undefined;
  municipalities: ReadonlyArray<{ id: string; name: string }>;
  cards: readonly CalculatorCard[];
}

export function FeeFields({ lang, t, form, setForm, err, dateError, municipalities, cards }: Props) {
  const { answers, ageMode } = form;
  const set = (k: keyof FeeAnswers) => (v: string) => setForm((x) => ({ ...x, answers: { ...x.answers, [k]: v } }));
  return (
    <>
          <SelectField
            lang={lang}
            id={ID.municipality}
            label={t('q.municipality')}
            hint={t('q.municipality.hint')}
            value={answers.municipality}
            onChange={set('municipality')}
            error={err('municipality')}
            options={[{ value: '', label: t('calc.choose') }, ...municipalities.map((x) => ({ value: x.id, label: x.name }))]}
          />
          <SelectField
            lang={lang}
            id={ID.card}
            label={t('q.card')}
            hint={t('q.card.hint')}
            value={answers.card}
            onChange={set('card')}
            error={err('card')}
            options={[{ value: '', label: t('calc.choose') }, ...cards.filter((c) => c.feeGroup !== 'child').map((c) => ({ value: c.id, label: c.name }))]}
          />
          <Radios
            lang={lang}
            name="fee-age-mode"
            legend={t('q.age')}
            hint={t('q.age.hint')}
            value={ageMode}
            onChange={(v) => setForm((x) => ({ ...x, ageMode: v }))}
            options={[
              { value: 'age', label: t('q.age.mode.age') },
              { value: 'birthdate', label: t('q.age.mode.birthdate') },
            ]}
            inline
          />
          <div class="fee-conditional">
            {ageMode === 'age' ? (
              <TextField lang={lang} id={ID.age} label={t('q.age.years')} value={answers.age} onChange={set('age')} error={err('age')} inputMode="numeric" width={4} />
            ) : (
              <DateInput lang={lang} id={ID.birthdate} legend={t('q.birthdate')} value={form.birth} onChange={(v) => setForm((x) => ({ ...x, birth: v }))} error={dateError('birthdate')} autoComplete="bday" />
            )}
          </div>
          <Radios
            lang={lang}
            name={ID.procedure}
            legend={t('q.procedure')}
            value={answers.procedure as 'normal' | 'urgent' | ''}
            onChange={set('procedure')}
            error={err('procedure')}
            options={[
              { value: 'normal', label: t('q.procedure.normal') },
              { value: 'urgent', label: t('q.procedure.urgent') },
            ]}
          />
          <Radios
            lang={lang}
            name={ID.reason}
            legend={t('q.reason')}
            value={(readSituation(answers.reason) ?? '') as Situation | ''}
            onChange={set('reason')}
            error={err('reason')}
            options={SITUATIONS.map((s) => ({ value: s, label: t(`q.reason.${s}`) }))}
          />
          <DateInput
            lang={lang}
            id={ID.date}
            legend={t('q.date')}
            hint={t('q.date.hint')}
            value={form.date}
            onChange={(v) => setForm((x) => ({ ...x, date: v }))}
            error={dateError('date')}
          />
    </>
  );
}
