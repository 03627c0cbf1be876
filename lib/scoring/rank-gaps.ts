// The list of questions short of their target, most urgent first, in an order that never depends on chance.
import { DOMAIN_KEYS } from "@/lib/questionnaires/domain-keys";
import type { TDomainScore, TGapRow } from "./types";

type TRankedRow = { row: TGapRow; domainIndex: number; position: number };

/** Negative when a should come first. Nulls never reach here: only scored rows are ranked. */
function compare(a: TRankedRow, b: TRankedRow): number {
  return (
    (b.row.priority ?? 0) - (a.row.priority ?? 0) ||
    (b.row.gap ?? 0) - (a.row.gap ?? 0) ||
    b.row.weight - a.row.weight ||
    a.domainIndex - b.domainIndex ||
    // Position within the domain is questionnaire order: rows of one domain keep their input order.
    a.position - b.position ||
    // Unreachable while positions are unique; it keeps the order total by contract.
    (a.row.key < b.row.key ? -1 : a.row.key > b.row.key ? 1 : 0)
  );
}

export function rankGaps(domains: TDomainScore[]): TGapRow[] {
  const ranked: TRankedRow[] = domains.flatMap((domain) =>
    domain.questions.flatMap((question, position) =>
      question.gap !== null && question.gap > 0
        ? [{ row: { ...question, domain: domain.domain }, domainIndex: DOMAIN_KEYS.indexOf(domain.domain), position }]
        : [],
    ),
  );
  return ranked.sort(compare).map((entry) => entry.row);
}
