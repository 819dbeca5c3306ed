/** `/data/fees/<municipality>.json`: one municipality's fee schedule as open data (see docs/open-data.md). */
import type { APIRoute } from 'astro';
import { content } from '../../../data/content.ts';

export async function getStaticPaths() {
  const data = await content();
  return data.municipalities.map((m) => ({ params: { id: m.id } }));
}

// Built once per build in content.ts: the static tables and the calculators read the same object.
export const GET: APIRoute = async ({ params }) => {
  const file = (await content()).feeData.get(params.id!)!;
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
