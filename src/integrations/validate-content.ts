import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { forBuild, formatProblem, UPSTREAM_RULES, validateContent, type Problem } from '../validation/index.ts';
import { parseAsOf } from '../data/build-date.ts';
import { contentState } from './content-state.ts';
import { problemsPage } from './problems-page.ts';

/**
 * Runs the content validation (src/validation/) before every build and when the dev server
 * starts, so a wrong edit fails with a message that names the file, the line, the field and
 * the fix, before any page is made. A build stops on any error; warnings are printed only.
 *
 * In `astro dev` the check runs again whenever a file under src/content changes. While it finds
 * an error, the dev server keeps running and answers every page with the list of errors (the
 * same messages as npm run check) instead of a page made from wrong data; the browser reloads
 * when the list changes, and the pages come back once the files are fixed. The content loaders
 * are tolerant in dev (src/integrations/content-state.ts), so an error at start does not stop
 * the dev server either.
 */
export default function validateContent_(): AstroIntegration {
  let root = process.cwd();
  const print = (logger: AstroIntegrationLogger, errors: Problem[], warnings: Problem[]) => {
    for (const p of warnings) logger.warn(formatProblem(p));
    for (const p of errors) logger.error(formatProblem(p));
  };
  /** Dev only: the errors found by the last check, and whether a content file changed since. */
  const dev = { errors: [] as Problem[], dirty: false, shown: '', today: undefined as string | undefined };
  const recheck = () => {
    dev.errors = validateContent(root, { translations: false, today: dev.today }).errors;
    dev.dirty = false;
    return dev.errors;
  };
  return {
    name: 'verblijfskaart:validate-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        // `astro check` and `astro sync` only type-check; `npm run check` runs the content check next.
        if (command !== 'build' && command !== 'dev') return;
        // AS_OF=YYYY-MM-DD previews the site as of that day: a bad value stops here, in one line.
        const asOf = parseAsOf();
        if (!asOf.ok) {
          const error = Object.assign(new Error(asOf.message), { hint: 'Give a day written YYYY-MM-DD, or leave the variable out to build for today.' });
          error.stack = '';
          throw error;
        }
        if (asOf.preview) logger.info(`Preview as of ${asOf.day} (AS_OF): the pages show the site as residents will see it on that day, with a banner on every page. Not for publishing.`);
        const today = asOf.day;
        dev.today = today;
        const result = validateContent(root, { translations: false, today });
        const { stats } = result;
        // Placeholders from npm run new:municipality may be previewed, never published.
        const { errors, warnings } = command === 'build' ? forBuild(result) : result;
        // A build prints the warnings that name upstream changes and lists that run out soon
        // (npm run check lists every warning).
        print(logger, errors, command === 'build' ? warnings.filter((w) => (UPSTREAM_RULES as readonly string[]).includes(w.rule)) : warnings);
        if (command === 'dev') {
          contentState().tolerant = true;
          dev.errors = errors;
          dev.shown = errors.map(formatProblem).join('\n');
        }
        if (errors.length > 0) {
          const count = `${errors.length} content ${errors.length === 1 ? 'error' : 'errors'}`;
          if (command === 'build') {
            // A short error without a stack trace: the list above says what and where.
            const error = Object.assign(new Error(`The site was not built: ${count}, listed above with file and line.`), {
              hint: 'Fix the files named above, then build again. npm run check lists the same messages; docs/editing.md explains each one.',
            });
            error.stack = '';
            throw error;
          }
          logger.error(`${count}, listed above with file and line. The preview shows this list instead of the pages until the files are fixed.`);
        } else {
          logger.info(`content checked: ${stats.files} files, no errors${warnings.length ? `, ${warnings.length} warnings (npm run check lists them)` : ''}.`);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        // The file the editor saved (an editor's or sed's temporary files come and go beside it).
        let edited = 'src/content';
        server.watcher.on('all', (_event, file) => {
          const rel = relative(root, file).split(sep).join('/');
          if (!rel.startsWith('src/content/')) return;
          if (/\.(?:ya?ml|mdx?)$/.test(rel)) edited = rel;
          dev.dirty = true;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const errors = recheck();
            const shown = errors.map(formatProblem).join('\n');
            if (shown === dev.shown) return;
            dev.shown = shown;
            print(logger, errors, []);
            if (errors.length === 0) logger.info(`content checked after your edit of ${edited}: no errors. The pages are back.`);
            else logger.error(`${errors.length} content ${errors.length === 1 ? 'error' : 'errors'}: the preview shows them instead of the pages.`);
            // Open pages reload: they show the list, or the page again once the list is empty.
            server.ws.send({ type: 'full-reload', path: '*' });
          }, 150);
        });
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          if (!isPageRequest(req)) return next();
          // A request right after a save sees the saved files, not the list from before.
          if (dev.dirty) recheck();
          const errors = devErrors(dev.errors);
          if (errors.length === 0) return next();
          const html = problemsPage(errors);
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(req.method === 'HEAD' ? undefined : html);
        });
      },
    },
  };
}

/**
 * What the dev server shows instead of pages: the content check's errors, and anything a loader
 * could not load that the check did not name (the check and the loaders read the same schemas,
 * so this part stays empty unless they disagree).
 */
export function devErrors(checked: readonly Problem[]): Problem[] {
  const named = new Set(checked.map((p) => p.file));
  const loader = [...contentState().loaderFailures].flatMap(([key, message]): Problem[] => {
    const file = key.split('#')[0]!;
    return named.has(file) ? [] : [{ severity: 'error', rule: 'loader', file, message, fix: 'Run npm run check, and compare the file with a similar one that works.' }];
  });
  return [...checked, ...loader];
}

/** Vite's own requests (modules, styles, the client), files with an extension and non-GET requests pass. */
function isPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = (req.url ?? '/').split('?')[0]!;
  if (/^\/(?:@|__|node_modules\/|src\/|_astro\/|\.astro\/)/.test(path)) return false;
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ext === undefined || ['html', 'json', 'xml', 'ics', 'txt'].includes(ext);
}
