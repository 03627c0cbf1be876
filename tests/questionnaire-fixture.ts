// A small but complete questionnaire for tests that must not depend on the real content.
import { ZQuestionnaire, type TQuestionnaire } from "@/lib/questionnaires/questionnaire";
import { DOMAIN_KEYS, type TAppliesIf, type TQuestion } from "@/lib/questionnaires/schema";

const text = (label: string) => ({ ja: `${label}（日本語）`, en: label });

function question(key: string, { appliesIf, kind = "maturity", weight = 2 }: { appliesIf?: TAppliesIf; kind?: "maturity" | "yesPartialNo"; weight?: 1 | 2 | 3 } = {}): TQuestion {
  const levels = kind === "maturity" ? 5 : 3;
  return {
    key,
    text: text(`Question ${key}`),
    guidance: text(`Guidance ${key}`),
    weight,
    answer: { kind, levels: Array.from({ length: levels }, (_, level) => text(`Level ${level} of ${key}`)) } as TQuestion["answer"],
    appliesIf,
    allowNotApplicable: true,
    remediation: Array.from({ length: levels - 1 }, (_, fromLevel) => ({ fromLevel, text: text(`Step ${fromLevel} of ${key}`), effort: "S" as const, ownerRole: "security-lead" as const })),
    sources: { recommendations: ["HOS-1"], frameworks: [] },
  };
}

export function testQuestionnaire(key: "corporate" | "university" = "corporate", version = 1): TQuestionnaire {
  return ZQuestionnaire.parse({
    key,
    version,
    title: text(`Test ${key} questionnaire`),
    description: text("For tests"),
    profile: [
      { key: "jointResearchUs", text: text("Joint research with US partners?"), guidance: text("US") },
      { key: "jointResearchChina", text: text("Joint research with Chinese partners?"), guidance: text("China") },
    ],
    domains: DOMAIN_KEYS.map((domain, index) => ({
      key: domain,
      title: text(domain),
      description: text(`About ${domain}`),
      questions:
        domain === "research-firewalls"
          ? [question("firewall.separation", { appliesIf: { all: ["jointResearchUs", "jointResearchChina"] } }), question("firewall.disclosure", { kind: "yesPartialNo" })]
          : [question(`q${"abcdefghij"[index]}.first`), question(`q${"abcdefghij"[index]}.second`, { weight: 3 })],
    })),
  });
}
