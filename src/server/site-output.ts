import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Where a build writes: a folder on disk, or memory (`serve` on a folder of
 * stories). Paths are the site's own (site-paths.ts), with `/` separators.
 */
export interface SiteOutput {
  write(path: string, data: string | Uint8Array): Promise<void>;
  /** Writes only when the content differs from what is there; says whether it wrote. */
  writeIfChanged(path: string, data: string | Uint8Array): Promise<boolean>;
  read(path: string): Promise<Buffer | undefined>;
  exists(path: string): Promise<boolean>;
  /** Removes a file, or a folder and everything in it. */
  remove(path: string): Promise<void>;
}

const bytes = (data: string | Uint8Array) => (typeof data === 'string' ? Buffer.from(data) : Buffer.from(data));

export class DiskOutput implements SiteOutput {
  constructor(readonly dir: string) {}

  async write(path: string, data: string | Uint8Array): Promise<void> {
    const file = join(this.dir, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, data);
  }

  async writeIfChanged(path: string, data: string | Uint8Array): Promise<boolean> {
    const old = await this.read(path);
    if (old?.equals(bytes(data))) return false;
    await this.write(path, data);
    return true;
  }

  read(path: string): Promise<Buffer | undefined> {
    return readFile(join(this.dir, path)).catch(() => undefined);
  }

  exists(path: string): Promise<boolean> {
    return stat(join(this.dir, path)).then(
      () => true,
      () => false,
    );
  }

  remove(path: string): Promise<void> {
    return rm(join(this.dir, path), { recursive: true, force: true });
  }
}

/** A site held in memory: path → bytes. */
export class MemoryOutput implements SiteOutput {
  readonly files = new Map<string, Buffer>();

  async write(path: string, data: string | Uint8Array): Promise<void> {
    this.files.set(path, bytes(data));
  }

  async writeIfChanged(path: string, data: string | Uint8Array): Promise<boolean> {
    if (this.files.get(path)?.equals(bytes(data))) return false;
    await this.write(path, data);
    return true;
  }

  async read(path: string): Promise<Buffer | undefined> {
    return this.files.get(path);
  }

  async exists(path: string): Promise<boolean> {
    return this.files.has(path);
  }

  async remove(path: string): Promise<void> {
    for (const key of this.files.keys()) if (key === path || key.startsWith(`${path}/`)) this.files.delete(key);
  }
}
