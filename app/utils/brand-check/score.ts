// Steps 3–6 of the brand-name check: compare a candidate name with one existing mark in
// spelling, sound, containment and meaning, weigh the classes, and say why in plain words.
// Advisory only: never a legal verdict.
import damerauLevenshtein from "talisman/metrics/damerau-levenshtein.js";
import dice from "talisman/metrics/dice.js";
import jaroWinkler from "talisman/metrics/jaro-winkler.js";
import { CONCEPT_PAIRS } from "./concepts";
import { normalizeName, type NormalizedName } from "./normalize";
import { indonesianKey, metaphoneKey } from "./phonetic";

export type MarkReason =
  | "exact" // the same name
  | "spelling" // written alike
  | "sound" // sounds alike
  | "contains" // the existing mark stands whole in the candidate, or the other way round
  | "meaning" // means the same in Indonesian and English
  | "wellKnown" // a famous mark: protected in every class
  | "sameClass"
  | "relatedClass";

export type RiskBand = "tinggi" | "sedang" | "rendah";

export type ClassRelation = "same" | "related" | "other";

// Groups of classes whose goods meet the same buyers (food and drink; cosmetics, jamu and care;
// clothing, bags and cloth). Class 35 (shops) relates to any goods.
const RELATED_GROUPS: number[][] = [
  [29, 30, 31, 32, 33, 43],
  [3, 5, 44],
  [14, 18, 24, 25, 26],
  [20, 21, 27],
  [9, 11, 38, 42],
];

export function classRelation(candidate: readonly number[], existing: readonly number[]): ClassRelation {
  if (candidate.length === 0 || existing.length === 0) return "related";
  if (candidate.some((c) => existing.includes(c))) return "same";
  const related = RELATED_GROUPS.some(
    (group) => candidate.some((c) => group.includes(c)) && existing.some((e) => group.includes(e)),
  );
  const retail = (a: readonly number[], b: readonly number[]) => a.includes(35) && b.some((c) => c <= 34);
  return related || retail(candidate, existing) || retail(existing, candidate) ? "related" : "other";
}

// Words linked by translation form one concept ("emas", "gold" and "golden"); each concept is
// named by its alphabetically first word.
const CONCEPT_OF = (() => {
  const parent = new Map<string, string>();
  const find = (w: string): string => {
    let root = w;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    return root;
  };
  for (const [id, en] of CONCEPT_PAIRS) {
    for (const w of [id, en]) if (!parent.has(w)) parent.set(w, w);
    const [ra, rb] = [find(id), find(en)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  return new Map([...parent.keys()].map((w) => [w, find(w)]));
})();

/** A word's concept: itself translated, or an English plural's singular ("rabbits"), or null. */
export function conceptOf(word: string): string | null {
  return CONCEPT_OF.get(word) ?? (word.endsWith("s") ? (CONCEPT_OF.get(word.slice(0, -1)) ?? null) : null);
}

/**
 * The concepts of a name's distinctive words, in any order ("Kuda Putih" and "White Horse"
 * are both "horse white"); "" when none of them translates.
 */
export function conceptKey(name: NormalizedName): string {
  const words = name.words;
  const concepts = words.map((w) => conceptOf(w));
  if (!concepts.some(Boolean)) return "";
  return [...new Set(concepts.map((c, i) => c ?? words[i]!))].sort().join(" ");
}

/** The parts of a name the check compares, computed once per name. */
export type NameKeys = {
  name: string;
  normalized: NormalizedName;
  key: string;
  phonetic: string;
  metaphone: string;
  concept: string;
};

export function nameKeys(name: string): NameKeys {
  const normalized = normalizeName(name);
  return {
    name,
    normalized,
    key: normalized.key,
    phonetic: indonesianKey(normalized.key),
    metaphone: metaphoneKey(normalized.key),
    concept: conceptKey(normalized),
  };
}

/** Spelling likeness 0–1: the best of Damerau-Levenshtein, Jaro-Winkler and bigram Dice. */
export function spellingSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  const edit = 1 - damerauLevenshtein(a, b) / longest;
  // Jaro-Winkler flatters short words; it only counts with the edit distance close behind.
  const jw = jaroWinkler(a, b);
  const bigrams = a.length > 1 && b.length > 1 ? dice(a, b) : 0;
  return Math.max(edit, Math.min(jw, edit + 0.15), Math.min(bigrams, edit + 0.15));
}

function containsWhole(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    if (needle.every((w, j) => haystack[i + j] === w)) return true;
  }
  return false;
}

