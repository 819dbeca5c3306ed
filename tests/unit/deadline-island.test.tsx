// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import ICAL from 'ical.js';
import DeadlineCalculator from '../../src/components/deadlines/DeadlineCalculator.tsx';
import { deadlineStringsFor } from '../../src/i18n/deadlines.ts';
import { deadlineData } from './deadline-fixtures.ts';
import { formStringsFor } from '../../src/i18n/forms.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  history.replaceState(null, '', '/');
});

const mount = (search: string, card?: string, lang: 'nl' | 'en' = 'en') => {
  history.replaceState(null, '', `/${lang}/deadlines/${search}`);
  return render(<DeadlineCalculator lang={lang} form={formStringsFor(lang)} strings={deadlineStringsFor(lang)} data={deadlineData(lang)} card={card} headingLevel={2} />);
};

describe('deadline calculator island', () => {
  it('shows the result of a shared link straight away, in an <output>', async () => {
    const { container } = mount('?card=A&expiry=2027-03-15&today=2027-01-20');
    await waitFor(() => expect(container.querySelector('output')?.textContent).toContain('29 January 2027'));
    expect(container.querySelector('output')?.textContent).toContain('It is too early');
    expect((screen.getByLabelText('Year', { selector: '#dl-expiry-year' }) as HTMLInputElement).value).toBe('2027');
    expect((screen.getByLabelText('Which card do you have?') as HTMLSelectElement).value).toBe('a');
    expect(screen.getByRole('link', { name: 'Link to these answers' }).getAttribute('href')).toBe('/en/deadlines/?card=a&expiry=2027-03-15&today=2027-01-20');
  });

  it('lists errors in a summary that takes focus after a submit, linked to the fields', async () => {
    mount('', 'a');
    const button = await screen.findByRole('button', { name: 'Show my dates' });
    fireEvent.click(button);
    const alert = await screen.findByRole('alert');
    expect(document.activeElement).toBe(alert);
    expect(screen.getByRole('link', { name: 'Enter the expiry date of your card.' }).getAttribute('href')).toBe('#dl-expiry-day');

    fireEvent.input(screen.getByLabelText('Day', { selector: '#dl-expiry-day' }), { target: { value: '31' } });
    fireEvent.input(screen.getByLabelText('Month', { selector: '#dl-expiry-month' }), { target: { value: '2' } });
    fireEvent.input(screen.getByLabelText('Year', { selector: '#dl-expiry-year' }), { target: { value: '2027' } });
    fireEvent.click(button);
    await screen.findByRole('link', { name: 'This day does not exist. Check the day and month of the expiry date.' });
    expect(screen.getByLabelText('Day', { selector: '#dl-expiry-day' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Year', { selector: '#dl-expiry-year' }).getAttribute('aria-invalid')).toBeNull();
  });

  it('puts the answers in the address, keeping the other calculator’s parameters', async () => {
    mount('?age=30&reason=renewal&today=2027-01-20', 'k', 'nl');
    await screen.findByRole('button', { name: 'Toon mijn datums' });
    fireEvent.input(screen.getByLabelText('Dag', { selector: '#dl-expiry-day' }), { target: { value: '31' } });
    fireEvent.input(screen.getByLabelText('Maand', { selector: '#dl-expiry-month' }), { target: { value: '7' } });
    fireEvent.input(screen.getByLabelText('Jaar', { selector: '#dl-expiry-year' }), { target: { value: '2027' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toon mijn datums' }));
    await waitFor(() => expect(location.search).toBe('?age=30&reason=renewal&card=k&expiry=2027-07-31&today=2027-01-20'));
    expect(document.querySelector('output')?.textContent).toContain('21 juni 2027');
  });

  it('shows the cut-off question only for the urgent procedure', async () => {
    mount('', 'a');
    await screen.findByRole('button', { name: 'Show my dates' });
    expect(screen.queryByLabelText('At what time do you apply?')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /Urgent/ }));
    expect(screen.getByLabelText('At what time do you apply?')).toBeTruthy();
    expect((screen.getByLabelText('In which municipality do you apply?') as HTMLSelectElement).options.length).toBe(3);
  });

  it('downloads an .ics file that parses, through a Blob URL', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('residence-card-deadlines.ics');
      expect(this.href).toBe('blob:test');
    });
    mount('?card=a&expiry=2027-07-31&permanent=yes&today=2027-01-20');
    fireEvent.click(await screen.findByRole('button', { name: 'Download for my calendar (.ics)' }));
    // The calendar code loads on the first click (src/components/deadlines/download.ts).
    await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const text = await blob!.text();
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([
      // 28 February 2027 is a Sunday: the event falls on Friday 26 February, the last open day.
      ['A card: last day to apply for permanent residence', '2027-02-26'],
      ['A card: you can apply for a new card from today', '2027-06-16'],
      ['A card: last day to apply for a new card', '2027-07-01'],
      ['A card: your card expires today', '2027-07-31'],
    ]);
  });
});
