// Where Japanese text may break in the PDF: per character, never against kinsoku, never with a hyphen.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hyphenateForPdf, LINE_BREAK_MARK as MARK, markLineBreaks, splitForLineBreaks } from "./split-for-line-breaks";

/** The marks the scorecard's Japanese text uses most, by the side of a line they must avoid. */
const CLOSING = [..."。、）」』】〉》ー・！？"];
const OPENING = [..."（「『【〈《"];

describe("[SCORECARD] line breaks in Japanese text", () => {
  it("lets a line break between any two Japanese characters", () => {
    expect(splitForLineBreaks("輸出管理")).toEqual(["輸", "出", "管", "理"]);
  });

  it("keeps Latin words and numbers whole, and breaks around them", () => {
    expect(splitForLineBreaks("米国Entity Listの審査")).toEqual(["米", "国", "Entity List", "の", "審", "査"]);
    expect(splitForLineBreaks("Research")).toEqual(["Research"]);
  });

  it("never starts a line with a closing mark: it stays with the character before it", () => {
    expect(splitForLineBreaks("流出する。")).toEqual(["流", "出", "す", "る。"]);
    expect(splitForLineBreaks("研究・事業")).toEqual(["研", "究・", "事", "業"]);
    expect(splitForLineBreaks("ファイアウォール")).toEqual(["ファ", "イ", "ア", "ウォー", "ル"]);
    expect(splitForLineBreaks("（案）、")).toEqual(["（案）、"]);
    expect(splitForLineBreaks("PDF。")).toEqual(["PDF。"]);
  });

  it("never ends a line with an opening mark: it stays with the character after it", () => {
    expect(splitForLineBreaks("規程「輸出")).toEqual(["規", "程", "「輸", "出"]);
    expect(splitForLineBreaks("『【注】』")).toEqual(["『【注】』"]);
  });

  it("gives the text back unchanged when the pieces are joined, with kinsoku at every break", () => {
    const alphabet = fc.constantFrom(...CLOSING, ...OPENING, "技", "術", "の", "カ", "A", "b", "1", " ", "-");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join("")), (text) => {
        const pieces = splitForLineBreaks(text);
        expect(pieces.join("")).toBe(text);
        pieces.forEach((piece, index) => {
          expect(piece).not.toBe("");
          if (index > 0) expect(CLOSING).not.toContain([...piece][0]);
          if (index < pieces.length - 1) expect(OPENING).not.toContain([...piece].at(-1));
        });
      }),
    );
  });

  it("marks every permitted break of a whole text, but none beside a space or inside a Latin word", () => {
    expect(markLineBreaks("承認済み（次回）")).toBe(["承", "認", "済", "み", "（次", "回）"].join(MARK));
    expect(markLineBreaks("2026年 Entity List")).toBe(`2026${MARK}年 Entity List`);
    expect(markLineBreaks("Research firewalls")).toBe("Research firewalls");
    expect(markLineBreaks(`Cyber${MARK}readiness`)).toBe("Cyberreadiness");
  });

  it("hands react-pdf empty strings between pieces, so breaks get no hyphen, and removes the marks", () => {
    expect(hyphenateForPdf("技術。")).toEqual(["技", "", "術。"]);
    // 承認済み（次回） reaches react-pdf's callback as runs 承認済 | み（ | 次回）, each with its marks;
    // the mark ending a run is a break at the seam, and the seam after （ has none.
    expect(hyphenateForPdf(`承${MARK}認${MARK}済${MARK}`)).toEqual(["承", "", "認", "", "済", ""]);
    expect(hyphenateForPdf(`み${MARK}（`)).toEqual(["み", "", "（"]);
    // Unmarked text still breaks per character, with kinsoku, inside the run.
    expect(hyphenateForPdf("持っている")).toEqual(["持っ", "", "て", "", "い", "", "る"]);
    expect(hyphenateForPdf("firewalls")).toEqual(["firewalls"]);
    expect(hyphenateForPdf(" ")).toEqual([" "]);
    expect(hyphenateForPdf("")).toEqual([""]);
  });

  it("gives react-pdf back exactly the marked text, without the marks", () => {
    const text = "米国パートナーとの共同研究で得た技術が、中国のパートナーに流出するおそれがあります。";
    const syllables = text.split(" ").flatMap((word) => hyphenateForPdf(markLineBreaks(word)));
    expect(syllables.join("")).toBe(text);
    expect(syllables.filter((syllable) => syllable !== "").every((piece) => !/^[、。]/u.test(piece))).toBe(true);
  });
});
