// @vitest-environment happy-dom
/**
 * The result of a municipality that publishes a surcharge, on a day whose federal price is not
 * known yet: the answer says what is known, and the latest known total it gives includes the
 * surcharge (never a figure lower than the real one).
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FeeOutput } from '../../src/components/fees/FeeOutput.tsx';
import { feeStrings } from '../../src/i18n/fees.ts';
import { fill } from '../../src/i18n/define.ts';
import { computeFee } from '../../src/lib/fee-engine.ts';
import { expandFeeRows } from '../../src/lib/fee-schedule.ts';
import { buildFeeData } from '../../src/pages/data/_fee-data.ts';
import { municipalitySchema } from '../../src/schemas/municipality.ts';
import { loadContent } from './fee-fixtures.ts';

afterEach(cleanup);

describe('a surcharge on a day without a known federal price', () => {
  it('gives the latest known total with the surcharge, labelled with its year', () => {
    const c = loadContent();
    const m = municipalitySchema.parse({
      name: { nl: 'Testdorp', fr: 'Testdorp', en: 'Testdorp' },
      region: 'flanders',
      services: [{ id: 'civil', name: { nl: 'Burgerzaken', fr: 'Affaires civiles', en: 'Civil affairs' }, cards: ['a'], sources: ['dofi'] }],
      appointments: { application: true, collection: true, sources: ['dofi'] },
      urgent: { workingDays: 1, sources: ['dofi'] },
      fees: [{ cards: ['a'], age: '12-plus', procedure: 'normal', validFrom: '2024-01-01', surcharge: 200, sources: ['dofi'] }],
      sources: ['dofi'],
      lastChecked: '2026-11-23',
    });
    const data = buildFeeData({ id: 'testdorp', municipality: m, cards: c.cards, federalPrices: c.federalPrices, segments: expandFeeRows(m.fees, c.cards, c.federalPrices), requirements: [], sources: c.sources });
    const result = computeFee(data, { municipality: 'testdorp', card: 'a', age: 30, procedure: 'normal', reason: 'renewal', date: '2026-12-01' });
    const t = (k: keyof (typeof feeStrings)['en'], v?: Record<string, string | number>) => (v ? fill(feeStrings.en[k], v) : feeStrings.en[k]);
    const { container } = render(
      <FeeOutput lang="en" t={t} state={{ kind: 'result', data, result, date: '2026-12-01' }} headingLevel={2} municipality={{ id: 'testdorp', name: 'Testdorp', href: '/en/municipalities/testdorp/' }} cardName={() => 'A card'} />,
    );
    const text = container.querySelector('output')!.textContent!;
    expect(text).toContain('The municipality adds €2.00 to the federal production price for 2026');
    // 2025 federal price of a biometric card €20.30 + €2.00 surcharge.
    expect(text).toContain('The latest known total: €22.30 in 2025 (the federal price of 2025, €20.30, plus €2.00 from the municipality).');
  });
});
