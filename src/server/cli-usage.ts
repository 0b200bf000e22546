import { PRERENDERED } from '../registry.js';
import { VERSION } from '../shared/version.js';

/** What `viewpoint-cards --help` prints, and what wrong usage prints after its message. */
export const USAGE = `viewpoint-cards ${VERSION}

Usage:
  viewpoint-cards validate <story.json>... [--json] [--strict] [--base-url URL]
  viewpoint-cards render <story.json> [--element NAME] [--theme light|dark|auto]
                  [--heading-level 1-6] [--viewpoint ID] [--base-url URL]
                  [--lang TAG] [--labels labels.json] [--jsonld]
  viewpoint-cards csp [--policy]
  viewpoint-cards build <stories-folder> --out <folder> --base-url URL
                  [--provider-name NAME] [--threads N]
  viewpoint-cards serve <site-or-stories-folder> [--port N] [--host H]
                  [--base-url URL] [--provider-name NAME]

validate  checks each story against the story schema and prints every problem
          with its JSON path and a hint; exit code 1 when any file has a problem.
          Citations of missing sources are warnings (exit code 0);
          --strict makes them problems (exit code 1).
render    prints prerendered HTML (declarative shadow DOM) for one widget:
          ${PRERENDERED.join(', ')}, or all (default).
          --jsonld adds a schema.org NewsArticle <script type="application/ld+json">.
          --base-url is the page's URL: relative links resolve against it.
          Labels are in the story's language; --lang names the page's language
          for a story without one; --labels replaces labels (a JSON object).
csp       prints the style-src sources that prerendered widgets need under a
          strict Content-Security-Policy (the hashes of their <style> blocks);
          --policy prints a whole strict policy that includes them.
build     writes a static site for a folder of stories: each story's JSON, embed
          pages for iframes (all widgets, and one page per widget), oEmbed answers,
          the scripts and an index. Only changed stories are written again; exit
          code 1 when a story file was skipped (each is listed with its problems).
serve     serves a built site, or builds a folder of stories in memory, with a
          live oEmbed endpoint at /oembed (for development and small sites).

A file name of - reads the story from standard input.

Exit codes:
  0  done
  1  a story has problems or cannot be read (build: a file skipped; validate --strict: a warning)
  2  wrong usage (unknown command, option or value)
  3  rendering failed on a valid story: a bug in viewpoint-cards, please report it`;
