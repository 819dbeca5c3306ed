import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { forBuild, formatProblem, UPSTREAM_RULES, validateContent, type Problem } from '../validation/index.ts';
import { parseAsOf } from '../data/build-date.ts';

/**
 * Runs the content validation (src/validation/) before every build and when the dev server
 * starts, so a wrong edit fails with a message that names the file, the line, the field and
 * the fix, before any page is made. A build stops on any error; warnings are printed only.
 * In `astro dev` the check runs again whenever a file under src/content changes, and its
 * messages are printed without stopping the preview.
 */
export default function validateContent_(): AstroIntegration {
  let root = process.cwd();
  const print = (logger: AstroIntegrationLogger, errors: Problem[], warnings: Problem[]) => {
    for (const p of warnings) logger.warn(formatProblem(p));
    for (const p of errors) logger.error(formatProblem(p));
  };
  return {
    name: 'verblijfskaart:validate-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
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
        const result = validateContent(root, { translations: false, today });
        const { stats } = result;
        // Placeholders from npm run new:municipality may be previewed, never published.
        const { errors, warnings } = command === 'build' ? forBuild(result) : result;
        // A build prints the warnings that name upstream changes and lists that run out soon
        // (npm run check lists every warning).
        print(logger, errors, command === 'build' ? warnings.filter((w) => (UPSTREAM_RULES as readonly string[]).includes(w.rule)) : warnings);
        if (errors.length > 0) {
          const message = `The site was not built: ${errors.length} content ${errors.length === 1 ? 'error' : 'errors'}, listed above with file and line.`;
          if (command === 'build') {
            // A short error without a stack trace: the list above says what and where.
            const error = Object.assign(new Error(message), { hint: 'Fix the files named above, then build again. npm run check lists the same messages; docs/editing.md explains each one.' });
            error.stack = '';
            throw error;
          }
          logger.error(message);
        } else {
          logger.info(`content checked: ${stats.files} files, no errors${warnings.length ? `, ${warnings.length} warnings (npm run check lists them)` : ''}.`);
        }
        if (command === 'dev') {
          let timer: ReturnType<typeof setTimeout> | undefined;
          updateConfig({
            vite: {
              plugins: [
                {
                  name: 'verblijfskaart:validate-content-watch',
                  configureServer(server) {
                    server.watcher.on('all', (_event, file) => {
                      const rel = relative(root, file).split(sep).join('/');
                      if (!rel.startsWith('src/content/')) return;
                      clearTimeout(timer);
                      timer = setTimeout(() => {
                        const r = validateContent(root, { translations: false, today });
                        print(logger, r.errors, []);
                        if (r.errors.length === 0) logger.info(`content checked after your edit of ${rel}: no errors.`);
                      }, 150);
                    });
                  },
                },
              ],
            },
          });
        }
      },
    },
  };
}
