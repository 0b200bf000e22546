/** A paragraph cut into plain text and `[n]` citation markers. */
export type Segment = { text: string } | { cite: number };

const CITATION = /\[(\d{1,9})\]/g;

/** Splits `"Open weights [1] matter.[2]"` into text and citation segments. */
export function splitCitations(paragraph: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of paragraph.matchAll(CITATION)) {
    if (match.index > last) segments.push({ text: paragraph.slice(last, match.index) });
    segments.push({ cite: Number(match[1]) });
    last = match.index + match[0].length;
  }
  if (last < paragraph.length) segments.push({ text: paragraph.slice(last) });
  return segments;
}
