/**
 * MDX syntax for editors: every page body is compiled with the MDX compiler the build uses
 * (Sätteri, behind @astrojs/mdx), and the compiler's first error is turned into a problem with
 * the line and column, what is wrong in plain words and the fix. Without this, a stray `<` or
 * `{` passes the check and the build stops with the compiler's own text.
 *
 * Sätteri reports an error as `line:column: reason (source:rule)`; its rule is always
 * `unexpected-character`, so the reason's wording tells the cases apart (the same wording as
 * micromark-extension-mdx-jsx, which @mdx-js/mdx uses).
 */
import { mdxToJs, mdxToMdast } from 'satteri';
import type { MdxFile } from './load.ts';
import type { Problem } from './problem.ts';

/** The site's components that hold no content: always written `<Name … />`. */
const SELF_CLOSING_COMPONENTS = new Set(['Fact', 'RenewalRule', 'Validity', 'CardCost', 'Municipalities']);
/** HTML elements without content: MDX needs `<br />`, not `<br>`. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The options @astrojs/mdx passes to the compiler (markdown-satteri's MDX processor). */
const FEATURES = { gfm: true, smartPunctuation: true };

interface CompilerError {
  line: number;
  column: number;
  reason: string;
}

/** `3:1: Expected a closing tag for `<details>` (3:1) (mdx-jsx:unexpected-character)` → its parts. */
export function parseCompilerMessage(message: string): CompilerError | undefined {
  const m = /^(\d+):(\d+):\s+([\s\S]*?)(?:\s+\([\w-]+:[\w-]+\))?\s*$/.exec(message.split('\n')[0] ?? '');
  if (!m) return undefined;
  return { line: Number(m[1]), column: Number(m[2]), reason: m[3]! };
}

