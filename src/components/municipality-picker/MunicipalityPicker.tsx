/**
 * The municipality picker of a card page on a site with many municipalities: the resident
 * chooses a municipality and sees its fees for this card, loaded from that municipality's open
 * data file (`/data/fees/<id>.json`). The list comes from `/data/fees/index.json`, so the page
 * itself stays the same size whatever the number of municipalities. The choice is remembered in
 * localStorage (no cookie) and can be forgotten.
 *
 * Renders nothing on the server: without JavaScript the card page links to the municipalities
 * list, and every municipality page has its full static table.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../schemas/common.ts';
import type { FeeData } from '../../lib/fee-engine.ts';
import { fill } from '../../i18n/define.ts';
import { browserStorage, feesForCard, groupByRegion, isFeeIndex, readRemembered, remember, type FeeIndex } from './logic.ts';
import type { PickerKey, PickerStrings } from './strings.ts';
import { FeeConflictNotices, FeeTableView } from '../fees/FeeTableView.tsx';
import { localRequirementsFor } from '../../lib/requirements.ts';
import { applicantBand } from '../../lib/vocabulary.ts';

export interface MunicipalityPickerProps {
  lang: Lang;
  card: string;
  strings: PickerStrings;
  /** Address of a municipality page with `{id}` for its id, e.g. `/nl/gemeenten/{id}/`. */
  municipalityPath: string;
  /** Address of the list file (default `/data/fees/index.json`). */
  indexUrl?: string;
  /** Level of the picker's heading (default 3: inside the card page's cost section). */
  headingLevel?: 2 | 3;
}

type Load<T> = { state: 'loading' } | { state: 'error' } | { state: 'ok'; value: T };

const getJson = (url: string) =>
  fetch(url, { credentials: 'same-origin' }).then((r) => (r.ok ? (r.json() as Promise<unknown>) : Promise.reject(new Error(`HTTP ${r.status}`))));

