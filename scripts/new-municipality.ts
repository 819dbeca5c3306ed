// `npm run new:municipality -- <id> "<Name>"`: starts a new municipality.
//
// Writes src/content/municipalities/<id>.yaml, a valid skeleton with a comment on every field,
// and adds a source entry `<id>-page` to src/content/sources.yaml (every fact needs a source).
// Lines that need real facts carry a `# TODO` comment: `npm run check` lists them as warnings
// and a build refuses to publish them, so no placeholder reaches residents.
//
//   node scripts/new-municipality.ts <id> "<Name>" [--root <dir>]
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { todayInBelgium, toIsoDate } from '../src/lib/plain-date.ts';
import { ID_PATTERN, suggestId } from '../src/validation/rules.ts';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const USAGE = 'Usage: npm run new:municipality -- <id> "<Name>"\nExample: npm run new:municipality -- sint-gillis "Sint-Gillis"';

const args = process.argv.slice(2);
let root = process.cwd();
const positional: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--root') root = resolve(args[++i] ?? fail(`--root needs a folder.\n${USAGE}`, 2));
  else positional.push(args[i]!);
}
const [id, rawName, ...extra] = positional;
if (!id || rawName === undefined || extra.length > 0) fail(`Give an id and a name, and put the name in quotes when it has spaces.\n${USAGE}`, 2);
const name = rawName.trim();
if (!name) fail(`The name is empty. Write the municipality's name in quotes.\n${USAGE}`, 2);
if (!ID_PATTERN.test(id)) {
  const suggestion = suggestId(id);
  fail(
    `"${id}" cannot be an id: an id is part of web addresses and may hold only lower-case letters a-z, digits and single hyphens (no spaces, capitals or accents).` +
      (suggestion ? `\nTry: npm run new:municipality -- ${suggestion} ${JSON.stringify(name)}` : ''),
  );
}

const dir = join(root, 'src', 'content', 'municipalities');
if (!existsSync(dir)) fail(`There is no folder ${dir}. Run this command in the project folder (the one with package.json).`);
const file = join(dir, `${id}.yaml`);
const clash = readdirSync(dir).find((f) => f.replace(/\.ya?ml$/, '').toLowerCase() === id);
if (existsSync(file) || clash) {
  fail(`The municipality "${id}" already exists: src/content/municipalities/${clash ?? `${id}.yaml`}. Edit that file, or choose another id.`);
}

const today = toIsoDate(todayInBelgium());
const sourceId = `${id}-page`;
const q = (s: string) => JSON.stringify(s);
const n = q(name);

