// @vitest-environment happy-dom
/**
 * The municipality picker of card pages on sites with many municipalities (the scale work of
 * docs/scale.md): remembered choice, region groups, the fees of one municipality for one card,
 * and the island itself with the real open-data files.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import MunicipalityPicker from '../../src/components/municipality-picker/MunicipalityPicker.tsx';
import { STORAGE_KEY, feesForCard, groupByRegion, isFeeIndex, readRemembered, remember, type FeeIndex } from '../../src/components/municipality-picker/logic.ts';
import { pickerStringsFor } from '../../src/components/municipality-picker/strings.ts';
import { buildFeeIndex } from '../../src/pages/data/_fee-data.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { feeDataFiles, loadContent } from './fee-fixtures.ts';
import { loc } from './_lang.ts';

const files = feeDataFiles();
const content = loadContent();
const index = buildFeeIndex([...content.municipalities].map(([id, data]) => ({ id, data })), '2026-11-23') as unknown as FeeIndex;

function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map };
}
const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => { throw new Error('denied'); } };

describe('remembered municipality', () => {
  it('reads back what was stored, and forgets', () => {
    const s = memoryStorage();
    expect(readRemembered(s)).toBe('');
    expect(remember(s, 'koekelberg')).toBe(true);
    expect(s.map.get(STORAGE_KEY)).toBe('koekelberg');
    expect(readRemembered(s)).toBe('koekelberg');
    expect(remember(s, '')).toBe(true);
    expect(s.map.has(STORAGE_KEY)).toBe(false);
  });

  it('ignores values that are not municipality ids, and survives a storage that refuses', () => {
    for (const bad of ['<script>', '../x', 'Koekelberg', '', ' koekelberg']) expect(readRemembered(memoryStorage({ [STORAGE_KEY]: bad }))).toBe('');
    expect(readRemembered(broken)).toBe('');
    expect(readRemembered(null)).toBe('');
    expect(remember(broken, 'koekelberg')).toBe(false);
    expect(remember(null, 'koekelberg')).toBe(false);
  });
});

describe('municipality list', () => {
  it('accepts the index file the build publishes and rejects other shapes', () => {
    expect(isFeeIndex(index)).toBe(true);
    for (const bad of [null, {}, { municipalities: {} }, { municipalities: [{ id: 'x' }] }, { municipalities: [{ id: 'A B', name: loc({ nl: 'a', fr: 'a', en: 'a' }), url: '/' }] }]) expect(isFeeIndex(bad)).toBe(false);
  });

  it('groups by region in a fixed order and sorts names with numbers in natural order', () => {
    const fake: FeeIndex = {
      municipalities: [
        { id: 'w-10', name: loc({ nl: 'Gemeente 10', fr: 'Commune 10', en: 'Town 10' }), region: 'wallonia', url: '' },
        { id: 'w-9', name: loc({ nl: 'Gemeente 9', fr: 'Commune 9', en: 'Town 9' }), region: 'wallonia', url: '' },
        { id: 'b', name: loc({ nl: 'Brussel', fr: 'Bruxelles', en: 'Brussels' }), region: 'brussels', url: '' },
        { id: 'f', name: loc({ nl: 'Zottegem', fr: 'Zottegem', en: 'Zottegem' }), region: 'flanders', url: '' },
        { id: 'e', name: loc({ nl: 'Élouges', fr: 'Élouges', en: 'Elouges' }), region: 'wallonia', url: '' },
      ],
    };
    const groups = groupByRegion(fake, 'fr');
    expect(groups.map((g) => g.region)).toEqual(['flanders', 'brussels', 'wallonia']);
    expect(groups[2]!.items.map((m) => m.name)).toEqual(['Commune 9', 'Commune 10', 'Élouges']);
    expect(groupByRegion({ municipalities: [] }, 'nl')).toEqual([]);
  });
});

describe('fees of one municipality for one card', () => {
  const k = files.get('koekelberg')!;

  it('keeps only the rows of the card, with the conflicts that concern them and their amounts', () => {
    const r = feesForCard(k, 'eu-plus');
    expect(r.showCards).toBe(false);
    expect(r.segments.length).toBeGreaterThan(0);
    expect(r.segments.every((s) => s.cards.includes('eu-plus'))).toBe(true);
    expect(r.conflicts.map((c) => c.id).sort()).toEqual(['kids-normal', 'kids-urgent']);
    expect(r.conflicts.find((c) => c.id === 'kids-urgent')!.amounts).toEqual([11800, 11810]);
    expect(feesForCard(k, 'a').conflicts.map((c) => c.id)).toContain('first-vs-renewal');
  });

  it('shows every under-12 row with its cards for the children’s card', () => {
    const r = feesForCard(k, 'child');
    expect(r.showCards).toBe(true);
    expect(r.segments.length).toBeGreaterThan(0);
    expect(r.segments.every((s) => s.age === 'under-12')).toBe(true);
    expect(r.conflicts.map((c) => c.id).sort()).toEqual(['kids-normal', 'kids-urgent']);
  });

  it('gives nothing for a card the municipality has no fee for', () => {
    expect(feesForCard(k, 'h')).toEqual({ segments: [], showCards: false, conflicts: [] });
  });
});

describe('the picker island', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    localStorage.clear();
    fetchMock = vi.fn(async (url: string) => {
      if (url === '/data/fees/index.json') return { ok: true, status: 200, json: async () => structuredClone(index) };
      const id = /\/data\/fees\/([a-z0-9-]+)\.json$/.exec(url)?.[1];
      const data = id ? files.get(id) : undefined;
      return data ? { ok: true, status: 200, json: async () => structuredClone(data) } : { ok: false, status: 404, json: async () => ({}) };
    });
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
  const open = (lang: Lang, card: string) => render(h(MunicipalityPicker, { lang, card, strings: pickerStringsFor(lang), municipalityPath: `/${lang}/m/{id}/` }));

  it('lists the municipalities by region, shows the fees of the chosen one and remembers it', async () => {
    open('nl', 'k');
    const select = (await screen.findByLabelText('Uw gemeente')) as HTMLSelectElement;
    expect([...select.querySelectorAll('optgroup')].map((g) => g.getAttribute('label'))).toEqual(['Vlaanderen', 'Brussel']);
    fireEvent.change(select, { target: { value: 'koekelberg' } });
    const table = await screen.findByRole('table');
    expect(table.querySelector('caption')?.textContent).toBe('Tarieven in Koekelberg');
    expect(table.textContent).toMatch(/€\s25,40/);
    expect(table.textContent).not.toMatch(/NaN|undefined|Invalid Date/);
    expect(localStorage.getItem(STORAGE_KEY)).toBe('koekelberg');
    expect(fetchMock).toHaveBeenCalledWith('/data/fees/koekelberg.json', expect.anything());
    expect(screen.getByRole('link', { name: /Alles over Koekelberg/ }).getAttribute('href')).toBe('/nl/m/koekelberg/#fees');
  });

  it('starts from the remembered municipality, and forgets it on request', async () => {
    localStorage.setItem(STORAGE_KEY, 'voorbeeldgemeente');
    open('en', 'a');
    const table = await screen.findByRole('table');
    expect(table.querySelector('caption')?.textContent).toBe('Fees in Voorbeeldgemeente');
    fireEvent.click(screen.getByRole('button', { name: 'Forget my choice' }));
    await waitFor(() => expect(screen.queryByRole('table')).toBeNull());
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(screen.getByText('Your choice is forgotten.').getAttribute('role')).toBe('status');
  });

  it('ignores a remembered municipality that no longer exists', async () => {
    localStorage.setItem(STORAGE_KEY, 'gone-municipality');
    open('fr', 'a');
    const select = (await screen.findByLabelText('Votre commune')) as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says so plainly when a fee file or the list cannot be loaded', async () => {
    fetchMock.mockImplementation(async (url: string) =>
      url === '/data/fees/index.json' ? { ok: true, status: 200, json: async () => structuredClone(index) } : { ok: false, status: 500, json: async () => ({}) },
    );
    open('fr', 'k');
    const select = await screen.findByLabelText('Votre commune');
    fireEvent.change(select, { target: { value: 'koekelberg' } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Les prix de Koekelberg n’ont pas pu être chargés.');
    expect(alert.querySelector('a')?.getAttribute('href')).toBe('/fr/m/koekelberg/#fees');
    cleanup();
    fetchMock.mockImplementation(async () => ({ ok: true, status: 200, json: async () => ({ not: 'an index' }) }));
    open('en', 'k');
    expect(await screen.findByText(/The list of municipalities could not be loaded/)).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('tells when the chosen municipality gives no price for the card', async () => {
    open('en', 'h');
    fireEvent.change(await screen.findByLabelText('Your municipality'), { target: { value: 'koekelberg' } });
    expect(await screen.findByText('Koekelberg gives no price for this card. Ask at the counter.')).toBeTruthy();
  });
});
