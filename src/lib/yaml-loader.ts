import { readFile, readdir } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseDocument } from 'yaml';

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
          const data = parseYaml(await readFile(path, 'utf8'), rel);
          const id = basename(f, '.yaml');
          store.set({ id, data: await parseData({ id, data: data as Record<string, unknown>, filePath: rel }), filePath: rel });
        }
        logger.debug(`${files.length} files loaded from ${folder}`);
      };
      await sync();
      watcher?.add(dir);
      watcher?.on('change', async (changed) => {
        if (changed.startsWith(dir)) await sync();
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
        const list = parseYaml(await readFile(path, 'utf8'), file);
        if (!Array.isArray(list)) throw new Error(`${file}: expected a list of entries, each starting with "- id:".`);
        const seen = new Set<string>();
        for (const [i, item] of list.entries()) {
          const id = (item as { id?: unknown })?.id;
          if (typeof id !== 'string' || !id) throw new Error(`${file}: entry ${i + 1} has no id. Give it a line "id: some-name".`);
          if (seen.has(id)) throw new Error(`${file}: the id "${id}" is used twice. Give each entry its own id.`);
          seen.add(id);
          store.set({ id, data: await parseData({ id, data: item as Record<string, unknown>, filePath: file }), filePath: file });
        }
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', async (changed) => {
        if (changed === path) await sync();
      });
    },
  };
}
