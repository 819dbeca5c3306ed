/**
 * A small Atom 1.0 writer (RFC 4287) for the change feeds: a feed with id, title, updated,
 * author, a self link and the page it follows; one entry per change with id, title, updated,
 * published, a link to the change on the history page and a plain-text summary. Every text is
 * XML-escaped; characters XML 1.0 forbids are dropped. Dates are calendar days, written as
 * midnight UTC (RFC 3339), so the day never shifts with the machine's time zone.
 */
export interface AtomEntry {
  id: string;
  title: string;
  /** YYYY-MM-DD: the day the entry last changed. */
  updated: string;
  /** YYYY-MM-DD. Default: updated. */
  published?: string | undefined;
  link: string;
  summary: string;
  categories?: readonly string[] | undefined;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string | undefined;
  /** The feed's own address. */
  self: string;
  /** The page the feed follows. */
  alternate: string;
  /** xml:lang of every text. */
  lang: string;
  author: string;
  /** YYYY-MM-DD; used when there are no entries. */
  fallbackUpdated: string;
  entries: readonly AtomEntry[];
}

/** Escapes text for XML content and attribute values; drops characters XML 1.0 does not allow. */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A calendar day as an RFC 3339 timestamp: 2027-02-01 → 2027-02-01T00:00:00Z. */
export function atomDate(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Not a calendar day written YYYY-MM-DD: "${day}"`);
  return `${day}T00:00:00Z`;
}

const el = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

export function buildAtom(feed: AtomFeed): string {
  const updated = feed.entries.map((e) => e.updated).sort().at(-1) ?? feed.fallbackUpdated;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  ${el('id', feed.id)}`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  ${el('updated', atomDate(updated))}`,
    `  <author>${el('name', feed.author)}</author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
  ];
  for (const e of feed.entries) {
    lines.push(
      '  <entry>',
      `    ${el('id', e.id)}`,
      `    <title type="text">${escapeXml(e.title)}</title>`,
      `    ${el('published', atomDate(e.published ?? e.updated))}`,
      `    ${el('updated', atomDate(e.updated))}`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
      ...(e.categories ?? []).map((c) => `    <category term="${escapeXml(c)}"/>`),
      `    <summary type="text">${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}
