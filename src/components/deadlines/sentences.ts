/**
 * The deadline calculator's result in words: plain sentences and date rows built from the engine's
 * result and one language's strings. Pure (no DOM), so tests can check every sentence.
 */
import { fill } from '../../i18n/define.ts';
import type { DeadlineKey, DeadlineStrings } from '../../i18n/deadlines.ts';
import type { Lang } from '../../schemas/common.ts';
import type { DeadlineCard, DeadlineData, DeadlineResult } from '../../lib/deadline-query.ts';
import { formatDate, toIsoDate, type PlainDate } from '../../lib/plain-date.ts';
import { daysOffBetween, type DayOff } from '../../lib/working-days.ts';
import type { CalendarEvent } from '../../lib/ics.ts';
import { LAST_DAYS } from '../../lib/deadlines.ts';

export type Tone = 'info' | 'ok' | 'warning' | 'urgent';

export interface Line {
  tone: Tone;
  text: string;
}

export interface Row {
  label: string;
  value: string;
}

export interface ResultText {
  /** The key sentences, for the <output>. */
  lines: Line[];
  /** Dates as label/value pairs. */
  rows: Row[];
  /** Extra explanations (rules, days off). */
  notes: string[];
}

export type Translate = (key: DeadlineKey, values?: Record<string, string | number>) => string;

export function translator(strings: DeadlineStrings): Translate {
  return (key, values) => (values ? fill(strings[key], values) : strings[key]);
}

