/**
 * Reads the content folder of a site root for validation, keeping line positions.
 *
 * YAML is read with the `yaml` package (YAML 1.2 core schema, like the site's loader) so a
 * date stays text and every value can be traced back to its line. MDX files give their front
 * matter (read the same way) and their body (for `<Fact id="…" />` and card references).
 * Pure apart from reading files; nothing here throws on bad content: problems are returned.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from './problem.ts';

export type PathSegment = string | number;

/** A YAML text with its parsed value and a way to find the line of any field. */
export interface YamlText {
  /** Path relative to the site root, with forward slashes (e.g. `src/content/sources.yaml`). */
  file: string;
  /** Parsed value (plain data); undefined when the YAML cannot be read. */
  data: unknown;
  /** Syntax problems (the file cannot be read). */
  syntax: Problem[];
  /** 1-based line of a field, or of its closest existing parent when the field is missing. */
  lineOf(path: readonly PathSegment[]): number | undefined;
  /** Lines with a comment that starts with TODO (`# TODO: …`): placeholders left by a template. */
  todoLines: number[];
}

export interface MdxFile {
  file: string;
  /** Folder name: the language (`nl`, `fr`, `en`) when the file is where it belongs. */
  folder: string;
  /** File name without `.mdx`: the card id or guide id. */
  name: string;
  frontMatter: YamlText;
  /** True when the file has a front matter block between `---` lines. */
  hasFrontMatter: boolean;
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
}

export interface ContentTree {
  root: string;
  cardTypes: Array<{ name: string; yaml: YamlText }>;
  municipalities: Array<{ name: string; yaml: YamlText }>;
  federalPrices?: YamlText;
  sources?: YamlText;
  facts?: YamlText;
  requirements?: YamlText;
  holidays?: YamlText;
  guideMeta?: YamlText;
  /** "Find your card" (src/content/card-finder.yaml). */
  cardFinder?: YamlText;
  cardPages: MdxFile[];
  guides: MdxFile[];
  sections: MdxFile[];
  /** Files in the content folder that the site never reads (wrong extension or place). */
  strays: Array<{ file: string; hint: string }>;
  /** Required files or folders that are missing. */
  missing: string[];
}

export const CONTENT_DIR = 'src/content';

const toPosix = (p: string) => p.split(sep).join('/');

/** Parses a YAML text; `lineOffset` is added to every line (front matter starts on line 2). */
export function readYamlText(text: string, file: string, lineOffset = 0): YamlText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true, lineCounter, prettyErrors: false });
  // Only the first syntax error: the ones after it are usually its consequences.
  const syntax: Problem[] = doc.errors.slice(0, 1).map((e) => {
    const line = e.pos?.[0] === undefined ? undefined : lineCounter.linePos(e.pos[0]).line;
    const first = e.message.split('\n')[0] ?? e.message;
    return {
      severity: 'error' as const,
      rule: 'yaml-syntax',
      file,
      line: line === undefined ? undefined : line + lineOffset,
      message: `the YAML cannot be read: ${yamlHint(e.code, first)}`,
      fix: 'Check the indentation (spaces, not tabs), the colon after each field name and the quotes on this line.',
    };
  });
  let data: unknown;
  if (syntax.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (err) {
      syntax.push({ severity: 'error', rule: 'yaml-syntax', file, message: `the YAML cannot be read: ${(err as Error).message.split('\n')[0]}` });
    }
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset);
  const todoLines: number[] = [];
  text.split('\n').forEach((l, i) => {
    if (/#\s*TODO\b/.test(l)) todoLines.push(i + 1 + lineOffset);
  });
  return {
    file,
    data,
    syntax,
    todoLines,
    lineOf: (path) => lineAt(offsetOf(doc, path)),
  };
}

function yamlHint(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'a field name appears twice in the same block. Keep one of them.';
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation. Use spaces.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return `${message.replace(/ at line \d+, column \d+:?$/, '')}.`;
    default:
      return `${message.replace(/ at line \d+, column \d+:?$/, '')}.`;
  }
}

