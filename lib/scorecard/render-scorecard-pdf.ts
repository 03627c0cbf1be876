// Renders the executive scorecard to PDF bytes, with embedded Japanese fonts and Japanese line breaking.
import "server-only";
import { createRequire } from "node:module";
import path from "node:path";
import { Font, renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import { createElement, type ReactElement } from "react";
import { SCORECARD_FONT_FAMILY, ScorecardPdf } from "./scorecard-pdf";
import type { TScorecardView } from "./scorecard-view";
import { hyphenateForPdf } from "./split-for-line-breaks";

const FONT_PACKAGE = "@expo-google-fonts/noto-sans-jp";
const FONT_FILES = [
  { file: "400Regular/NotoSansJP_400Regular.ttf", fontWeight: 400 },
  { file: "700Bold/NotoSansJP_700Bold.ttf", fontWeight: 700 },
] as const;

/**
 * A font file's absolute path, resolved by Node from this module (under vitest, and from
 * .next/server under `next start`, whose runtime maps import.meta.url back to the project).
 * turbopackIgnore: a production build would otherwise replace the resolve with a bundled
 * module id, and warn that the join makes it trace the whole project.
 */
function fontPath(file: string): string {
  const packageJson = createRequire(import.meta.url).resolve(/* turbopackIgnore: true */ `${FONT_PACKAGE}/package.json`);
  return path.join(/* turbopackIgnore: true */ path.dirname(packageJson), file);
}

/**
 * react-pdf keeps fonts and the hyphenation callback in one store per process, so asking the
 * store (not a module flag) keeps this idempotent when a dev server re-evaluates this module.
 */
function registerFontsOnce(): void {
  if (Font.getRegisteredFontFamilies().includes(SCORECARD_FONT_FAMILY)) return;
  Font.register({
    family: SCORECARD_FONT_FAMILY,
    fonts: FONT_FILES.map(({ file, fontWeight }) => ({ src: fontPath(file), fontWeight })),
  });
  Font.registerHyphenationCallback(hyphenateForPdf);
}

export async function renderScorecardPdf(view: TScorecardView): Promise<Buffer> {
  registerFontsOnce();
  // ScorecardPdf renders a <Document>; react-pdf's types want that said of the element itself.
  const document = createElement(ScorecardPdf, { view }) as unknown as ReactElement<DocumentProps>;
  return renderToBuffer(document);
}
