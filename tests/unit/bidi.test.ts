import { describe, expect, it } from 'vitest';
import { isolateCodes } from '../../src/lib/bidi.ts';

describe('isolateCodes (right-to-left pages)', () => {
  it('puts a left-to-right mark after the plus of a card code, in text only', () => {
    expect(isolateCodes('<p>البطاقة EU+ و F+</p>')).toBe('<p>البطاقة EU+\u200E و F+\u200E</p>');
    expect(isolateCodes('<a href="/ar/cards/eu-plus/?q=EU+" title="EU+">EU+</a>')).toBe('<a href="/ar/cards/eu-plus/?q=EU+" title="EU+">EU+\u200E</a>');
  });
  it('leaves scripts, styles, a lone plus and text already marked alone, and is idempotent', () => {
    const html = '<script>const a = b+1; // EU+</script><style>.x+.y{}</style><p>+ 1 EU+\u200E</p>';
    expect(isolateCodes(html)).toBe(html);
    const once = isolateCodes('<p>F+ EU+</p>');
    expect(isolateCodes(once)).toBe(once);
  });
  it('copes with a text that never closes its tag', () => {
    expect(isolateCodes('<p>EU+ <b')).toBe('<p>EU+\u200E <b');
  });
});
