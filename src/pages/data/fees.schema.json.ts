/** `/data/fees.schema.json`: JSON Schema of the open fee data, generated from the zod schema. */
import type { APIRoute } from 'astro';
import { feeJsonSchema } from './_fee-data.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(feeJsonSchema(site?.href), null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
