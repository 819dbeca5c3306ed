/**
 * GOV.UK radios: a fieldset with a legend, an optional hint and error, one radio per option.
 *
 *   <Radios lang="nl" name="procedure" legend="Welke procedure?" value={p} onChange={setP}
 *     options={[{ value: 'normal', label: 'Gewoon' }, { value: 'urgent', label: 'Dringend', hint: '…' }]} />
 *
 * Radio ids are `${name}-${value}`; the first one is `radioId(name, options[0].value)` for an error summary link.
 */
import type { Lang } from '../../schemas/common.ts';
import { formText } from './messages.ts';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

export function radioId(name: string, value: string): string {
  return `${name}-${value}`;
}

interface Props<V extends string> {
  lang: Lang;
  name: string;
  legend: string;
  hint?: string;
  options: readonly RadioOption<V>[];
  /** The chosen value, or '' for none. */
  value: V | '';
  onChange: (value: V) => void;
  error?: string | undefined;
  /** Side by side (for two or three short options). */
  inline?: boolean;
}

export function Radios<V extends string>({ lang, name, legend, hint, options, value, onChange, error, inline }: Props<V>) {
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset class="form-fieldset" aria-describedby={describedBy}>
        <legend class="form-legend">{legend}</legend>
        {hint && <p class="form-hint" id={hintId}>{hint}</p>}
        {error && (
          <p class="form-error" id={errorId}>
            <span class="visually-hidden">{formText(lang, 'error.prefix')} </span>
            {error}
          </p>
        )}
        <div class={inline ? 'radios radios--inline' : 'radios'}>
          {options.map((o) => {
            const id = radioId(name, o.value);
            const optionHintId = o.hint ? `${id}-hint` : undefined;
            return (
              <div class="radios__item" key={o.value}>
                <input
                  class="radios__input"
                  type="radio"
                  id={id}
                  name={name}
                  value={o.value}
                  checked={value === o.value}
                  aria-describedby={optionHintId}
                  onChange={() => onChange(o.value)}
                />
                <label class="radios__label" for={id}>
                  {o.label}
                  {o.hint && <span class="radios__hint" id={optionHintId}>{o.hint}</span>}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
