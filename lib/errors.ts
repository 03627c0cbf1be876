// Expected failures of the domain. Each code is a key under "errors" in the message files,
// so the UI can translate whatever the server refuses.
export const ERROR_CODES = [
  "notFound",
  "forbidden",
  "signedOut",
  "invalidInput",
  "emailTaken",
  "wrongPassword",
  "invitationInvalid",
  "invitationEmailMismatch",
  "alreadyMember",
  "lastOwner",
  "assessmentLocked",
  "unknownQuestion",
  "questionNotApplicable",
  "notAssigned",
  "invalidTransition",
  "uploadTooLarge",
  "uploadEmpty",
  "uploadType",
  "offlineUpload",
  "actionConflict",
  /** The database cannot be reached right now: try again shortly. */
  "unavailable",
  "unexpected",
] as const;
export type TErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(readonly code: TErrorCode) {
    super(code);
    this.name = "DomainError";
  }
}

export function isErrorCode(value: unknown): value is TErrorCode {
  return typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value);
}
