declare namespace App {
  interface Locals {
    /** The card id of the card page being rendered: <Fact field="…" /> in shared sections reads that card's data. */
    card?: string | undefined;
  }
}
