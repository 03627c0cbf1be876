import { describe, expect, it } from "vitest";
import { lightFor } from "./traffic-light";

describe("[SCORING] traffic lights", () => {
  it("is green on target, amber within one level below it, red further below (target 3: edges at 75 and 50)", () => {
    // green: score ≥ 25 · 3 = 75; amber: score ≥ 25 · (3 − 1) = 50
    expect(lightFor(100, 3)).toBe("green");
    expect(lightFor(75, 3)).toBe("green");
    expect(lightFor(74.99, 3)).toBe("amber");
    expect(lightFor(50, 3)).toBe("amber");
    expect(lightFor(49.99, 3)).toBe("red");
    expect(lightFor(0, 3)).toBe("red");
  });

  it("needs a full 100 for green when the target is 4, and 75 for amber", () => {
    expect(lightFor(100, 4)).toBe("green");
    expect(lightFor(99.99, 4)).toBe("amber");
    expect(lightFor(75, 4)).toBe("amber");
    expect(lightFor(74.99, 4)).toBe("red");
  });

  it("is never red for a target of 1, since amber starts at 25 · 0 = 0", () => {
    expect(lightFor(25, 1)).toBe("green");
    expect(lightFor(0, 1)).toBe("amber");
  });

  it("shows no light when nothing is scored", () => {
    expect(lightFor(null, 3)).toBe("none");
  });
});
