import { syntheticScoringInput } from "./score-in-process";
import { scoreQuestion } from "../../lib/scoring/score-question";
const { input } = syntheticScoringInput();
const byKey = new Map(input.answers.map((a) => [a.questionKey, a]));
for (let r = 0; r < 5; r++) {
  const t = performance.now();
  let s = 0;
  for (let k = 0; k < 1000; k++) for (const q of input.questions) { const row = scoreQuestion({ question: q, answer: byKey.get(q.key), targetLevel: 3, riskFactor: 1 }); s += row.weight; }
  console.log("scoreQuestion x300 avg ms", ((performance.now() - t) / 1000).toFixed(4), s);
}
