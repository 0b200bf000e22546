import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { VERSION } from '../shared/version.js';
import { buildTasks, type BuildTasks, type Checked } from './build-tasks.js';
import { indexPageCount, indexPages, type IndexEntry } from './site-index.js';
import { siteAssets } from './site-assets.js';
import type { Site } from './site-options.js';
import { DiskOutput, type SiteOutput } from './site-output.js';
import { sitePaths } from './site-paths.js';
import type { StoryProblem } from './validate-story.js';
import { WorkerPool } from './worker-pool.js';

export interface BuildOptions {
  site: Site;
  /** Worker threads for rendering (default: one per core); 0 renders in this thread. Memory output always does. */
  threads?: number;
}

export interface BuildReport {
  /** Valid stories in the site. */
  stories: number;
  /** Stories whose files were written by this build. */
  rendered: number;
  /** Valid stories left as the previous build wrote them. */
  unchanged: number;
  /** Stories of the previous build that are gone, and their files with them. */
  removed: number;
  /** Story files left out, with why. */
  skipped: { file: string; problems: StoryProblem[] }[];
}

/** What the previous build wrote, so the next one renders only what changed. */
export const MANIFEST = '.viewpoint-cards-build.json';
type Manifest = { key: string; site?: Site; stories: Record<string, IndexEntry & { hash: string }> };

// Below this many stories to render, starting threads costs more than it saves.
const MIN_PER_THREAD = 8;

/**
 * Turns a folder of story files (`*.json`, searched recursively) into a
 * static site (layout in site-paths.ts): invalid stories are skipped and
 * reported, a story whose file and settings are unchanged since the last
 * build is not rendered again, and the files of removed stories are deleted.
 */
export async function buildSite(storiesDir: string, output: SiteOutput, options: BuildOptions): Promise<BuildReport> {
  const { site } = options;
  const assets = await siteAssets();
  const key = buildKey(site, assets);
  const files = await storyFilesIn(storiesDir);
  const previous = await readManifest(output, key);
  const threads = output instanceof DiskOutput ? (options.threads ?? availableParallelism()) : 0;
  const local = buildTasks(site, key, output);
  const pool =
    threads > 0 && files.length >= MIN_PER_THREAD * 2
      ? new WorkerPool(
          new URL('./build-worker.js', import.meta.url),
          { site, key, dir: (output as DiskOutput).dir },
          threads,
        )
      : undefined;
  const run = <K extends keyof BuildTasks>(task: K, items: string[]) =>
    (pool ? pool.run(task, items) : local[task](items)) as ReturnType<BuildTasks[K]>;
  try {
    const { valid, skipped } = uniqueIds(await run('check', files));
    const entries: Manifest['stories'] = {};
    const byFile = new Map(valid.map((story) => [story.file, story]));
    const toRender: string[] = [];
    for (const { file, id, hash } of valid) {
      const before = previous.stories[id!];
      const same = before?.hash === hash && (await output.exists(`${sitePaths.embed(id!)}index.html`));
      if (same) entries[id!] = before;
      else toRender.push(file);
    }
    let rendered = 0;
    for (const { file, id, height, problems } of await run('render', toRender)) {
      const { title, hash } = byFile.get(file)!;
      if (id) entries[id] = { id, title: title!, height: height!, hash };
      else skipped.push({ file, problems });
      if (id) rendered++;
    }
    const gone = Object.keys(previous.stories).filter((id) => !entries[id]);
    for (const id of gone) await removeStory(output, id);
    await writeShared(output, Object.values(entries), Object.keys(previous.stories).length, assets, site);
    await output.write(MANIFEST, JSON.stringify({ key, site, stories: entries } satisfies Manifest));
    const stories = Object.keys(entries).length;
    return { stories, rendered, unchanged: stories - rendered, removed: gone.length, skipped };
  } finally {
    await pool?.close();
  }
}

/** Valid stories, each id once: a second file with an id already taken is skipped. */
function uniqueIds(checked: Checked[]): { valid: Checked[]; skipped: BuildReport['skipped'] } {
  const seen = new Map<string, string>();
  const valid: Checked[] = [];
  const skipped: BuildReport['skipped'] = [];
  for (const story of checked) {
    const first = story.id === undefined ? undefined : seen.get(story.id);
    if (story.id === undefined) skipped.push({ file: story.file, problems: story.problems });
    else if (first) {
      const hint = 'give each story its own id';
      skipped.push({
        file: story.file,
        problems: [{ path: ['id'], at: 'id', message: `${first} has the id "${story.id}" too`, hint }],
      });
    } else {
      seen.set(story.id, story.file);
      valid.push(story);
    }
  }
  return { valid, skipped };
}

async function storyFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Stands for everything besides a story's file that shapes its pages: the version, the bundle, the site. */
function buildKey(site: Site, assets: [string, string | Buffer][]): string {
  const hash = createHash('sha256').update(VERSION).update(JSON.stringify(site));
  for (const [path, data] of assets) hash.update(path).update(data);
  return hash.digest('base64url');
}

async function readManifest(output: SiteOutput, key: string): Promise<Manifest> {
  try {
    const manifest = JSON.parse(String(await output.read(MANIFEST))) as Manifest;
    // Other settings or another version: every story is rendered again, but old stories are still removed.
    return manifest.key === key
      ? manifest
      : { key, stories: Object.fromEntries(Object.keys(manifest.stories).map((id) => [id, { hash: '' } as never])) };
  } catch {
    return { key, stories: {} };
  }
}

function removeStory(output: SiteOutput, id: string): Promise<unknown> {
  const paths = [sitePaths.story(id), sitePaths.embed(id), sitePaths.oembed(id), `oembed/${id}`];
  return Promise.all(paths.map((path) => output.remove(path.replace(/\/$/, ''))));
}

/** The index pages and the assets, each written only when it changed; index pages beyond the last are removed. */
async function writeShared(
  output: SiteOutput,
  entries: IndexEntry[],
  storiesBefore: number,
  assets: [string, string | Buffer][],
  site: Site,
) {
  const pages = indexPages(entries, site);
  for (const [path, data] of [...assets, ...pages]) await output.writeIfChanged(path, data);
  const before = indexPageCount(storiesBefore);
  for (let n = pages.length + 1; n <= before; n++) await output.remove(sitePaths.index(n).replace(/\/$/, ''));
}

/** The settings a folder was built with, or undefined when it holds no site built by `buildSite`. */
export async function builtSite(output: SiteOutput): Promise<Site | undefined> {
  try {
    return (JSON.parse(String(await output.read(MANIFEST))) as Manifest).site;
  } catch {
    return undefined;
  }
}
