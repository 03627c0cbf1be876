import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/server-translator";
import { scoredFixture } from "@/tests/scored-fixture";
import { buildScorecard, type TScorecardInput } from "./build-scorecard";

function scorecard(locale: "ja" | "en", overrides: Partial<TScorecardInput> = {}) {
  const { questionnaire, score } = scoredFixture();
  const t = translatorFor(locale);
  return buildScorecard({
    locale,
    t: (key, values) => t(`scorecard.${key}` as never, values as never),
    formatDate: (date) => date.toISOString().slice(0, 10),
    now: new Date("2026-12-01T00:00:00Z"),
    organizationName: "Hikari",
    unitName: null,
    assessment: { title: "FY2026", status: "APPROVED", statusLabel: "Approved", approvedAt: new Date("2026-11-30T00:00:00Z") },
    questionnaire,
    score,
    previous: { title: "FY2025", overallScore: 40.4, domains: [{ domain: "governance", score: 70 }] },
    actions: [
      { status: "DONE", dueDate: null },
      { status: "OPEN", dueDate: new Date("2026-11-01T00:00:00Z") },
      { status: "IN_PROGRESS", dueDate: null },
    ],
    ...overrides,
  });
}

describe("[SCORECARD] executive view", () => {
  it("gives the overall grade, score and trend, and a light per domain against its target", () => {
    const view = scorecard("en");
    // (80 + 25 + 50) / 3 = 51.67, shown as 51 (scores are rounded down), grade C; last time 40.4 → 40, up 11.
    expect(view.overall).toEqual({ score: 51, grade: "C", previousScore: 40, trendLine: "Up 11 points since “FY2025”" });
    expect(view.domains[0]).toEqual({ title: "governance", score: 80, targetScore: 75, light: "green", lightLabel: "On target", previousScore: 70 });
    expect(view.domains[1]).toMatchObject({ score: 25, light: "red", lightLabel: "Below target" });
    expect(view.statusLine).toBe("Approved on 2026-11-30");
  });

  it("names the three biggest risks in plain words, one per domain, highest priority first, with the next step", () => {
    const view = scorecard("ja");
    expect(view.risks.map((risk) => risk.domain)).toEqual(["sensitive-technology（日本語）", "governance（日本語）", "research-firewalls（日本語）"]);
    expect(view.risks[0]!.risk).toBe("守るべき技術が明確に特定されておらず、一貫した保護や輸出管理リストとの照合ができません。");
    expect(view.risks[0]!.finding).toBe("Question qb.first（日本語）（現在 レベル1、必要 レベル3）");
    expect(view.risks[0]!.nextStep).toBe("Step 1 of qb.first（日本語）");
  });

  it("summarises the plan, with overdue actions, and says when there is none yet", () => {
    expect(scorecard("en").plan).toEqual({ total: 3, open: 1, inProgress: 1, done: 1, riskAccepted: 0, overdue: 1, percentDone: 33 });
    expect(scorecard("en").labels.planSummary).toBe("1 of 3 actions closed (33%)");
    expect(scorecard("ja", { actions: [] }).labels.planSummary).toBe("改善計画はまだありません（評価の承認時に作成されます）。");
  });

  it("says results are provisional before approval, and leaves out the trend without a previous score", () => {
    const view = scorecard("en", { assessment: { title: "FY2026", status: "IN_PROGRESS", statusLabel: "In progress", approvedAt: null }, previous: null });
    expect(view.statusLine).toBe("In progress: scores are provisional until the assessment is approved.");
    expect(view.overall.trendLine).toBeNull();
  });
});
