// npm run questionnaire -- list | export <key> [--format json|xlsx] [--out FILE]
// Prints or writes the latest version of the questionnaires for domain experts' review.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { QUESTIONNAIRES } from "../lib/questionnaires/catalog";
import { toExportJson, toWorkbook } from "../lib/questionnaires/export-questionnaire";
import { questionsOf } from "../lib/questionnaires/questionnaire";
import { ZQuestionnaireKey } from "../lib/questionnaires/schema";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { format: { type: "string", default: "json" }, out: { type: "string" } },
});
const ZCommand = z.discriminatedUnion("command", [
  z.object({ command: z.literal("list") }),
  z.object({ command: z.literal("export"), key: ZQuestionnaireKey, format: z.enum(["json", "xlsx"]), out: z.string().optional() }),
]);
const parsed = ZCommand.safeParse({ command: positionals[0], key: positionals[1], format: values.format, out: values.out });
if (!parsed.success) {
  console.error(`Usage: npm run questionnaire -- list\n       npm run questionnaire -- export <${ZQuestionnaireKey.options.join("|")}> [--format json|xlsx] [--out FILE]`);
  process.exit(2);
}
const command = parsed.data;

if (command.command === "list") {
  for (const questionnaire of QUESTIONNAIRES) {
    console.log(`${questionnaire.key}\tversion ${questionnaire.version}\t${questionsOf(questionnaire).length} questions`);
  }
} else {
  const questionnaire = QUESTIONNAIRES.find((candidate) => candidate.key === command.key)!;
  if (command.format === "xlsx") {
    if (!command.out) {
      console.error("--format xlsx needs --out FILE");
      process.exit(2);
    }
    writeFileSync(command.out, await toWorkbook(questionnaire));
    console.error(`Wrote ${command.out}`);
  } else {
    const json = JSON.stringify(toExportJson(questionnaire), null, 2);
    if (command.out) writeFileSync(command.out, json);
    else console.log(json);
  }
}
