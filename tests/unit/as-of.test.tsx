// @vitest-environment happy-dom
/**
 * AS_OF=YYYY-MM-DD previews the site as of a day: parsing (one clear line for a bad value), the
 * day the pages and the content check use, and the calculators' default day in the browser.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDate, parseAsOf, previewDay } from '../../src/data/build-date.ts';
import validateContentIntegration from '../../src/integrations/validate-content.ts';
import { todayInBelgium, toIsoDate } from '../../src/lib/plain-date.ts';
import FeeCalculator, { type FeeCalculatorProps } from '../../src/components/fees/FeeCalculator.tsx';
import DeadlineCalculator from '../../src/components/deadlines/DeadlineCalculator.tsx';
import { deadlineStringsFor } from '../../src/i18n/deadlines.ts';
import { feeStrings } from '../../src/i18n/fees.ts';
import { withFigures } from '../../src/data/figures.ts';
import { MAX_AGE } from '../../src/lib/fee-engine.ts';
import { deadlineData } from './deadline-fixtures.ts';
import { loadContent } from './fee-fixtures.ts';
import { formStringsFor } from '../../src/i18n/forms.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');

afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

describe('parseAsOf', () => {
  it('reads AS_OF as a preview, BUILD_DATE as a pinned day without the preview, AS_OF first', () => {
    expect(parseAsOf({ AS_OF: '2027-01-01' })).toEqual({ ok: true, day: '2027-01-01', preview: true, name: 'AS_OF' });
    expect(parseAsOf({ AS_OF: ' 2027-01-01 ' })).toEqual({ ok: true, day: '2027-01-01', preview: true, name: 'AS_OF' });
    expect(parseAsOf({ BUILD_DATE: '2025-03-01' })).toEqual({ ok: true, day: '2025-03-01', preview: false, name: 'BUILD_DATE' });
    expect(parseAsOf({ AS_OF: '2027-01-01', BUILD_DATE: '2025-03-01' })).toMatchObject({ day: '2027-01-01', preview: true });
    expect(parseAsOf({})).toEqual({ ok: true, preview: false });
    expect(parseAsOf({ AS_OF: '' })).toEqual({ ok: true, preview: false });
  });

  it('gives one clear line for a bad value', () => {
    for (const [value, words] of [
      ['01/01/2027', 'AS_OF="01/01/2027" is not a date written YYYY-MM-DD. Write for example: AS_OF=2027-01-01 npm run dev'],
      ['2027-1-1', 'AS_OF="2027-1-1" is not a date written YYYY-MM-DD.'],
      ['2027-02-30', 'AS_OF="2027-02-30": this day does not exist.'],
      ['tomorrow', 'AS_OF="tomorrow" is not a date written YYYY-MM-DD.'],
    ] as const) {
      const r = parseAsOf({ AS_OF: value });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message).toContain(words);
        expect(r.message).not.toContain('\n');
      }
    }
    expect(parseAsOf({ BUILD_DATE: '2025-13-01' })).toMatchObject({ ok: false, message: expect.stringContaining('BUILD_DATE="2025-13-01"') });
  });

  it('buildDate() and previewDay() follow the environment', () => {
    vi.stubEnv('AS_OF', '');
    vi.stubEnv('BUILD_DATE', '');
    expect(buildDate()).toBe(toIsoDate(todayInBelgium()));
    expect(previewDay()).toBeUndefined();
    vi.stubEnv('BUILD_DATE', '2025-03-01');
    expect(buildDate()).toBe('2025-03-01');
    expect(previewDay()).toBeUndefined();
    vi.stubEnv('AS_OF', '2027-01-01');
    expect(buildDate()).toBe('2027-01-01');
    expect(previewDay()).toBe('2027-01-01');
    vi.stubEnv('AS_OF', '2027-02-30');
    expect(() => buildDate()).toThrow('AS_OF="2027-02-30": this day does not exist.');
  });
});

describe('the build and the dev server', () => {
  const setup = (command: 'build' | 'dev') => {
    const logs: string[] = [];
    const log = (m: string) => logs.push(m);
    const hook = validateContentIntegration().hooks['astro:config:setup'] as unknown as (o: object) => void;
    const run = () => hook({ config: { root: pathToFileURL(`${ROOT}/`) }, command, logger: { info: log, warn: log, error: log }, updateConfig: () => {} });
    return { run, logs };
  };

  it('stop on a bad AS_OF with one line and no stack trace', () => {
    vi.stubEnv('AS_OF', '2027-13-01');
    const { run } = setup('build');
    let thrown: unknown;
    try {
      run();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toBe('AS_OF="2027-13-01": this day does not exist. Check the month and the day (YYYY-MM-DD), for example AS_OF=2027-01-01.');
    expect((thrown as Error).stack).toBe('');
  });

  it('say that a good AS_OF is a preview', () => {
    vi.stubEnv('AS_OF', '2027-01-01');
    const { run, logs } = setup('build');
    run();
    expect(logs[0]).toContain('Preview as of 2027-01-01 (AS_OF)');
  });
});

describe('npm run check with AS_OF', () => {
  const check = (env: Record<string, string>) =>
    spawnSync(NODE, [join(ROOT, 'scripts', 'check-content.ts'), '--no-git', '--quiet'], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, ...env } });

  it('measures against the AS_OF day and says so', () => {
    const r = check({ AS_OF: '2027-01-01' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Content check (src/content), as of 2027-01-01 (AS_OF): warnings as they will be on that day');
  });

  it('refuses a bad AS_OF in one line', () => {
    const r = check({ AS_OF: '1/1/2027' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('AS_OF="1/1/2027" is not a date written YYYY-MM-DD. Write for example: AS_OF=2027-01-01 npm run dev');
  });
});

describe("the calculators' default day", () => {
  const content = loadContent();
  const fact = (id: string) => Number(content.facts.get(id)!.value);
  const feeProps = (extra: Partial<FeeCalculatorProps> = {}): FeeCalculatorProps => ({
    lang: 'en',
    form: formStringsFor('en'),
    strings: withFigures(feeStrings.en, { childAge: fact('child-age-limit'), pinMinWeeks: fact('pin-letter-min-weeks'), pinMaxWeeks: fact('pin-letter-max-weeks'), maxAge: MAX_AGE }),
    municipalities: [...content.municipalities].map(([id, m]) => ({ id, name: m.name.en })),
    cards: [...content.cards].map(([id, c]) => ({ id, code: c.code, name: c.name.en, feeGroup: c.feeGroup })),
    municipalityPath: '/en/m/{id}/#fees',
    ...extra,
  });
  const dateFields = () => ['Day', 'Month', 'Year'].map((l) => (screen.getByLabelText(l) as HTMLInputElement).value);

  it('the fee calculator starts from the AS_OF day it is given', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => ({ ok: false, status: 404, json: async () => ({}) })));
    history.replaceState(null, '', '/en/cost/');
    render(<FeeCalculator {...feeProps({ today: '2027-01-01' })} />);
    await waitFor(() => expect(dateFields()).toEqual(['1', '1', '2027']));
  });

  it('the fee calculator starts from the real today without it (live site)', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => ({ ok: false, status: 404, json: async () => ({}) })));
    history.replaceState(null, '', '/en/cost/');
    render(<FeeCalculator {...feeProps()} />);
    const t = todayInBelgium();
    await waitFor(() => expect(dateFields()).toEqual([String(t.day), String(t.month), String(t.year)]));
  });

  it('the deadline calculator counts from the AS_OF day', async () => {
    history.replaceState(null, '', '/en/deadlines/?card=a&expiry=2027-03-15');
    const { container } = render(<DeadlineCalculator lang="en" form={formStringsFor('en')} strings={deadlineStringsFor('en')} data={deadlineData('en')} headingLevel={2} today="2027-01-20" />);
    // 2027-03-15 minus 45 days: the window opens on 29 January 2027, 9 days after the AS_OF day.
    await waitFor(() => expect(container.querySelector('output')?.textContent).toBe('It is too early. You can apply for a new card from Friday, 29 January 2027. That is in 9 days.'));
    expect(container.textContent).toContain('Worked out on 20 January 2027.');
  });
});
