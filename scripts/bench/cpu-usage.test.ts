import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { processTreeCpuMs, usageBetween } from "./cpu-usage";

describe("[BENCH] CPU usage from /proc", () => {
  it("counts the CPU of a process's children (a server's workers) with its own", async () => {
    // A child that burns 500 ms of CPU, says so, then idles until it is stopped.
    const child = spawn(process.execPath, ["-e", "while (process.cpuUsage().user < 500_000); console.log('ready'); setTimeout(() => {}, 30_000)"], { stdio: ["ignore", "pipe", "ignore"] });
    await new Promise((resolve) => child.stdout!.once("data", resolve));
    const tree = processTreeCpuMs(process.pid)!;
    const childAlone = processTreeCpuMs(child.pid!)!;
    expect(childAlone).toBeGreaterThanOrEqual(450);
    // Once the child has exited and been reaped, its CPU still counts (as its parent's children's).
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill();
    await exited;
    expect(processTreeCpuMs(process.pid)!).toBeGreaterThanOrEqual(tree);
    expect(tree).toBeGreaterThanOrEqual(childAlone + (process.cpuUsage().user / 1000) * 0.5);
    expect(processTreeCpuMs(2 ** 22 + 7)).toBeNull();
  });

  it("turns two readings into cores used by each, the rest of the machine, and how long tasks waited", () => {
    const from = { atMs: 0, serverMs: 1_000, postgresMs: 500, generatorMs: 200, machineMs: 10_000, cpuStallUs: 0, ioStallUs: 5_000_000 };
    const to = { atMs: 10_000, serverMs: 11_000, postgresMs: 3_500, generatorMs: 2_200, machineMs: 28_000, cpuStallUs: 4_000_000, ioStallUs: 6_000_000 };
    expect(usageBetween(from, to)).toEqual({ server: 1, postgres: 0.3, generator: 0.2, others: 0.3, machine: 1.8, cpuWaitPercent: 40, ioWaitPercent: 10 });
  });
});
