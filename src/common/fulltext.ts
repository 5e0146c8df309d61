/** Lucene syntax characters; escaped so user text is searched as text, never parsed as a query. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns free text into a full-text query: every word must match, as a word or a word prefix
 * ("russ" finds "Russia"). Returns null for text with no words.
 */
export function toFulltextQuery(text: string | null | undefined): string | null {
  if (!text) return null;
  const words = text
    .split(/\s+/)
    // Lower case also disarms the operators AND, OR, NOT (the analyzer lower-cases anyway).
    .map((word) => word.toLowerCase().replace(LUCENE_SPECIAL, (char) => `\\${char}`))
    .filter((word) => word.length > 0);
  if (words.length === 0) return null;
  return words.map((word) => `(${word} OR ${word}*)`).join(' AND ');
}
