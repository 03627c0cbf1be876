// The ten domains both questionnaires cover, in the order they are asked.
import type { TDomainKey, TI18nText } from "./schema";

export const DOMAINS: Record<TDomainKey, { title: TI18nText; description: TI18nText }> = {
  governance: {
    title: { ja: "ガバナンス", en: "Governance" },
    description: {
      ja: "経済安全保障を一体的に担う機能と、経営層・取締役会による監督、事業や研究の使命に見合ったリスク許容度。",
      en: "An integrated economic-security function, oversight by executives and the board, and a risk appetite that fits the mission.",
    },
  },
  "sensitive-technology": {
    title: { ja: "機微技術の特定", en: "Sensitive technology" },
    description: {
      ja: "守るべき機微技術・新興技術の棚卸し、輸出管理リストとの対応付け、責任者、規制改正時の見直し。",
      en: "An inventory of sensitive and emerging technologies, mapped to export-control lists, with owners and reviews when rules change.",
    },
  },
  "personnel-clearance": {
    title: { ja: "人的管理とクリアランス", en: "People and clearance" },
    description: {
      ja: "機微技術に触れる人の範囲、確認手続、Need-to-know、定期的な見直し、退職者対応、内部不正の兆候への備え。",
      en: "Who may access sensitive technology, vetting, need-to-know, periodic review, leavers and insider-threat signals.",
    },
  },
  "research-firewalls": {
    title: { ja: "研究・事業のファイアウォール", en: "Research firewalls" },
    description: {
      ja: "米国パートナーとの案件と中国パートナーとの案件の分離（人・ネットワーク・データ・場所・契約）、利益相反・責務相反の開示。",
      en: "Separating projects with US partners from those with Chinese partners — people, networks, data, spaces, contracts — and disclosure of conflicts.",
    },
  },
  "cyber-readiness": {
    title: { ja: "サイバー対処能力", en: "Cyber readiness" },
    description: {
      ja: "国家が関与する攻撃者に備えた社内の専門人材、標的型攻撃の検知、インシデント対応と報告、機微な技術データの保護。",
      en: "In-house expertise against state-sponsored attackers, detection of targeted intrusions, incident response and reporting, protection of technical data.",
    },
  },
  "export-control": {
    title: { ja: "輸出管理と取引審査", en: "Export control and screening" },
    description: {
      ja: "法令の最低限を超える輸出管理：内部規程、米国エンティティ・リスト等による取引先審査、みなし輸出、新興技術の規制動向の把握。",
      en: "Export control beyond the statutory minimum: compliance programme, screening against the Entity List and other lists, deemed exports, new controls.",
    },
  },
  "supply-chain": {
    title: { ja: "サプライチェーンと調達", en: "Supply chain and procurement" },
    description: {
      ja: "懸念のあるベンダーへの依存、重要物資の調達先、代替調達、取引先自身の管理体制。",
      en: "Dependence on high-risk vendors and critical materials, alternative sources, and suppliers' own controls.",
    },
  },
  "investment-partnerships": {
    title: { ja: "投資・資金・提携", en: "Investment, funding and partnerships" },
    description: {
      ja: "外国からの出資の審査、合弁、研究資金の出所、技術・データの移転に関する契約条項。",
      en: "Review of foreign investment, joint ventures, funding sources, and contract clauses on technology and data transfer.",
    },
  },
  "china-operations": {
    title: { ja: "中国での事業・中国との協力", en: "Operating in or with China" },
    description: {
      ja: "国家への協力を義務付ける法令や暗号・データ規制への曝露、データの扱い、駐在員の安全、撤退計画。",
      en: "Exposure to laws compelling cooperation with the state or regulating cryptography and data, data handling, staff safety, exit planning.",
    },
  },
  "awareness-training": {
    title: { ja: "意識向上と教育", en: "Awareness and training" },
    description: {
      ja: "経営層・研究者・従業員のリスク理解、出張時の注意、輸出管理や研究セキュリティの教育とその効果測定。",
      en: "Executives, researchers and staff understand the risks; training for travel, export control and research security, and its effect.",
    },
  },
};
