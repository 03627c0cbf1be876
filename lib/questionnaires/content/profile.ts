// Profile questions, answered yes/no before the assessment: they decide which questions apply.
// The same key means the same thing in both questionnaires.
import { z } from "zod";
import { ZProfileQuestion, type TProfileQuestion } from "../schema";

const profile = (questions: TProfileQuestion[]) => z.array(ZProfileQuestion).parse(questions);

const jointResearchUs = (audience: "corporate" | "university"): TProfileQuestion => ({
  key: "jointResearchUs",
  text: {
    ja: audience === "corporate" ? "米国の大学・企業・政府機関と共同研究や共同開発を行っていますか。" : "米国の大学・企業・政府機関との共同研究や研究資金の受入れがありますか。",
    en: audience === "corporate" ? "Do you run joint research or development with US universities, companies or government agencies?" : "Do you run joint research with, or receive research funding from, US universities, companies or government agencies?",
  },
  guidance: { ja: "現在進行中のもの、および 1 年以内に始める予定のものを含めます。", en: "Count current projects and those due to start within a year." },
});

const jointResearchChina = (audience: "corporate" | "university"): TProfileQuestion => ({
  key: "jointResearchChina",
  text: {
    ja: audience === "corporate" ? "中国（香港・マカオを含む）の大学・企業・研究機関と共同研究や共同開発を行っていますか。" : "中国（香港・マカオを含む）の大学・企業・研究機関との共同研究や研究資金の受入れがありますか。",
    en: audience === "corporate" ? "Do you run joint research or development with universities, companies or institutes in China (including Hong Kong and Macau)?" : "Do you run joint research with, or receive research funding from, universities, companies or institutes in China (including Hong Kong and Macau)?",
  },
  guidance: { ja: "両方に「はい」の場合、米中の案件間の分離（ファイアウォール）に関する設問が対象になります。", en: "If both this and the US question are yes, the questions on firewalls between US and Chinese work apply." },
});

const handlesListedTechnology: TProfileQuestion = {
  key: "handlesListedTechnology",
  text: {
    ja: "外為法のリスト規制に該当する貨物・技術（輸出貿易管理令 別表第1、外国為替令 別表）を扱っていますか。",
    en: "Do you handle goods or technology controlled under Japan's Foreign Exchange and Foreign Trade Act lists (Export Trade Control Order Appended Table 1, Foreign Exchange Order Appended Table)?",
  },
  guidance: { ja: "該非判定で「該当」となったものが一つでもあれば「はい」です。判定していない場合も、可能性があれば「はい」とします。", en: "Yes if any item was classified as controlled; if you have not classified your items but some might be, answer yes." },
};

const emergingTechnology: TProfileQuestion = {
  key: "emergingTechnology",
  text: {
    ja: "AI、量子、5G・次世代通信、半導体、映像監視、先端材料など、新興・基盤技術の研究開発を行っていますか。",
    en: "Do you research or develop emerging or foundational technologies such as AI, quantum, 5G and next-generation telecom, semiconductors, video surveillance or advanced materials?",
  },
  guidance: { ja: "現時点で規制対象でなくても、各国で規制が検討・導入されている分野を含みます。", en: "Include fields that are not controlled today but that governments are moving to control." },
};

const foreignFunding = (audience: "corporate" | "university"): TProfileQuestion => ({
  key: "foreignFunding",
  text: {
    ja: audience === "corporate" ? "外国の政府・企業・財団から研究開発資金や補助金を受けていますか。" : "外国の政府・企業・財団から研究資金、寄附、人材招致プログラムの支援を受けている研究者がいますか。",
    en: audience === "corporate" ? "Do you receive R&D funding or grants from foreign governments, companies or foundations?" : "Do any researchers receive funding, donations or talent-programme support from foreign governments, companies or foundations?",
  },
  guidance: { ja: "現物支援（機器・研究室・旅費）や兼業先からの支援も含みます。", en: "Include support in kind (equipment, laboratories, travel) and support from secondary appointments." },
});

const hostsForeignResearchers = (audience: "corporate" | "university"): TProfileQuestion => ({
  key: "hostsForeignResearchers",
  text: {
    ja: audience === "corporate" ? "外国籍の研究者・技術者・インターンを研究開発部門に受け入れていますか。" : "外国人の研究者・留学生・客員研究員を受け入れていますか。",
    en: audience === "corporate" ? "Do foreign researchers, engineers or interns work in your R&D?" : "Do you host foreign researchers, students or visiting scholars?",
  },
  guidance: { ja: "居住者・非居住者を問いません（みなし輸出の管理に関わります）。", en: "Whether or not they are residents of Japan (this matters for deemed-export control)." },
});

