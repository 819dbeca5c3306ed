/**
 * Build-time only (every page is prerendered): right-to-left pages keep card codes such as
 * "EU+" readable (src/lib/bidi.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { dirOf, isLang } from './i18n/languages.ts';
import { isolateCodes } from './lib/bidi.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const lang = context.url.pathname.split('/')[1] ?? '';
  if (!isLang(lang) || dirOf(lang) !== 'rtl' || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  return new Response(isolateCodes(await response.text()), { status: response.status, headers: response.headers });
});
