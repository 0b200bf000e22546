/// <reference types="node" />
/** `viewpoint-cards validate <story.json|->... [--json] [--strict] [--base-url URL]` (dispatched from cli.ts). */
import { print, printProblem, plural, readStory } from './cli-io.js';
import { baseUrlOf, parseCommand, SHARED_OPTIONS, type OptionTable } from './cli-options.js';
import { validateStoryText, type StoryProblem } from './validate-story.js';

const OPTIONS = {
  json: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  'base-url': SHARED_OPTIONS['base-url'],
} as const satisfies OptionTable;

interface FileResult {
  file: string;
  valid: boolean;
  problems: StoryProblem[];
  warnings: StoryProblem[];
}

/** Checks each story file and prints its problems and warnings; exit code 1 when any file is not valid. */
export async function validateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, OPTIONS, {
    count: 'some',
    message: 'validate needs at least one story file.',
  });
  const baseUrl = baseUrlOf(values['base-url']);
  const results: FileResult[] = [];
  for (const file of positionals) {
    const text = await readStory(file);
    const result =
      typeof text === 'string'
        ? validateStoryText(text, { baseUrl })
        : {
            valid: false,
            problems: [
              { path: [], at: '(file)', message: text.message, hint: 'check the file name and that it is readable' },
            ],
            warnings: [],
          };
    // Under --strict a warning fails the file like a problem.
    const valid = result.valid && !(values.strict && result.warnings.length);
    results.push({ file, valid, problems: result.problems, warnings: result.warnings });
  }
  if (values.json) print(JSON.stringify({ valid: results.every((r) => r.valid), files: results }, null, 2));
  else results.forEach(printResult);
  return results.every((r) => r.valid) ? 0 : 1;
}

function printResult({ file, valid, problems, warnings }: FileResult): void {
  const counts = [
    ...(problems.length ? [plural(problems.length, 'problem')] : []),
    ...(warnings.length ? [plural(warnings.length, 'warning')] : []),
  ];
  print(
    `${file}: ${problems.length ? counts.join(', ') : [valid ? 'valid' : 'not valid (--strict)', ...counts].join(', ')}`,
  );
  for (const problem of problems) printProblem(problem);
  for (const warning of warnings) printProblem(warning, 'warning: ');
}