const operatesInChina = (audience: "corporate" | "university"): TProfileQuestion => ({
  key: "operatesInChina",
  text: {
    ja: audience === "corporate" ? "中国に子会社・工場・研究開発拠点・駐在員がありますか。" : "中国に海外拠点・共同研究室を置く、または教職員を長期派遣していますか。",
    en: audience === "corporate" ? "Do you have subsidiaries, plants, R&D centres or expatriate staff in China?" : "Do you have an office or joint laboratory in China, or staff posted there for long periods?",
  },
  guidance: { ja: "合弁会社や委託先の拠点での常駐も含みます。", en: "Include joint ventures and staff stationed at contractors' sites." },
});

const suppliesDefenceOrCriticalInfrastructure = (audience: "corporate" | "university"): TProfileQuestion => ({
  key: "suppliesDefenceOrCriticalInfrastructure",
  text: {
    ja:
      audience === "corporate"
        ? "防衛装備品や重要インフラ（通信・電力・金融など）向けに製品・サービスを供給していますか（下請を含む）。"
        : "防衛関係の研究費（安全保障技術研究推進制度など）を受けている、または重要インフラ事業者と共同研究を行っていますか。",
    en:
      audience === "corporate"
        ? "Do you supply products or services for defence or critical infrastructure (telecom, power, finance …), including as a subcontractor?"
        : "Do you receive defence-related research funding (such as ATLA's Innovative Science and Technology Initiative for Security) or run joint research with critical-infrastructure operators?",
  },
  guidance: { ja: "経済安全保障推進法の特定社会基盤事業者との取引を含みます。", en: "Include business with operators designated under the Economic Security Promotion Act's critical-infrastructure rules." },
});

const handlesDesignatedInformation: TProfileQuestion = {
  key: "handlesDesignatedInformation",
  text: {
    ja: "重要経済安保情報や特定秘密など、政府から指定された秘密情報を扱っている、または扱う見込みがありますか。",
    en: "Do you handle, or expect to handle, information the government has designated as secret, such as Critical Economic Security Information or Specially Designated Secrets?",
  },
  guidance: {
    ja: "重要経済安保情報保護活用法（2024 年 5 月成立、2025 年 5 月施行）に基づく適合事業者の認定や、従業者の適性評価が関わります。",
    en: "This involves being recognized as a qualified business, and security-clearance assessment of staff, under the 2024 Act on the Protection and Utilization of Critical Economic Security Information (in force May 2025).",
  },
};

const usesHighRiskVendorEquipment: TProfileQuestion = {
  key: "usesHighRiskVendorEquipment",
  text: {
    ja: "安全保障上の懸念が指摘されている事業者の通信機器・監視カメラ・クラウドサービスを使っていますか。",
    en: "Do you use telecom equipment, surveillance cameras or cloud services from vendors flagged as security risks?",
  },
  guidance: {
    ja: "米国 2019 年度国防授権法 889 条が政府調達から排除した事業者（華為技術、中興通訊、海康威視、浙江大華など）の製品を含みます。分からない場合は「はい」とします。",
    en: "Include products of the vendors the US FY2019 NDAA section 889 excluded from government procurement (Huawei, ZTE, Hikvision, Dahua …). If you do not know, answer yes.",
  },
};

const foreignInvestment: TProfileQuestion = {
  key: "foreignInvestment",
  text: { ja: "外国の投資家（ファンドを含む）から出資を受けている、または受ける予定がありますか。", en: "Do foreign investors, including funds, hold or plan to take a stake in your company?" },
  guidance: {
    ja: "外為法の対内直接投資の事前届出の対象となる業種では、1% 以上の上場株式取得などが審査されます。",
    en: "In sectors covered by the Foreign Exchange and Foreign Trade Act's prior-notification rules, acquisitions of 1% or more of a listed company's shares, among others, are reviewed.",
  },
};

export const corporateProfile: TProfileQuestion[] = profile([
  jointResearchUs("corporate"),
  jointResearchChina("corporate"),
  operatesInChina("corporate"),
  handlesListedTechnology,
  emergingTechnology,
  foreignInvestment,
  foreignFunding("corporate"),
  hostsForeignResearchers("corporate"),
  suppliesDefenceOrCriticalInfrastructure("corporate"),
  handlesDesignatedInformation,
  usesHighRiskVendorEquipment,
]);

export const universityProfile: TProfileQuestion[] = profile([
  jointResearchUs("university"),
  jointResearchChina("university"),
  operatesInChina("university"),
  handlesListedTechnology,
  emergingTechnology,
  foreignFunding("university"),
  hostsForeignResearchers("university"),
  suppliesDefenceOrCriticalInfrastructure("university"),
  handlesDesignatedInformation,
  usesHighRiskVendorEquipment,
]);
