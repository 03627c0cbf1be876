// Due dates are calendar days in Japan: a date picked in a form means the end of that day, JST,
// wherever the server runs.
const JST_OFFSET = "+09:00";

/** "2026-12-24" → the last second of 24 December in Japan; "" or nothing → no due date. */
export function dueDateFromInput(value: string | undefined): Date | null {
  return value ? new Date(`${value}T23:59:59${JST_OFFSET}`) : null;
}

/** The calendar day (Japan) of a due date, as a date input's value; "" for none. */
export function dueDateInputValue(date: Date | null | undefined): string {
  if (!date) return "";
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

export function isOverdue(date: Date | null | undefined, now = new Date()): boolean {
  return date != null && date.getTime() < now.getTime();
}
