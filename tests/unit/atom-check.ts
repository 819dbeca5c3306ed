/** A feed validator's first checks (RFC 4287), shared by the unit tests and the build-output tests. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';

/** Well-formed XML: true, or the validator's message with its line. */
export function wellFormed(xml: string): true | string {
  try {
    return SyntaxValidator.validate(xml);
  } catch (e) {
    const err = e as { message?: string; line?: number };
    return `${err.message} (line ${err.line})`;
  }
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category'].includes(name) });

/** What a feed validator checks first (RFC 4287 4.1): ids, titles, RFC 3339 updated, author, links. */
export function atomProblems(xml: string): string[] {
  const valid = wellFormed(xml);
  if (valid !== true) return [`not well-formed: ${valid}`];
  const doc = parser.parse(xml) as { feed?: Record<string, unknown> };
  const f = doc.feed as Record<string, any> | undefined;
  if (!f) return ['no <feed> root'];
  const out: string[] = [];
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  if (f['@xmlns'] !== 'http://www.w3.org/2005/Atom') out.push('wrong namespace');
  for (const k of ['id', 'title', 'updated']) if (f[k] === undefined || f[k] === '') out.push(`feed without ${k}`);
  if (!rfc3339.test(String(f.updated))) out.push(`feed updated not RFC 3339: ${f.updated}`);
  if (!f.author?.name) out.push('feed without author');
  if (!(f.link ?? []).some((l: any) => l['@rel'] === 'self')) out.push('feed without rel=self');
  const ids = new Set<string>();
  for (const e of (f.entry ?? []) as any[]) {
    for (const k of ['id', 'title', 'updated']) if (e[k] === undefined || e[k] === '') out.push(`entry without ${k}`);
    if (!rfc3339.test(String(e.updated))) out.push(`entry updated not RFC 3339: ${e.updated}`);
    if (!(e.link ?? []).some((l: any) => l['@rel'] === 'alternate' && /^https:\/\//.test(l['@href']))) out.push(`entry ${e.id} without an alternate link`);
    if (!e.summary && !e.content) out.push(`entry ${e.id} without summary or content`);
    if (ids.has(e.id)) out.push(`entry id ${e.id} twice`);
    ids.add(e.id);
  }
  return out;
}

