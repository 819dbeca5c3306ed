/**
 * The days each content file changed, read once per build from git (`git log`). Where there is
 * no usable history the site says less instead of something wrong: no git, not a repository (a
 * tarball), or a shallow clone (its oldest commit would list every file as changed that day).
 * Dates are Belgian calendar days of the commit time, whatever the machine's time zone.
 */
import { execFileSync } from 'node:child_process';
import { todayInBelgium, toIsoDate } from '../lib/plain-date.ts';
import type { FileHistory } from '../lib/history.ts';

function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return null;
  }
}

/**
 * Parses `git log --format=%x00%ct --name-only`: per file (path from the repository root), the
 * distinct days it changed, newest first.
 */
export function parseGitLog(out: string): Map<string, string[]> {
  const days = new Map<string, string[]>();
  for (const block of out.split('\0').slice(1)) {
    const [stamp, ...files] = block.split('\n').map((l) => l.trim()).filter(Boolean);
    const seconds = Number(stamp);
    if (!Number.isFinite(seconds)) continue;
    const day = toIsoDate(todayInBelgium(new Date(seconds * 1000)));
    for (const f of files) {
      const list = days.get(f) ?? [];
      if (!list.includes(day)) list.push(day);
      days.set(f, list);
    }
  }
  return days;
}

/** The history of the files under `folder` (default src/content), or null where git gives none we can trust. */
export function readFileHistory(root: string = process.cwd(), folder = 'src/content'): FileHistory {
  if (process.env.SITE_GIT_HISTORY === 'off') return null;
  const shallow = git(root, ['rev-parse', '--is-shallow-repository']);
  if (shallow === null || shallow.trim() !== 'false') return null;
  const prefix = git(root, ['rev-parse', '--show-prefix']);
  if (prefix === null) return null;
  const out = git(root, ['log', '--format=%x00%ct', '--name-only', '--no-renames', '--', folder]);
  if (out === null) return null;
  // Paths come from the repository root; pages name them from the project folder.
  const p = prefix.trim();
  const days = parseGitLog(out);
  return new Map([...days].filter(([f]) => f.startsWith(p)).map(([f, d]) => [f.slice(p.length), d]));
}

let cached: FileHistory | undefined;
/** Read once per build. */
export function fileHistory(): FileHistory {
  if (cached === undefined) cached = readFileHistory();
  return cached;
}
