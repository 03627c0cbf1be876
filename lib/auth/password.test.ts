import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

// 30 Japanese characters: 90 bytes in UTF-8, past bcrypt's 72.
const longJapanese = "経済安全保障の自己評価は毎年見直して役員会へ報告する予定です";
const sameFirst72Bytes = `${longJapanese.slice(0, 24)}違う結末になる文章`;

describe("[AUTH] password hashing", () => {
  it("hashes and verifies, and refuses another password", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
    expect(await verifyPassword("anything at all", null)).toBe(false);
  });

  it("tells apart long passwords that share their first 72 bytes, which bcrypt alone would not", async () => {
    expect(Buffer.byteLength(longJapanese)).toBeGreaterThan(72);
    expect(Buffer.from(sameFirst72Bytes).subarray(0, 72).equals(Buffer.from(longJapanese).subarray(0, 72))).toBe(true);
    expect(await bcrypt.compare(sameFirst72Bytes, await bcrypt.hash(longJapanese, 4))).toBe(true);
    const hash = await hashPassword(longJapanese);
    expect(await verifyPassword(longJapanese, hash)).toBe(true);
    expect(await verifyPassword(sameFirst72Bytes, hash)).toBe(false);
  });

  it("still verifies hashes made before: the demo accounts' plain bcrypt, and long passwords bcrypt cut at 72 bytes", async () => {
    const demoSeedHash = await bcrypt.hash("Mamori-Demo-2026", 4);
    expect(await verifyPassword("Mamori-Demo-2026", demoSeedHash)).toBe(true);
    const legacyLongHash = await bcrypt.hash(longJapanese, 4);
    expect(await verifyPassword(longJapanese, legacyLongHash)).toBe(true);
  });
});