/** Checks the body of one MDX page; returns at most one problem (later errors follow from the first). */
export function mdxSyntax(mdx: MdxFile): Problem | undefined {
  // Blank lines for the front matter, so the compiler's lines are the file's lines.
  const source = '\n'.repeat(mdx.bodyLine - 1) + mdx.body;
  try {
    mdxToJs(source, { features: FEATURES, jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const parsed = parseCompilerMessage(message);
    if (!parsed) {
      return { severity: 'error', rule: 'mdx-syntax', file: mdx.file, line: mdx.bodyLine, field: '(text)', message: `the page cannot be read as MDX: ${plain(message)}`, fix: FALLBACK_FIX };
    }
    return explain(parsed, source, mdx.file);
  }
  return expressions(source, mdx.file);
}

const FALLBACK_FIX = 'Check the tags (<…>) and braces ({…}) at this place. docs/editing.md lists the usual mistakes.';

/** A compiler reason without its notes, positions and code quotes, ending with a full stop. */
function plain(reason: string): string {
  const text = reason
    .replace(/\s*\(note:[^)]*\)/g, '')
    .replace(/\s*\(\d+:\d+\)/g, '')
    .replace(/`/g, '')
    .trim();
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The text of the tag that starts at line:column (up to its `>`, on at most three lines). */
function tagAt(source: string, line: number, column: number): string {
  const lines = source.split('\n');
  const start = (lines[line - 1] ?? '').slice(column - 1);
  const text = [start, lines[line] ?? '', lines[line + 1] ?? ''].join(' ');
  const end = text.indexOf('>');
  return end > 0 ? text.slice(0, end + 1).replace(/\s+/g, ' ') : start.trim();
}

function explain(e: CompilerError, source: string, file: string): Problem {
  const at = { severity: 'error' as const, file, line: e.line, column: e.column };
  const { reason } = e;

  let m = /^Expected a closing tag for `<([^>`]*)>` \((\d+):(\d+)\)(?: before the end of `(\w+)`)?/.exec(reason);
  if (m) {
    const name = m[1]!;
    const inParagraph = m[4] === 'paragraph';
    const tag = tagAt(source, Number(m[2]), Number(m[3]));
    if (SELF_CLOSING_COMPONENTS.has(name) || VOID_ELEMENTS.has(name.toLowerCase())) {
      const closed = tag.endsWith('>') ? `${tag.slice(0, -1).trimEnd()} />` : `<${name} />`;
      return {
        ...at,
        rule: 'mdx-not-self-closing',
        field: `<${name}>`,
        message: `${tag} has no "/" before its ">", so MDX waits for a closing </${name}> that never comes.`,
        fix: `Write ${closed} (with the "/" before ">").`,
      };
    }
    return {
      ...at,
      rule: 'mdx-unclosed-tag',
      field: `<${name}>`,
      message: `<${name}> is opened here but never closed${inParagraph ? ' in the same paragraph' : ''}.`,
      fix: inParagraph
        ? `Close <${name}> with </${name}> before the paragraph ends, or put <${name}> and </${name}> each on a line of their own.`
        : `Close <${name}> with </${name}> on a line of its own, after the text it holds (with a blank line before it).`,
    };
  }

  m = /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>` \((\d+):\d+\)/.exec(reason);
  if (m) {
    return {
      ...at,
      rule: 'mdx-closing-tag',
      field: `</${m[1]}>`,
      message: `</${m[1]}> does not match the tag that is still open: <${m[2]}> (line ${m[3]}).`,
      fix: `Close <${m[2]}> with </${m[2]}> first, or correct the name in </${m[1]}>.`,
    };
  }
  m = /^Unexpected closing tag `<\/([^>`]*)>`, expected an open tag first/.exec(reason);
  if (m) {
    return { ...at, rule: 'mdx-closing-tag', field: `</${m[1]}>`, message: `</${m[1]}> closes a tag that is not open.`, fix: `Remove </${m[1]}>, or add the <${m[1]}> it closes.` };
  }

  if (/^Unexpected character after `<`, expected a valid JSX tag/.test(reason) || /^Unexpected character .* before name/.test(reason)) {
    const lineText = source.split('\n')[e.line - 1] ?? '';
    const after = lineText.slice(e.column); // the text right after the `<`
    if (after.startsWith('!--')) {
      return { ...at, rule: 'mdx-html-comment', field: '(text)', message: 'an HTML comment (<!-- … -->) is not allowed in MDX.', fix: 'Write the comment as {/* … */}, or remove it.' };
    }
    if (/^[A-Za-z_$]/.test(after)) {
      const tag = tagAt(source, e.line, e.column);
      return {
        ...at,
        rule: 'mdx-broken-tag',
        field: `<${/^[\w.-]+/.exec(after)?.[0] ?? ''}>`,
        message: `the tag ${tag} cannot be read.`,
        fix: 'Write each attribute as name="value" with straight double quotes, and end the tag with /> (a component without content) or >.',
      };
    }
    const next = /^\s*(\S{1,12})/.exec(after)?.[1];
    const number = /^\d+/.exec(after)?.[0];
    return {
      ...at,
      rule: 'mdx-bare-less-than',
      field: '(text)',
      message: `a bare "<"${next ? ` before "${next}"` : ''}: MDX reads "<" as the start of a tag.`,
      fix: `Write &lt; for a bare <${number ? ` (&lt;${number})` : ''}, or words: "under ${number ?? '…'}".`,
    };
  }

  if (/^Unexpected end of file in expression, expected a corresponding closing brace for `\{`/.test(reason)) {
    return {
      ...at,
      rule: 'mdx-bare-brace',
      field: '(text)',
      message: 'a bare "{": MDX reads "{" as the start of code, and no "}" closes it.',
      fix: 'Write \\{ for a brace in the text, or leave it out. A figure is written <Fact id="…" />.',
    };
  }
  if (/^Could not parse expression/.test(reason) || /^Unexpected (?:content after|end of file in) expression/.test(reason)) {
    // The compiler points inside the braces, where the code stops making sense: point at the "{".
    const brace = (source.split('\n')[e.line - 1] ?? '').lastIndexOf('{', e.column - 1);
    return {
      ...at,
      column: brace >= 0 ? brace + 1 : e.column,
      rule: 'mdx-bare-brace',
      field: '(text)',
      message: 'the text between "{" and "}" is read as code, and it is not code.',
      fix: 'Write \\{ and \\} for braces in the text. A figure is written <Fact id="…" />.',
    };
  }
  return { ...at, rule: 'mdx-syntax', field: '(text)', message: `the page cannot be read as MDX: ${plain(reason)}`, fix: FALLBACK_FIX };
}

interface Node {
  type: string;
  value?: string | null;
  position?: { start: { line: number; column: number } };
  children?: Node[];
}

/**
 * Code in braces compiles, but the site's pages hold none: `{photo-max-age-months}` (the
 * requirement texts' way to name a fact) would be read as a subtraction and break the page.
 */
function expressions(source: string, file: string): Problem | undefined {
  const stack: Node[] = [mdxToMdast(source, { features: FEATURES }) as Node];
  while (stack.length) {
    const node = stack.shift()!;
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
      const code = (node.value ?? '').trim();
      if (/^\/\*[\s\S]*\*\/$/.test(code) || code === '') continue;
      const start = node.position?.start;
      const id = /^[a-z0-9-]+$/.test(code) ? code : undefined;
      return {
        severity: 'error',
        rule: 'mdx-expression',
        file,
        line: start?.line,
        column: start?.column,
        field: '(text)',
        message: `{${code.length > 40 ? `${code.slice(0, 37)}...` : code}} is read as code: pages hold text, tags and {/* comments */} only.`,
        fix: id ? `Write <Fact id="${id}" /> for a figure from src/content/facts.yaml, or \\{ and \\} for braces in the text.` : 'Write \\{ and \\} for braces in the text, or use <Fact id="…" /> for a figure.',
      };
    }
    stack.unshift(...(node.children ?? []));
  }
  return undefined;
}
