/**
 * Strings of the municipality picker on card pages, in the three languages. The slot adds the
 * fee table words it shares with the static tables (src/i18n/ui.ts) before passing them to the island.
 */
import { defineStrings } from '../../i18n/define.ts';
import { FEE_TABLE_KEYS } from '../fees/FeeTableView.tsx';
import { useTranslations, type Lang } from '../../i18n/index.ts';

export const pickerText = defineStrings(
  {
    'picker.title': 'Prijs in uw gemeente',
    'picker.static': 'Elke gemeente bepaalt haar eigen prijs. Zoek uw gemeente in de {link}: elke gemeentepagina toont al haar prijzen.',
    'picker.static.link': 'lijst van {count} gemeenten',
    'picker.single': 'Deze site toont de diensten en prijzen van {municipality}.',
    'picker.issuer': 'Uw gemeente: de dienst die verblijfskaarten afgeeft. Welke dienst dat is, staat op de pagina van uw gemeente in de {link}.',
    'picker.label': 'Uw gemeente',
    'picker.hint': 'Kies de gemeente waar u woont. Deze site onthoudt uw keuze op dit toestel, zonder cookie.',
    'picker.choose': 'Kies een gemeente',
    'picker.list.loading': 'De lijst van gemeenten wordt geladen…',
    'picker.list.error': 'De lijst van gemeenten kon niet geladen worden. Gebruik de lijst van gemeenten hierboven.',
    'picker.fees.loading': 'De prijzen van {municipality} worden geladen…',
    'picker.fees.error': 'De prijzen van {municipality} konden niet geladen worden.',
    'picker.fees.none': '{municipality} vermeldt geen prijs voor deze kaart. Vraag het aan het loket.',
    'picker.more': 'Alles over {municipality}: diensten, afspraken en alle prijzen',
    'picker.forget': 'Keuze vergeten',
    'picker.forgotten': 'Uw keuze is vergeten.',
    'picker.remembered': 'Gekozen: {municipality}.',
    'picker.region.flanders': 'Vlaanderen',
    'picker.region.brussels': 'Brussel',
    'picker.region.wallonia': 'Wallonië',
  },
  {
    fr: {
      'picker.title': 'Prix dans votre commune',
      'picker.static': 'Chaque commune fixe son propre prix. Cherchez votre commune dans la {link} : chaque page de commune montre tous ses prix.',
      'picker.static.link': 'liste des {count} communes',
      'picker.single': 'Ce site présente les services et les prix de {municipality}.',
      'picker.issuer': 'Votre commune : le service qui délivre les cartes de séjour. La page de votre commune dans la {link} dit de quel service il s’agit.',
      'picker.label': 'Votre commune',
      'picker.hint': 'Choisissez la commune où vous habitez. Ce site retient votre choix sur cet appareil, sans cookie.',
      'picker.choose': 'Choisissez une commune',
      'picker.list.loading': 'Chargement de la liste des communes…',
      'picker.list.error': 'La liste des communes n’a pas pu être chargée. Utilisez la liste des communes ci-dessus.',
      'picker.fees.loading': 'Chargement des prix de {municipality}…',
      'picker.fees.error': 'Les prix de {municipality} n’ont pas pu être chargés.',
      'picker.fees.none': '{municipality} n’indique pas de prix pour cette carte. Demandez au guichet.',
      'picker.more': 'Tout sur {municipality} : services, rendez-vous et tous les prix',
      'picker.forget': 'Oublier ce choix',
      'picker.forgotten': 'Votre choix est oublié.',
      'picker.remembered': 'Choisie : {municipality}.',
      'picker.region.flanders': 'Flandre',
      'picker.region.brussels': 'Bruxelles',
      'picker.region.wallonia': 'Wallonie',
    },
    en: {
      'picker.title': 'Price in your municipality',
      'picker.static': 'Each municipality sets its own price. Find yours in the {link}: each municipality page shows all its prices.',
      'picker.static.link': 'list of {count} municipalities',
      'picker.single': 'This site shows the services and prices of {municipality}.',
      'picker.issuer': 'Your municipality: the service that issues residence cards. The page of your municipality in the {link} says which service that is.',
      'picker.label': 'Your municipality',
      'picker.hint': 'Choose the municipality where you live. This site remembers your choice on this device, without a cookie.',
      'picker.choose': 'Choose a municipality',
      'picker.list.loading': 'Loading the list of municipalities…',
      'picker.list.error': 'The list of municipalities could not be loaded. Use the list of municipalities above.',
      'picker.fees.loading': 'Loading the prices of {municipality}…',
      'picker.fees.error': 'The prices of {municipality} could not be loaded.',
      'picker.fees.none': '{municipality} gives no price for this card. Ask at the counter.',
      'picker.more': 'All about {municipality}: services, appointments and every price',
      'picker.forget': 'Forget my choice',
      'picker.forgotten': 'Your choice is forgotten.',
      'picker.remembered': 'Chosen: {municipality}.',
      'picker.region.flanders': 'Flanders',
      'picker.region.brussels': 'Brussels',
      'picker.region.wallonia': 'Wallonia',
    },
  },
);

/** Words of the static fee tables and of "what to bring" the island reuses, so both read the same. */
const SHARED = [
  ...FEE_TABLE_KEYS,
  'bring.local', 'bring.apply', 'bring.collect',
  'bring.situation.first', 'bring.situation.renewal', 'bring.situation.lost-stolen', 'bring.situation.damaged', 'bring.situation.photo', 'bring.situation.name-gender',
] as const;

export type PickerKey = keyof (typeof pickerText)['nl'] | (typeof SHARED)[number];
export type PickerStrings = Record<PickerKey, string>;

/** Every string the island needs in one language (a few dozen short strings, not the whole dictionary). */
export function pickerStringsFor(lang: Lang): PickerStrings {
  const t = useTranslations(lang);
  const shared = Object.fromEntries(SHARED.map((k) => [k, t(k)])) as Record<(typeof SHARED)[number], string>;
  return { ...pickerText[lang], ...shared };
}
