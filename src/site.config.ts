/**
 * The site's own settings, in one place. Change them here; every page reads them.
 *
 * - `correctionsEmail`: where "Is something wrong on this page?" sends its prefilled e-mail
 *   (no form service, no third party). A municipality file may name its own `corrections`
 *   address: its page's link then writes to that address, with this one in copy.
 */
export const siteConfig = {
  correctionsEmail: 'correcties@verblijfskaart.be',
} as const;