/** Character offset of the node at `path` (the key for a map field), or of the deepest existing parent. */
function offsetOf(doc: Document, path: readonly PathSegment[]): number | undefined {
  let node: unknown = doc.contents;
  let best: number | undefined = (doc.contents as Node | null)?.range?.[0];
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return best;
      best = (pair.key as Node).range?.[0] ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) return best;
      best = item.range?.[0] ?? best;
      node = item;
    } else {
      return best;
    }
  }
  return best;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function readMdx(text: string, file: string, folder: string, name: string): MdxFile {
  const m = FRONT_MATTER.exec(text);
  if (!m) {
    return { file, folder, name, hasFrontMatter: false, frontMatter: readYamlText('', file), body: text, bodyLine: 1 };
  }
  const fm = m[1] ?? '';
  const bodyLine = m[0].split('\n').length - (m[0].endsWith('\n') ? 0 : 1);
  return { file, folder, name, hasFrontMatter: true, frontMatter: readYamlText(fm, file, 1), body: text.slice(m[0].length), bodyLine };
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

const isDir = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** Reads the content tree of a site root (the folder that holds `src/content`). */
export function loadContent(root: string): ContentTree {
  const content = join(root, CONTENT_DIR);
  const rel = (p: string) => toPosix(relative(root, p));
  const tree: ContentTree = { root, cardTypes: [], municipalities: [], cardPages: [], guides: [], sections: [], strays: [], missing: [] };
  if (!isDir(content)) {
    tree.missing.push(CONTENT_DIR);
    return tree;
  }

  const yamlFolder = (sub: string, into: Array<{ name: string; yaml: YamlText }>) => {
    const dir = join(content, sub);
    if (!isDir(dir)) {
      tree.missing.push(`${CONTENT_DIR}/${sub}/`);
      return;
    }
    for (const f of listDir(dir)) {
      const path = join(dir, f);
      if (isDir(path)) {
        tree.strays.push({ file: rel(path) + '/', hint: `folders are not read here. Put the .yaml files directly in ${CONTENT_DIR}/${sub}/.` });
      } else if (f.endsWith('.yaml')) {
        into.push({ name: f.slice(0, -'.yaml'.length), yaml: readYamlText(readFileSync(path, 'utf8'), rel(path)) });
      } else if (f.endsWith('.yml')) {
        tree.strays.push({ file: rel(path), hint: `the site only reads files ending in .yaml. Rename it to ${f.slice(0, -4)}.yaml.` });
      } else if (!f.startsWith('.')) {
        tree.strays.push({ file: rel(path), hint: `the site only reads .yaml files in ${CONTENT_DIR}/${sub}/. Move or remove this file.` });
      }
    }
  };
  yamlFolder('card-types', tree.cardTypes);
  yamlFolder('municipalities', tree.municipalities);

  const single = (name: string, required: boolean): YamlText | undefined => {
    const path = join(content, name);
    if (!existsSync(path)) {
      if (required) tree.missing.push(`${CONTENT_DIR}/${name}`);
      return undefined;
    }
    return readYamlText(readFileSync(path, 'utf8'), rel(path));
  };
  tree.federalPrices = single('federal-prices.yaml', true);
  tree.sources = single('sources.yaml', true);
  tree.facts = single('facts.yaml', true);
  tree.requirements = single('requirements.yaml', false);
  tree.holidays = single('holidays.yaml', false);
  tree.guideMeta = single('guides.yaml', false);
  tree.cardFinder = single('card-finder.yaml', true);

  const mdxFolder = (sub: string, into: MdxFile[]) => {
    const dir = join(content, sub);
    if (!isDir(dir)) {
      tree.missing.push(`${CONTENT_DIR}/${sub}/`);
      return;
    }
    for (const folder of listDir(dir)) {
      const path = join(dir, folder);
      if (!isDir(path)) {
        if (!folder.startsWith('.')) {
          tree.strays.push({ file: rel(path), hint: `pages live in a language folder: ${CONTENT_DIR}/${sub}/nl/, /fr/ or /en/. Move the file there.` });
        }
        continue;
      }
      for (const f of listDir(path)) {
        const fp = join(path, f);
        if (f.endsWith('.mdx') && !isDir(fp)) {
          into.push(readMdx(readFileSync(fp, 'utf8'), rel(fp), folder, f.slice(0, -'.mdx'.length)));
        } else if (f.endsWith('.md')) {
          tree.strays.push({ file: rel(fp), hint: `pages are read only when their name ends in .mdx. Rename it to ${f.slice(0, -3)}.mdx.` });
        } else if (!f.startsWith('.')) {
          tree.strays.push({ file: rel(fp), hint: `only .mdx pages are read in ${CONTENT_DIR}/${sub}/${folder}/. Move or remove this file.` });
        }
      }
    }
  };
  mdxFolder('cards', tree.cardPages);
  mdxFolder('guides', tree.guides);
  if (isDir(join(content, 'sections'))) mdxFolder('sections', tree.sections);
  return tree;
}
