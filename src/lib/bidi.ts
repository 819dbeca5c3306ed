/**
 * Right-to-left pages: a card code that ends in a plus sign (EU+, F+) reads "+EU" inside Arabic
 * text, because the "+" takes the direction of the text around it. A LEFT-TO-RIGHT MARK (U+200E)
 * after the "+" keeps it with its code. Only the text between tags changes: never attributes,
 * scripts or styles. Pure; the middleware (src/middleware.ts) applies it to right-to-left pages.
 */
const LRM = '\u200E';
const CODE_PLUS = /([A-Za-z0-9]\+)(?!\u200E)/g;

/** The same for plain text (no tags), e.g. the words an island renders in the browser. */
export function isolateCodesInText(text: string): string {
  return text.replace(CODE_PLUS, `$1${LRM}`);
}

export function isolateCodes(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const text = lt === -1 ? html.slice(i) : html.slice(i, lt);
    out += isolateCodesInText(text);
    if (lt === -1) break;
    // Keep the whole content of script and style elements as it is.
    const raw = /^<(script|style)\b/i.exec(html.slice(lt, lt + 8));
    const close = raw ? html.toLowerCase().indexOf(`</${raw[1]!.toLowerCase()}`, lt) : -1;
    const end = html.indexOf('>', raw && close !== -1 ? close : lt);
    if (end === -1) {
      out += html.slice(lt);
      break;
    }
    out += html.slice(lt, end + 1);
    i = end + 1;
  }
  return out;
}
