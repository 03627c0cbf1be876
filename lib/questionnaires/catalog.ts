// The latest version of each questionnaire, assembled from one content file per domain.
// To publish a new version: change the content, then raise `version` below.
import { awarenessTrainingContent } from "./content/awareness-training";
import { chinaOperationsContent } from "./content/china-operations";
import { cyberReadinessContent } from "./content/cyber-readiness";
import { exportControlContent } from "./content/export-control";
import { governanceContent } from "./content/governance";
import { investmentPartnershipsContent } from "./content/investment-partnerships";
import { personnelClearanceContent } from "./content/personnel-clearance";
import { corporateProfile, universityProfile } from "./content/profile";
import { researchFirewallsContent } from "./content/research-firewalls";
import { sensitiveTechnologyContent } from "./content/sensitive-technology";
import { supplyChainContent } from "./content/supply-chain";
import { DOMAINS } from "./domains";
import { ZQuestionnaire, type TQuestionnaire } from "./questionnaire";
import { DOMAIN_KEYS, type TDomainContent, type TQuestionnaireKey } from "./schema";

const CONTENT: TDomainContent[] = [
  governanceContent,
  sensitiveTechnologyContent,
  personnelClearanceContent,
  researchFirewallsContent,
  cyberReadinessContent,
  exportControlContent,
  supplyChainContent,
  investmentPartnershipsContent,
  chinaOperationsContent,
  awarenessTrainingContent,
];

function domainsFor(audience: TQuestionnaireKey) {
  return DOMAIN_KEYS.map((key) => {
    const content = CONTENT.find((candidate) => candidate.domain === key);
    if (!content) throw new Error(`No content file for domain ${key}`);
    return { key, ...DOMAINS[key], questions: content[audience] };
  });
}

export const QUESTIONNAIRES: TQuestionnaire[] = [
  ZQuestionnaire.parse({
    key: "corporate",
    version: 2,
    title: { ja: "企業向け 経済安全保障セルフアセスメント", en: "Economic-security self-assessment for companies" },
    description: {
      ja: "防衛・半導体・通信・AI・量子などの技術を扱う企業とそのサプライヤー向け。",
      en: "For companies, and their suppliers, working with technologies such as defence, semiconductors, telecom, AI and quantum.",
    },
    profile: corporateProfile,
    domains: domainsFor("corporate"),
  }),
  ZQuestionnaire.parse({
    key: "university",
    version: 2,
    title: { ja: "大学・研究機関向け 経済安全保障セルフアセスメント", en: "Economic-security self-assessment for universities" },
    description: {
      ja: "大学・研究機関の研究推進・研究支援部門向け。研究インテグリティと研究セキュリティの観点を含みます。",
      en: "For research offices of universities and research institutes, covering research integrity and research security.",
    },
    profile: universityProfile,
    domains: domainsFor("university"),
  }),
];

export function latestQuestionnaire(key: TQuestionnaireKey): TQuestionnaire {
  return QUESTIONNAIRES.find((questionnaire) => questionnaire.key === key)!;
}
