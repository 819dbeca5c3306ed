/**
 * The deadline calculator's result in words: plain sentences and date rows built from the engine's
 * result and one language's strings. Pure (no DOM), so tests can check every sentence.
 */
import { fill } from '../../i18n/define.ts';
import type { DeadlineKey, DeadlineStrings } from '../../i18n/deadlines.ts';
import type { Lang } from '../../schemas/common.ts';
import type { DeadlineCard, DeadlineData, DeadlineResult } from '../../lib/deadline-query.ts';
import { daysBetween, formatDate, toIsoDate, type PlainDate } from '../../lib/plain-date.ts';
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

/** "3 working days": the days a counter is open, as the plans count them. */
function workdayCount(n: number, t: Translate): string {
  return n === 1 ? t('workdays.one') : t('workdays.other', { n });
}

const compareIso = (a: PlainDate, b: PlainDate) => (toIsoDate(a) < toIsoDate(b) ? -1 : toIsoDate(a) > toIsoDate(b) ? 1 : 0);

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
    // The days a counter is open: the first working day of the window, the last one before the deadline.
    const first = rn.firstOpenDay ?? rn.opens;
    const last = rn.lastOpenDay ?? rn.deadline;
    const v = { opens: first ? long(first) : '', deadline: last ? long(last) : '', expiry: long(rn.expiry) };
    const left = workdayCount(rn.workingDaysLeft ?? 0, t);
    switch (rn.stage) {
      case 'too-early':
        lines.push({ tone: 'info', text: t('stage.too-early', { ...v, days: dayCount(first ? daysBetween(rn.today, first) : rn.daysToOpen ?? 0, t) }) });
        break;
      case 'open':
        lines.push({ tone: 'ok', text: t(rn.rule === 'window' ? 'stage.open.window' : 'stage.open.latest', { ...v, days: left }) });
        break;
      case 'last-days':
        lines.push({
          tone: 'warning',
          text: last && toIsoDate(last) === toIsoDate(rn.today) ? t('stage.last-day') : t('stage.last-days', { ...v, days: left }),
        });
        break;
      case 'closed-last':
        lines.push({ tone: 'urgent', text: t('stage.closed-last', { deadline: long(rn.deadline!), workday: long(rn.lastOpenDay!), next: long(rn.nextOpenDay), expiry: v.expiry }) });
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
    if (first) rows.push({ label: t('dl.opens'), value: long(first) });
    if (last) rows.push({ label: t('dl.deadline'), value: long(last) });
    if (rn.opens && first && toIsoDate(first) !== toIsoDate(rn.opens) && rn.stage === 'too-early') notes.push(t('opens.dayoff', { opens: short(rn.opens), workday: short(first) }));
    rows.push({ label: t('dl.expiry'), value: long(rn.expiry) });
    const rule = r.card.renewal;
    if (rule.kind === 'window') notes.push(t('renewal.rule.window', { opens: rule.opensDaysBefore, closes: rule.closesDaysBefore }));
    if (rule.kind === 'latest') notes.push(t('renewal.rule.latest', { closes: rule.closesDaysBefore }));
    if (rn.deadline && rn.deadlineWorkingDay && rn.stage !== 'closed-last' && rn.daysToDeadline !== null && rn.daysToDeadline >= 0) {
      notes.push(t('deadline.dayoff', { deadline: short(rn.deadline), workday: short(rn.deadlineWorkingDay) }));
    }
  }

  const pp = r.permanent;
  if (pp && pp.kind === 'plan') {
    // The last day a counter is open for it; the legal deadline itself where that day has passed.
    const v = { deadline: long(pp.stage === 'closed-last' || pp.stage === 'late' ? pp.deadline : pp.lastOpenDay), months: pp.monthsBefore, days: workdayCount(pp.workingDaysLeft, t), next: long(pp.nextOpenDay) };
    const key = pp.stage === 'last-days' && toIsoDate(pp.lastOpenDay) === toIsoDate(r.today) ? 'permanent.last-day' : (`permanent.${pp.stage}` as const);
    lines.push({ tone: pp.stage === 'open' ? 'ok' : pp.stage === 'last-days' ? 'warning' : 'urgent', text: t(key, v) });
    rows.push({ label: t('permanent.title'), value: long(pp.lastOpenDay) });
    if (pp.deadlineWorkingDay && pp.stage !== 'closed-last' && pp.daysToDeadline >= 0) notes.push(t('deadline.dayoff', { deadline: short(pp.deadline), workday: short(pp.deadlineWorkingDay) }));
  } else if (pp && pp.kind === 'no-rule') {
    const withRule = cardsWithPermanentRule(data);
    const months = withRule[0]?.permanentMonthsBefore;
    if (months) lines.push({ tone: 'info', text: t('permanent.no-rule', { months, cards: joinOr(withRule.map((c) => inSentence(c.name)), t) }) });
  }

  const rd = r.ready;
  // The result checks its own answers: an application before the window opens or after the
  // card expires gets a plain word instead of a ready date that contradicts the lines above.
  const firstOpen = rn?.firstOpenDay ?? rn?.opens ?? null;
  const conflict = rd && rn
    ? compareIso(rd.applied, rn.expiry) > 0
      ? t('ready.after-expiry', { applied: long(rd.applied), expiry: long(rn.expiry) })
      : firstOpen && compareIso(rd.applied, firstOpen) < 0
        ? t('ready.before-window', { applied: long(rd.applied), opens: long(firstOpen) })
        : null
    : null;
  if (rd && conflict) lines.push({ tone: 'warning', text: conflict });
  if (rd && !conflict && compareIso(rd.applied, r.today) < 0) notes.push(t('ready.past', { applied: long(rd.applied) }));
  if (rd && !conflict) {
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
  // Events fall on days a counter is open: the first working day of the window, the last one before the deadline.
  const first = rn.firstOpenDay ?? rn.opens;
  const last = rn.lastOpenDay ?? rn.deadline;
  if (first && last && ahead(first)) {
    add('opens', first, t('ics.opens.summary', { card }), t('ics.opens.description', { card: inSentence(card), deadline: formatDate(last, lang), expiry }), 1);
  }
  if (last && ahead(last)) {
    add('deadline', last, t('ics.deadline.summary', { card }), t('ics.deadline.description', { expiry }), LAST_DAYS);
  }
  if (ahead(rn.expiry)) add('expiry', rn.expiry, t('ics.expiry.summary', { card }), t('ics.expiry.description'), LAST_DAYS);
  const pp = r.permanent;
  if (pp?.kind === 'plan' && ahead(pp.lastOpenDay)) {
    add('permanent', pp.lastOpenDay, t('ics.permanent.summary', { card }), t('ics.permanent.description', { expiry }), LAST_DAYS);
  }
  return events.sort((a, b) => (toIsoDate(a.date) < toIsoDate(b.date) ? -1 : 1));
}
