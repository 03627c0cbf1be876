// Which members a comment mentions: "@tanaka" (the part of the address before @) or the
// whole address "@tanaka@example.jp". Pure.
export type TMentionable = { id: string; email: string };

export function findMentions(body: string, members: TMentionable[]): string[] {
  const tokens = new Set([...body.matchAll(/(?<![\w.])@([\w.+-]+(?:@[\w-]+(?:\.[\w-]+)+)?)/g)].map((match) => match[1]!.toLowerCase().replace(/\.$/, "")));
  return members
    .filter((member) => {
      const email = member.email.toLowerCase();
      return tokens.has(email) || tokens.has(email.split("@")[0]!);
    })
    .map((member) => member.id);
}
