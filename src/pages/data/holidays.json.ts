/** `/data/holidays.json`: Belgium's national public holidays for the years the deadline calculator covers (see docs/open-data.md). */
import type { APIRoute } from 'astro';
import { holidaysData } from '../../data/holidays-data.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await holidaysData(), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
