// Synthetic municipalities for the scale benchmark (`npm run bench`).
//
// Every value is invented and says so: the names are "Testgemeente 0042" / "Commune-test 0042" /
// "Test municipality 0042", the postcodes lie below 1000 (no Belgian postcode does), e-mail
// addresses use the reserved `.example` domain, and every file carries a note that the
// municipality does not exist. The data is deterministic: municipality n is the same file on
// every run and every machine, so two benchmark runs build the same site.
//
// Files are written to a folder outside src/content (the build reads it through MUNICIPALITIES_DIR).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

/** The source every synthetic figure names. The data is fake; the note in each file says so. */
export const SYNTHETIC_SOURCE = 'voorbeeldgemeente-page';
/** Date the synthetic files claim they were checked (fixed, so runs are reproducible). */
export const SYNTHETIC_CHECKED = '2026-11-01';

const RESIDENCE = ['a', 'b', 'k', 'l', 'eu', 'eu-plus', 'f', 'f-plus', 'h', 'i', 'j', 'm', 'm-permanent', 'n'];
/** Residence cards with a known federal fee group (n has none: it only gets `total` rows). */
const PRICED = RESIDENCE.filter((c) => c !== 'n');
/** Cards a child under 12 can hold, per federal child product. */
const CHILD_CARDS = ['a', 'b', 'k', 'l', 'eu', 'eu-plus', 'f', 'f-plus'];
const CUT_OFFS = ['11:00', '12:00', '12:30', '14:00', '14:30', '15:00', '16:00'];
const PAYMENTS = [['cash', 'card'], ['card'], ['card', 'bank-transfer'], null];

/** Small deterministic PRNG (mulberry32), seeded per municipality. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
/** A whole number of cents between lo and hi euro, in steps of 10 cents. */
const euro = (rnd, lo, hi) => Math.round((lo + rnd() * (hi - lo)) * 10) * 10;

/** `testgemeente-0042` for n = 42. */
export function syntheticId(n) {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new Error(`syntheticId: n must be a whole number from 1 to 9999, got ${n}`);
  return `testgemeente-${String(n).padStart(4, '0')}`;
}

const FAKE_NOTE = {
  nl: 'Testgegevens voor de schaaltest van de site: deze gemeente bestaat niet en alle bedragen zijn verzonnen.',
  fr: "Données de test pour l'essai de charge du site : cette commune n'existe pas et tous les montants sont inventés.",
  en: 'Test data for the scale benchmark of the site: this municipality does not exist and every amount is invented.',
};

/**
 * The content of municipality n, as the YAML file holds it (dates and times as text).
 * Three shapes alternate, so the build meets every kind of fee data the real files use:
 * - surcharge rows on the federal price (like Voorbeeldgemeente), one service for every card;
 * - published totals per year with a dated history (2025 closed, 2026 open-ended), two services;
 * - totals as above plus a declared conflict between two figures for children under 12.
 */
