/**
 * "Is something wrong on this page?": a prefilled `mailto:` link (RFC 6068), no form service.
 * Pure: the pages build it at build time with the page's address, the browser rebuilds it on
 * click with the address as shown (a calculator keeps its answers in the query string).
 */
export interface ReportMail {
  /** The address the report goes to. */
  to: string;
  /** Addresses in copy (e.g. the site's own address when a municipality's is used). */
  cc?: readonly string[] | undefined;
  subject: string;
  body: string;
}

/** RFC 6068: every character outside the unreserved set is percent-encoded, line breaks as %0D%0A. */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/\r\n|\r|\n/g, '\r\n'));
}

export function reportMailto({ to, cc, subject, body }: ReportMail): string {
  const params = [`subject=${encode(subject)}`, `body=${encode(body)}`];
  if (cc?.length) params.unshift(`cc=${cc.map(encodeURIComponent).join(',')}`);
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?${params.join('&')}`;
}

/** Fills `{url}` in a body template with the address the reader sees (query string and all). */
export function reportBody(template: string, url: string): string {
  return template.replace('{url}', url);
}
