// Prisma's schema engine compiled to WebAssembly: migrations without the native engine binary,
// which cannot be downloaded here. Instantiated by hand so plain Node 20 needs no wasm flag.
import * as engineModule from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

let wasmReady: Promise<void> | undefined;
let lastPanic = "";

// The engine reports Rust panics through this global before it throws.
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (message: string) => {
    lastPanic = message;
  },
};

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const entry = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm");
    const bytes = await readFile(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": engineModule as unknown as WebAssembly.ModuleImports });
    engineModule.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type RawResult = { columnTypes: number[] };
type PgResult = { fields: { dataTypeID: number }[] };
type PatchableAdapter = {
  performIO: (query: unknown) => Promise<PgResult>;
  queryRaw: (query: unknown) => Promise<RawResult>;
  executeScript: (script: string) => Promise<void>;
  onError: (error: unknown) => never;
  underlyingDriver: () => pg.Pool;
};

/**
 * PrismaPg runs a migration script by splitting it at every ";", which breaks function bodies
 * ($$ … ; … $$). Send the script whole instead, as the native engine does: PostgreSQL runs a
 * multi-statement simple query as one implicit transaction.
 */
function runScriptsWhole(patchable: PatchableAdapter) {
  patchable.executeScript = async (script) => {
    try {
      await patchable.underlyingDriver().query(script);
    } catch (error) {
      patchable.onError(error);
    }
  };
}

/**
 * PrismaPg refuses PostgreSQL's internal "char" type, which the engine reads from the PostgreSQL 18
 * catalogs when it describes a database: pass such columns through as text and type them as the
 * character columns the engine expects.
 */
async function connectWithCatalogChars(factory: PrismaPg) {
  const adapter = await factory.connect();
  const patchable = adapter as unknown as PatchableAdapter;
  runScriptsWhole(patchable);
  const performIO = patchable.performIO.bind(adapter);
  const queryRaw = patchable.queryRaw.bind(adapter);
  let queue: Promise<unknown> = Promise.resolve();
  // One query at a time, so each result is matched with the columns its own query reported.
  patchable.queryRaw = (query) => {
    const run = queue.then(() => queryWithCharColumns(query));
    queue = run.catch(() => {});
    return run;
  };
  const queryWithCharColumns = async (query: unknown) => {
    let charColumns: number[] = [];
    patchable.performIO = async (inner) => {
      const result = await performIO(inner);
      charColumns = result.fields.flatMap((field, index) => (field.dataTypeID === PG_CHAR_OID ? [index] : []));
      for (const index of charColumns) result.fields[index]!.dataTypeID = PG_TEXT_OID;
      return result;
    };
    const result = await queryRaw(query);
    for (const index of charColumns) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return adapter;
}

/**
 * Adapter factory for the engine. Its shadow database (needed to diff from migrations) is created
 * and dropped here: PrismaPg's own shadow handling lets the URL's database name win and drops the
 * database while its pool is still open.
 */
function adapterFactory(url: string, opened: { dispose: () => Promise<void> }[]) {
  const main = new PrismaPg({ connectionString: url });
  const factory = {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => {
      const adapter = await connectWithCatalogChars(main);
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const shadowName = `prisma_shadow_${randomBytes(6).toString("hex")}`;
      const adminUrl = new URL(url);
      adminUrl.pathname = "/postgres";
      await adminQuery(adminUrl.toString(), `CREATE DATABASE "${shadowName}"`);
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${shadowName}`;
      const adapter = await connectWithCatalogChars(new PrismaPg({ connectionString: shadowUrl.toString() }));
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await adminQuery(adminUrl.toString(), `DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`);
      };
      return adapter;
    },
  };
  return bindMigrationAwareSqlAdapterFactory(factory as unknown as Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0]);
}

export async function withSchemaEngine<T>(
  { url, schemaPath, schemaText }: { url: string; schemaPath: string; schemaText: string },
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const opened: { dispose: () => Promise<void> }[] = [];
  const engine = await engineModule.SchemaEngine.new({ datamodels: [[schemaPath, schemaText]] }, () => {}, adapterFactory(url, opened));
  try {
    return await run(engine);
  } catch (error) {
    if (lastPanic) throw new Error(`Prisma schema engine panicked: ${lastPanic}`, { cause: error });
    throw error;
  } finally {
    engine.free();
    // free() leaves the engine's connections open, and with them its migration advisory lock: the
    // next engine in this process would wait 10 s for it.
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}
