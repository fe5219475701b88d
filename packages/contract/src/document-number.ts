/**
 * "Số, ký hiệu" of a Vietnamese official document (NĐ 30/2020/NĐ-CP, Phụ lục I): a number, for
 * legal normative documents the year of issue, and a symbol made of upper-case abbreviations
 * joined by hyphens: the document type and the issuing body, e.g. "45/2025/NĐ-CP",
 * "810/QĐ-UBND", "12/2024/TT-BNV", "01/2024/TTLT-BTC-BNV"; a law carries only the National
 * Assembly and its term, "15/2023/QH15". Some issuers suffix a letter to the number ("123a").
 */
const SEGMENT = '[A-ZĐ][A-ZĐ0-9]*';
const DOCUMENT_NUMBER = new RegExp(`^(\\d{1,5}[a-z]?)(?:/((?:19|20)\\d{2}))?/(${SEGMENT}(?:-${SEGMENT})*)$`, 'u');

export interface DocumentNumber {
  /** The running number, kept as written ("05", "123a"). */
  number: string;
  year: number | undefined;
  /** Every abbreviation of the symbol, in order: ["NĐ", "CP"], ["QH15"]. */
  symbol: string[];
}

/** Parses a document number and symbol; undefined when it is not in the official form. */
export function parseDocumentNumber(value: string): DocumentNumber | undefined {
  const match = DOCUMENT_NUMBER.exec(value.normalize('NFC').trim());
  if (!match) return undefined;
  const [, number, year, symbol] = match;
  return { number: number!, year: year ? Number(year) : undefined, symbol: symbol!.split('-') };
}

/** Why a value is not a document number and symbol, in words an editor can act on; undefined when it is one. */
export function documentNumberProblem(value: string): string | undefined {
  const trimmed = value.normalize('NFC').trim();
  if (parseDocumentNumber(trimmed)) return undefined;
  if (/\s/.test(trimmed)) return 'must not contain spaces';
  if (trimmed !== trimmed.toUpperCase() && parseDocumentNumber(trimmed.replace(/\/([^/]*)$/, (symbol) => symbol.toUpperCase()))) {
    return 'the symbol after the last "/" must be in capital letters, as in "45/2025/NĐ-CP"';
  }
  return 'must be a number, optionally "/" and the year, then "/" and the symbol, as in "45/2025/NĐ-CP" or "810/QĐ-UBND"';
}

/**
 * The number folded to ASCII lower case with hyphens: "45-2025-nd-cp". Used in addresses and as
 * a search term, because the site's search does not fold đ/Đ to d ("nd-cp" misses "NĐ-CP").
 */
export function documentNumberKey(value: string): string {
  return value
    .normalize('NFC')
    .trim()
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
