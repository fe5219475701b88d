/**
 * Khmer orthographic clusters: a base (consonant or independent vowel) with its subscript
 * consonants (coeng + consonant), dependent vowels and signs. A cluster is the smallest piece of
 * Khmer that search may match: a query that ends inside one ("ក" for "ក្រ", "ប" for "ប់") must
 * not find it.
 *
 * Fonts draw the parts of a cluster the same whatever order they were typed in, and writers
 * duplicate marks that render on top of each other, so each cluster is rewritten in one
 * canonical order with duplicates removed, following the rules Wikimedia uses for Khmer search
 * ("Khmer Syllable Reordering for Search", T. Jones, 2021). Text and queries go through the same
 * rewrite, so any spelling that looks the same finds the same clusters.
 */

const COENG = 0x17d2;
const RO = 0x179a;
const DA = 0x178a;
const TA = 0x178f;
const ROBAT = 0x17cc;
const SPACING_SIGNS = new Set([0x17c7, 0x17c8]);
const REGISTER_SHIFTERS = new Set([0x17c9, 0x17ca]);

const isBase = (cp: number) => cp >= 0x1780 && cp <= 0x17b3;
const isVowel = (cp: number) => cp >= 0x17b6 && cp <= 0x17c5;

/** Obsolete and deprecated spellings, replaced by the ones in use today. */
const REGULAR_FORMS = new Map<number, number[]>([
  [0x17a3, [0x17a2]],
  [0x17a4, [0x17a2, 0x17b6]],
  [0x17a8, [0x17a7, 0x1780]],
  [0x17b2, [0x17b1]],
  [0x17d3, [0x17c6]],
  [0x17dd, [0x17d1]],
]);

/** Vowels typed in two halves, and the single vowel they render as. */
const SPLIT_VOWELS: Array<[number, number, number]> = [
  [0x17c1, 0x17b8, 0x17be],
  [0x17b8, 0x17c1, 0x17be],
  [0x17c1, 0x17b6, 0x17c4],
];

/** Khmer letters, vowels and signs: the characters clusters are made of. */
export function isKhmerClusterPart(cp: number): boolean {
  return (cp >= 0x1780 && cp <= 0x17d3 && cp !== 0x17b4 && cp !== 0x17b5) || cp === 0x17dd;
}

interface Cluster {
  base: number;
  subscripts: number[][];
  vowels: number[];
  registers: number[];
  robats: number[];
  signs: number[];
  spacingSigns: number[];
}

const withoutRepeats = <T>(items: T[], same: (a: T, b: T) => boolean = (a, b) => a === b): T[] =>
  items.filter((item, index) => index === 0 || !same(item, items[index - 1]!));

function joinSplitVowels(vowels: number[]): number[] {
  const joined: number[] = [];
  for (const vowel of vowels) {
    const previous = joined.at(-1);
    const whole = SPLIT_VOWELS.find(([first, second]) => first === previous && second === vowel)?.[2];
    if (whole === undefined) joined.push(vowel);
    else joined[joined.length - 1] = whole;
  }
  return joined;
}

function canonical(cluster: Cluster): string {
  const subscripts = withoutRepeats(cluster.subscripts, (a, b) => a.join() === b.join());
  // A subscript ro renders to the left of the others, so writers type it first or last: last it is.
  const ordered = [...subscripts.filter((sub) => sub[0] !== RO), ...subscripts.filter((sub) => sub[0] === RO)];
  const codePoints = [
    cluster.base,
    ...withoutRepeats(cluster.registers),
    ...withoutRepeats(cluster.robats),
    ...ordered.flatMap((sub) => [COENG, ...sub]),
    ...withoutRepeats(joinSplitVowels(cluster.vowels)),
    ...withoutRepeats(cluster.signs),
    ...withoutRepeats(cluster.spacingSigns),
  ];
  return String.fromCodePoint(...codePoints);
}

/**
 * The clusters of a run of Khmer (characters for which `isKhmerClusterPart` holds), each in
 * canonical order. Marks with no base before them, and a coeng with no consonant after it,
 * belong to no cluster and are dropped: on their own they cannot be matched meaningfully.
 */
export function khmerClusters(run: string): string[] {
  const codePoints = [...run].flatMap((char) => {
    const cp = char.codePointAt(0)!;
    return REGULAR_FORMS.get(cp) ?? [cp];
  });
  const clusters: Cluster[] = [];
  let afterCoeng = false;
  for (let i = 0; i < codePoints.length; i += 1) {
    const cp = codePoints[i]!;
    const current = clusters.at(-1);
    if (cp === COENG) {
      afterCoeng = current !== undefined;
      continue;
    }
    if (isBase(cp)) {
      if (afterCoeng && current) {
        // A register shifter right after a subscript belongs to that subscript.
        const next = codePoints[i + 1];
        const withShifter = next !== undefined && REGISTER_SHIFTERS.has(next);
        // Subscript da and subscript ta are the same glyph, and writers use them interchangeably ("ស្ដី", "ស្តី").
        const subscript = cp === DA ? TA : cp;
        current.subscripts.push(withShifter ? [subscript, next] : [subscript]);
        if (withShifter) i += 1;
      } else {
        clusters.push({ base: cp, subscripts: [], vowels: [], registers: [], robats: [], signs: [], spacingSigns: [] });
      }
      afterCoeng = false;
      continue;
    }
    afterCoeng = false;
    if (!current) continue;
    if (isVowel(cp)) current.vowels.push(cp);
    else if (REGISTER_SHIFTERS.has(cp)) current.registers.push(cp);
    else if (cp === ROBAT) current.robats.push(cp);
    else if (SPACING_SIGNS.has(cp)) current.spacingSigns.push(cp);
    else current.signs.push(cp);
  }
  return clusters.map(canonical);
}
