// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { DateInput, ErrorSummary, Radios, SelectField, TextField, dateFieldId } from '../../src/components/forms/index.ts';
import type { DateFieldValues } from '../../src/lib/date-fields.ts';
import { provideFormStrings } from '../../src/components/forms/messages.ts';
import { formStrings } from '../../src/i18n/forms.ts';
import { LANGS } from '../../src/i18n/languages.ts';

// The islands' roots provide their page's form strings; here every language's.
for (const l of LANGS) provideFormStrings(l, formStrings[l]);

afterEach(cleanup);

describe('DateInput', () => {
  it('renders one fieldset with a legend, hint and three labelled numeric inputs', () => {
    render(<DateInput lang="en" id="expiry" legend="When does your card expire?" hint="For example 15 3 2027" value={{ day: '', month: '', year: '' }} onChange={() => {}} />);
    const group = screen.getByRole('group', { name: 'When does your card expire?' });
    expect(group.tagName).toBe('FIELDSET');
    expect(group.getAttribute('aria-describedby')).toBe('expiry-hint');
    for (const [label, id] of [['Day', 'expiry-day'], ['Month', 'expiry-month'], ['Year', 'expiry-year']]) {
      const input = screen.getByLabelText(label!);
      expect(input.id).toBe(id);
      expect(input.getAttribute('inputmode')).toBe('numeric');
    }
  });
  it('reports typing and marks only the wrong fields', () => {
    const onChange = vi.fn();
    render(<DateInput lang="nl" id="d" legend="Datum" value={{ day: '', month: '', year: '' }} onChange={onChange} error={{ message: 'Vul de maand in.', fields: ['month'] }} />);
    fireEvent.input(screen.getByLabelText('Dag'), { target: { value: '31' } });
    expect(onChange).toHaveBeenCalledWith({ day: '31', month: '', year: '' });
    expect(screen.getByLabelText('Maand').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Dag').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText('Vul de maand in.').closest('p')?.id).toBe('d-error');
    expect(screen.getByRole('group').getAttribute('aria-describedby')).toBe('d-error');
  });
  it('works as a controlled field', () => {
    function Host() {
      const [v, setV] = useState<DateFieldValues>({ day: '', month: '', year: '' });
      return <><DateInput lang="fr" id="b" legend="Naissance" value={v} onChange={setV} /><p data-testid="out">{`${v.day}/${v.month}/${v.year}`}</p></>;
    }
    render(<Host />);
    fireEvent.input(screen.getByLabelText('Jour'), { target: { value: '29' } });
    fireEvent.input(screen.getByLabelText('Année'), { target: { value: '2028' } });
    expect(screen.getByTestId('out').textContent).toBe('29//2028');
  });
});

describe('ErrorSummary', () => {
  it('renders nothing without errors', () => {
    const { container } = render(<ErrorSummary lang="en" errors={[]} />);
    expect(container.innerHTML).toBe('');
  });
  it('is an alert with a heading, takes focus, and its links focus the field', () => {
    render(
      <>
        <ErrorSummary lang="en" errors={[{ fieldId: dateFieldId('expiry', 'month'), message: 'Enter the month.' }]} />
        <DateInput lang="en" id="expiry" legend="Expiry" value={{ day: '1', month: '', year: '2027' }} onChange={() => {}} />
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('There is a problem');
    expect(document.activeElement).toBe(alert);
    const link = screen.getByRole('link', { name: 'Enter the month.' });
    expect(link.getAttribute('href')).toBe('#expiry-month');
    fireEvent.click(link);
    expect(document.activeElement?.id).toBe('expiry-month');
  });
});

describe('ErrorSummary focus', () => {
  it('does not take focus with focusOnShow={false}', () => {
    render(<ErrorSummary lang="fr" errors={[{ fieldId: 'x', message: 'Erreur' }]} focusOnShow={false} />);
    expect(screen.getByRole('alert').textContent).toContain('Il y a un problème');
    expect(document.activeElement).toBe(document.body);
  });
  it('fits the page outline with headingLevel', () => {
    render(<ErrorSummary lang="nl" errors={[{ fieldId: 'x', message: 'Fout' }]} headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe('Er is een probleem');
  });
});

describe('Radios and fields', () => {
  it('selects an option and links hints', () => {
    const onChange = vi.fn();
    render(<Radios lang="en" name="procedure" legend="Which procedure?" value="normal" onChange={onChange} options={[{ value: 'normal', label: 'Normal' }, { value: 'urgent', label: 'Urgent', hint: 'Next working day' }]} />);
    expect((screen.getByLabelText('Normal') as HTMLInputElement).checked).toBe(true);
    const urgent = screen.getByRole('radio', { name: /Urgent/ });
    expect(urgent.getAttribute('aria-describedby')).toBe('procedure-urgent-hint');
    fireEvent.click(urgent);
    expect(onChange).toHaveBeenCalledWith('urgent');
  });
  it('text and select fields have labels, hints and errors', () => {
    const onText = vi.fn();
    const onSelect = vi.fn();
    render(
      <>
        <TextField lang="en" id="time" label="Time" hint="For example 14:30" error="Enter a time." value="" onChange={onText} />
        <SelectField lang="en" id="card" label="Card" value="" onChange={onSelect} options={[{ value: '', label: 'Choose' }, { value: 'a', label: 'A card' }]} />
      </>,
    );
    const time = screen.getByLabelText('Time');
    expect(time.getAttribute('aria-describedby')).toBe('time-hint time-error');
    expect(time.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(time, { target: { value: '15:00' } });
    expect(onText).toHaveBeenCalledWith('15:00');
    fireEvent.change(screen.getByLabelText('Card'), { target: { value: 'a' } });
    expect(onSelect).toHaveBeenCalledWith('a');
  });
});
