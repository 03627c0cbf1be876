// Inputs an attacker or a broken client sends, grouped by the kind of field they are aimed at.
// Every value here is invalid for its kind, so a call carrying one must be refused.
import fc from "fast-check";

const INJECTION = [
  `'; DROP TABLE "User"; --`,
  `" OR 1=1 --`,
  "1; SELECT pg_sleep(5)",
  "<script>alert(document.cookie)</script>",
  `"><img src=x onerror=alert(1)>`,
  "javascript:alert(1)",
  "{{7*7}}${7*7}<%= 7*7 %>",
  "../../../../etc/passwd",
  "\u0000",
  "__proto__",
  "constructor",
];
const UNICODE_EDGE = [
  "ｃｍｘ０１２３４５６７８９ａｂｃｄｅｆｇｈｉ", // full-width look-alike of an id
  "\u202Eevil\u202C", // right-to-left override
  "a\u200Bb\u200Cc\u200Dd\uFEFF", // zero-width characters
  "😀👨‍👩‍👧‍👦🏳️‍🌈",
  "\uD800", // lone surrogate
  "مرحبا بالعالم",
  "　", // ideographic space only
  "経済安全保障".repeat(10),
];
const OVERSIZED = "長".repeat(100_000);
const WRONG_TYPES: unknown[] = [42, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, true, [], ["x"], {}, { $ne: null }, { toString: "x" }];

/** What a field holds, which decides what is invalid for it. */
export type TFieldKind = "id" | "nullableId" | "enum" | "email" | "text" | "optionalText" | "number" | "nullableNumber" | "boolean" | "object" | "optionalDate";

const notAString = [...WRONG_TYPES];
const stringsThatAreNotIds = [...INJECTION, ...UNICODE_EDGE, OVERSIZED, ""];

export const FIXED: Record<TFieldKind, unknown[]> = {
  id: [...stringsThatAreNotIds, ...WRONG_TYPES, null],
  nullableId: [...stringsThatAreNotIds, ...WRONG_TYPES],
  enum: [...stringsThatAreNotIds, "owner", "OWNER ", ...WRONG_TYPES, null],
  email: [...INJECTION, ...UNICODE_EDGE, "ｔａｒｏ@ｅｘａｍｐｌｅ.jp", "a@b", "two@@example.jp", `${OVERSIZED}@example.jp`, "x@example.jp\u200B", ...WRONG_TYPES, null],
  text: [...notAString, null, OVERSIZED, "   "],
  optionalText: [...notAString, null, OVERSIZED],
  number: ["1", "<script>", Number.NaN, Number.POSITIVE_INFINITY, -1, 1.5, null, {}, []],
  nullableNumber: ["1", "<script>", Number.NaN, Number.POSITIVE_INFINITY, -1, 1.5, {}, []],
  boolean: ["true", "<script>", 1, 0, null, {}, []],
  object: ["x", 42, [], null, true],
  optionalDate: [...INJECTION, ...UNICODE_EDGE, "2026-13-45", "2026/12/01", "１２月１日", "0000-00-00", ...WRONG_TYPES, null],
};

const ID_LIKE = /^[a-z0-9]{20,40}$/;

/** Random values of the same spirit, never valid for the kind. */
export function arbitraryFor(kind: TFieldKind): fc.Arbitrary<unknown> {
  // undefined means "left out", which optional fields allow.
  return valuesFor(kind).filter((value) => value !== undefined);
}

function valuesFor(kind: TFieldKind): fc.Arbitrary<unknown> {
  const anyString = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 100 }), fc.string({ unit: "binary", maxLength: 100 }));
  switch (kind) {
    case "id":
    case "nullableId":
    case "enum":
    case "email":
    case "optionalDate":
      return fc.oneof(anyString, fc.anything()).filter((value) => !(typeof value === "string" && (ID_LIKE.test(value) || /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value))) && !(kind === "nullableId" && value === null) && !(kind === "optionalDate" && value === ""));
    case "text":
    case "optionalText":
      return fc.anything().filter((value) => typeof value !== "string" && value !== undefined);
    case "number":
    case "nullableNumber":
      return fc.anything().filter((value) => (typeof value !== "number" || !Number.isInteger(value) || value < 0) && !(kind === "nullableNumber" && value === null));
    case "boolean":
      return fc.anything().filter((value) => typeof value !== "boolean");
    case "object":
      return fc.anything().filter((value) => value === null || typeof value !== "object" || Array.isArray(value));
  }
}

/** Whole inputs that are not the object an action expects at all. */
export const MALFORMED_INPUTS: unknown[] = [null, undefined, "x", 42, [], [{}], true, JSON.parse('{"__proto__":{"polluted":"yes"}}')];

/** Strings that would do harm if echoed into a page: a refusal must not reflect them. */
export const isDangerous = (value: unknown): value is string => typeof value === "string" && /[<>]|javascript:/.test(value);
