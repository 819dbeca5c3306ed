/** `/data/services/index.jsonld`: every service (card × municipality) as CPSV-AP JSON-LD (see docs/open-data.md). */
import type { APIRoute } from 'astro';
import { cpsvServices } from '../../../data/structured-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await cpsvServices(site!), null, 1), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
