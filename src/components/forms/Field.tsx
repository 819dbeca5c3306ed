/**
 * A labelled text input or select with an optional hint and error message (GOV.UK pattern).
 *
 *   <TextField lang="nl" id="time" label="Hoe laat?" hint="Bijvoorbeeld 14:30" width={5}
 *     value={time} onChange={setTime} error={timeError} inputMode="numeric" />
 *   <SelectField lang="nl" id="card" label="Welke kaart?" value={card} onChange={setCard}
 *     options={[{ value: '', label: 'Kies een kaart' }, { value: 'a', label: 'A-kaart' }]} />
 *
 * The control's id is `id` (link an error summary entry to it).
 */
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../schemas/common.ts';
import { formText } from './messages.ts';

interface Common {
  lang: Lang;
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Name for the form field; default: `id`. */
  name?: string;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function Wrapper({ lang, id, label, hint, error, children }: Common & { children: ComponentChildren }) {
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <label class="form-label" for={id}>{label}</label>
      {hint && <p class="form-hint" id={`${id}-hint`}>{hint}</p>}
      {error && (
        <p class="form-error" id={`${id}-error`}>
          <span class="visually-hidden">{formText(lang, 'error.prefix')} </span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

export function TextField(props: Common & {
  value: string;
  onChange: (value: string) => void;
  inputMode?: 'numeric' | 'decimal' | 'text';
  /** Width in characters: 2, 4, 5 or full. Default: full. */
  width?: 2 | 4 | 5;
  autoComplete?: string;
}) {
  const { id, name, hint, error, value, onChange, inputMode, width, autoComplete } = props;
  const w = width ? `form-input--w${width}` : 'form-input--full';
  return (
    <Wrapper {...props}>
      <input
        class={`form-input ${w}${error ? ' form-input--error' : ''}`}
        id={id}
        name={name ?? id}
        type="text"
        inputMode={inputMode}
        autoComplete={autoComplete ?? 'off'}
        spellcheck={false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        value={value}
        onInput={(ev) => onChange((ev.currentTarget as HTMLInputElement).value)}
      />
    </Wrapper>
  );
}

export function SelectField(props: Common & {
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
}) {
  const { id, name, hint, error, value, onChange, options } = props;
  return (
    <Wrapper {...props}>
      <select
        class={`form-input form-input--full${error ? ' form-input--error' : ''}`}
        id={id}
        name={name ?? id}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        value={value}
        onChange={(ev) => onChange((ev.currentTarget as HTMLSelectElement).value)}
      >
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </Wrapper>
  );
}
