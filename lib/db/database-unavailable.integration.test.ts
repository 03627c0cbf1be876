import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { createPrisma } from "@/scripts/lib/prisma";
import { isDatabaseUnavailable } from "./database-unavailable";
import { findFreePort } from "@/scripts/lib/embedded-postgres";
import { uniqueEmail } from "@/tests/fixtures";

const caught = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe("[DB] telling an unavailable database from a failure", () => {
  it("recognizes a database that does not answer, through Prisma's queries and raw SQL alike", async () => {
    const nowhere = createPrisma(`postgresql://nobody:nothing@127.0.0.1:${await findFreePort()}/none`);
    expect(isDatabaseUnavailable(await caught(nowhere.user.findFirst()))).toBe(true);
    expect(isDatabaseUnavailable(await caught(nowhere.$queryRaw`SELECT 1`))).toBe(true);
    await nowhere.$disconnect();
  });

  it("recognizes a connection the server cuts in the middle of a query (as a shutdown does)", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    client.on("error", () => {});
    await client.connect();
    const error = await caught(client.query("SELECT pg_terminate_backend(pg_backend_pid())"));
    expect(error).toMatchObject({ code: "57P01" });
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(await caught(client.query("SELECT 1")))).toBe(true);
  });

  it("leaves every other error alone", async () => {
    const email = uniqueEmail("twice");
    await db.user.create({ data: { email, name: "Twice" } });
    expect(isDatabaseUnavailable(await caught(db.user.create({ data: { email, name: "Twice" } })))).toBe(false);
    expect(isDatabaseUnavailable(await caught(db.$queryRaw`SELECT * FROM no_such_table`))).toBe(false);
    expect(isDatabaseUnavailable(new DomainError("notFound"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
