/** Offers a calendar file (.ics) for download in the browser: the deadline calculator and "Your plan". */
export function downloadCalendar(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Builds the calendar file and offers it. The calendar code (src/lib/ics.ts) loads on the first
 * click, not with the calculator: most visitors never download.
 */
export async function downloadEvents(events: Parameters<typeof import('../../lib/ics.ts').buildCalendar>[0], options: Parameters<typeof import('../../lib/ics.ts').buildCalendar>[1], filename: string): Promise<void> {
  const { buildCalendar } = await import('../../lib/ics.ts');
  downloadCalendar(buildCalendar(events, options), filename);
}