/** "A-kaart" stays; "Carte A" becomes "carte A" inside a sentence. */
export function inSentence(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** "A card, EU card or F card". */
export function joinOr(items: string[], t: Translate): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t('or')} ${items[items.length - 1]}`;
}

export function cardsWithPermanentRule(data: DeadlineData): DeadlineCard[] {
  return data.cards.filter((c) => c.permanentMonthsBefore);
}

function dayCount(n: number, t: Translate): string {
  return n === 1 ? t('days.one') : t('days.other', { n });
}

export function describeResult(r: DeadlineResult, data: DeadlineData, strings: DeadlineStrings, lang: Lang): ResultText {
  const t = translator(strings);
  const date = (d: PlainDate) => formatDate(d, lang);
  const long = (d: PlainDate) => formatDate(d, lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const short = (d: PlainDate) => formatDate(d, lang, { weekday: 'long', day: 'numeric', month: 'long' });
  const offReason = (off: DayOff) => (off.kind === 'weekend' ? t('off.weekend') : t('off.holiday', { name: t(`holiday.${off.holiday}`) }));
  const lines: Line[] = [];
  const rows: Row[] = [];
  const notes: string[] = [];

  const rn = r.renewal;
  if (rn && r.card) {
    const v = { opens: rn.opens ? long(rn.opens) : '', deadline: rn.deadline ? long(rn.deadline) : '', expiry: long(rn.expiry) };
    switch (rn.stage) {
      case 'too-early':
        lines.push({ tone: 'info', text: t('stage.too-early', { ...v, days: dayCount(rn.daysToOpen ?? 0, t) }) });
        break;
      case 'open':
        lines.push({ tone: 'ok', text: t(rn.rule === 'window' ? 'stage.open.window' : 'stage.open.latest', { ...v, days: dayCount(rn.daysToDeadline ?? 0, t) }) });
        break;
      case 'last-days':
        lines.push({
          tone: 'warning',
          text: rn.daysToDeadline === 0 ? t('stage.last-day') : t('stage.last-days', { ...v, days: dayCount(rn.daysToDeadline ?? 0, t) }),
        });
        break;
      case 'late':
        lines.push({ tone: 'urgent', text: t('stage.late', v) });
        break;
      case 'expired':
        lines.push({ tone: 'urgent', text: t('stage.expired', v) });
        break;
      case 'no-rule':
        lines.push({ tone: 'info', text: rn.daysToExpiry === 0 ? t('stage.no-rule.today') : t('stage.no-rule', { ...v, days: dayCount(rn.daysToExpiry, t) }) });
        break;
    }
    if (rn.opens) rows.push({ label: t('dl.opens'), value: long(rn.opens) });
    if (rn.deadline) rows.push({ label: t('dl.deadline'), value: long(rn.deadline) });
    rows.push({ label: t('dl.expiry'), value: long(rn.expiry) });
    const rule = r.card.renewal;
    if (rule.kind === 'window') notes.push(t('renewal.rule.window', { opens: rule.opensDaysBefore, closes: rule.closesDaysBefore }));
    if (rule.kind === 'latest') notes.push(t('renewal.rule.latest', { closes: rule.closesDaysBefore }));
    if (rn.deadline && rn.deadlineWorkingDay && rn.daysToDeadline !== null && rn.daysToDeadline >= 0) {
      notes.push(t('deadline.dayoff', { deadline: short(rn.deadline), workday: short(rn.deadlineWorkingDay) }));
    }
  }

  const pp = r.permanent;
  if (pp && pp.kind === 'plan') {
    const v = { deadline: long(pp.deadline), months: pp.monthsBefore, days: dayCount(pp.daysToDeadline, t) };
    const key = pp.stage === 'last-days' && pp.daysToDeadline === 0 ? 'permanent.last-day' : (`permanent.${pp.stage}` as const);
    lines.push({ tone: pp.stage === 'open' ? 'ok' : pp.stage === 'last-days' ? 'warning' : 'urgent', text: t(key, v) });
    rows.push({ label: t('permanent.title'), value: long(pp.deadline) });
    if (pp.deadlineWorkingDay && pp.daysToDeadline >= 0) notes.push(t('deadline.dayoff', { deadline: short(pp.deadline), workday: short(pp.deadlineWorkingDay) }));
  } else if (pp && pp.kind === 'no-rule') {
    const withRule = cardsWithPermanentRule(data);
    const months = withRule[0]?.permanentMonthsBefore;
    if (months) lines.push({ tone: 'info', text: t('permanent.no-rule', { months, cards: joinOr(withRule.map((c) => inSentence(c.name)), t) }) });
  }

  const rd = r.ready;
  if (rd) {
    if (rd.movedBecause) notes.push(t('ready.moved', { applied: long(rd.applied), reason: offReason(rd.movedBecause), counted: long(rd.counted) }));
    if (rd.procedure === 'normal') {
      lines.push({ tone: 'info', text: t('ready.normal', { from: long(rd.pinFrom), to: long(rd.pinTo) }) });
      rows.push({ label: t('dl.pin'), value: `${date(rd.pinFrom)} – ${date(rd.pinTo)}` });
    } else {
      const m = r.municipality;
      const cutOff = m?.cutOff ?? '';
      const mName = m?.name ?? '';
      if (rd.ready) {
        const key = rd.timing === 'before' ? 'ready.urgent.before' : rd.timing === 'after' ? 'ready.urgent.after' : 'ready.urgent.non-working-day';
        lines.push({ tone: 'ok', text: t(key, { ready: long(rd.ready), cutOff, municipality: mName }) });
        rows.push({ label: t('dl.ready'), value: long(rd.ready) });
        const off = daysOffBetween(rd.counted, rd.ready, data.holidays);
        if (off.length > 0) notes.push(t('ready.daysOff', { days: off.map((o) => `${date(o.date)} (${offReason(o.off)})`).join(', ') }));
      } else {
        const intro =
          rd.timing === 'unknown-time' ? t('ready.urgent.no-time', { municipality: mName, cutOff }) : m ? t('ready.urgent.no-cutoff', { municipality: mName }) : t('ready.urgent.no-municipality');
        lines.push({
          tone: 'info',
          text: `${intro} ${t('ready.urgent.both.before', { date: long(rd.readyIfBefore) })} ${t('ready.urgent.both.after', { date: long(rd.readyIfAfter) })}`,
        });
        rows.push({ label: t('dl.ready'), value: `${date(rd.readyIfBefore)} ${t('or')} ${date(rd.readyIfAfter)}` });
        const off = daysOffBetween(rd.counted, rd.readyIfAfter, data.holidays);
        if (off.length > 0) notes.push(t('ready.daysOff', { days: off.map((o) => `${date(o.date)} (${offReason(o.off)})`).join(', ') }));
      }
    }
  }

  const ch = r.child;
  if (ch) {
    lines.push({ tone: 'info', text: t(ch.reached ? 'child.reached' : 'child.future', { age: ch.age, date: long(ch.turns) }) });
    rows.push({ label: t('child.title', { age: ch.age }), value: long(ch.turns) });
    if (ch.birth.month === 2 && ch.birth.day === 29) notes.push(t('child.leap'));
  }
  return { lines: lines.map((l) => ({ ...l, text: capitalize(l.text) })), rows, notes: notes.map(capitalize) };
}

/** Sentences may start with a date ("zaterdag 23 januari …"): start them with a capital. */
function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Calendar events for the dates still ahead: window opening, deadline, permanent-residence deadline. */
export function calendarEvents(r: DeadlineResult, strings: DeadlineStrings, lang: Lang): CalendarEvent[] {
  const t = translator(strings);
  const events: CalendarEvent[] = [];
  const rn = r.renewal;
  if (!rn || !r.card) return events;
  const card = r.card.name;
  const expiry = formatDate(rn.expiry, lang);
  const ahead = (d: PlainDate) => toIsoDate(d) >= toIsoDate(r.today);
  const uid = (kind: string, d: PlainDate) => `${r.card!.id}-${toIsoDate(rn.expiry)}-${kind}-${toIsoDate(d)}@verblijfskaart.be`;
  const add = (kind: string, d: PlainDate, summary: string, description: string, remindDaysBefore: number) =>
    events.push({ uid: uid(kind, d), date: d, summary, description, remindDaysBefore, reminder: t('ics.reminder', { summary, date: formatDate(d, lang) }) });
  if (rn.opens && rn.deadline && ahead(rn.opens)) {
    add('opens', rn.opens, t('ics.opens.summary', { card }), t('ics.opens.description', { card: inSentence(card), deadline: formatDate(rn.deadline, lang), expiry }), 1);
  }
  if (rn.deadline && ahead(rn.deadline)) {
    add('deadline', rn.deadline, t('ics.deadline.summary', { card }), t('ics.deadline.description', { expiry }), LAST_DAYS);
  }
  const pp = r.permanent;
  if (pp?.kind === 'plan' && ahead(pp.deadline)) {
    add('permanent', pp.deadline, t('ics.permanent.summary', { card }), t('ics.permanent.description', { expiry }), LAST_DAYS);
  }
  return events.sort((a, b) => (toIsoDate(a.date) < toIsoDate(b.date) ? -1 : 1));
}
