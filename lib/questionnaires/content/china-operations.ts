// China operations: exposure to Chinese state-security and data laws, what is kept in China,
// separate IT for China, staff safety, and exit and contingency planning.
import { ZDomainContent } from "../schema";

const CHINA = { any: ["operatesInChina", "jointResearchChina"] };

export const chinaOperationsContent = ZDomainContent.parse({
  domain: "china-operations",
  corporate: [
    {
      key: "china.state-law-exposure",
      text: {
        ja: "国家情報法（2017年）など、中国の組織・個人に国家の情報活動への協力を義務づける法令が、自社の中国拠点・現地パートナー・現地従業員を通じて自社の技術や情報に及ぼす影響を評価していますか。",
        en: "Have you assessed how Chinese laws that oblige organizations and individuals to cooperate with state intelligence work, such as the National Intelligence Law (2017), could reach your technology and information through your Chinese sites, local partners and local staff?",
      },
      guidance: {
        ja: "中国で扱う情報・技術は当局への提供を拒めない前提で、拠点・パートナーごとに影響を評価し、経営層が結果を承認していることが望まれます。",
        en: "Good practice assumes that information and technology handled in China cannot be withheld from the authorities, assesses the impact site by site and partner by partner, and has the executives approve the result.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "評価なし", en: "No assessment" },
          { ja: "担当者個人の認識のみ（文書化なし）", en: "Awareness of individual staff only, nothing written down" },
          { ja: "主要拠点について一度だけ評価", en: "One-off assessment of the main sites" },
          { ja: "全拠点・主要パートナーを対象に文書化し、経営層が承認", en: "Written assessment of all sites and main partners, approved by the executives" },
          { ja: "法改正・事業変更のたびに見直し、対策に反映", en: "Reviewed at every change in law or business, with results fed into controls" },
        ],
      },
      appliesIf: CHINA,
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "中国の拠点・合弁相手・共同研究先・委託先の一覧を作り、それぞれが扱う自社の技術・情報を書き出します。",
            en: "List your Chinese sites, joint-venture partners, research partners and contractors, and write down which of your technology and information each one handles.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
        {
          fromLevel: 1,
          text: {
            ja: "国家情報法・反スパイ法・データ安全法の下で当局が各拠点の情報を入手しうる経路を、法務部門と中国法の外部弁護士で評価し文書化します。",
            en: "Have the legal team and outside Chinese-law counsel assess and write down how the authorities could obtain each site's information under the National Intelligence Law, the Counter-Espionage Law and the Data Security Law.",
          },
          effort: "M",
          ownerRole: "legal",
        },
        {
          fromLevel: 2,
          text: {
            ja: "評価の対象を全拠点と主要パートナーに広げ、結果と残存リスクを取締役会（または経営会議）に諮り承認を得ます。",
            en: "Extend the assessment to every site and main partner, and take the results and residual risks to the board or management committee for approval.",
          },
          effort: "M",
          ownerRole: "executive",
        },
        {
          fromLevel: 3,
          text: {
            ja: "中国の法改正や拠点の新設・事業変更を見直しの契機として規程に定め、年1回以上評価を更新します。",
            en: "Write into your rules that changes in Chinese law and new sites or business changes trigger a review, and update the assessment at least once a year.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
      ],
      sources: {
        recommendations: ["HOS-14", "HOS-2"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.OC-03" },
          { framework: "METI-CSMG-3.0", id: "指示4" },
        ],
      },
    },
    {
      key: "china.data-kept-in-china",
      text: {
        ja: "どのデータ・技術を中国に置き、どれを日本国内にのみ保持するかを決め、中国拠点で扱う技術を必要最小限に限定していますか。",
        en: "Have you decided which data and technology may be kept in China and which stay in Japan only, limiting the technology handled at Chinese sites to what they need?",
      },
      guidance: {
        ja: "中核技術（設計の根幹、製造ノウハウ、ソースコード等）は日本側に留め、中国拠点には業務に必要な範囲だけを渡す区分が文書化され、実際のアクセス権と一致していることが望まれます。",
        en: "Good practice keeps core technology (key design data, process know-how, source code) in Japan, gives Chinese sites only what their work requires, documents that split, and makes actual access rights match it.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "区分なし（全社で同じ情報にアクセス可能）", en: "No split; the same information is open across the group" },
          { ja: "慣行としての一部制限のみ", en: "Some restrictions by habit only" },
          { ja: "中国に置かない技術の一覧を文書化", en: "Written list of technology that must not be kept in China" },
          { ja: "一覧に基づくアクセス制御を実施し、持ち出しを記録", en: "Access controls enforce the list, and transfers to China are logged" },
          { ja: "定期的な棚卸しと監査で区分と実態の一致を確認", en: "Regular inventories and audits confirm that practice matches the split" },
        ],
      },
      appliesIf: CHINA,
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "中国拠点が現在アクセスできるファイルサーバ・設計データ・ソースコードの保管場所を洗い出します。",
            en: "Identify the file servers, design-data stores and source-code repositories that Chinese sites can reach today.",
          },
          effort: "S",
          ownerRole: "it-security",
        },
        {
          fromLevel: 1,
          text: {
            ja: "技術部門長と共に「中国に置かない技術」の一覧を作り、情報管理規程の別表として定めます。",
            en: "With the heads of engineering, draw up a list of technology that must not be kept in China and add it as an annex to your information-handling rules.",
          },
          effort: "M",
          ownerRole: "security-lead",
        },
        {
          fromLevel: 2,
          text: {
            ja: "一覧に載った技術の保管場所から中国拠点のアカウントを外し、中国向けの技術提供を申請・承認制にして記録します。",
            en: "Remove Chinese-site accounts from the stores holding listed technology, and make every technology transfer to China an approved, logged request.",
          },
          effort: "M",
          ownerRole: "it-security",
        },
        {
          fromLevel: 3,
          text: {
            ja: "中国拠点に置かれたデータの棚卸しを年1回行い、一覧との差異を内部監査で報告します。",
            en: "Inventory the data held at Chinese sites once a year and have internal audit report any gap against the list.",
          },
          effort: "M",
          ownerRole: "security-lead",
        },
      ],
      sources: {
        recommendations: ["HOS-14", "HOS-3"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "ID.AM-07" },
          { framework: "NIST-CSF-2.0", id: "PR.AA-05" },
        ],
      },
    },
    {
      key: "china.cross-border-data-transfer",
      text: {
        ja: "中国から日本へのデータ移転について、データ安全法・個人情報保護法（PIPL）の越境移転規制（安全評価、標準契約、認証）と「重要データ」該当性を確認したうえで手続を行っていますか。",
        en: "Do you transfer data from China to Japan only after checking the cross-border rules of the Data Security Law and the Personal Information Protection Law (security assessment, standard contract, certification) and whether the data counts as 'important data'?",
      },
      guidance: {
        ja: "中国で生じるデータの流れを把握し、移転ごとに要件を判定して必要な手続を済ませ、共同研究・合弁の契約段階で持ち出しの可否と責任を定めていることが望まれます。",
        en: "Good practice maps the data generated in China, decides the requirements for each transfer and completes the formalities, and settles in joint-research and joint-venture contracts whether data may leave China and who is responsible.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "越境移転規制の把握なし", en: "Cross-border rules not known" },
          { ja: "現地任せの個別対応", en: "Handled case by case by the local site" },
          { ja: "データの流れを把握し、主要な移転の要件を判定済み", en: "Data flows mapped and the main transfers assessed" },
          { ja: "全移転について手続を完了し、契約に持ち出し条件を明記", en: "Formalities done for every transfer, with conditions for taking data out written into contracts" },
          { ja: "規制改正を監視し、移転前に事前判定する仕組みが定着", en: "Rule changes monitored and every new transfer assessed before it starts" },
        ],
      },
      appliesIf: CHINA,
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "中国拠点・共同研究先から日本に送られているデータ（個人情報、技術データ、研究データ）の種類と量を一覧にします。",
            en: "List the kinds and volumes of data (personal, technical, research) sent to Japan from Chinese sites and research partners.",
          },
          effort: "S",
          ownerRole: "legal",
        },
        {
          fromLevel: 1,
          text: {
            ja: "中国法の外部弁護士と共に、各データの流れが安全評価・標準契約・認証・適用除外のどれに当たるか、「重要データ」に該当しうるかを判定します。",
            en: "With outside Chinese-law counsel, decide for each data flow whether it needs a security assessment, a standard contract, certification or falls under an exemption, and whether it may be 'important data'.",
          },
          effort: "M",
          ownerRole: "legal",
        },
        {
          fromLevel: 2,
          text: {
            ja: "必要な手続を完了させ、共同研究・合弁の契約雛形に、データを日本へ持ち出す条件と当局許可が得られない場合の扱いを定める条項を加えます。",
            en: "Complete the required formalities, and add a clause to your joint-research and joint-venture templates on the conditions for taking data to Japan and what happens if the authorities refuse permission.",
          },
          effort: "M",
          ownerRole: "legal",
        },
        {
          fromLevel: 3,
          text: {
            ja: "新しいデータ移転の開始前に法務の事前判定を必須とする手順を定め、中国の規制改正を四半期ごとに確認します。",
            en: "Require a legal pre-check before any new data transfer starts, and review changes to Chinese rules every quarter.",
          },
          effort: "S",
          ownerRole: "legal",
        },
      ],
      sources: {
        recommendations: ["HOS-10", "HOS-14"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "GV.OC-03" }],
      },
    },
    {
      key: "china.separate-it-environment",
      text: {
        ja: "中国拠点および中国出張者のIT環境（ネットワーク、アカウント、端末、クラウド）を日本の基幹環境から分離していますか。",
        en: "Do you keep the IT environment used in China (network, accounts, devices, cloud) separate from your core environment in Japan?",
      },
      guidance: {
        ja: "中国拠点のネットワークは日本側と分離し、相互接続は必要最小限の経路に限定して監視し、出張者には機微情報を入れない専用端末を貸与していることが望まれます。",
        en: "Good practice segments Chinese-site networks from Japan, limits and monitors the few links between them, and issues travellers dedicated devices that carry no sensitive information.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "日本と同一の環境・端末", en: "Same environment and devices as in Japan" },
          { ja: "VPN等の一部制限のみ", en: "Some restrictions such as VPN rules only" },
          { ja: "ネットワーク分離または専用端末のいずれかを実施", en: "Either network segmentation or dedicated devices in place" },
          { ja: "ネットワーク分離・専用アカウント・専用端末を実施", en: "Segmented network, separate accounts and dedicated devices in place" },
          { ja: "接続経路を常時監視し、分離状態を定期的に検証", en: "Links monitored continuously and the separation tested regularly" },
        ],
      },
      appliesIf: CHINA,
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "中国拠点と日本の基幹システムをつなぐ接続経路（VPN、専用線、クラウド共有）を一覧にします。",
            en: "List every link between Chinese sites and your core systems in Japan (VPNs, leased lines, shared cloud tenants).",
          },
          effort: "S",
          ownerRole: "it-security",
        },
        {
          fromLevel: 1,
          text: {
            ja: "中国出張者向けに、機微情報を保存しない貸出用PC・スマートフォンを用意し、帰国後は初期化する運用を始めます。",
            en: "Provide loaner laptops and phones for travel to China that hold no sensitive information, and wipe them on return.",
          },
          effort: "S",
          ownerRole: "it-security",
        },
        {
          fromLevel: 2,
          text: {
            ja: "中国拠点を独立したネットワークセグメントとアカウント領域に移し、日本側への通信を許可リスト方式に限定します。",
            en: "Move Chinese sites into their own network segment and account domain, and allow traffic to Japan only through an allow-list.",
          },
          effort: "L",
          ownerRole: "it-security",
        },
        {
          fromLevel: 3,
          text: {
            ja: "中国拠点との接続ログをSOCの常時監視対象に加え、分離状態を年1回の侵入テストで検証します。",
            en: "Add the China links to your SOC's continuous monitoring, and test the separation with a penetration test once a year.",
          },
          effort: "M",
          ownerRole: "it-security",
        },
      ],
      sources: {
        recommendations: ["HOS-7", "HOS-14", "HOS-5"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "PR.IR-01" },
          { framework: "NIST-SP-800-171r3", id: "03.13.01" },
          { framework: "METI-CSMG-3.0", id: "指示5" },
        ],
      },
    },
    {
      key: "china.cryptography-law",
      text: {
        ja: "中国の暗号法（2020年施行）が中国拠点で使う暗号製品・暗号化通信・鍵管理に与える影響を確認していますか。",
        en: "Have you checked how China's Cryptography Law (in force 2020) affects the encryption products, encrypted links and key management used at your Chinese sites?",
      },
      guidance: {
        ja: "中国で使える暗号の制約と当局への開示リスクを踏まえ、機微情報は中国側で復号できる形で置かない設計になっていることが望まれます。",
        en: "Good practice accounts for the limits on encryption usable in China and the risk of disclosure to the authorities, and does not keep sensitive information in China in a form that can be decrypted there.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "未確認", en: "Not checked" },
          { ja: "一部の製品・通信のみ確認", en: "Checked for some products or links only" },
          { ja: "全体を確認し、鍵管理を日本側に置く方針を実施", en: "Fully checked, with keys kept under Japanese control" },
        ],
      },
      appliesIf: CHINA,
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "中国拠点で使っている暗号製品・VPN・ディスク暗号化とその鍵の保管場所を一覧にし、中国法の外部弁護士に規制上の扱いを確認します。",
            en: "List the encryption products, VPNs and disk encryption used at Chinese sites and where their keys are kept, and ask outside Chinese-law counsel how each is regulated.",
          },
          effort: "S",
          ownerRole: "it-security",
        },
        {
          fromLevel: 1,
          text: {
            ja: "機微情報を暗号化する鍵を日本側の鍵管理システムに移し、中国側の管理者が復号できない構成に変更します。",
            en: "Move the keys protecting sensitive information to a key-management system in Japan so that administrators in China cannot decrypt it.",
          },
          effort: "M",
          ownerRole: "it-security",
        },
      ],
      sources: {
        recommendations: ["HOS-14", "HOS-7"],
        frameworks: [{ framework: "NIST-SP-800-171r3", id: "03.13.10" }],
      },
    },
    {
      key: "china.counter-espionage-conduct",
      text: {
        ja: "反スパイ法（2023年7月改正施行）を踏まえ、中国での情報収集・調査・撮影など、スパイ行為とみなされうる業務上の行為を特定し、従業員に行動基準を示していますか。",
        en: "In light of the revised Counter-Espionage Law (in force July 2023), have you identified business activities in China that could be treated as espionage, such as gathering information, market research or taking photographs, and given staff rules of conduct?",
      },
      guidance: {
        ja: "市場調査・デューデリジェンス・地図や写真の取扱いなど、業務ごとに避けるべき行為と事前相談の窓口を定め、駐在員と出張者に周知していることが望まれます。",
        en: "Good practice sets out, activity by activity (market research, due diligence, maps and photographs), what to avoid and whom to consult first, and makes sure expatriates and travellers know it.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "検討なし", en: "Not considered" },
          { ja: "一般的な注意喚起のみ", en: "General warnings only" },
          { ja: "リスクの高い業務を特定し、行動基準を文書化", en: "High-risk activities identified and rules of conduct written down" },
          { ja: "行動基準を駐在員・出張者に説明し、事前相談窓口を運用", en: "Rules explained to expatriates and travellers, with a pre-clearance contact in operation" },
          { ja: "運用事例・当局動向を踏まえて基準を定期改訂", en: "Rules revised regularly in light of cases and enforcement trends" },
        ],
      },
      appliesIf: CHINA,
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "中国で行っている調査・情報収集業務（市場調査、競合調査、取引先審査、現地視察）を部門ごとに洗い出します。",
            en: "Identify, division by division, the research and information-gathering you do in China (market research, competitor studies, partner vetting, site visits).",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
        {
          fromLevel: 1,
          text: {
            ja: "法務部門と中国法の外部弁護士で、洗い出した業務ごとに避けるべき行為を定めた「中国業務行動基準」を作成します。",
            en: "Have the legal team and outside Chinese-law counsel write a China code of conduct stating, for each of those activities, what staff must not do.",
          },
          effort: "M",
          ownerRole: "legal",
        },
        {
          fromLevel: 2,
          text: {
            ja: "赴任前・出張前の説明で行動基準を扱い、判断に迷う調査を事前に相談できる窓口（法務・セキュリティ担当）を指名します。",
            en: "Cover the code in pre-posting and pre-travel briefings, and name a legal or security contact to clear doubtful research in advance.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
        {
          fromLevel: 3,
          text: {
            ja: "相談事例と日本人拘束事案などの当局動向を年1回分析し、行動基準を改訂します。",
            en: "Analyse consultation cases and enforcement trends, including detentions of Japanese nationals, once a year and revise the code.",
          },
          effort: "S",
          ownerRole: "legal",
        },
      ],
      sources: {
        recommendations: ["HOS-14"],
        frameworks: [],
      },
    },
    {
      key: "china.staff-safety",
      text: {
        ja: "中国に駐在・出張する従業員の安全について、渡航前説明、所在把握、緊急連絡体制、拘束・出国禁止時の対応手順を整えていますか。",
        en: "For staff posted or travelling to China, do you have pre-departure briefings, a way to know where they are, emergency contacts, and a procedure for detention or exit bans?",
      },
      guidance: {
        ja: "日本人の拘束事例を踏まえ、在中国日本大使館・総領事館、現地弁護士、家族への連絡手順を定め、24時間連絡がつく責任者を指名していることが望まれます。",
        en: "Given past detentions of Japanese nationals, good practice sets out how to contact the Japanese embassy or consulates, local lawyers and families, and names a person reachable around the clock.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "本人任せ", en: "Left to the individual" },
          { ja: "渡航前の一般的な注意のみ", en: "General advice before travel only" },
          { ja: "渡航前説明・所在把握・緊急連絡先を整備", en: "Pre-departure briefings, location tracking and emergency contacts in place" },
          { ja: "拘束・出国禁止時の対応手順と24時間対応の責任者を整備", en: "Procedure for detention or exit bans, with a named 24-hour owner" },
          { ja: "対応手順を机上演習で検証し、改善", en: "Procedure tested in tabletop exercises and improved" },
        ],
      },
      appliesIf: CHINA,
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "中国への駐在者・出張者の名簿と渡航予定を人事部門で一元管理し、外務省「たびレジ」・在留届への登録を義務づけます。",
            en: "Have HR keep one register of staff posted or travelling to China, and require registration with the Foreign Ministry's Tabireg service or a residence report.",
          },
          effort: "S",
          ownerRole: "hr",
        },
        {
          fromLevel: 1,
          text: {
            ja: "渡航前説明の資料（反スパイ法上の注意、禁止行為、緊急連絡先カード）を作成し、渡航の承認条件にします。",
            en: "Prepare a pre-departure briefing pack (Counter-Espionage Law cautions, prohibited conduct, an emergency contact card) and make it a condition of travel approval.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
        {
          fromLevel: 2,
          text: {
            ja: "拘束・出国禁止が起きた場合の対応手順（大使館・現地弁護士・家族・報道への対応）を定め、24時間対応の責任者と代行者を指名します。",
            en: "Write a procedure for detention or exit bans (embassy, local counsel, family, media) and name a 24-hour owner and deputy.",
          },
          effort: "M",
          ownerRole: "executive",
        },
        {
          fromLevel: 3,
          text: {
            ja: "駐在員の拘束を想定した机上演習を年1回行い、連絡の遅れや判断の空白を手順に反映します。",
            en: "Run a tabletop exercise on the detention of an expatriate once a year, and fix the delays and gaps in decision-making it reveals.",
          },
          effort: "M",
          ownerRole: "security-lead",
        },
      ],
      sources: {
        recommendations: ["HOS-14"],
        frameworks: [],
      },
    },
    {
      key: "china.conflicting-demands",
      text: {
        ja: "米国の輸出規制・制裁と、中国の輸出管理法・反外国制裁法・信頼できないエンティティ・リストから相反する要求を受けた場合の判断手順を定めていますか。",
        en: "Do you have a procedure for deciding what to do when US export controls or sanctions and China's Export Control Law, Anti-Foreign Sanctions Law or Unreliable Entity List make conflicting demands?",
      },
      guidance: {
        ja: "相反が起きうる取引・製品を事前に特定し、判断権限を持つ経営層と法務の協議手順、現地法人の役職員を守る措置を決めていることが望まれます。",
        en: "Good practice identifies in advance the business and products where conflicts could arise, sets out how executives with authority and the legal team decide, and protects the local company's officers and staff.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "想定なし", en: "Not anticipated" },
          { ja: "問題発生時に個別対応", en: "Handled only when a problem arises" },
          { ja: "相反が起きうる取引・製品を特定", en: "Business and products exposed to conflicts identified" },
          { ja: "判断権限・協議手順・現地役職員の保護策を文書化", en: "Decision authority, consultation steps and protection for local officers written down" },
          { ja: "両国の規制動向を継続監視し、シナリオ演習で検証", en: "Both countries' rules monitored continuously and the procedure tested in scenario exercises" },
        ],
      },
      appliesIf: CHINA,
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "米国由来の技術・部品を含む製品のうち、中国向けに販売・製造しているものを一覧にします。",
            en: "List the products containing US-origin technology or components that you sell to or make in China.",
          },
          effort: "S",
          ownerRole: "export-control",
        },
        {
          fromLevel: 1,
          text: {
            ja: "一覧の製品・取引先について、米国規制と中国側の対抗措置が衝突しうる場面を法務部門が整理し、リスク台帳に登録します。",
            en: "Have the legal team work out where US rules and Chinese counter-measures could collide for those products and customers, and enter each case in the risk register.",
          },
          effort: "M",
          ownerRole: "legal",
        },
        {
          fromLevel: 2,
          text: {
            ja: "相反する要求を受けた場合に判断する経営層の責任者、外部弁護士への相談、現地法人役職員への指示方法を規程に定めます。",
            en: "Write into your rules which executive decides when conflicting demands arrive, how outside counsel is consulted, and how instructions reach the local company's officers.",
          },
          effort: "M",
          ownerRole: "executive",
        },
        {
          fromLevel: 3,
          text: {
            ja: "主要取引先がエンティティ・リスト（米国商務省産業安全保障局）や中国の対抗リストに掲載される想定で、年1回シナリオ演習を行います。",
            en: "Once a year, run a scenario exercise in which a key customer is added to the Entity List (US Commerce Department, BIS) or to a Chinese counter-list.",
          },
          effort: "M",
          ownerRole: "export-control",
        },
      ],
      sources: {
        recommendations: ["HOS-9", "HOS-8"],
        frameworks: [{ framework: "METI-CP", id: "取引審査" }],
      },
    },
    {
      key: "china.exit-contingency-plan",
      text: {
        ja: "制裁の発動、地政学的緊張の高まり、当局の規制強化に備え、中国事業の縮小・撤退や技術・データの引き揚げを含む緊急時計画を策定していますか。",
        en: "Do you have a contingency plan for sanctions, rising geopolitical tension or tighter regulation, covering scaling down or leaving China and recovering technology and data?",
      },
      guidance: {
        ja: "発動の判断基準、移転・廃棄すべきデータと設備、代替の生産・調達先、現地従業員の扱いを事前に決め、経営層が承認していることが望まれます。",
        en: "Good practice decides in advance the triggers, which data and equipment to move or destroy, alternative production and supply, and how local staff are treated, with the executives' approval.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "計画なし", en: "No plan" },
          { ja: "経営層の問題意識のみ", en: "Executives aware of the issue only" },
          { ja: "主要シナリオと発動基準を文書化", en: "Main scenarios and triggers written down" },
          { ja: "データ・設備・調達・人員の対応を含む計画を承認", en: "Approved plan covering data, equipment, supply and staff" },
          { ja: "定期的な演習と見直しにより実行可能性を確認", en: "Feasibility confirmed through regular exercises and reviews" },
        ],
      },
      appliesIf: { any: ["operatesInChina"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "経営会議で中国事業の緊急時計画の担当役員を指名し、策定期限を決めます。",
            en: "At the management committee, name an executive owner for the China contingency plan and set a deadline for it.",
          },
          effort: "S",
          ownerRole: "executive",
        },
        {
          fromLevel: 1,
          text: {
            ja: "制裁の発動、輸出規制の強化、現地での拘束事案など主要シナリオごとに、計画を発動する判断基準を定めます。",
            en: "Define, for each main scenario (sanctions, tighter export controls, detentions of staff), the triggers that set the plan in motion.",
          },
          effort: "M",
          ownerRole: "security-lead",
        },
        {
          fromLevel: 2,
          text: {
            ja: "撤退・縮小時に日本へ移すデータと消去する設備、代替の生産・調達先、現地従業員への対応を計画に加え、取締役会の承認を得ます。",
            en: "Add to the plan which data to bring to Japan and which equipment to wipe, alternative production and suppliers, and the treatment of local staff, and have the board approve it.",
          },
          effort: "L",
          ownerRole: "executive",
        },
        {
          fromLevel: 3,
          text: {
            ja: "年1回、計画に沿った机上演習を行い、データ移転の所要期間や代替調達の実現性を確認して計画を更新します。",
            en: "Once a year, run a tabletop exercise of the plan, check how long data transfers and alternative sourcing would take, and update the plan.",
          },
          effort: "M",
          ownerRole: "security-lead",
        },
      ],
      sources: {
        recommendations: ["HOS-9", "HOS-12"],
        frameworks: [],
      },
    },
  ],
  university: [
    {
      key: "china.partner-exposure-univ",
      text: {
        ja: "中国の共同研究先・連携大学について、国家情報法（2017年）や軍民融合政策の下で研究成果が当局や軍に渡る可能性を評価していますか。",
        en: "Have you assessed, for your Chinese research partners and partner universities, whether research results could reach the state or the military under the National Intelligence Law (2017) and military–civil fusion policy?",
      },
      guidance: {
        ja: "連携先ごとに軍・国防関連機関との関係を公開情報で確認し、評価結果を協定締結・更新の判断に使っていることが望まれます。",
        en: "Good practice checks each partner's ties to the military and defence bodies from open sources and uses the result when agreements are signed or renewed.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "評価なし", en: "No assessment" },
          { ja: "研究者個人の判断のみ", en: "Left to individual researchers" },
          { ja: "新規協定時に研究推進部門が確認", en: "Research office checks new agreements" },
          { ja: "全連携先を確認し、結果を協定の可否判断に反映", en: "All partners checked and results used to decide on agreements" },
          { ja: "連携先の情報を定期更新し、既存協定も見直し", en: "Partner information updated regularly and existing agreements reviewed" },
        ],
      },
      appliesIf: CHINA,
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "中国の大学・研究機関との学術交流協定・共同研究契約の一覧を作ります。",
            en: "Compile a list of your academic exchange agreements and joint-research contracts with Chinese universities and institutes.",
          },
          effort: "S",
          ownerRole: "research-office",
        },
        {
          fromLevel: 1,
          text: {
            ja: "新規の協定・契約の前に、相手先の国防関連機関との関係、外国ユーザーリスト・エンティティ・リスト（米国商務省産業安全保障局）への掲載を研究推進部門が確認する手順を定めます。",
            en: "Before any new agreement, have the research office check the partner's links to defence bodies and whether it appears on Japan's End User List or the Entity List (US Commerce Department, BIS).",
          },
          effort: "S",
          ownerRole: "research-office",
        },
        {
          fromLevel: 2,
          text: {
            ja: "既存の全連携先に同じ確認を行い、懸念のある協定は対象分野の限定や不更新を役員会で判断します。",
            en: "Run the same check on all existing partners, and have the university's executive board decide whether to narrow or not renew agreements of concern.",
          },
          effort: "M",
          ownerRole: "executive",
        },
        {
          fromLevel: 3,
          text: {
            ja: "連携先の確認結果を年1回更新し、協定の更新時期に合わせて見直す仕組みを規程に定めます。",
            en: "Update the partner checks once a year and write into your rules that agreements are reviewed at each renewal.",
          },
          effort: "S",
          ownerRole: "research-office",
        },
      ],
      sources: {
        recommendations: ["HOS-14", "HOS-6"],
        frameworks: [{ framework: "METI-CP", id: "取引審査" }],
      },
    },
    {
      key: "china.joint-lab-governance-univ",
      text: {
        ja: "中国に置く共同研究室・分校・拠点について、扱う研究分野、データと知財の帰属、アクセス権限、終了条件を協定で定めていますか。",
        en: "For joint laboratories, branch campuses or offices in China, do your agreements settle the research fields covered, ownership of data and IP, access rights and termination terms?",
      },
      guidance: {
        ja: "機微な分野を対象外と明記し、日本側の研究データへのアクセス範囲と、協定終了時のデータ・機器の扱いを定めていることが望まれます。",
        en: "Good practice names sensitive fields as out of scope, limits access to the Japanese side's research data, and states what happens to data and equipment when the agreement ends.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "協定なし、または一般的な覚書のみ", en: "No agreement, or a general memorandum only" },
          { ja: "研究テーマのみを記載した協定", en: "Agreement stating research topics only" },
          { ja: "データ・知財の帰属とアクセス権限を明記", en: "Ownership of data and IP and access rights stated" },
          { ja: "対象外分野と終了時のデータ・機器の扱いも明記し、法務が審査", en: "Out-of-scope fields and end-of-agreement handling of data and equipment also stated, reviewed by legal" },
          { ja: "協定の履行状況を定期的に確認し、更新時に見直し", en: "Compliance with the agreement checked regularly and reviewed at renewal" },
        ],
      },
      appliesIf: CHINA,
      allowNotApplicable: true,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "中国の共同研究室・拠点ごとに、責任者、参加研究者、扱う研究テーマ、設備を記した台帳を作ります。",
            en: "Start a register of each joint laboratory or office in China recording its lead, participating researchers, research topics and equipment.",
          },
          effort: "S",
          ownerRole: "research-office",
        },
        {
          fromLevel: 1,
          text: {
            ja: "協定の雛形に、研究データ・知財の帰属と、日本側データへのアクセスを許す範囲を定める条項を加えます。",
            en: "Add clauses to the agreement template setting ownership of research data and IP and the extent of access to the Japanese side's data.",
          },
          effort: "M",
          ownerRole: "legal",
        },
        {
          fromLevel: 2,
          text: {
            ja: "協定の雛形に、対象外とする機微分野の列挙と、終了・解除時のデータ返還・消去と機器の扱いを定める条項を加え、締結前の法務審査を必須にします。",
            en: "Add to the template a list of sensitive fields that are out of scope and a clause on returning or deleting data and handling equipment at termination, and make legal review mandatory before signing.",
          },
          effort: "M",
          ownerRole: "legal",
        },
        {
          fromLevel: 3,
          text: {
            ja: "研究推進部門が年1回、各共同研究室の研究テーマと参加者を協定と照合し、逸脱があれば役員会に報告します。",
            en: "Have the research office compare each joint laboratory's topics and participants with its agreement once a year and report any departure to the executive board.",
          },
          effort: "S",
          ownerRole: "research-office",
        },
      ],
      sources: {
        recommendations: ["HOS-5", "HOS-10", "HOS-6"],
        frameworks: [],
      },
    },
    {
      key: "china.research-data-transfer-univ",
      text: {
        ja: "中国の共同研究で生じたデータを日本に持ち出す際、データ安全法・個人情報保護法（PIPL）や人類遺伝資源に関する規制による許可・手続の要否を確認していますか。",
        en: "Before bringing data from joint research in China to Japan, do you check whether the Data Security Law, the Personal Information Protection Law or the rules on human genetic resources require permission or formalities?",
      },
      guidance: {
        ja: "共同研究の契約段階で、データの持ち出し可否と手続の責任を相手方と取り決め、研究計画に反映していることが望まれます。",
        en: "Good practice agrees with the partner at the contract stage whether data may leave China and who handles the formalities, and builds this into the research plan.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "確認なし", en: "Not checked" },
          { ja: "研究者個人の判断", en: "Left to the individual researcher" },
          { ja: "研究推進部門に相談窓口があり、求めに応じて確認", en: "Research office advises when asked" },
          { ja: "契約段階でのデータ持ち出し条件の確認を必須化", en: "Data-export conditions checked at contract stage as a rule" },
          { ja: "規制改正を監視し、雛形と手順を定期更新", en: "Rule changes monitored and templates and procedures updated regularly" },
        ],
      },
      appliesIf: { any: ["jointResearchChina"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "中国との共同研究のうち、個人情報・生体試料・地理情報・産業データを扱う案件を研究推進部門が特定します。",
            en: "Have the research office identify joint projects with China that handle personal data, biological samples, geographic data or industrial data.",
          },
          effort: "S",
          ownerRole: "research-office",
        },
        {
          fromLevel: 1,
          text: {
            ja: "研究推進部門にデータ越境移転の相談窓口を置き、中国法に詳しい外部弁護士と相談できる体制を用意します。",
            en: "Set up a cross-border data desk in the research office with access to outside counsel versed in Chinese law.",
          },
          effort: "S",
          ownerRole: "research-office",
        },
        {
          fromLevel: 2,
          text: {
            ja: "共同研究契約の雛形に、データを日本へ移す条件、手続の責任者、許可が得られない場合の扱いを定める条項を加え、確認を締結の条件にします。",
            en: "Add a clause to the joint-research contract template on the conditions for moving data to Japan, who handles the formalities and what happens if permission is refused, and make this check a condition of signing.",
          },
          effort: "M",
          ownerRole: "legal",
        },
        {
          fromLevel: 3,
          text: {
            ja: "中国のデータ規制の改正を半年ごとに確認し、契約雛形と研究者向け手引きを更新します。",
            en: "Review changes to Chinese data rules every six months and update the contract template and the researchers' guide.",
          },
          effort: "S",
          ownerRole: "legal",
        },
      ],
      sources: {
        recommendations: ["HOS-10"],
        frameworks: [],
      },
    },
    {
      key: "china.data-kept-in-china-univ",
      text: {
        ja: "中国の共同研究室や中国滞在中の研究者が扱ってよいデータ・技術と、日本国内にのみ保持するものを区分していますか。",
        en: "Have you decided which data and technology may be handled at joint laboratories in China or by researchers staying there, and which must stay in Japan only?",
      },
      guidance: {
        ja: "未公開の研究成果、該非判定で該当となった技術、他の共同研究（特に米国との案件）のデータを中国側に置かない区分が研究室単位で共有されていることが望まれます。",
        en: "Good practice keeps unpublished results, technology classified as controlled, and data from other collaborations (especially US projects) out of China, and every lab knows the rule.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "区分なし", en: "No split" },
          { ja: "一部の研究室のみで区分", en: "Split in some labs only" },
          { ja: "全学の基準として区分し、対象研究室に周知", en: "University-wide rule, communicated to every lab concerned" },
        ],
      },
      appliesIf: CHINA,
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "中国に持ち込まない情報（未公開成果、リスト規制該当技術、米国との共同研究データ）を定めた全学基準の案を研究推進部門が作成します。",
            en: "Have the research office draft a university-wide rule listing what must not be taken to China (unpublished results, controlled technology, data from US collaborations).",
          },
          effort: "S",
          ownerRole: "research-office",
        },
        {
          fromLevel: 1,
          text: {
            ja: "全学基準を役員会で決定し、中国と関わる全研究室の研究代表者に説明して、研究室ごとの該当データを特定させます。",
            en: "Have the executive board adopt the rule, brief the lead of every lab working with China, and have each identify the data it covers.",
          },
          effort: "M",
          ownerRole: "principal-investigator",
        },
      ],
      sources: {
        recommendations: ["HOS-14", "HOS-5"],
        frameworks: [],
      },
    },
    {
      key: "china.travel-devices-univ",
      text: {
        ja: "中国に出張・派遣される教職員・学生に、研究データを入れない専用端末や専用アカウントを用意していますか。",
        en: "Do you give faculty, staff and students travelling or posted to China dedicated devices and accounts that carry no research data?",
      },
      guidance: {
        ja: "貸出用端末、多要素認証付きの限定アカウント、帰国後の初期化と点検を定め、出張申請と連動させていることが望まれます。",
        en: "Good practice provides loaner devices, restricted accounts with multi-factor authentication, and wiping and inspection on return, tied to the travel approval process.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "私物・通常端末をそのまま使用", en: "Personal or everyday devices used as they are" },
          { ja: "注意喚起のみ", en: "Warnings only" },
          { ja: "希望者に貸出用端末を提供", en: "Loaner devices available on request" },
          { ja: "機微研究の従事者に専用端末・限定アカウントを必須化", en: "Dedicated devices and restricted accounts mandatory for those in sensitive research" },
          { ja: "出張申請と連動し、帰国後の初期化・点検を徹底", en: "Tied to travel approval, with wiping and inspection on return always done" },
        ],
      },
      appliesIf: CHINA,
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "中国出張時に研究データを持ち出さないよう、出張前の注意事項を情報基盤センターが作成し、出張申請書に添付します。",
            en: "Have the IT centre write pre-travel guidance on not carrying research data to China and attach it to the travel request form.",
          },
          effort: "S",
          ownerRole: "it-security",
        },
        {
          fromLevel: 1,
          text: {
            ja: "初期化済みの貸出用PC・スマートフォンを数台用意し、中国出張者が借りられるようにします。",
            en: "Set up a small pool of freshly wiped loaner laptops and phones that travellers to China can borrow.",
          },
          effort: "S",
          ownerRole: "it-security",
        },
        {
          fromLevel: 2,
          text: {
            ja: "機微研究に従事する者の中国渡航では、貸出用端末と学内システムへのアクセス範囲を限定した出張用アカウントの使用を必須とします。",
            en: "Make loaner devices and a travel account with narrowed access to university systems mandatory when people in sensitive research travel to China.",
          },
          effort: "M",
          ownerRole: "it-security",
        },
        {
          fromLevel: 3,
          text: {
            ja: "出張申請の承認時に端末の貸出を自動で手配し、帰国後の端末初期化とアカウントのパスワード変更を完了報告させます。",
            en: "Have travel approval trigger the device loan automatically, and require confirmation on return that the device was wiped and account passwords changed.",
          },
          effort: "M",
          ownerRole: "it-security",
        },
      ],
      sources: {
        recommendations: ["HOS-7", "HOS-14"],
        frameworks: [
          { framework: "NSPM-33", id: "foreign-travel" },
          { framework: "NSPM-33", id: "cybersecurity" },
        ],
      },
    },
    {
      key: "china.staff-safety-univ",
      text: {
        ja: "中国に渡航・滞在する教職員・学生の安全のため、反スパイ法（2023年7月改正施行）を踏まえた渡航前説明、所在把握、緊急連絡体制を整えていますか。",
        en: "For the safety of faculty, staff and students travelling to or staying in China, do you provide pre-departure briefings that cover the revised Counter-Espionage Law (in force July 2023), track where they are, and keep emergency contacts?",
      },
      guidance: {
        ja: "資料収集・聞き取り調査・撮影など研究活動に伴うリスクを具体的に説明し、拘束時の大使館・家族への連絡手順と24時間連絡がつく担当者を定めていることが望まれます。",
        en: "Good practice explains concrete risks of research activity (collecting documents, interviews, photography), and sets out how to alert the embassy and family in a detention, with a contact reachable around the clock.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "本人任せ", en: "Left to the individual" },
          { ja: "一般的な海外渡航の注意のみ", en: "General overseas-travel advice only" },
          { ja: "中国固有のリスクを含む渡航前説明と渡航者の把握", en: "Pre-departure briefing on China-specific risks and a register of travellers" },
          { ja: "拘束時の対応手順と24時間連絡体制を整備", en: "Detention procedure and 24-hour contact in place" },
          { ja: "手順を訓練で検証し、事例を踏まえて改訂", en: "Procedure tested in drills and revised in light of cases" },
        ],
      },
      appliesIf: CHINA,
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "中国への渡航を出張・研修・留学を問わず国際部門に届け出る制度を設け、外務省「たびレジ」への登録を求めます。",
            en: "Require all travel to China — business trips, fieldwork and study abroad — to be reported to the international office, with registration in the Foreign Ministry's Tabireg service.",
          },
          effort: "S",
          ownerRole: "research-office",
        },
        {
          fromLevel: 1,
          text: {
            ja: "資料収集・聞き取り調査・撮影・地図の扱いなど、研究活動で避けるべき行為を示した中国渡航者向け説明資料を作成し、渡航前の受講を必須にします。",
            en: "Write a briefing for travellers to China on research activities to avoid (collecting documents, interviews, photography, maps) and make it compulsory before departure.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
        {
          fromLevel: 2,
          text: {
            ja: "教職員・学生が拘束・出国禁止となった場合の連絡手順（大使館・家族・現地弁護士）を定め、24時間連絡がつく担当者と代行者を指名します。",
            en: "Set out the contact procedure (embassy, family, local counsel) if a member of staff or student is detained or barred from leaving, and name a 24-hour contact and deputy.",
          },
          effort: "M",
          ownerRole: "executive",
        },
        {
          fromLevel: 3,
          text: {
            ja: "学生の拘束を想定した机上訓練を年1回行い、結果を手順と説明資料に反映します。",
            en: "Hold a tabletop drill on a student's detention once a year and feed the results into the procedure and the briefing.",
          },
          effort: "M",
          ownerRole: "security-lead",
        },
      ],
      sources: {
        recommendations: ["HOS-14"],
        frameworks: [{ framework: "NSPM-33", id: "foreign-travel" }],
      },
    },
    {
      key: "china.exit-contingency-univ",
      text: {
        ja: "中国の連携先がエンティティ・リスト（米国商務省産業安全保障局）等に掲載された場合や、米中から相反する要求を受けた場合に、共同研究を停止・縮小する手順を定めていますか。",
        en: "Do you have a procedure to suspend or scale down joint research if a Chinese partner is added to the Entity List (US Commerce Department, BIS) or similar lists, or if US and Chinese demands conflict?",
      },
      guidance: {
        ja: "停止の判断者、研究データ・試料・機器の扱い、影響を受ける研究者・学生（特に在籍中の留学生）への配慮を事前に決めていることが望まれます。",
        en: "Good practice decides in advance who decides, what happens to research data, samples and equipment, and how affected researchers and students (including enrolled international students) are looked after.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "手順なし", en: "No procedure" },
          { ja: "判断者のみ決定", en: "Decision-maker named only" },
          { ja: "判断者・データと機器の扱い・関係者への対応を定めた手順あり", en: "Procedure covering decision-maker, data and equipment, and people affected" },
        ],
      },
      appliesIf: CHINA,
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "中国との共同研究を停止・縮小する判断を行う担当理事を指名し、安全保障輸出管理委員会で承認します。",
            en: "Name the vice-president who decides to suspend or scale down research with China, and have the security export control committee endorse it.",
          },
          effort: "S",
          ownerRole: "executive",
        },
        {
          fromLevel: 1,
          text: {
            ja: "停止時の研究データ・試料・機器の扱いと、影響を受ける研究者・学生への説明・支援の手順を文書化します。",
            en: "Write down what happens to research data, samples and equipment on suspension, and how affected researchers and students are informed and supported.",
          },
          effort: "M",
          ownerRole: "research-office",
        },
      ],
      sources: {
        recommendations: ["HOS-9", "HOS-8"],
        frameworks: [],
      },
    },
  ],
});