export function syntheticMunicipality(n) {
  const id = syntheticId(n);
  const num = String(n).padStart(4, '0');
  const rnd = random(n * 2654435761);
  const shape = n % 3;
  const region = n % 30 === 0 ? 'brussels' : n % 2 === 0 ? 'wallonia' : 'flanders';
  const src = [SYNTHETIC_SOURCE];
  const services =
    shape === 0
      ? [{ id: 'civil-affairs', name: { nl: 'dienst Burgerzaken (test)', fr: 'service Population (test)', en: 'Civil Affairs service (test)' }, cards: [...RESIDENCE, 'child'], sources: src }]
      : [
          { id: 'population', name: { nl: 'dienst Bevolking (test)', fr: 'service Population (test)', en: 'Population service (test)' }, cards: ['k', 'l', 'eu-plus', 'f-plus', 'child'], sources: src },
          { id: 'foreigners', name: { nl: 'dienst Vreemdelingen (test)', fr: 'service Étrangers (test)', en: 'Foreigners service (test)' }, cards: ['a', 'b', 'eu', 'f', 'h', 'i', 'j', 'm', 'm-permanent', 'n', 'orange'], sources: src },
        ];
  const appointment = rnd() < 0.5;
  const payment = PAYMENTS[n % PAYMENTS.length];
  const cutOff = n % 4 === 3 ? undefined : pick(rnd, CUT_OFFS);

  /** @type {Array<Record<string, unknown>>} */
  const fees = [];
  /** @type {Array<Record<string, unknown>>} */
  const conflicts = [];
  if (shape === 0) {
    const adult = euro(rnd, 0, 8);
    const urgent = euro(rnd, 0, 15);
    const child = euro(rnd, 0, 3);
    fees.push(
      { cards: PRICED, age: '12-plus', procedure: 'normal', validFrom: '2024-01-01', surcharge: adult, sources: src },
      { cards: RESIDENCE, age: 'any', procedure: 'urgent', validFrom: '2024-01-01', surcharge: urgent, sources: src },
      { cards: CHILD_CARDS, age: 'under-12', procedure: 'normal', validFrom: '2024-01-01', surcharge: child, sources: src },
      { cards: ['n'], age: '12-plus', procedure: 'normal', validFrom: '2024-01-01', total: 1970 + adult, sources: src },
    );
  } else {
    for (const [year, from, until, rise] of [[2025, '2025-01-01', '2025-12-31', 0], [2026, '2026-01-01', undefined, euro(rnd, 0.5, 2)]]) {
      const dated = { validFrom: from, ...(until ? { validUntil: until } : {}) };
      const base = euro(rnd, 22, 32) + rise;
      const fast = euro(rnd, 120, 140) + rise;
      const kid = euro(rnd, 6, 14) + rise;
      fees.push(
        { cards: RESIDENCE, age: '12-plus', procedure: 'normal', ...dated, total: base, sources: src },
        { cards: RESIDENCE, age: '12-plus', procedure: 'urgent', ...dated, total: fast, sources: src },
        { cards: ['orange'], age: 'any', procedure: 'normal', reasons: ['first'], ...dated, total: euro(rnd, 5, 10), sources: src },
        { cards: CHILD_CARDS, age: 'under-12', procedure: 'urgent', ...dated, total: fast - euro(rnd, 5, 12), sources: src },
      );
      if (shape === 2) {
        const conflict = `kids-${year}`;
        conflicts.push({
          id: conflict,
          about: {
            nl: `Testgegevens: twee verzonnen bedragen voor de kaart van een kind onder 12 in ${year}.`,
            fr: `Données de test : deux montants inventés pour la carte d'un enfant de moins de 12 ans en ${year}.`,
            en: `Test data: two invented amounts for the card of a child under 12 in ${year}.`,
          },
          sources: src,
        });
        fees.push(
          { cards: CHILD_CARDS, age: 'under-12', procedure: 'normal', ...dated, total: kid, conflict, sources: src },
          { cards: CHILD_CARDS, age: 'under-12', procedure: 'normal', ...dated, total: kid + 300, conflict, sources: src },
        );
      } else {
        fees.push({ cards: CHILD_CARDS, age: 'under-12', procedure: 'normal', ...dated, total: kid, sources: src });
      }
    }
  }

  return {
    name: { nl: `Testgemeente ${num}`, fr: `Commune-test ${num}`, en: `Test municipality ${num}` },
    region,
    ...(n % 5 === 0 ? {} : { address: { street: `Teststraat ${n}`, postcode: `0${num.slice(-3)}`, city: `Testgemeente ${num}` } }),
    ...(n % 2 === 0 ? { email: `bevolking@${id}.example` } : {}),
    services,
    appointments: {
      application: appointment,
      collection: appointment && rnd() < 0.7,
      note: {
        nl: appointment ? 'Testgegevens: maak vooraf een afspraak.' : 'Testgegevens: u kunt zonder afspraak langskomen.',
        fr: appointment ? 'Données de test : prenez rendez-vous à l’avance.' : 'Données de test : vous pouvez venir sans rendez-vous.',
        en: appointment ? 'Test data: book an appointment first.' : 'Test data: you can come without an appointment.',
      },
      sources: src,
    },
    ...(payment ? { payment: { methods: payment, sources: src } } : {}),
    urgent: { ...(cutOff ? { cutOff } : {}), workingDays: 1, sources: src },
    notes: [{ text: FAKE_NOTE, sources: src }],
    // Every third municipality asks for one thing more, so local "what to bring" items scale too.
    ...(n % 3 === 0
      ? { requirements: [{ id: 'passport', situations: ['first', 'renewal'], age: '12-plus', cards: ['residence-cards'], order: 40, text: { nl: 'Testgegevens: uw paspoort.', fr: 'Données de test : votre passeport.', en: 'Test data: your passport.' }, sources: src }] }
      : {}),
    conflicts,
    fees,
    sources: src,
    lastChecked: SYNTHETIC_CHECKED,
  };
}

/** The YAML text of municipality n, with a header that says it is synthetic. */
export function syntheticYaml(n) {
  return `# SYNTHETIC TEST DATA written by scripts/bench/synthetic.mjs for the scale benchmark.\n# ${syntheticId(n)} does not exist; every name, address and amount is invented.\n${stringify(syntheticMunicipality(n), { version: '1.2', lineWidth: 0 })}`;
}

/**
 * Writes municipalities 1..count into `dir` (emptied first) and returns their ids.
 * Refuses to write into the project's src/content, so synthetic data never mixes with real data.
 */
export function writeSyntheticMunicipalities(dir, count) {
  const content = resolve(fileURLToPath(new URL('../../src/content', import.meta.url)));
  const rel = relative(content, resolve(dir));
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) throw new Error(`Refusing to write synthetic municipalities into ${dir}: it lies in the project's src/content. Use a temporary folder.`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const ids = [];
  for (let n = 1; n <= count; n++) {
    writeFileSync(join(dir, `${syntheticId(n)}.yaml`), syntheticYaml(n));
    ids.push(syntheticId(n));
  }
  if (readdirSync(dir).length !== count) throw new Error(`Expected ${count} files in ${dir}.`);
  return ids;
}
