export interface TextPiece {
  text: string;
  /** A token a browser would break at its slash or hyphen (15/2026/NQ-HĐND, a web address): keep it on one line. */
  whole: boolean;
}

const BREAKABLE_INSIDE = /\S[/\-‐–]\S/;

/** The text in pieces, each token that must not be wrapped apart from the rest. */
export function wholeTokens(text: string): TextPiece[] {
  return text
    .split(/(\s+)/)
    .filter(Boolean)
    .map((piece) => ({ text: piece, whole: BREAKABLE_INSIDE.test(piece) }));
}
