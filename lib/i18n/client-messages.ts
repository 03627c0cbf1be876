// The message namespaces that client components read. Only these are sent to the browser with
// every page; the rest stay on the server (messages.test.ts checks the list against the code).
export const CLIENT_NAMESPACES = [
  "account",
  "answering",
  "assessmentNav",
  "assessments",
  "comments",
  "dashboard",
  "errors",
  "evidence",
  "invitation",
  "localeSwitcher",
  "members",
  "organization",
  "organizationNav",
  "organizationSwitcher",
  "pageError",
  "plan",
  "review",
  "roles",
  "scorecardPage",
  "signIn",
  "signUp",
  "userMenu",
  "validation",
] as const;

export function clientMessages<T extends Record<string, unknown>>(messages: T): Partial<T> {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((namespace) => namespace in messages).map((namespace) => [namespace, messages[namespace]])) as Partial<T>;
}
