/**
 * What the content loaders and the dev server share while `astro dev` runs. The integration
 * (src/integrations/validate-content.ts) and the loaders (src/lib/yaml-loader.ts, the glob
 * loaders in src/content.config.ts) are loaded by different module loaders, so the state lives
 * on globalThis under one key.
 *
 * In `astro dev` the loaders are *tolerant*: an entry that fails its schema is kept with its raw
 * data and an unreadable file is left out, instead of stopping the dev server (Astro exits when
 * a collection fails at start). The dev server then shows the content check's list in the
 * browser instead of any page, so no page is ever shown from such data. A build is never
 * tolerant: it stops before the loaders run when the content check finds an error.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

export interface ContentState {
  /** True in `astro dev` only. */
  tolerant: boolean;
  /** What a loader could not load, by file (relative to the project): the loader's own message. */
  loaderFailures: Map<string, string>;
}

const KEY = Symbol.for('verblijfskaart.content-state');

export function contentState(): ContentState {
  const g = globalThis as { [KEY]?: ContentState };
  return (g[KEY] ??= { tolerant: false, loaderFailures: new Map() });
}

/** The first line of an error's message (Astro's and zod's messages run over many lines). */
export function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return (message.split('\n').find((l) => l.trim() !== '') ?? message).trim();
}

/**
 * Runs `fn` for one file; in dev, a failure is recorded for that file and `fallback` is
 * returned instead of stopping the dev server. A success clears the file's earlier failure.
 */
export async function tolerate<T>(file: string, fn: () => Promise<T>, fallback: () => T): Promise<T> {
  const state = contentState();
  try {
    const value = await fn();
    state.loaderFailures.delete(file);
    return value;
  } catch (err) {
    if (!state.tolerant) throw err;
    state.loaderFailures.set(file, firstLine(err));
    return fallback();
  }
}

/** The part of Astro's content entry type (.md, .mdx) that reads a file's front matter. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): unknown;
}

/**
 * Wraps a loader (Astro's glob loader) so that in dev an entry that fails its schema, or whose
 * front matter cannot be read, is kept with its raw data instead of stopping the dev server.
 */
export function tolerantInDev(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const rel = (path: string) => (isAbsolute(path) ? relative(root, path) : path).split(sep).join('/');
      const parseData: LoaderContext['parseData'] = (props) => tolerate(`${rel(props.filePath ?? props.id)}#${props.id}`, () => context.parseData(props), () => props.data as never);
      // Astro passes the glob loader its entry types (not in the public type): their front matter reading is wrapped too.
      const internal = context as LoaderContext & { entryTypes?: Map<string, EntryType> };
      const entryTypes = internal.entryTypes
        ? new Map(
            [...internal.entryTypes].map(([ext, type]): [string, EntryType] => [
              ext,
              {
                ...type,
                getEntryInfo: (params) => tolerate(rel(fileURLToPath(params.fileUrl)), async () => type.getEntryInfo(params), () => ({ body: '', data: {}, rawData: '', slug: '' })),
              },
            ]),
          )
        : undefined;
      return loader.load({ ...context, parseData, ...(entryTypes ? { entryTypes } : {}) } as LoaderContext);
    },
  };
}
