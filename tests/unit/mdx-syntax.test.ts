/**
 * MDX syntax mistakes (src/validation/mdx-syntax.ts): the compiler the build uses reads each
 * page; its first error becomes one message with line, column, plain words and the fix.
 */
import { describe, expect, it } from 'vitest';
import { readMdx } from '../../src/validation/load.ts';
import { mdxSyntax, parseCompilerMessage } from '../../src/validation/mdx-syntax.ts';
import { formatProblem } from '../../src/validation/index.ts';

const FRONT = '---\ntitle: Test\ndescription: Een test.\nlastChecked: 2026-11-01\n---\n\n'; // the body starts on line 7
const check = (body: string) => mdxSyntax(readMdx(FRONT + body, 'src/content/guides/nl/test.mdx', 'nl', 'test'));

describe('mdxSyntax', () => {
  it('accepts the site\'s own forms: components, <details>, HTML, comments, an escaped brace, &lt;', () => {
    expect(check('Tekst <Fact id="pin-max-digits" /> tekst.\n\n<details>\n<summary>Meer</summary>\n\nTekst.\n\n</details>\n\n<dl>\n  <dt>a</dt>\n  <dd>b</dd>\n</dl>\n\n{/* een opmerking */}\n\nEen \\{ en kinderen &lt;12 en 3 < 4.\n')).toBeUndefined();
  });

  it.each([
    ['an unclosed <details>', '<details>\n<summary>Meer</summary>\n\nTekst.\n', 'mdx-unclosed-tag', 7, 1, '<details>: <details> is opened here but never closed.', 'Close <details> with </details>'],
    ['an unclosed <strong> in a paragraph', 'Een **vet** <strong>woord.\n\nVolgende alinea.\n', 'mdx-unclosed-tag', 7, 13, 'never closed in the same paragraph', 'before the paragraph ends'],
    ['<Fact …> without /', 'Hoogstens <Fact id="pin-max-digits"> cijfers.\n', 'mdx-not-self-closing', 7, 11, '<Fact id="pin-max-digits"> has no "/"', 'Write <Fact id="pin-max-digits" />'],
    ['<br> without /', 'Regel<br>volgende\n', 'mdx-not-self-closing', 7, 6, '<br> has no "/"', 'Write <br />'],
    ['a bare <12', 'Kinderen <12 betalen minder.\n', 'mdx-bare-less-than', 7, 10, 'a bare "<" before "12"', 'Write &lt; for a bare < (&lt;12), or words: "under 12"'],
    ['a bare { in text', 'De brief { komt later.\n', 'mdx-bare-brace', 7, 10, 'a bare "{"', 'Write \\{'],
    ['text in braces', 'Tussen {haakjes staat} tekst.\n', 'mdx-bare-brace', 7, 8, 'is read as code', 'Write \\{ and \\}'],
    ['a fact written as in requirement texts', 'Hoogstens {photo-max-age-months} oud.\n', 'mdx-expression', 7, 11, '{photo-max-age-months} is read as code', 'Write <Fact id="photo-max-age-months" />'],
    ['a closing tag for another element', '<details>\n<summary>Meer</b>\n</details>\n', 'mdx-closing-tag', 8, 14, '</b> does not match the tag that is still open: <summary> (line 8).', 'Close <summary> with </summary> first'],
    ['a closing tag without opening', 'Tekst.\n\n</details>\n', 'mdx-closing-tag', 9, 1, '</details> closes a tag that is not open.', 'Remove </details>'],
    ['an HTML comment', 'Tekst <!-- verborgen --> tekst.\n', 'mdx-html-comment', 7, 7, 'HTML comment', '{/* … */}'],
    ['a tag with a broken quote', '<Fact id="pin-max-digits />\n', 'mdx-broken-tag', 7, 1, 'the tag <Fact id="pin-max-digits /> cannot be read', 'straight double quotes'],
  ])('%s', (_what, body, rule, line, column, message, fix) => {
    const p = check(body);
    expect(p, 'no problem found').toBeDefined();
    expect(p!.rule).toBe(rule);
    expect([p!.line, p!.column]).toEqual([line, column]);
    const text = formatProblem(p!);
    expect(text).toContain(message);
    expect(p!.fix).toContain(fix);
    expect(text.startsWith(`src/content/guides/nl/test.mdx:${line}:${column}  `)).toBe(true);
    expect(text).not.toMatch(/undefined|NaN|`|\(mdx-jsx|\n\s+at /);
  });

  it('reads the compiler\'s message form, and refuses anything else', () => {
    expect(parseCompilerMessage('3:1: Expected a closing tag for `<details>` (3:1) (mdx-jsx:unexpected-character)')).toEqual({ line: 3, column: 1, reason: 'Expected a closing tag for `<details>` (3:1)' });
    expect(parseCompilerMessage('Something else went wrong')).toBeUndefined();
  });
});
