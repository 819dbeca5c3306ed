import { readFile, readdir } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseDocument } from 'yaml';
import { contentState, tolerate } from '../integrations/content-state.ts';

/**
 * Parses YAML with the YAML 1.2 core schema: dates stay text (`2027-02-30` is not silently
 * turned into 2 March), and a syntax error names the file and line instead of dropping the file.
 */
export function parseYaml(text: string, file: string): unknown {
  const doc = parseDocument(text, { version: '1.2', schema: 'core', prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    throw new Error(`${file}${line ? `:${line}` : ''}: the YAML cannot be read (${first.message.split('\n')[0]}). Check the indentation and the colons on that line.`);
  }
  return doc.toJS();
}

/**
 * One sync at a time: two quick saves must not let the sync of the older text finish last (and
 * leave its data in the store). A save during a sync runs one more sync after it.
 */
function serial(sync: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await sync();
        } while (again);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
}

/**
 * Loads every `*.yaml` file of a folder (relative to the project, or absolute) as one entry
 * whose id is the file name. `only` keeps a single id (single-municipality deployments).
 */
export function yamlFolderLoader(folder: string, options: { only?: string | undefined } = {}): Loader {
  return {
    name: 'yaml-folder-loader',
    async load({ store, parseData, config, watcher, logger }) {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, folder);
      const sync = async () => {
        store.clear();
        const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml') && (!options.only || basename(f, '.yaml') === options.only)).sort();
        if (options.only && files.length === 0) throw new Error(`SITE_MUNICIPALITY="${options.only}": there is no ${folder}/${options.only}.yaml. Use the file name of a municipality, e.g. koekelberg.`);
        for (const f of files) {
          const path = join(dir, f);
          const rel = relative(root, path);
          const id = basename(f, '.yaml');
          // In dev an unreadable file is left out (the dev server shows the content check instead of pages).
          const data = await tolerate(rel, async () => parseYaml(await readFile(path, 'utf8'), rel), () => undefined);
          if (data === undefined) continue;
          store.set({ id, data: await parseData({ id, data: data as Record<string, unknown>, filePath: rel }), filePath: rel });
        }
        logger.debug(`${files.length} files loaded from ${folder}`);
      };
      const resync = serial(sync);
      await resync();
      watcher?.add(dir);
      watcher?.on('change', async (changed) => {
        if (changed.startsWith(dir)) await resync();
      });
    },
  };
}

/** Loads a YAML file holding a list of entries, each with an `id`. */
export function yamlListLoader(file: string): Loader {
  return {
    name: 'yaml-list-loader',
    async load({ store, parseData, config, watcher }) {
      const root = fileURLToPath(config.root);
      const path = join(root, file);
      const sync = async () => {
        store.clear();
        const list = await tolerate(
          file,
          async () => {
            const value = parseYaml(await readFile(path, 'utf8'), file);
            if (!Array.isArray(value)) throw new Error(`${file}: expected a list of entries, each starting with "- id:".`);
            return value as unknown[];
          },
          () => [],
        );
        const seen = new Set<string>();
        for (const [i, item] of list.entries()) {
          const id = (item as { id?: unknown })?.id;
          const problem =
            typeof id !== 'string' || !id ? `${file}: entry ${i + 1} has no id. Give it a line "id: some-name".` : seen.has(id) ? `${file}: the id "${id}" is used twice. Give each entry its own id.` : undefined;
          if (problem !== undefined || typeof id !== 'string') {
            if (!contentState().tolerant) throw new Error(problem);
            contentState().loaderFailures.set(file, problem ?? `${file}: entry ${i + 1} cannot be read.`);
            continue;
          }
          seen.add(id);
          store.set({ id, data: await parseData({ id, data: item as Record<string, unknown>, filePath: file }), filePath: file });
        }
      };
      const resync = serial(sync);
      await resync();
      watcher?.add(path);
      watcher?.on('change', async (changed) => {
        if (changed === path) await resync();
      });
    },
  };
}
