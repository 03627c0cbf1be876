import { describe, expect, it } from "vitest";
import { liveSessionClaims, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "./session-policy";

const signedInAt = 1_800_000_000;
const token = { sub: "user-1", sessionVersion: 2, signedInAt, exp: signedInAt + SESSION_IDLE_SECONDS };

describe("[AUTH] session lifetimes", () => {
  it("accepts a token before its idle deadline", () => {
    expect(liveSessionClaims(token, signedInAt + 60)).toEqual({ userId: "user-1", sessionVersion: 2, signedInAt });
  });

  it("refuses a token once its idle deadline passed", () => {
    expect(liveSessionClaims(token, token.exp)).toBeNull();
  });

  it("refuses a token renewed all day once 12 hours have passed since sign-in", () => {
    const renewed = { ...token, exp: signedInAt + SESSION_ABSOLUTE_SECONDS + 10 * 60 };
    expect(liveSessionClaims(renewed, signedInAt + SESSION_ABSOLUTE_SECONDS - 1)).not.toBeNull();
    expect(liveSessionClaims(renewed, signedInAt + SESSION_ABSOLUTE_SECONDS)).toBeNull();
  });

  it("refuses tokens without a sign-in time or session version (issued before these rules)", () => {
    expect(liveSessionClaims({ sub: "user-1", exp: token.exp, sessionVersion: 0 }, signedInAt)).toBeNull();
    expect(liveSessionClaims({ sub: "user-1", exp: token.exp, signedInAt }, signedInAt)).toBeNull();
    expect(liveSessionClaims(null, signedInAt)).toBeNull();
  });
});
