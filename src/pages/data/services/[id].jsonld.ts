/** `/data/services/<municipality>.jsonld`: one municipality's services as CPSV-AP JSON-LD (see docs/open-data.md). */
import type { APIRoute } from 'astro';
import { content } from '../../../data/content.ts';
import { cpsvServices } from '../../../data/structured-data.ts';

export async function getStaticPaths() {
  return (await content()).municipalities.map((m) => ({ params: { id: m.id } }));
}

export const GET: APIRoute = async ({ params, site }) =>
  new Response(JSON.stringify(await cpsvServices(site!, params.id), null, 1), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
