// One export sheet as CSV, with a UTF-8 byte-order mark so that Excel opens Japanese correctly.
import "server-only";
import { stringify } from "csv-stringify/sync";
import type { TSheet } from "./export-sheets";

export function sheetToCsv(sheet: TSheet): string {
  return "\uFEFF" + stringify([sheet.headers, ...sheet.rows], { record_delimiter: "\r\n" });
}
