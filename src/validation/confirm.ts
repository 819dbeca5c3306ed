/**
 * `npm run confirm -- <id>` (scripts/confirm.ts): records in a municipality file the day an
 * editor confirmed its fees after an upstream change. Only the `confirmed:` line changes (or is
 * added after `lastChecked:`); every other line, comment and quote stays as it was.
 */
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';

const LINE = /^confirmed:[ \t]*([^\s#]*)([ \t]*#.*)?$/m;

export type ConfirmResult = { ok: true; text: string; previous?: string | undefined } | { ok: false; message: string };

const read = (text: string): unknown => {
  try {
    return parse(text, { version: '1.2', schema: 'core' });
  } catch {
    return undefined;
  }
};

/** The file's text with `confirmed: <iso>`, or why it cannot be changed safely. */
export function setConfirmed(text: string, iso: string): ConfirmResult {
  const before = read(text);
  if (before === null || typeof before !== 'object' || Array.isArray(before)) {
    return { ok: false, message: 'the file cannot be read as a block of fields: run npm run check, fix what it names, then confirm again.' };
  }
  const found = LINE.exec(text);
  let out: string;
  let previous: string | undefined;
  if (found) {
    previous = found[1] || undefined;
    out = text.slice(0, found.index) + `confirmed: ${iso}${found[2] ?? ''}` + text.slice(found.index + found[0].length);
  } else {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const last = /^lastChecked:.*$/m.exec(text);
    const line = `confirmed: ${iso}`;
    if (last) out = text.slice(0, last.index + last[0].length) + eol + line + text.slice(last.index + last[0].length);
    else out = text + (text === '' || text.endsWith('\n') ? '' : eol) + line + eol;
  }
  // Nothing else may change: the data read back equals the old data with the new date.
  const after = read(out);
  if (!isDeepStrictEqual(after, { ...(before as Record<string, unknown>), confirmed: iso })) {
    return { ok: false, message: 'the confirmed: line could not be changed on its own (is it written on several lines?): write "confirmed: ' + iso + '" at the start of a line by hand.' };
  }
  return { ok: true, text: out, previous };
}
