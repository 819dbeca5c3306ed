/**
 * GOV.UK date input: one fieldset with a legend, an optional hint, three labelled text inputs
 * (day, month, year; inputmode="numeric") and one error message for the group.
 *
 *   <DateInput lang="en" id="expiry" legend="When does your card expire?" hint="For example 15 3 2027"
 *     value={fields} onChange={setFields} error={err ? { message, fields: err.fields } : undefined} />
 *
 * Input ids are `${id}-day`, `${id}-month`, `${id}-year` (see `dateFieldId`); link an error summary
 * entry to `dateFieldId(id, error.fields[0])`. Validate with `validateDateFields()` from src/lib/date-fields.ts.
 */
import type { Lang } from '../../schemas/common.ts';
import { DATE_FIELDS, type DateFieldName, type DateFieldValues } from '../../lib/date-fields.ts';
import { formText } from './messages.ts';

export function dateFieldId(id: string, field: DateFieldName = 'day'): string {
  return `${id}-${field}`;
}

interface Props {
  lang: Lang;
  /** Base id; also the `name` prefix of the inputs. */
  id: string;
  legend: string;
  hint?: string;
  value: DateFieldValues;
  onChange: (value: DateFieldValues) => void;
  /** The message and the fields to mark. */
  error?: { message: string; fields: readonly DateFieldName[] } | undefined;
  /** `bday` adds autocomplete="bday-day" … for a birth date. */
  autoComplete?: 'bday';
  /** Show the legend as a page heading size. */
  large?: boolean;
}

export function DateInput({ lang, id, legend, hint, value, onChange, error, autoComplete, large }: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset class="form-fieldset" role="group" aria-describedby={describedBy}>
        <legend class={`form-legend${large ? ' form-legend--large' : ''}`}>{legend}</legend>
        {hint && <p class="form-hint" id={hintId}>{hint}</p>}
        {error && (
          <p class="form-error" id={errorId}>
            <span class="visually-hidden">{formText(lang, 'error.prefix')} </span>
            {error.message}
          </p>
        )}
        <div class="date-input">
          {DATE_FIELDS.map((f) => {
            const inputId = dateFieldId(id, f);
            const wrong = error?.fields.includes(f) ?? false;
            return (
              <div class="date-input__item" key={f}>
                <label class="form-label" for={inputId}>{formText(lang, `date.${f}`)}</label>
                <input
                  class={`form-input ${f === 'year' ? 'form-input--w4' : 'form-input--w2'}${wrong ? ' form-input--error' : ''}`}
                  id={inputId}
                  name={inputId}
                  type="text"
                  inputMode="numeric"
                  spellcheck={false}
                  autoComplete={autoComplete ? `bday-${f}` : 'off'}
                  maxLength={f === 'year' ? 6 : 4}
                  aria-invalid={wrong ? 'true' : undefined}
                  value={value[f]}
                  onInput={(ev) => onChange({ ...value, [f]: (ev.currentTarget as HTMLInputElement).value })}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
