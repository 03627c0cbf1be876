import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { classifyUpload, MAX_UPLOAD_BYTES } from "./classify-upload";

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...new Array(64).fill(0)]);

describe("[EVIDENCE] upload checks", () => {
  it("accepts PDF, images and Office documents whose content matches their name", async () => {
    expect(await classifyUpload(PDF, "policy.pdf")).toEqual({ accepted: true, mimeType: "application/pdf" });
    expect(await classifyUpload(PNG, "network-diagram.PNG")).toEqual({ accepted: true, mimeType: "image/png" });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("取引審査").addRow(["該非判定", "済"]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await classifyUpload(xlsx, "screening.xlsx")).toMatchObject({ accepted: true });
  });

  it("refuses a disguised file: a program named .pdf, or an image named .pdf", async () => {
    expect(await classifyUpload(EXE, "report.pdf")).toEqual({ accepted: false, reason: "uploadType" });
    expect(await classifyUpload(PNG, "report.pdf")).toEqual({ accepted: false, reason: "uploadType" });
    expect(await classifyUpload(new TextEncoder().encode("<script>alert(1)</script>"), "notes.html")).toEqual({ accepted: false, reason: "uploadType" });
  });

  it("refuses empty and oversized files", async () => {
    expect(await classifyUpload(new Uint8Array(), "empty.pdf")).toEqual({ accepted: false, reason: "uploadEmpty" });
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(PDF);
    expect(await classifyUpload(big, "big.pdf")).toEqual({ accepted: false, reason: "uploadTooLarge" });
  });
});
