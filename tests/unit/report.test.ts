/** "Is something wrong on this page?": the mailto link decodes to the same recipient, copy, subject and body. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reportBody, reportMailto } from '../../src/lib/report.ts';
import { trustStrings } from '../../src/i18n/trust.ts';

function decode(href: string) {
  const [to, query] = href.replace(/^mailto:/, '').split('?');
  const p = new URLSearchParams(query!.replace(/\+/g, '%2B'));
  return { to: decodeURIComponent(to!), cc: p.get('cc'), subject: p.get('subject'), body: p.get('body') };
}

describe('report links', () => {
  it('carry the page address with the calculator answers and the language', () => {
    const body = reportBody(trustStrings.en['report.body'].replace('{lang}', 'English'), 'https://verblijfskaart.be/en/cost/?card=k&municipality=koekelberg&date=2027-02-01');
    const href = reportMailto({ to: 'correcties@verblijfskaart.be', subject: 'Something is wrong on Verblijfskaart: Cost', body });
    const m = decode(href);
    expect(m.to).toBe('correcties@verblijfskaart.be');
    expect(m.cc).toBeNull();
    expect(m.subject).toBe('Something is wrong on Verblijfskaart: Cost');
    expect(m.body).toContain('Page: https://verblijfskaart.be/en/cost/?card=k&municipality=koekelberg&date=2027-02-01\r\nLanguage: English\r\n');
    expect(href).not.toMatch(/[ \n]/);
  });

  it('write to a municipality’s contact with the site in copy', () => {
    const m = decode(reportMailto({ to: 'bevolking@testdorp.be', cc: ['correcties@verblijfskaart.be'], subject: 's', body: 'b' }));
    expect([m.to, m.cc]).toEqual(['bevolking@testdorp.be', 'correcties@verblijfskaart.be']);
  });

  it('keep any subject and body intact', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (subject, body) => {
      const m = decode(reportMailto({ to: 'a@b.be', subject, body }));
      expect(m.subject).toBe(subject);
      expect(m.body).toBe(body.replace(/\r\n|\r|\n/g, '\r\n'));
    }));
  });
});
