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

const yaml = `# ${name}. The file name "${id}" is the municipality's id: it appears in web addresses
# (/nl/gemeenten/${id}/) and should never change. Made by npm run new:municipality.
#
# Fill in every line marked TODO with facts from the municipality's own pages, then delete
# that comment. npm run check lists the lines still marked; a build refuses to publish them.
# Every fact names its source: ${sourceId} was added to src/content/sources.yaml for this.
# docs/editing.md explains every field.

# The name in each language (often the same three times).
name:
  nl: ${n}
  fr: ${n}
  en: ${n}

# flanders, brussels or wallonia.
region: flanders # TODO: check the region

# Address of the counter (optional). Remove the # signs to use it.
# address:
#   street: Marktplein 1
#   postcode: "1000"
#   city: ${name}
# Phone number as dialled in Belgium (optional), e.g. 02 600 15 21:
# phone: 02 000 00 00
# E-mail address and website (optional):
# email: bevolking@example.be
# website: https://www.example.be/

# The services that issue cards, and the card ids each one handles. Card ids:
# a b k l eu eu-plus f f-plus h i j m m-permanent n child orange
services:
  - id: population # short id, lower case, unique in this file
    name:
      nl: dienst Bevolking # TODO: the service's name in Dutch
      fr: service Population
      en: Population service
    cards: [a, b, k, l, eu, eu-plus, f, f-plus, h, i, j, m, m-permanent, n, child] # TODO: the cards this service handles
    sources: [${sourceId}]

# true when you need an appointment to apply for the card, and to collect it.
appointments:
  application: true # TODO: check
  collection: true # TODO: check
  sources: [${sourceId}]

# Urgent procedure. cutOff (optional, HH:MM): the time before which an urgent request
# leaves the same day. workingDays: how many working days until the card is ready.
urgent:
  # cutOff: "14:30"
  workingDays: 1 # TODO: check
  sources: [${sourceId}]

# Fees, one row per case. Amounts are in euro cents (2540 is EUR 25.40). Give either
#   total: the full amount the municipality asks, or
#   surcharge: the municipal part, added to the federal price of the same day.
# Dates: write validFrom only when the source states the first day. An undated page gives no
# start date: keep seenOn, the day you read it (the site says "read on …", never a period).
# A fee changes? Never overwrite a row: end it with validUntil (the day before) and add a new
# row. age: 12-plus, under-12 or any. procedure: normal or urgent.
# reasons (optional): first, renewal, duplicate.
fees:
  - cards: [a, b, k, l, eu, eu-plus, f, f-plus, h, i, j, m, m-permanent]
    age: 12-plus
    procedure: normal
    seenOn: ${today} # TODO: the day you read the source (or validFrom: the first day, if the source gives it)
    surcharge: 0 # TODO: the municipal surcharge in cents, or replace this line by total: <cents>
    sources: [${sourceId}]

# Sources for the file as a whole, and the day you last checked everything above.
sources: [${sourceId}]
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
