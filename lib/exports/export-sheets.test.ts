import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/server-translator";
import { SCORED_ANSWERS, scoredFixture } from "@/tests/scored-fixture";
import { exportSheets } from "./export-sheets";

function sheets(locale: "ja" | "en") {
  const { questionnaire, score } = scoredFixture();
  const t = translatorFor(locale);
  return exportSheets({
    locale,
    t: (key) => t(`exports.${key}` as never),
    lightLabel: (light) => t(`scorecard.lights.${light}` as never),
    questionnaire,
    score,
    answers: SCORED_ANSWERS,
    actions: [
      { questionKey: "qa.first", status: "IN_PROGRESS", dueDate: new Date("2026-12-24T14:59:59Z"), riskAcceptedReason: null, notes: "Draft policy", owner: { name: "田中 亮" } },
      { questionKey: "qb.first", status: "OPEN", dueDate: null, riskAcceptedReason: null, notes: null, owner: null },
    ],
  });
}

describe("[EXPORTS] sheets", () => {
  it("exports domains, answers, gaps and actions with headers in the reader's language", () => {
    const [domains, answers, gaps, actions] = sheets("en");
    expect([domains, answers, gaps, actions].map((sheet) => sheet!.name)).toEqual(["Domains", "Answers", "Gaps", "Actions"]);
    expect(domains!.headers).toEqual(["Domain", "Score (0–100)", "Target level (0–4)", "Target score", "Gap (points)", "Answered (%)", "Against target"]);
    expect(domains!.rows[0]).toEqual(["1. governance", 80, 3, 75, 0, 100, "On target"]);
    expect(domains!.rows[1]).toEqual(["2. sensitive-technology", 25, 3, 75, 50, 50, "Below target"]);
  });

  it("lists every question with its answer, or why it has none", () => {
    const [, answers] = sheets("ja");
    const byKey = new Map(answers!.rows.map((row) => [row[1], row]));
    expect(byKey.get("qa.first")).toEqual(["governance（日本語）", "qa.first", "Question qa.first（日本語）", "回答済み", 2, 4, "Level 2 of qa.first（日本語）", null, "Board minutes 2026-04"]);
    expect(byKey.get("qc.first")!.slice(3, 8)).toEqual(["該当なし", null, 4, null, "No such sites"]);
    expect(byKey.get("qb.second")![3]).toBe("未回答");
    expect(byKey.get("firewall.separation")![3]).toBe("対象外（プロファイル）");
  });

  it("orders gaps and actions by priority, with the steps and the owner", () => {
    const [, , gaps, actions] = sheets("en");
    expect(gaps!.rows.map((row) => [row[0], row[2], row[8]])).toEqual([
      [1, "Question qb.first", 4],
      [2, "Question qa.first", 2],
      [3, "Question firewall.disclosure", 2],
    ]);
    expect(gaps!.rows[0]![9]).toBe("1. Step 1 of qb.first\n2. Step 2 of qb.first");
    expect(actions!.rows).toEqual([
      [1, "sensitive-technology", "Question qb.first", null, null, "Open", null, null],
      [2, "governance", "Question qa.first", "田中 亮", "2026-12-24", "In progress", null, "Draft policy"],
    ]);
  });
});
