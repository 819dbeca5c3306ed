/**
 * A minimal iCalendar (RFC 5545) writer for all-day reminders, accepted by Google, Apple and
 * Outlook calendars: VCALENDAR with PRODID, VERSION, CALSCALE, METHOD; one VEVENT per day with
 * UID, DTSTAMP, DTSTART/DTEND as DATE values (DTEND is the next day), SUMMARY, DESCRIPTION and,
 * for a reminder, a VALARM (ACTION:DISPLAY). CRLF line endings, text escaped, lines folded at 75 octets.
 */
import { addDays, type PlainDate } from './plain-date.ts';

export interface CalendarEvent {
  /** Globally unique and stable for the same event (re-importing updates instead of duplicating). */
  uid: string;
  date: PlainDate;
  summary: string;
  description: string;
  /** Reminder: days before the day (0 = on the day, at the start of the day). Absent: no reminder (VALARM). */
  remindDaysBefore?: number | undefined;
  /** Text of the reminder. Default: the summary. */
  reminder?: string;
}

export interface CalendarOptions {
  /** e.g. "-//Verblijfskaart//Deadlines//NL" */
  prodId: string;
  /** Calendar name shown by some apps (X-WR-CALNAME). */
  name?: string;
  /** Creation time of the file (DTSTAMP, in UTC). */
  now: Date;
}

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks; drops control characters. */
export function escapeText(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so that no line exceeds 75 octets (RFC 5545 3.1): continuation lines start
 * with one space. Never splits a UTF-8 character.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function dateValue(d: PlainDate): string {
  return `${String(d.year).padStart(4, '0')}${String(d.month).padStart(2, '0')}${String(d.day).padStart(2, '0')}`;
}

/** A UTC timestamp "20270120T093000Z" (read from the Date's UTC fields, so the machine's zone plays no role). */
export function utcStamp(now: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(now.getUTCFullYear(), 4)}${p(now.getUTCMonth() + 1)}${p(now.getUTCDate())}T${p(now.getUTCHours())}${p(now.getUTCMinutes())}${p(now.getUTCSeconds())}Z`;
}

export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const lines: string[] = ['BEGIN:VCALENDAR', `PRODID:${options.prodId}`, 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  const stamp = utcStamp(options.now);
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${dateValue(e.date)}`,
      `DTEND;VALUE=DATE:${dateValue(addDays(e.date, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
    );
    if (e.remindDaysBefore !== undefined) {
      const days = Math.max(0, Math.floor(e.remindDaysBefore));
      lines.push('BEGIN:VALARM', `TRIGGER:${days === 0 ? 'PT0S' : `-P${days}D`}`, 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(e.reminder ?? e.summary)}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
