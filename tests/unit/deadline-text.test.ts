import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { deadlineStringsFor } from '../../src/i18n/deadlines.ts';
import { evaluate, formFromSearch, PARAM_NAMES } from '../../src/lib/deadline-query.ts';
import { buildCalendar } from '../../src/lib/ics.ts';
import { calendarEvents, describeResult, inSentence } from '../../src/components/deadlines/sentences.ts';
import { LANGS } from '../../src/schemas/common.ts';
import { addDays, toIsoDate } from '../../src/lib/plain-date.ts';
import { deadlineData } from './deadline-fixtures.ts';

const today = { year: 2026, month: 11, day: 23 };
function text(search: string, lang: 'nl' | 'fr' | 'en' = 'en') {
  const data = deadlineData(lang);
  const ev = evaluate(formFromSearch(search, data).form, data, today);
  if (!ev.ok) throw new Error(JSON.stringify(ev.errors));
  return { ...describeResult(ev.result, data, deadlineStringsFor(lang), lang), events: calendarEvents(ev.result, deadlineStringsFor(lang), lang) };
}

describe('the result in words', () => {
  it('A card seen on 20 January 2027: too early, with the three dates and a weekend note', () => {
    const r = text('?card=A&expiry=2027-03-15&today=2027-01-20');
    expect(r.lines).toEqual([{ tone: 'info', text: 'It is too early. You can apply for a new card from Friday, 29 January 2027. That is in 9 days.' }]);
    // The deadline row gives the last day a counter is open (the legal deadline is a Saturday, see the note).
    expect(r.rows.map((x) => x.value)).toEqual(['Friday, 29 January 2027', 'Friday, 12 February 2027', 'Monday, 15 March 2027']);
    expect(r.notes).toContain('Note: Saturday 13 February is not a working day. Many counters are closed then. Try to go by Friday 12 February at the latest.');
    expect(r.events.map((e) => [e.summary, toIsoDate(e.date), e.remindDaysBefore])).toEqual([
      ['A card: you can apply for a new card from today', '2027-01-29', 1],
      ['A card: last day to apply for a new card', '2027-02-12', 7],
      ['A card: your card expires today', '2027-03-15', 7],
    ]);
  });

  it('Dutch: K card, permanent residence asked, urgent after the Koekelberg cut-off', () => {
    // Applying on 24 December for a card whose window opens on 21 June: the result says so, and gives no ready date that contradicts it.
    const early = text('?card=K&expiry=2027-07-31&permanent=yes&applied=2026-12-24&procedure=urgent&time=15:00&municipality=koekelberg', 'nl');
    expect(early.lines.map((l) => l.text)).toEqual([
      'Het is nog te vroeg. U kunt een nieuwe kaart aanvragen vanaf maandag 21 juni 2027. Dat is over 210 dagen.',
      'Onze bronnen geven voor deze kaart geen termijn om duurzaam verblijf aan te vragen. De termijn van 5 maanden geldt voor een A-kaart, EU-kaart of F-kaart. Vraag het na bij uw gemeente.',
      'U wilt aanvragen op donderdag 24 december 2026, maar dat kan pas vanaf maandag 21 juni 2027. Een vroegere aanvraag neemt de gemeente niet aan: kies een dag vanaf maandag 21 juni 2027.',
    ]);
    expect(early.rows.map((x) => x.label)).not.toContain('Kaart klaar op');
    // Without an expiry date the urgent application gets its ready day and the days off in between.
    const r = text('?card=K&applied=2026-12-24&procedure=urgent&time=15:00&municipality=koekelberg', 'nl');
    expect(r.lines.map((l) => l.text)).toContain('Uw kaart is klaar op dinsdag 29 december 2026. U vraagt ze aan na het afsluituur van 14:30 in Koekelberg. Daarom telt uw aanvraag pas vanaf de volgende werkdag.');
    expect(r.notes).toContain('Geen werkdag: 25 december 2026 (Kerstmis, wettelijke feestdag), 26 december 2026 (weekend), 27 december 2026 (weekend).');
  });

  it('French: A card with permanent residence, late, and a Saturday application', () => {
    const r = text('?card=a&expiry=2027-07-31&permanent=yes&applied=2027-01-23&today=2027-03-01', 'fr');
    expect(r.lines.map((l) => l.text)).toEqual([
      'Il est encore trop tôt. Vous pouvez demander une nouvelle carte à partir du mercredi 16 juin 2027. C’est dans 107 jours.',
      'Le délai pour le séjour permanent était le dimanche 28 février 2027. Allez tout de suite à votre commune et demandez ce qui est encore possible.',
      'Vous voulez introduire la demande le samedi 23 janvier 2027, mais c’est possible seulement à partir du mercredi 16 juin 2027. La commune n’accepte pas une demande plus tôt\u00a0: choisissez un jour à partir du mercredi 16 juin 2027.',
    ]);
    // Without an expiry date: the Saturday application counts from Monday; 23 January is before "today", and the answer says so.
    const sat = text('?card=a&applied=2027-01-23&today=2027-03-01', 'fr');
    expect(sat.lines.map((l) => l.text)).toContain('Attendez la lettre avec votre PIN et votre PUK entre le lundi 8 février 2027 et le lundi 15 février 2027. Ensuite, vous allez chercher la carte et vous l’activez.');
    expect(sat.notes).toContain('Le samedi 23 janvier 2027 n’est pas un jour ouvrable (week-end). Votre demande compte à partir du lundi 25 janvier 2027.');
    expect(sat.notes).toContain('Le samedi 23 janvier 2027 est dans le passé\u00a0: les dates de cette réponse valent pour une demande ce jour-là.');
  });

  it('urgent without a cut-off gives both days; a child turns 12', () => {
    const r = text('?card=child&expiry=2027-05-01&applied=2026-12-24&procedure=urgent&birthdate=2015-06-30');
    expect(r.lines.map((l) => l.text)).toEqual([
      'Our sources give no deadline for this card. Your card expires on Saturday, 1 May 2027, in 159 days. Go to your municipality in good time.',
      'The latest time to apply differs per municipality. Ask your municipality. If you apply before the cut-off time: ready on Monday, 28 December 2026. If you apply at or after the cut-off time: ready on Tuesday, 29 December 2026.',
      'Your child turns 12 on Wednesday, 30 June 2027. The municipality then sends an invitation for a new card.',
    ]);
    // No renewal rule: the calendar still holds the expiry date.
    expect(r.events.map((e) => [e.summary, toIsoDate(e.date)])).toEqual([['Card for children under 12: your card expires today', '2027-05-01']]);
  });

  it('an application after the expiry gets a word, not a ready date', () => {
    const r = text('?card=b&expiry=2027-03-15&applied=2027-03-20&today=2027-03-01');
    expect(r.lines.map((l) => l.text)).toContain('You want to apply on Saturday, 20 March 2027, after your card expires (Monday, 15 March 2027). Go to your municipality as soon as possible and ask what to do.');
    expect(r.rows.map((x) => x.label)).not.toContain('Letter with PIN and PUK');
  });

  it('last day, late and expired', () => {
    // The legal deadline, Saturday 13 February, is a day off: Friday 12 February is the last day a counter is open.
    expect(text('?card=b&expiry=2027-03-15&today=2027-02-11').lines[0]!.text).toBe('Hurry: you only have 2 working days left. Your last day is Friday, 12 February 2027.');
    expect(text('?card=b&expiry=2027-03-15&today=2027-02-12').lines[0]).toEqual({ tone: 'warning', text: 'Today is your last day. Go to your municipality today.' });
    expect(text('?card=b&expiry=2027-03-15&today=2027-02-13').lines[0]).toEqual({
      tone: 'urgent',
      text: 'Your last day, Saturday, 13 February 2027, is not a working day, and the last working day before it, Friday, 12 February 2027, has passed. Go to your municipality on the first working day, Monday, 15 February 2027, and say that your deadline fell on a closed day. Your card stays valid until Monday, 15 March 2027.',
    });
    expect(text('?card=b&expiry=2027-03-15&today=2027-02-20').lines[0]!.tone).toBe('urgent');
    expect(text('?card=b&expiry=2027-03-15&today=2027-03-16').lines[0]!.text).toContain('Your card expired on Monday, 15 March 2027.');
  });

  it('puts card names inside sentences', () => {
    expect(inSentence('Carte A')).toBe('carte A');
    expect(inSentence('A-kaart')).toBe('A-kaart');
    expect(inSentence('EU card')).toBe('EU card');
  });

  it('never shows NaN, undefined, Invalid Date or an empty placeholder, in any language, for any link', () => {
    const day = fc.integer({ min: 0, max: 36000 }).map((n) => toIsoDate(addDays({ year: 2000, month: 1, day: 1 }, n)));
    const value = fc.oneof(day, fc.constantFrom('a', 'k', 'b', 'eu', 'EU+', 'child', 'orange', 'yes', 'urgent', 'normal', 'koekelberg', 'voorbeeldgemeente', '09:00', '15:00', '14:30'));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...PARAM_NAMES), value), fc.constantFrom(...LANGS), (dict, lang) => {
        const data = deadlineData(lang);
        const ev = evaluate(formFromSearch(new URLSearchParams(dict), data).form, data, today);
        if (!ev.ok) return;
        const strings = deadlineStringsFor(lang);
        const r = describeResult(ev.result, data, strings, lang);
        const all = [...r.lines.map((l) => l.text), ...r.rows.flatMap((x) => [x.label, x.value]), ...r.notes].join('\n');
        expect(all).not.toMatch(/NaN|undefined|Invalid Date|\{\w+\}|null/);
        const events = calendarEvents(ev.result, strings, lang);
        if (events.length > 0) {
          const ics = buildCalendar(events, { prodId: 'x', now: new Date(0) });
          expect(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')).toHaveLength(events.length);
          expect(ics).not.toMatch(/NaN|undefined|\{\w+\}/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