// Every field of src/schemas/municipality.ts, each with a comment. Optional fields are written
// commented out, as "# field: example" (a "#", one space, the YAML line), so an editor removes
// the "# " to use one; tests/unit/new-municipality.test.ts checks that uncommenting them gives
// a file that passes the schema and holds every field it knows. docs/fields.md lists them all.
const yaml = `# ${name}. The file name "${id}" is the municipality's id: it appears in web addresses
# (/nl/gemeenten/${id}/) and should never change. Made by npm run new:municipality.
#
# Fill in every line marked TODO with facts from the municipality's own pages, then delete
# that comment. npm run check lists the lines still marked; a build refuses to publish them.
# Every fact names its source: ${sourceId} was added to src/content/sources.yaml for this.
# Optional fields are commented out: remove the "# " at the start of their lines to use them.
# Every field, its allowed values and its default: docs/fields.md. How to edit: docs/editing.md.

# The name in each language (often the same three times).
name:
  nl: ${n}
  fr: ${n}
  en: ${n}

# The region: flanders, brussels or wallonia.
region: flanders # TODO: check the region

# The address of the counter (optional). The postcode has four digits, in quotes.
# address:
#   street: Marktplein 1
#   postcode: "1000"
#   city: ${n}
# The phone number as dialled in Belgium (optional; digits, spaces, + / and dots):
# phone: 02 000 00 00
# The e-mail address residents write to (optional):
# email: bevolking@example.be
# Where residents report a wrong fact on this municipality's page (optional; the site's own
# address in src/site.config.ts is used otherwise, and goes in copy):
# corrections: correcties@example.be
# The web page on residence cards (optional; a full address starting with https://):
# website: https://www.example.be/verblijfskaarten

# The services that issue cards, and the card ids each one handles. Card ids:
# a b k l eu eu-plus f f-plus h i j m m-permanent n child orange
services:
  - id: population # a short id, lower case, unique in this file
    name:
      nl: dienst Bevolking # TODO: the service's name in Dutch
      fr: service Population
      en: Population service
    cards: [a, b, k, l, eu, eu-plus, f, f-plus, h, i, j, m, m-permanent, n, child] # TODO: the cards this service handles
    sources: [${sourceId}]

# Appointments: true when residents need one to apply for the card (application) and to
# collect it (collection). The note (optional) says how to book, in three languages.
appointments:
  application: true # TODO: check
  collection: true # TODO: check
  # note:
  #   nl: Maak een afspraak via de website of aan het loket.
  #   fr: Prenez rendez-vous sur le site web ou au guichet.
  #   en: Book an appointment on the website or at the counter.
  sources: [${sourceId}]

# How residents can pay at the counter: methods from cash, card (bank card) and bank-transfer.
# Every checklist of this municipality shows it after the fee. Delete the whole block when the
# page does not say how you pay: the site then tells residents to ask.
payment:
  methods: [cash, card] # TODO: the methods the page names
  sources: [${sourceId}]

# The urgent procedure. The cut-off (optional, "HH:MM" in quotes) is the time before which an
# urgent request leaves the same day; workingDays is how many working days until the card is
# ready (default 1).
urgent:
  # cutOff: "14:30"
  workingDays: 1 # TODO: check
  sources: [${sourceId}]

# What this municipality asks for on top of the general rules in src/content/requirements.yaml
# (optional), with the same fields: an id; the stage (application or collection); the
# situations (first, renewal, lost-stolen, damaged, photo, name-gender; default all); the age
# (12-plus, under-12 or any); the cards (default every card); the order (lower first); the
# text in three languages, without figures; validFrom and validUntil only when a source says.
# requirements:
#   - id: proof-of-address
#     stage: application
#     situations: [first]
#     age: any
#     cards: [a, b]
#     order: 50
#     text:
#       nl: Een bewijs van uw adres, zoals een huurcontract.
#       fr: Une preuve de votre adresse, comme un bail.
#       en: Proof of your address, such as a rental contract.
#     validFrom: 2027-01-01
#     validUntil: 2027-12-31
#     sources: [${sourceId}]

# Extra facts and steps (optional). With situations (and optionally cards) a note is a step
# that card pages show for that situation; without situations it is a general note on the
# municipality page.
# notes:
#   - text:
#       nl: In het gemeentehuis staat een pasfotocabine.
#       fr: Une cabine photo se trouve à la maison communale.
#       en: There is a photo booth in the town hall.
#     cards: [a, b]
#     situations: [renewal]
#     sources: [${sourceId}]

# Disagreements between sources (optional): a fee row names one with conflict: <id>, and rows
# for the same case may then overlap. The cards default to those of the rows that name it.
# conflicts:
#   - id: urgent-fee
#     about:
#       nl: De website en het tarievenreglement geven een ander bedrag.
#       fr: Le site web et le règlement tarifaire donnent un autre montant.
#       en: The website and the fee regulation give different amounts.
#     cards: [a, b]
#     sources: [${sourceId}]

# Fees, one row per case. Amounts are in euro cents (2540 is EUR 25.40). Give either
#   total (the full amount the municipality asks), or
#   surcharge (the municipal part, added to the federal price of the same day).
# The age is 12-plus, under-12 or any; the procedure normal or urgent; the reasons (default
# all three) first, renewal and duplicate. Dates: write validFrom only when the source states
# the first day. An undated page gives no start date: keep seenOn, the day you read it (the
# site says "read on …", never a period). A fee changes? Never overwrite a row: end it with
# validUntil (the day before) and add a new row. A note (optional) is shown with the row; a
# conflict (optional) names an entry of conflicts above.
fees:
  - cards: [a, b, k, l, eu, eu-plus, f, f-plus, h, i, j, m, m-permanent]
    age: 12-plus
    procedure: normal
    seenOn: ${today} # TODO: the day you read the source (or validFrom: the first day, if the source gives it)
    surcharge: 0 # TODO: the municipal surcharge in cents, or replace this line by total: <cents>
    sources: [${sourceId}]
  # A row with a total, dates from the source, only some reasons, a note and a conflict:
  # - cards: [a, b]
  #   age: any
  #   procedure: urgent
  #   reasons: [first, renewal]
  #   validFrom: 2027-01-01
  #   validUntil: 2027-12-31
  #   total: 11840
  #   note:
  #     nl: Inclusief de verzendkosten.
  #     fr: Frais d'envoi compris.
  #     en: Including the postage.
  #   conflict: urgent-fee
  #   sources: [${sourceId}]

# The sources for the file as a whole.
sources: [${sourceId}]
# The day you last checked everything above against the sources.
lastChecked: ${today}
# The day you last confirmed the fees after a change upstream that npm run check names (a new
# federal price that a total includes). npm run confirm -- ${id} sets it to today.
confirmed: ${today}
`;

const sourcesFile = join(root, 'src', 'content', 'sources.yaml');
const sources = existsSync(sourcesFile) ? readFileSync(sourcesFile, 'utf8') : '';
const hasSource = new RegExp(`^- id: ${sourceId}\\s*$`, 'm').test(sources);
const sourceEntry = `
# Source of ${name}, added by npm run new:municipality.
- id: ${sourceId}
  kind: municipal-page # or council-decision, law, government-page
  publisher: ${q(`Gemeente ${name}`)} # TODO: who publishes the page
  title: # TODO: the page's title in three languages; say in fr and en which language the page is in
    nl: ${q(`Gemeente ${name}, webpagina over verblijfskaarten`)}
    fr: ${q(`Commune de ${name}, page web sur les cartes de séjour`)}
    en: ${q(`Municipality of ${name}, web page on residence cards`)}
  # url: https://www.example.be/verblijfskaarten # TODO: the page's address
  lastChecked: ${today}
`;

writeFileSync(file, yaml, { flag: 'wx' });
if (!hasSource) appendFileSync(sourcesFile, (sources.endsWith('\n') || sources === '' ? '' : '\n') + sourceEntry);
console.log(`Created src/content/municipalities/${id}.yaml${hasSource ? '' : ` and added the source "${sourceId}" to src/content/sources.yaml`}.
Next:
  1. Fill in the lines marked TODO in both files with facts from the municipality's pages.
  2. npm run check   (lists what is still to do; the site cannot be built while TODO lines remain)
  3. npm run dev     (preview: http://127.0.0.1:4321/nl/gemeenten/${id}/)`);
