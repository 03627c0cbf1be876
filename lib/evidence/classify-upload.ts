// Decides whether an uploaded file is acceptable evidence, by its content, not only its name:
// PDF, images and Office documents up to 10 MB, whose bytes match the extension they claim.
import { fileTypeFromBuffer } from "file-type";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Detected type → the extensions a file of that type may carry. */
const ACCEPTED: Record<string, string[]> = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": ["pptx"],
  // Legacy Office files are OLE compound files.
  "application/x-cfb": ["doc", "xls", "ppt"],
};

export type TUploadVerdict = { accepted: true; mimeType: string } | { accepted: false; reason: "uploadTooLarge" | "uploadEmpty" | "uploadType" };

export async function classifyUpload(bytes: Uint8Array, fileName: string): Promise<TUploadVerdict> {
  if (bytes.byteLength === 0) return { accepted: false, reason: "uploadEmpty" };
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { accepted: false, reason: "uploadTooLarge" };
  const detected = await fileTypeFromBuffer(bytes);
  const extension = fileName.toLowerCase().split(".").pop() ?? "";
  const allowed = detected ? ACCEPTED[detected.mime] : undefined;
  if (!detected || !allowed || !allowed.includes(extension)) return { accepted: false, reason: "uploadType" };
  return { accepted: true, mimeType: detected.mime };
}