export type ExistingMark = { name: string; classes: readonly number[]; wellKnown: boolean; keys?: NameKeys };

export type MarkComparison = {
  score: number;
  band: RiskBand | null;
  reasons: MarkReason[];
  classRelation: ClassRelation;
};

/**
 * How much a candidate name risks clashing with one existing mark, 0–1, with a band and
 * reasons. The name part is the strongest of exact, spelling, sound, containment and meaning;
 * the class part weighs it: same class fully, related classes a little less, other classes
 * little, except for well-known marks, which are protected everywhere.
 */
export function compareWithMark(
  candidate: NameKeys,
  candidateClasses: readonly number[],
  existing: ExistingMark,
): MarkComparison {
  const other = existing.keys ?? nameKeys(existing.name);
  const reasons: MarkReason[] = [];
  let nameScore = 0;
  const a = candidate.normalized;
  const b = other.normalized;

  if (candidate.key && candidate.key === other.key) {
    nameScore = 1;
    // The same distinctive part: the same name, or one with generic words or a place around it.
    reasons.push(a.tokens.join(" ") === b.tokens.join(" ") ? "exact" : "contains");
  } else {
    const spelling = spellingSimilarity(candidate.key, other.key);
    if (spelling >= 0.75) {
      nameScore = Math.max(nameScore, spelling);
      reasons.push("spelling");
    }
    // Names that start with different sounds are rarely heard as one ("Indomy", "Andoam").
    const sameStart = candidate.phonetic[0] === other.phonetic[0];
    const soundAlike =
      (candidate.phonetic.length >= 3 && candidate.phonetic === other.phonetic) ||
      (sameStart && candidate.metaphone.length >= 2 && candidate.metaphone === other.metaphone && spelling >= 0.7);
    const phoneticSpelling = spellingSimilarity(candidate.phonetic, other.phonetic);
    if (soundAlike || (sameStart && phoneticSpelling >= 0.85)) {
      nameScore = Math.max(nameScore, soundAlike ? 0.95 : phoneticSpelling);
      reasons.push("sound");
    }
    // The existing mark's distinctive part standing whole in the candidate (or the reverse):
    // "Aqua Bandung" holds "Aqua". Generic-only names never count.
    const contains =
      (!b.onlyGeneric && containsWhole(a.onlyGeneric ? [] : a.distinctive, b.distinctive) && other.key.length >= 3) ||
      (!a.onlyGeneric && containsWhole(b.onlyGeneric ? [] : b.distinctive, a.distinctive) && candidate.key.length >= 4);
    if (contains) {
      nameScore = Math.max(nameScore, 0.9);
      reasons.push("contains");
    }
    if (candidate.concept && candidate.concept === other.concept) {
      nameScore = Math.max(nameScore, 0.9);
      reasons.push("meaning");
    }
  }

  const relation = classRelation(candidateClasses, existing.classes);
  const classWeight = relation === "same" ? 1 : relation === "related" ? 0.9 : existing.wellKnown ? 0.95 : 0.4;
  // A famous mark reaches further: a little more weight in every class.
  const fame = existing.wellKnown ? 1.05 : 1;
  const score = Math.min(1, nameScore * classWeight * fame);
  if (nameScore > 0) {
    if (existing.wellKnown) reasons.push("wellKnown");
    if (relation === "same") reasons.push("sameClass");
    else if (relation === "related") reasons.push("relatedClass");
  }
  return { score, band: bandOf(score), reasons, classRelation: relation };
}

export function bandOf(score: number): RiskBand | null {
  if (score >= 0.85) return "tinggi";
  if (score >= 0.7) return "sedang";
  if (score >= 0.55) return "rendah";
  return null;
}
