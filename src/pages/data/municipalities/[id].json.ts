/**
 * `/data/municipalities/<id>.json`: where to go in one municipality (address, phone, the service
 * for each card, appointments, payment, the urgent procedure's cut-off) and the languages its
 * counter works in. Read by "Your plan" when the resident picks the municipality; open data like
 * /data/fees/ (see docs/open-data.md).
 */
import type { APIRoute } from 'astro';
import { content } from '../../../data/content.ts';
import { counterLanguages } from '../../../lib/plan.ts';

export async function getStaticPaths() {
  const data = await content();
  return data.municipalities.map((m) => ({ params: { id: m.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const m = (await content()).municipalityMap.get(params.id!)!;
  const d = m.data;
  const file = {
    version: 1,
    id: m.id,
    name: d.name,
    region: d.region,
    counterLanguages: counterLanguages(d.region),
    address: d.address ?? null,
    phone: d.phone ?? null,
    email: d.email ?? null,
    website: d.website ?? null,
    services: d.services.map((s) => ({ id: s.id, name: s.name, cards: s.cards, sources: s.sources })),
    appointments: d.appointments,
    payment: d.payment ?? null,
    urgent: { cutOff: d.urgent.cutOff ?? null, workingDays: d.urgent.workingDays, sources: d.urgent.sources },
    lastChecked: d.lastChecked,
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

export type MunicipalityFile = {
  version: 1;
  id: string;
  name: Record<string, string>;
  region: string;
  counterLanguages: string[];
  address: { street: string; postcode: string; city: string } | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  services: Array<{ id: string; name: Record<string, string>; cards: string[]; sources: string[] }>;
  appointments: { application: boolean; collection: boolean; note?: Record<string, string>; sources: string[] };
  payment: { methods: string[]; sources: string[] } | null;
  urgent: { cutOff: string | null; workingDays: number; sources: string[] };
  lastChecked: string;
};
