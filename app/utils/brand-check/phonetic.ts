// Step 2: how a name sounds. An Indonesian key (old spellings and loan-word letters read as
// they are spoken) and Double Metaphone for English-like names.
import { doubleMetaphone } from "double-metaphone";

// Applied in order to a folded, compact name. Old spellings (EYD) first, then foreign letters.
const RULES: [RegExp, string][] = [
  [/^mc/g, "mak"],
  [/oe/g, "u"],
  [/dj/g, "j"],
  [/tj/g, "c"],
  [/sj/g, "sy"],
  [/nj/g, "ny"],
  [/ch/g, "kh"],
  [/ph/g, "f"],
  [/ck/g, "k"],
  [/q/g, "k"],
  [/x/g, "ks"],
  [/v/g, "f"],
  [/z/g, "s"],
  [/kh/g, "k"],
  [/c(?=[aou]|[^aeiouy]|$)/g, "k"], // "coca", "cream": English hard c
  [/ie$/g, "i"], // Indomie, Indomi, Indomy sound alike
  [/y$/g, "i"],
  [/ee/g, "i"],
  [/ou/g, "u"],
  [/w(?=[^aeiou]|$)/g, ""],
  [/gh/g, "g"],
  [/(?<=[aeiou])h(?=[^aeiou]|$)/g, ""], // "Kopikoh", "Sosroh": a final or silent h
  [/(?<=[^aeiou])h/g, ""],
  [/y(?=[^aeiou]|$)/g, "i"],
];

/** The Indonesian sound key of a compact, folded name: "sampoerna" → "sampurna", "tjap" → "kap". */
export function indonesianKey(compact: string): string {
  let key = compact;
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  // Letters that sound alike at this level of detail.
  key = key
    .replace(/c/g, "k")
    .replace(/[dt](?=$)/g, "t")
    .replace(/(.)\1+/g, "$1");
  return key;
}

/** Double Metaphone's primary code, for names spelt the English way ("Nyke", "Addidas"). */
export function metaphoneKey(compact: string): string {
  return doubleMetaphone(compact)[0];
}
