import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where a real app would ask its CMS: here, the seed story in public/stories/. */
export async function getStory(): Promise<unknown> {
  return JSON.parse(await readFile(join(process.cwd(), 'public/stories/open-source-ai.json'), 'utf8'));
}
