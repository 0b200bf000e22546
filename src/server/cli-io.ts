/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import type { StoryProblem } from './validate-story.js';

/** Writes a line of the command's output. */
export function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** Writes why the command failed on its input; exit code 1. */
export function fail(message: string): number {
  process.stderr.write(`viewpoint-cards: ${message}\n`);
  return 1;
}

/** The file's text (`-`: standard input), or the error that kept it from being read. */
export async function readStory(file: string): Promise<string | Error> {
  try {
    return file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    return new Error(`cannot read ${file}: ${(error as Error).message}`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** "2 warnings", "1 problem". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** One problem (or, with `kind`, a warning) of a story file, with its hint, indented under the file's line. */
export function printProblem(problem: StoryProblem, kind = ''): void {
  print(`  ${problem.at}: ${kind}${problem.message}\n    hint: ${problem.hint}`);
}
