import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { buildCalendar, escapeText, foldLine, utcStamp, type CalendarEvent } from '../../src/lib/ics.ts';

const now = new Date(Date.UTC(2027, 0, 20, 9, 30, 5));
const events: CalendarEvent[] = [
  {
    uid: 'a-opens-2027-01-29@verblijfskaart.be',
    date: { year: 2027, month: 1, day: 29 },
    summary: 'A card: you can apply for a new card from today',
    description: 'Go to your municipality between 29 January and 13 February 2027; bring: photo, card, letter.\nSource: Koekelberg',
    remindDaysBefore: 1,
  },
  {
    uid: 'a-deadline-2027-02-13@verblijfskaart.be',
    date: { year: 2027, month: 2, day: 13 },
    summary: 'Kaart A: laatste dag — vernieuwing aanvragen (één “test”)',
    description: 'Vraag uiterlijk vandaag een nieuwe kaart aan. Uw kaart blijft geldig tot 15 maart 2027. ' + 'Lange tekst met é, ü en € om het plooien te testen. '.repeat(4),
    remindDaysBefore: 7,
    reminder: 'Nog 7 dagen',
  },
];

describe('iCalendar file', () => {
  const text = buildCalendar(events, { prodId: '-//Verblijfskaart//Deadlines//EN', name: 'Verblijfskaart', now });

  it('uses CRLF line endings and folds every line at 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain('\r\n ');
  });

  it('has the calendar and event properties calendar apps need', () => {
    const lines = text.split('\r\n');
    expect(lines.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'PRODID:-//Verblijfskaart//Deadlines//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
    expect(lines).toContain('DTSTART;VALUE=DATE:20270129');
    expect(lines).toContain('DTEND;VALUE=DATE:20270130');
    expect(lines).toContain('DTSTAMP:20270120T093005Z');
    expect(lines).toContain('TRIGGER:-P7D');
    expect(lines.filter((l) => l === 'ACTION:DISPLAY')).toHaveLength(2);
  });

  it('parses back with ical.js to the same all-day events, texts and reminders', () => {
    const comp = new ICAL.Component(ICAL.parse(text));
    expect(comp.getFirstPropertyValue('version')).toBe('2.0');
    expect(comp.getFirstPropertyValue('method')).toBe('PUBLISH');
    const vevents = comp.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(2);
    vevents.forEach((v, i) => {
      const ev = new ICAL.Event(v);
      const src = events[i]!;
      expect(ev.uid).toBe(src.uid);
      expect(ev.summary).toBe(src.summary);
      expect(ev.description).toBe(src.description);
      expect(ev.startDate.isDate).toBe(true);
      expect([ev.startDate.year, ev.startDate.month, ev.startDate.day]).toEqual([src.date.year, src.date.month, src.date.day]);
      expect(ev.endDate.toString()).toBe(ev.startDate.clone().adjust(1, 0, 0, 0).toString());
      const alarm = v.getFirstSubcomponent('valarm')!;
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
      expect(trigger.toSeconds()).toBe(-(src.remindDaysBefore ?? 0) * 86400);
      expect(alarm.getFirstPropertyValue('description')).toBe(src.reminder ?? src.summary);
    });
  });

  it('ends a 31 December event on 1 January', () => {
    const t = buildCalendar([{ ...events[0]!, date: { year: 2026, month: 12, day: 31 } }], { prodId: 'x', now });
    expect(t).toContain('DTEND;VALUE=DATE:20270101');
  });

  it('escapes text and round-trips any text through ical.js', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 120 }), (summary, description) => {
        // eslint-disable-next-line no-control-regex
        const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
        const t = buildCalendar([{ ...events[0]!, summary, description }], { prodId: 'x', now });
        for (const line of t.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const ev = new ICAL.Event(new ICAL.Component(ICAL.parse(t)).getFirstSubcomponent('vevent')!);
        expect(ev.summary ?? '').toBe(clean(summary));
        expect(ev.description ?? '').toBe(clean(description));
      }),
      { numRuns: 200 },
    );
  });

  it('never splits a multi-byte character when folding', () => {
    const line = `SUMMARY:${'€'.repeat(40)}`;
    const folded = foldLine(line);
    expect(folded.split('\r\n ').join('')).toBe(line);
    expect(utcStamp(new Date(Date.UTC(2026, 11, 31, 23, 59, 59)))).toBe('20261231T235959Z');
  });
});

describe('events without a reminder', () => {
  it('carry no VALARM (the holiday calendar)', () => {
    const t = buildCalendar([{ uid: 'x@verblijfskaart.be', date: { year: 2027, month: 5, day: 6 }, summary: 'Hemelvaartsdag', description: 'Wettelijke feestdag' }], { prodId: 'x', now: new Date(Date.UTC(2027, 0, 1)) });
    const v = new ICAL.Component(ICAL.parse(t)).getFirstSubcomponent('vevent')!;
    expect(v.getFirstSubcomponent('valarm')).toBeNull();
    expect(t).toContain('DTSTART;VALUE=DATE:20270506');
  });
});
