// The recommendations of the seed texts that the questionnaires must cover, one row each, in our
// own words. Questions cite these ids in `sources.recommendations`; a test checks that every row
// is covered by at least two questions.
import { z } from "zod";
import { ZI18nText } from "./schema";

export const ZRecommendation = z.object({
  id: z.string().regex(/^[A-Z]+-\d+$/),
  seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
  summary: ZI18nText,
});
export type TRecommendation = z.infer<typeof ZRecommendation>;

const HOSOKAWA = "002_00634e979698caae.txt";

export const RECOMMENDATIONS: TRecommendation[] = z.array(ZRecommendation).parse([
  {
    id: "HOS-1",
    seed: HOSOKAWA,
    summary: {
      ja: "輸出管理・研究開発・情報システムを部門任せにせず、経営に直結する一体的な安全保障（経済安全保障）の管理体制を置く。",
      en: "Build one integrated security function that reports to the executives, instead of leaving export control, R&D and IT systems to separate divisions.",
    },
  },
  {
    id: "HOS-2",
    seed: HOSOKAWA,
    summary: {
      ja: "米中の技術覇権争いを自社の経営リスクとして捉え、経営者自身が安全保障への感度を持つ。",
      en: "Treat the US–China technology rivalry as a business risk to the organization; executives themselves keep a keen security awareness.",
    },
  },
  {
    id: "HOS-3",
    seed: HOSOKAWA,
    summary: {
      ja: "米中双方と取引する組織は、AI・量子・5G・映像監視など守るべき機微技術を特定し、米国の新興・基盤技術規制の動向を注視する。",
      en: "Organizations dealing with both US and Chinese partners identify their sensitive technologies — AI, quantum, 5G, video surveillance — and follow US controls on emerging and foundational technologies.",
    },
  },
  {
    id: "HOS-4",
    seed: HOSOKAWA,
    summary: {
      ja: "機微技術にアクセスできる人を確認する社内のセキュリティ・クリアランス制度を設ける。米国企業は信頼できる制度のない相手との機微情報の共有を止めうる。",
      en: "Run an in-house security clearance that decides who may access sensitive technology; US partners may stop sharing sensitive information with firms that lack a credible one.",
    },
  },
  {
    id: "HOS-5",
    seed: HOSOKAWA,
    summary: {
      ja: "同じ組織内で米国の大学との共同研究と中国企業との共同研究を並行する場合、情報が流れないようファイアウォール（ネットワーク等の分離）を設ける。",
      en: "Where one organization runs joint research with US universities and with Chinese companies at the same time, put firewalls (network and other separation) between them.",
    },
  },
  {
    id: "HOS-6",
    seed: HOSOKAWA,
    summary: {
      ja: "大学は、中国からの研究者・留学生の受入れや潤沢な研究資金の魅力に潜む危険（人材招致計画、「影の研究室」）を認識し、管理する。",
      en: "Universities recognize and manage the risks behind hosting researchers and students from China and attractive Chinese research funding (talent programmes, 'shadow laboratories').",
    },
  },
  {
    id: "HOS-7",
    seed: HOSOKAWA,
    summary: {
      ja: "国家が関与するサイバー攻撃による技術窃取に備え、リスクを分析できる社内のサイバーセキュリティ専門人材を置く。",
      en: "Prepare for state-sponsored cyber attacks aimed at technology theft, with in-house cyber security experts who can analyse the risk.",
    },
  },
  {
    id: "HOS-8",
    seed: HOSOKAWA,
    summary: {
      ja: "法令上の該非確認だけで終わらせず、エンティティ・リスト掲載企業との取引には特に慎重になる。違法でなくても「敵対国を利する」として制裁を受けうる。",
      en: "Do not stop at statutory checks: take particular care with companies on the Entity List; even lawful business that serves an adversary can draw sanctions.",
    },
  },
  {
    id: "HOS-9",
    seed: HOSOKAWA,
    summary: {
      ja: "中国独自のエンティティ・リストや輸出管理制度により、米中双方から相反する遵守を求められる事態に備える。",
      en: "Prepare for conflicting compliance demands as China builds its own entity list and export-control regime in answer to the US.",
    },
  },
  {
    id: "HOS-10",
    seed: HOSOKAWA,
    summary: {
      ja: "中国企業との共同研究で得たデータの日本への持ち出しに中国政府の許可が必要となる場合がある。契約段階で確認する。",
      en: "Data from joint research with a Chinese partner may need the Chinese government's permission to leave China: settle this when the contract is made.",
    },
  },
  {
    id: "HOS-11",
    seed: HOSOKAWA,
    summary: {
      ja: "米国政府の指針は間接的な取引先にまで及び、遵守しない外国企業は米国のサプライチェーンから外されうる。取引・研究の相手にも同等の管理を求める。",
      en: "US government requirements reach indirect participants in supply chains, and non-compliant foreign firms can be cut out; require partners to keep equally robust controls.",
    },
  },
  {
    id: "HOS-12",
    seed: HOSOKAWA,
    summary: {
      ja: "半導体やレアアースなど安全保障上の中核物資について、特定国への依存と調達の途絶リスクを把握し、調達先を分散する。",
      en: "Know and reduce dependence on a single country for security-critical materials such as semiconductors and rare earths; diversify sources.",
    },
  },
  {
    id: "HOS-13",
    seed: HOSOKAWA,
    summary: {
      ja: "外国からの投資を通じた機微技術の流出を防ぐ（米国 CFIUS の強化、外為法改正による対内直接投資審査）。",
      en: "Prevent sensitive technology from leaking through foreign investment (stronger CFIUS review in the US; Japan's amended Foreign Exchange and Foreign Trade Act).",
    },
  },
  {
    id: "HOS-14",
    seed: HOSOKAWA,
    summary: {
      ja: "中国の軍民融合と国家情報法の下では、民生用途の技術や中国で扱う情報も軍事転用・当局への提供の対象となりうる。",
      en: "Under China's military–civil fusion and National Intelligence Law, civilian technology and information handled in China can be diverted to military use or handed to the state.",
    },
  },
  {
    id: "HOS-15",
    seed: HOSOKAWA,
    summary: {
      ja: "米国は中国製の通信・映像監視機器の調達を禁じた。自組織の調達でも懸念のあるベンダーの機器・サービスを把握し、管理する。",
      en: "The US barred Chinese telecom and video-surveillance equipment from procurement; know and manage such vendors' equipment and services in your own procurement.",
    },
  },
  {
    id: "CTX-1",
    seed: "000_78b710d8abd633a4.txt",
    summary: {
      ja: "組織の使命に照らしてリスクを過小評価も過大評価もせず、見合った資源をセキュリティに配分する（サイバーセキュリティ戦略 2018）。",
      en: "Neither under- nor over-estimate risk against the organization's mission, and give security resources in proportion (Japan's Cybersecurity Strategy, 2018).",
    },
  },
  {
    id: "CTX-2",
    seed: "003_3f33bf3a326c46d7.txt",
    summary: {
      ja: "華為技術（Huawei）や中興通訊（ZTE）の機器をネットワーク基盤に使うことは、諜報への懸念から安全保障上のリスクとされた（2018 年、日本政府が調達規制を検討）。",
      en: "Using Huawei or ZTE equipment in network infrastructure was judged a security risk over espionage concerns (in 2018 Japan's government studied restrictions on its procurement).",
    },
  },
  {
    id: "CTX-3",
    seed: "001_2bf664530cc5bbf8.txt",
    summary: {
      ja: "中国などからの国家的なサイバー脅威に対し、日米同盟を含む協力と、インシデント情報の共有・報告の体制を強化する。",
      en: "Answer state-backed cyber threats from China and others through cooperation, including within the US–Japan alliance, and through sharing and reporting of incidents.",
    },
  },
  {
    id: "CTX-4",
    seed: "004_9c03e4bb8c809c6d.txt",
    summary: {
      ja: "経済安全保障推進法（2022 年）の下で重要技術の育成・保護と供給網の強靱化が進む一方、セキュリティ・クリアランス制度の欠如が同盟国との協力の障害とされた（2024 年の法律で整備）。",
      en: "Under the Economic Security Promotion Act (2022) Japan protects critical technologies and strengthens supply chains, while the lack of a security clearance regime hindered cooperation with allies (filled by the 2024 Act).",
    },
  },
]);
