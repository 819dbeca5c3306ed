/** `/data/fees/<municipality>.json`: one municipality's fee schedule as open data (see docs/open-data.md). */
import type { APIRoute } from 'astro';
import { content } from '../../../data/content.ts';
import { buildFeeData } from '../_fee-data.ts';

export async function getStaticPaths() {
  const data = await content();
  return data.municipalities.map((m) => ({ params: { id: m.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const data = await content();
  const entry = data.municipalityMap.get(params.id!)!;
  const file = buildFeeData({
    id: entry.id,
    municipality: entry.data,
    cards: data.cardMap,
    federalPrices: data.federalPrices,
    segments: data.feeSegments.get(entry.id) ?? [],
    checklist: data.checklist,
    sources: data.sources,
  });
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
