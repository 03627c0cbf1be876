// The rows an approved assessment's scores are frozen into (AssessmentScore and one
// AssessmentDomainScore per domain). Pure, so that seeds and benchmarks write the same rows.
import type { TAssessmentScore } from "@/lib/scoring/types";

type TIds = { assessmentId: string; organizationId: string; orgUnitId: string | null; questionnaireKey: string; approvedAt: Date };

export function frozenScoreRows(score: TAssessmentScore, { assessmentId, organizationId, orgUnitId, questionnaireKey, approvedAt }: TIds) {
  return {
    score: { assessmentId, organizationId, orgUnitId, questionnaireKey, approvedAt, overallScore: score.overall.score, grade: score.overall.grade, coveragePercent: score.overall.coverage.percent },
    domains: score.domains.map((domain) => ({ assessmentId, organizationId, domain: domain.domain, score: domain.score, targetLevel: domain.target.level, coveragePercent: domain.coverage.percent })),
  };
}
