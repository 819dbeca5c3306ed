/**
 * The page `npm run dev` shows instead of any page while the content has errors: the same
 * messages as `npm run check` (file:line, field, what is wrong, the fix), one per item. The page
 * loads Vite's client, so it reloads by itself when a saved file changes the list.
 */
import { problemPlace, problemText, type Problem } from '../validation/index.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function problemsPage(errors: readonly Problem[]): string {
  const title = `${errors.length} content ${errors.length === 1 ? 'error' : 'errors'}`;
  const items = errors
    .map(
      (p) => `    <li>
      <code class="place">${escape(problemPlace(p))}</code>
      <p>${escape(problemText(p))}</p>${p.fix ? `\n      <p class="fix"><strong>Fix:</strong> ${escape(p.fix)}</p>` : ''}
    </li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title} – Verblijfskaart preview</title>
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
    h1 { font-size: 1.5rem; color: #a4001d; }
    ol { padding-left: 1.5rem; }
    li { margin: 0 0 1.25rem; }
    li p { margin: 0.25rem 0; }
    .place { font-weight: bold; word-break: break-all; }
    .fix { background: #f2f6ff; border-left: 4px solid #2857c5; padding: 0.25rem 0.5rem; }
  </style>
  <script type="module" src="/@vite/client"></script>
</head>
<body>
  <main>
    <h1>The preview stops: ${title}</h1>
    <p>The pages are not shown while the content has errors, so that no page shows wrong or missing data.
      Fix the files below and save: this page reloads by itself, and the site comes back once every error is fixed.
      <code>npm run check</code> lists the same messages; docs/editing.md explains each one.</p>
    <ol>
${items}
    </ol>
  </main>
</body>
</html>
`;
}
