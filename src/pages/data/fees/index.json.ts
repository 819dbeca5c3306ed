/** `/data/fees/index.json`: the list of municipality fee files (see docs/open-data.md). */
import type { APIRoute } from 'astro';
import { content } from '../../../data/content.ts';
import { buildDate } from '../../../data/build-date.ts';
import { buildFeeIndex } from '../_fee-data.ts';

export const GET: APIRoute = async () => {
  const data = await content();
  return new Response(JSON.stringify(buildFeeIndex(data.municipalities, buildDate())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