export default function MunicipalityPicker(props: MunicipalityPickerProps) {
  const { lang, card, strings, municipalityPath, indexUrl = '/data/fees/index.json', headingLevel = 3 } = props;
  const t = (key: PickerKey, values?: Record<string, string | number>) => (values ? fill(strings[key], values) : strings[key]);
  const [mounted, setMounted] = useState(false);
  const [index, setIndex] = useState<Load<FeeIndex>>({ state: 'loading' });
  const [chosen, setChosen] = useState('');
  const [files, setFiles] = useState<Record<string, Load<FeeData>>>({});
  const [status, setStatus] = useState('');

  useEffect(() => {
    setMounted(true);
    getJson(indexUrl)
      .then((v) => {
        if (!isFeeIndex(v)) throw new Error('unexpected index');
        setIndex({ state: 'ok', value: v });
        const remembered = readRemembered(browserStorage());
        // A single municipality is chosen for the resident; a remembered one must still exist.
        const only = v.municipalities.length === 1 ? v.municipalities[0]!.id : '';
        const start = v.municipalities.some((m) => m.id === remembered) ? remembered : only;
        if (start) setChosen(start);
      })
      .catch(() => setIndex({ state: 'error' }));
  }, []);

  useEffect(() => {
    if (!chosen || files[chosen]) return;
    const id = chosen;
    setFiles((f) => ({ ...f, [id]: { state: 'loading' } }));
    getJson(`/data/fees/${encodeURIComponent(id)}.json`)
      .then((v) => {
        const d = v as FeeData;
        if (!d || !Array.isArray(d.segments) || !Array.isArray(d.conflicts) || typeof d.cards !== 'object') throw new Error('unexpected file');
        setFiles((f) => ({ ...f, [id]: { state: 'ok', value: d } }));
      })
      .catch(() => setFiles((f) => ({ ...f, [id]: { state: 'error' } })));
  }, [chosen]);

  if (!mounted) return <div class="muni-picker" />;

  const H = `h${headingLevel}` as 'h2' | 'h3';
  const list = index.state === 'ok' ? index.value.municipalities : [];
  const current = list.find((m) => m.id === chosen);
  const name = current?.name[lang] ?? '';
  const page = current ? municipalityPath.replace('{id}', current.id) : '';

  const choose = (id: string) => {
    setChosen(id);
    remember(browserStorage(), id);
    const m = list.find((x) => x.id === id);
    setStatus(m ? t('picker.remembered', { municipality: m.name[lang] }) : '');
  };
  const forget = () => {
    setChosen('');
    remember(browserStorage(), '');
    setStatus(t('picker.forgotten'));
  };

  return (
    <div class="muni-picker panel">
      <H class="muni-picker__title">{t('picker.title')}</H>
      {index.state === 'loading' && <p role="status">{t('picker.list.loading')}</p>}
      {index.state === 'error' && <p class="muni-picker__error">{t('picker.list.error')}</p>}
      {index.state === 'ok' && (
        <div class="form-group">
          <label class="form-label" for={`muni-picker-${card}`}>{t('picker.label')}</label>
          <p class="form-hint" id={`muni-picker-${card}-hint`}>{t('picker.hint')}</p>
          <select
            class="form-input form-input--full"
            id={`muni-picker-${card}`}
            aria-describedby={`muni-picker-${card}-hint`}
            value={chosen}
            onChange={(ev) => choose((ev.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{t('picker.choose')}</option>
            {groupByRegion(index.value, lang).map((g) => (
              <optgroup key={g.region} label={`picker.region.${g.region}` in strings ? t(`picker.region.${g.region}` as PickerKey) : g.region}>
                {g.items.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
              </optgroup>
            ))}
          </select>
        </div>
      )}
      <p class="visually-hidden" role="status">{status}</p>
      {current && <Fees lang={lang} card={card} t={t} name={name} page={page} file={files[current.id]} />}
      {current && (
        <p>
          <button type="button" class="secondary" onClick={forget}>{t('picker.forget')}</button>
        </p>
      )}
    </div>
  );
}

/** What the chosen municipality asks for on top of the card page's lists, with the situations each item is for. */
function LocalRequirements(p: { lang: Lang; card: string; name: string; data: FeeData; t: (k: PickerKey, v?: Record<string, string | number>) => string }) {
  const { lang, card, name, data, t } = p;
  const items = localRequirementsFor(data.checklist ?? [], card, applicantBand(data.cards[card]?.kind ?? 'residence-card'));
  if (items.length === 0) return null;
  return (
    <div class="muni-picker__bring">
      <p>{t('bring.local', { municipality: name })}</p>
      <ul class="checklist" data-list="local" data-municipality={data.municipality.id}>
        {items.map((i) => (
          <li data-id={i.id}>
            {i.text[lang]}{' '}
            <span class="muted">({t(i.stage === 'application' ? 'bring.apply' : 'bring.collect')}: {i.situations.map((s) => t(`bring.situation.${s}`)).join(', ')})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Fees(p: { lang: Lang; card: string; name: string; page: string; file: Load<FeeData> | undefined; t: (k: PickerKey, v?: Record<string, string | number>) => string }) {
  const { lang, card, name, page, file, t } = p;
  const more = <p><a href={`${page}#fees`}>{t('picker.more', { municipality: name })}</a></p>;
  if (!file || file.state === 'loading') return <p role="status">{t('picker.fees.loading', { municipality: name })}</p>;
  if (file.state === 'error') return <div role="alert"><p class="muni-picker__error">{t('picker.fees.error', { municipality: name })}</p>{more}</div>;
  const data = file.value;
  const { segments, showCards, conflicts } = feesForCard(data, card);
  if (segments.length === 0) return <div><p>{t('picker.fees.none', { municipality: name })}</p>{more}</div>;
  const source = (id: string) => {
    const s = data.sources?.[id];
    return { label: s?.publisher ?? id, href: s?.url };
  };
  const anchor = (c: string) => `picker-conflict-${c}`;
  return (
    <div>
      <FeeTableView lang={lang} t={t} name={name} segments={segments} showCards={showCards} code={(id) => data.cards[id]?.code ?? id} source={source} conflictAnchor={anchor} />
      <FeeConflictNotices lang={lang} t={t} name={name} conflicts={conflicts} source={source} conflictAnchor={anchor} />
      <LocalRequirements lang={lang} card={card} name={name} data={data} t={t} />
      {more}
    </div>
  );
}
