// Where Japanese text may wrap: react-pdf knows only spaces and hyphens, so the PDF gets its
// break points (per character, with kinsoku) from here.

/**
 * Marks a permitted break in text handed to react-pdf, which cuts text into script runs (kanji,
 * kana, Latin) before its hyphenation callback sees it: only the whole text shows whether a
 * break at a run's edge is allowed. The callback removes the mark again. A soft hyphen, because
 * react-pdf keeps it out of font fallback; a zero-width space would pull in Helvetica.
 */
export const LINE_BREAK_MARK = "\u00ad";

/** Characters that must not start a line (行頭禁則): closing brackets, punctuation, small kana, ー. */
const NO_LINE_START = new Set(
  [
    "、。，．,.：；:;？！?!・･‥…〜～ー―‐゛゜ヽヾゝゞ々〻",
    "）〕］｝〉》」』】〙〗〟’”｠»)]}>",
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ",
    "％%‰℃°",
    "\u3000", // an ideographic space ends the line it falls on rather than indenting the next
  ].join(""),
);

/** Characters that must not end a line (行末禁則): opening brackets and quotes. */
const NO_LINE_END = new Set("（〔［｛〈《「『【〘〖〝‘“｟«([{<");

/**
 * Scripts written without spaces, where a line may break between any two characters: CJK
 * punctuation, kana, ideographs (with their extensions) and full-width forms. Everything else
 * (Latin letters, digits, ASCII punctuation) stays together as a word.
 */
const BREAK_ANYWHERE = /[\u3000-\u30ff\u3190-\u319f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u{20000}-\u{3134f}]/u;

/** One character per CJK character, one atom per run of anything else. */
function toAtoms(text: string): string[] {
  const atoms: string[] = [];
  let latin = "";
  for (const char of text) {
    if (BREAK_ANYWHERE.test(char)) {
      if (latin) atoms.push(latin);
      latin = "";
      atoms.push(char);
    } else {
      latin += char;
    }
  }
  if (latin) atoms.push(latin);
  return atoms;
}

function firstChar(text: string): string {
  return [...text][0] ?? "";
}

function lastChar(text: string): string {
  return [...text].at(-1) ?? "";
}

/**
 * Splits text into the pieces between which a line may break. Joined, the pieces give the
 * text back. A piece never starts with a closing mark nor ends with an opening one, because
 * such a mark is glued to its neighbour (「技術」。 stays together at its edges).
 */
export function splitForLineBreaks(text: string): string[] {
  const pieces: string[] = [];
  for (const atom of toAtoms(text)) {
    const previous = pieces.at(-1);
    const mustJoin = previous !== undefined && (NO_LINE_START.has(firstChar(atom)) || NO_LINE_END.has(lastChar(previous)));
    if (mustJoin) pieces[pieces.length - 1] = previous + atom;
    else pieces.push(atom);
  }
  return pieces;
}

/**
 * The text with LINE_BREAK_MARK at every permitted break, except beside a space or newline:
 * react-pdf breaks there already, and a second break point would indent the next line. Soft
 * hyphens already in the text are dropped, so Latin words stay whole and every mark is ours.
 */
export function markLineBreaks(text: string): string {
  return splitForLineBreaks(text.replaceAll(LINE_BREAK_MARK, "")).reduce((marked, piece) => {
    if (marked === "") return piece;
    const besideSpace = /[ \n]$/u.test(marked) || /^[ \n]/u.test(piece);
    return marked + (besideSpace ? "" : LINE_BREAK_MARK) + piece;
  }, "");
}

/**
 * react-pdf's hyphenation callback: one word of one script run in, its pieces out. An empty
 * string between two pieces is a break without a hyphen (adjacent pieces would be a
 * hyphenation point and get a "-"). Marked text breaks at its marks; unmarked text still
 * breaks per character, with kinsoku, inside the run.
 */
export function hyphenateForPdf(word: string): string[] {
  const syllables: string[] = [];
  word.split(LINE_BREAK_MARK).forEach((chunk, chunkIndex) => {
    if (chunkIndex > 0) syllables.push("");
    splitForLineBreaks(chunk).forEach((piece, pieceIndex) => {
      if (pieceIndex > 0) syllables.push("");
      syllables.push(piece);
    });
  });
  return syllables.length > 0 ? syllables : [word];
}
