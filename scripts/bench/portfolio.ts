// The organization overview's SQL on 10,000 assessments: queryPortfolio, the exact queries the
// overview page runs, closed loop with a few concurrent callers after a warm-up. Every result is
// checked against the seed: all assessments in the trend, each unit's latest assessment.
import type { PrismaClient } from "../../generated/prisma/client";
import { queryPortfolio } from "../../lib/portfolio/portfolio-queries";
import { DOMAIN_KEYS } from "../../lib/questionnaires/schema";
import { countError, type TErrorKinds } from "./http-request";
import { percentile } from "./open-loop";
import { errorLines, type TSection } from "./report";
import { PORTFOLIO_ASSESSMENTS, seedPortfolio, type TPortfolioBench } from "./seed-portfolio";

type TPortfolioResult = { concurrency: number; calls: number; rps: number; p50: number; p95: number; p99: number; errors: number; errorKinds: TErrorKinds };

function problemWith(result: Awaited<ReturnType<typeof queryPortfolio>>, portfolio: TPortfolioBench): string | null {
  const total = result.trend.reduce((sum, point) => sum + point.assessments, 0);
  if (total !== PORTFOLIO_ASSESSMENTS) return `trend counts ${total} assessments`;
  if (result.units.length !== portfolio.latestByUnit.size) return `${result.units.length} unit rows`;
  if (result.units[0]!.orgUnitId !== null) return "whole organization not first";
  for (const unit of result.units) {
    if (portfolio.latestByUnit.get(unit.orgUnitId) !== unit.assessmentId) return "wrong latest assessment";
    if (Object.keys(unit.domains).length !== DOMAIN_KEYS.length || typeof unit.score !== "number") return "scores missing";
  }
  return null;
}

async function measurePortfolio(prisma: PrismaClient, portfolio: TPortfolioBench, { concurrency = 5, seconds = 10, warmUpCalls = 20 } = {}): Promise<TPortfolioResult> {
  const errorKinds: TErrorKinds = new Map();
  const call = async (): Promise<boolean> => {
    try {
      const problem = problemWith(await queryPortfolio(prisma, portfolio.organizationId), portfolio);
      if (problem) countError(errorKinds, problem);
      return problem === null;
    } catch (error) {
      countError(errorKinds, `query ${(error as Error).message.split("\n")[0]}`);
      return false;
    }
  };
  for (let index = 0; index < warmUpCalls; index++) await call();
  errorKinds.clear();

  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const callStarted = performance.now();
        if (await call()) latencies.push(performance.now() - callStarted);
        else errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    concurrency,
    calls: latencies.length + errors,
    rps: round(latencies.length / elapsed),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors,
    errorKinds,
  };
}

export async function portfolioSection(prisma: PrismaClient, seed: Parameters<typeof seedPortfolio>[0]): Promise<TSection> {
  const portfolio = await seedPortfolio(seed);
  const result = await measurePortfolio(prisma, portfolio);
  const cells = [result.concurrency, result.calls, result.rps, result.p50, result.p95, result.p99, result.errors];
  return {
    lines: [
      `\n== organization overview SQL: queryPortfolio on ${PORTFOLIO_ASSESSMENTS.toLocaleString("en")} assessments, closed loop (seeded in ${portfolio.seedMs} ms; target p95 < 300 ms)`,
      " concurrent |  calls |  calls/s |  p50 ms |  p95 ms |  p99 ms | errors",
      cells.map((cell, column) => String(cell).padStart([11, 6, 8, 7, 7, 7, 6][column]!)).join(" | "),
      ...errorLines(result.errorKinds),
    ],
    figures: {
      portfolio_10k_p50_ms: result.p50,
      portfolio_10k_p95_ms: result.p95,
      portfolio_10k_p99_ms: result.p99,
      portfolio_10k_rps: result.rps,
      portfolio_10k_concurrency: result.concurrency,
      portfolio_10k_calls: result.calls,
      portfolio_10k_errors: result.errors,
      portfolio_10k_errors_by_kind: Object.fromEntries(result.errorKinds),
      portfolio_seed_ms: portfolio.seedMs,
    },
  };
}
