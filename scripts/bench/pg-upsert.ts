// The physical reference: a raw single-row upsert through node-postgres, 50 concurrent callers
// on a pool of 20, for a few seconds.
import pg from "pg";
import { percentile } from "./open-loop";

export async function measurePgUpsert(url: string, seconds = 5): Promise<{ rps: number; p50: number; p95: number }> {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  await pool.query("CREATE TABLE IF NOT EXISTS bench_upsert (k integer PRIMARY KEY, v integer NOT NULL)");
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  let counter = 0;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (performance.now() < end) {
        const key = counter++ % 1000;
        const started = performance.now();
        await pool.query("INSERT INTO bench_upsert (k, v) VALUES ($1, 1) ON CONFLICT (k) DO UPDATE SET v = bench_upsert.v + 1", [key]);
        latencies.push(performance.now() - started);
      }
    }),
  );
  await pool.query("DROP TABLE bench_upsert");
  await pool.end();
  latencies.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return { rps: Math.round(latencies.length / seconds), p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)) };
}
