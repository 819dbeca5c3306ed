/** `/data/holidays.ics`: the same holidays as /data/holidays.json, as an iCalendar file. */
import type { APIRoute } from 'astro';
import { holidaysCalendar } from '../../data/holidays-data.ts';

export const GET: APIRoute = async () => new Response(await holidaysCalendar(), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
