// Precision and recall of the brand-name check on the hand-labelled pairs: a clash is
// predicted when a pair comes out as high or medium risk. Fails below recall 0.9 on clashes
// or precision 0.85, and prints the figures (npx vitest run app/utils/brand-check/evaluation).
import { describe, expect, it } from "vitest";
import { EVALUATION_PAIRS } from "./evaluation-pairs";
import { compareWithMark, nameKeys } from "./score";

function evaluate() {
  const rows = EVALUATION_PAIRS.map((pair) => {
    const result = compareWithMark(nameKeys(pair.candidate.name), pair.candidate.classes, pair.existing);
    const predicted = result.band === "tinggi" || result.band === "sedang";
    return { pair, result, predicted };
  });
  const tp = rows.filter((r) => r.pair.clash && r.predicted).length;
  const fp = rows.filter((r) => !r.pair.clash && r.predicted).length;
  const fn = rows.filter((r) => r.pair.clash && !r.predicted).length;
  return { rows, tp, fp, fn, precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

describe("brand-name check on the labelled pairs", () => {
  it("finds at least 90% of clashes with at least 85% precision", () => {
    const { rows, tp, fp, fn, precision, recall } = evaluate();
    const byKind = new Map<string, { right: number; total: number }>();
    for (const r of rows) {
      const entry = byKind.get(r.pair.kind) ?? { right: 0, total: 0 };
      entry.total += 1;
      if (r.predicted === r.pair.clash) entry.right += 1;
      byKind.set(r.pair.kind, entry);
    }
    const wrong = rows
      .filter((r) => r.predicted !== r.pair.clash)
      .map(
        (r) =>
          `  ${r.pair.clash ? "missed" : "false alarm"} [${r.pair.kind}] ${r.pair.candidate.name} (${r.pair.candidate.classes}) vs ${r.pair.existing.name} (${r.pair.existing.classes}): ${r.result.score.toFixed(2)} ${r.result.reasons.join(",")}`,
      );
    console.log(
      [
        `brand-name check: ${rows.length} pairs, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
        ...[...byKind].map(([kind, { right, total }]) => `  ${kind}: ${right}/${total} right`),
        ...wrong,
      ].join("\n"),
    );
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.85);
  });
});
