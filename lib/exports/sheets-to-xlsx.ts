// Writes export sheets into one Excel workbook, a worksheet each, with a frozen header row.
import "server-only";
import ExcelJS from "exceljs";
import type { TSheet } from "./export-sheets";

export async function sheetsToXlsx(sheets: TSheet[], { title }: { title: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Mamori";
  workbook.title = title;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    worksheet.addRow(sheet.headers).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row);
    worksheet.columns.forEach((column, index) => {
      const longest = Math.max(...[sheet.headers[index] ?? "", ...sheet.rows.map((row) => String(row[index] ?? ""))].map((text) => Math.min(60, text.length)));
      column.width = Math.max(8, longest + 2);
      column.alignment = { wrapText: true, vertical: "top" };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
