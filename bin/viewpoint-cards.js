#!/usr/bin/env node
// The `viewpoint-cards` command: validate and prerender stories (see dist/server/cli.js).
// process.exitCode, not process.exit(), so piped output is flushed in full.
const cli = await import('../dist/server/cli.js').catch((error) => {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('viewpoint-cards: dist/server/ is missing; run "npm run build" first.\n');
  process.exit(2);
});
// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await cli.main(process.argv.slice(2));
