/** A paragraph cut into plain text and `[n]` citation markers. */
export type Segment = { text: string } | { cite: number };

const CITATION = /\[(\d{1,9})\]/;

/** Splits `"Open weights [1] matter.[2]"` into text and citation segments. */
export function splitCitations(paragraph: string): Segment[] {
  // Text, then each marker's number and the text after it; empty texts left out.
  return paragraph
    .split(CITATION)
    .flatMap((piece, i): Segment | [] => (i % 2 ? { cite: Number(piece) } : piece ? { text: piece } : []));
}
