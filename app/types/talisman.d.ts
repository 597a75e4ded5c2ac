// talisman ships no types; these are the three metrics the brand-name check uses.
declare module "talisman/metrics/damerau-levenshtein.js" {
  const distance: (a: string, b: string) => number;
  export default distance;
}
declare module "talisman/metrics/jaro-winkler.js" {
  const similarity: (a: string, b: string) => number;
  export default similarity;
}
declare module "talisman/metrics/dice.js" {
  const similarity: (a: string, b: string) => number;
  export default similarity;
}
