/**
 * `/data/ui/<lang>/<part>.<hash>.json`: what the calculators' islands need besides their page
 * (their words, the card and municipality lists, the deadline rules), one file per part and
 * language at a content-hashed address (src/data/island-data.ts). Not open data: the address and
 * shape change with every build that changes them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allIslandFiles, type IslandFile } from '../../../../data/island-data.ts';

export const getStaticPaths = (async () => (await allIslandFiles()).map((f) => ({ params: { lang: f.lang, file: f.file }, props: { f } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ f: IslandFile }> = ({ props }) => new Response(props.f.json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
