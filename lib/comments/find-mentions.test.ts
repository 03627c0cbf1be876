import { describe, expect, it } from "vitest";
import { findMentions } from "./find-mentions";

const members = [
  { id: "u1", email: "tanaka@hikari.example.jp" },
  { id: "u2", email: "Sato.K@hikari.example.jp" },
  { id: "u3", email: "yamada@example.jp" },
];

describe("[COMMENTS] mentions", () => {
  it("finds members by the start of their address or the whole address, in Japanese text too", () => {
    expect(findMentions("@tanaka 規程の版を確認してください。", members)).toEqual(["u1"]);
    expect(findMentions("確認お願いします @sato.k と @yamada@example.jp。", members)).toEqual(["u2", "u3"]);
  });

  it("ignores addresses that are not mentions, and people who are not members", () => {
    expect(findMentions("mail tanaka@hikari.example.jp about it", members)).toEqual([]);
    expect(findMentions("@suzuki please look", members)).toEqual([]);
  });
});
