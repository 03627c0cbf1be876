// Export control beyond the statutory minimum: the internal compliance programme, classification,
// transaction screening against Japanese, US and Chinese lists, catch-all controls, deemed exports
// and technology transfer, new controls on emerging technologies, and escalation to management.
import { ZDomainContent } from "../schema";

export const exportControlContent = ZDomainContent.parse({
  domain: "export-control",
  corporate: [
    {
      key: "export.compliance-programme",
      text: {
        ja: "外国為替及び外国貿易法（外為法）に基づく輸出管理内部規程（CP）を定め、経営者を最高責任者とする体制で運用していますか。",
        en: "Have you adopted an internal export-control compliance programme (輸出管理内部規程, CP) under the Foreign Exchange and Foreign Trade Act, run under a structure headed by a top executive?",
      },
      guidance: {
        ja: "代表者を最高責任者とし、輸出管理部門が営業部門から独立して出荷を止められる権限を持ち、経済産業省の自己管理チェックリストを毎年提出・点検し、内部監査で運用を確かめていることが目安です。",
        en: "Good practice: the chief executive is ultimately responsible, the export-control unit is independent of sales and can stop a shipment, METI's annual export-control self-check list is filed and reviewed every year, and internal audit tests how the programme runs.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "内部規程なし", en: "No compliance programme" },
          { ja: "担当者の経験に依存、規程は未整備", en: "Relies on individuals' experience; no written rules" },
          { ja: "内部規程を制定、営業部門内で運用", en: "Programme adopted but run inside the sales function" },
          { ja: "代表者が最高責任者、独立した輸出管理部門、自己管理チェックリストを毎年提出", en: "Chief executive accountable, independent export-control unit, self-check list filed yearly" },
          { ja: "内部監査・子会社指導・違反時の再発防止まで定着し、毎年規程を見直し", en: "Internal audit, oversight of subsidiaries and corrective action embedded; rules reviewed yearly" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, text: { ja: "輸出管理の責任者を役員から任命し、経済産業省のモデル規程を基に輸出管理内部規程の原案を作る。", en: "Name an executive responsible for export control and draft a compliance programme from METI's model rules." }, effort: "M", ownerRole: "executive" },
        { fromLevel: 1, text: { ja: "該非判定・取引審査・出荷管理・監査・教育・資料管理の手順を内部規程として取締役会で承認する。", en: "Have the board adopt written rules for classification, transaction screening, shipping control, audit, training and record-keeping." }, effort: "M", ownerRole: "export-control" },
        { fromLevel: 2, text: { ja: "輸出管理部門を営業から独立させて出荷停止権限を規程に明記し、自己管理チェックリストを毎年経済産業省へ提出する。", en: "Make the export-control unit independent of sales, write its power to stop shipments into the rules, and file the self-check list with METI every year." }, effort: "M", ownerRole: "executive" },
        { fromLevel: 3, text: { ja: "内部監査部門による年次の輸出管理監査と、国内外の子会社への規程整備の指導を計画に組み込む。", en: "Add a yearly export-control audit by internal audit, and guidance to domestic and overseas subsidiaries on adopting rules, to the plan." }, effort: "M", ownerRole: "export-control" },
      ],
      sources: {
        recommendations: ["HOS-1", "HOS-8"],
        frameworks: [
          { framework: "METI-CP", id: "輸出管理組織" },
          { framework: "METI-CP", id: "監査" },
        ],
      },
    },
    {
      key: "export.classification",
      text: {
        ja: "製品・部品・ソフトウェア・技術資料について、該非判定を体系的に行い、記録を残していますか。",
        en: "Do you classify products, parts, software and technical documents (該非判定) systematically, and keep records?",
      },
      guidance: {
        ja: "技術部門の知見を使った該非判定書（パラメータシート等）を品目ごとに作成し、輸出令・外為令の改正のたびに見直し、判定者と承認者を分けていることが目安です。技術（設計・製造・使用）の提供も判定の対象です。",
        en: "Good practice: a classification sheet for each item drawing on engineering knowledge, revisited whenever the control lists change, with separate classifier and approver. Technology (design, production, use) is classified too, not only goods.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "該非判定を行っていない", en: "No classification" },
          { ja: "メーカーの非該当証明書に依存", en: "Relies on manufacturers' non-controlled certificates" },
          { ja: "主な輸出品のみ自社で判定", en: "Main exports classified in-house" },
          { ja: "貨物・技術・ソフトウェアを網羅、判定と承認を分離、記録を保存", en: "Goods, technology and software covered; classifier and approver separated; records kept" },
          { ja: "法令改正時に全判定を自動で再点検、米国 EAR の品目分類も併記", en: "All classifications re-checked on every list change; US EAR classification recorded alongside" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, text: { ja: "輸出品と海外へ提供する技術資料の一覧を作り、各品目の判定担当を技術部門から指名する。", en: "List exported goods and technical documents supplied abroad, and name an engineering owner to classify each." }, effort: "S", ownerRole: "export-control" },
        { fromLevel: 1, text: { ja: "調達品の証明書をうのみにせず、自社製品・改造品はパラメータシートで自社判定する手順を定める。", en: "Set a procedure to classify your own and modified products with parameter sheets instead of relying on suppliers' certificates." }, effort: "M", ownerRole: "export-control" },
        { fromLevel: 2, text: { ja: "判定対象を技術資料・ソフトウェア・試作品に広げ、判定者と承認者を分けて判定書を 5 年以上保存する。", en: "Extend classification to technical documents, software and prototypes, separate classifier and approver, and keep records for at least five years." }, effort: "M", ownerRole: "export-control" },
        { fromLevel: 3, text: { ja: "政省令改正の公布時に影響する判定書を抽出・再判定する手順を作り、米国製部品・技術を含む品目は EAR 上の分類（ECCN）も記録する。", en: "Create a procedure to pull and redo affected classifications whenever control lists are amended, and record the US ECCN for items containing US-origin parts or technology." }, effort: "M", ownerRole: "export-control" },
      ],
      sources: {
        recommendations: ["HOS-8", "HOS-3"],
        frameworks: [{ framework: "METI-CP", id: "該非判定" }],
      },
    },
    {
      key: "export.transaction-screening",
      text: {
        ja: "取引ごとに、需要者（エンドユーザー）と用途（エンドユース）を確認する取引審査を行い、キャッチオール規制の要件も確認していますか。",
        en: "For every transaction, do you screen the end user and end use (取引審査), including the conditions of catch-all controls?",
      },
      guidance: {
        ja: "リスト規制非該当の品目でも、大量破壊兵器や通常兵器の開発等に使われるおそれ（用途要件・需要者要件）や経済産業省からのインフォームがあれば許可が必要です。契約前に最終需要者・用途を書面で確認し、懸念兆候（レッドフラッグ）があれば輸出管理部門が判断することが目安です。",
        en: "Even items off the control lists need a licence if they may serve weapons development (end-use and end-user conditions) or METI has informed you. Good practice: final user and use confirmed in writing before the contract, and red flags decided by the export-control unit.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "取引審査なし", en: "No transaction screening" },
          { ja: "営業担当の判断のみ", en: "Left to the salesperson" },
          { ja: "リスト規制品のみ審査", en: "Only listed items screened" },
          { ja: "全取引で需要者・用途を書面確認、キャッチオール規制のレッドフラッグを審査", en: "End user and use confirmed in writing for every deal; catch-all red flags reviewed" },
          { ja: "再販売先・仲介者まで確認、出荷後の用途確認も実施", en: "Resellers and intermediaries checked; post-shipment use verified" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, text: { ja: "受注前に最終需要者・用途・所在国を記入する取引審査票を作り、輸出管理部門の承認を必須にする。", en: "Create a screening form recording final user, use and country before an order is accepted, and require export-control approval." }, effort: "S", ownerRole: "export-control" },
        { fromLevel: 1, text: { ja: "経済産業省の懸念兆候（レッドフラッグ）を審査票のチェック項目にし、該当時は輸出管理部門が判断する。", en: "Turn METI's red-flag indicators into checklist items on the form, and send any hit to the export-control unit for decision." }, effort: "S", ownerRole: "export-control" },
        { fromLevel: 2, text: { ja: "リスト規制非該当品を含む全ての輸出・技術提供に審査を広げ、最終需要者からの用途誓約書を取り付ける。", en: "Extend screening to every export and technology transfer, including non-listed items, and obtain end-use statements from final users." }, effort: "M", ownerRole: "export-control" },
        { fromLevel: 3, text: { ja: "代理店契約に再販売先の報告義務を加え、高リスク案件では出荷後の設置・使用状況を確認する。", en: "Add a duty to report onward buyers to distributor agreements, and verify installation and use after shipment for high-risk deals." }, effort: "M", ownerRole: "legal" },
      ],
      sources: {
        recommendations: ["HOS-8", "HOS-14"],
        frameworks: [{ framework: "METI-CP", id: "取引審査" }],
      },
    },
    {
      key: "export.list-screening",
      text: {
        ja: "取引先・共同研究先・その所有者を、経済産業省の外国ユーザーリスト、米国のエンティティ・リスト（米国商務省産業安全保障局）などの各国リストと照合していますか。",
        en: "Do you screen customers, research partners and their owners against METI's End User List, the US Entity List (Department of Commerce, Bureau of Industry and Security) and other countries' lists?",
      },
      guidance: {
        ja: "外国ユーザーリストに加え、米国の統合スクリーニングリスト（Entity List、MEU リスト、未検証リスト、OFAC の SDN リスト等）を新規取引時と定期的に照合し、親会社・子会社など所有関係も確認していることが目安です。照合はリスト掲載企業との取引をやめるかどうかの経営判断につなげます。",
        en: "Good practice: besides the End User List, the US Consolidated Screening List (Entity List, MEU List, Unverified List, OFAC SDN List …) is checked at onboarding and periodically, including parents and subsidiaries, and hits feed an executive decision on whether to deal at all.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "リスト照合なし", en: "No list screening" },
          { ja: "外国ユーザーリストのみ、新規取引時に目視", en: "End User List only, checked by eye at onboarding" },
          { ja: "日米の主要リストを新規取引時に照合", en: "Main Japanese and US lists checked at onboarding" },
          { ja: "既存取引先を含め定期照合、所有関係（親会社・子会社）も確認", en: "Existing partners re-screened periodically, ownership (parents, subsidiaries) included" },
          { ja: "リスト更新時の自動照合、該当時は経営判断で取引可否を決定", en: "Automatic re-screening on list updates; hits decided by executives" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, text: { ja: "全ての新規取引先について、外国ユーザーリストと米国の統合スクリーニングリストの照合を取引開始の条件にする。", en: "Make a check against the End User List and the US Consolidated Screening List a condition of opening any new account." }, effort: "S", ownerRole: "export-control" },
        { fromLevel: 1, text: { ja: "照合対象に米国 Entity List・MEU リスト・SDN リストを加え、照合結果を取引先台帳に記録する。", en: "Add the US Entity List, MEU List and SDN List to the check, and record results in the customer master." }, effort: "S", ownerRole: "export-control" },
        { fromLevel: 2, text: { ja: "既存の取引先・共同研究先を半年ごとに再照合し、親会社・主要株主も照合対象に加える。", en: "Re-screen existing customers and research partners every six months, including parents and major shareholders." }, effort: "M", ownerRole: "export-control" },
        { fromLevel: 3, text: { ja: "スクリーニングツールでリスト更新時の自動照合を導入し、該当時の取引可否を役員が判断する手順を定める。", en: "Adopt a screening tool that re-checks automatically on list updates, and set a procedure for an executive to decide on any hit." }, effort: "M", ownerRole: "export-control" },
      ],
      sources: {
        recommendations: ["HOS-8", "HOS-11"],
        frameworks: [{ framework: "METI-CP", id: "取引審査" }],
      },
    },
    {
      key: "export.beyond-minimum",
      text: {
        ja: "法令上は許可が不要な取引でも、エンティティ・リスト掲載企業や軍民融合に関わる相手との取引を、米国の制裁リスクや評判リスクを踏まえて慎重に判断していますか。",
        en: "Even when no licence is legally required, do you weigh deals with Entity-Listed companies or partners tied to military–civil fusion carefully, considering US sanction and reputational risks?",
      },
      guidance: {
        ja: "外為法上の該非確認だけでは不十分です。米国の再輸出規制（EAR）の域外適用や、取引先が敵対国を利すると見なされるリスクを評価する社内基準を持ち、経営層が取引可否を決めることが目安です。",
        en: "Statutory checks alone are not enough. Good practice: internal criteria covering the extraterritorial reach of US re-export rules (EAR) and the risk of being seen to help an adversary, with executives deciding whether to proceed.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "法令上の許可要否のみで判断", en: "Decided on licence requirements alone" },
          { ja: "担当者が個別に懸念を指摘する程度", en: "Concerns raised case by case by individuals" },
          { ja: "米国 EAR の再輸出規制を確認", en: "US EAR re-export rules checked" },
          { ja: "法令を超える社内基準（掲載企業・軍関係機関との取引方針）を制定", en: "Internal criteria beyond the law (policy on listed and military-linked parties) adopted" },
          { ja: "経営会議が高リスク案件を審議、基準を情勢に応じて毎年改訂", en: "Executive committee reviews high-risk deals; criteria revised yearly with events" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, text: { ja: "過去 1 年の取引先のうちエンティティ・リスト掲載企業とその関連会社を洗い出し、経営層に報告する。", en: "Find customers from the past year that are Entity-Listed or affiliated with listed firms, and report them to executives." }, effort: "S", ownerRole: "export-control" },
        { fromLevel: 1, text: { ja: "米国原産の部品・技術・ソフトウェアを含む製品について、EAR の再輸出規制・デミニミス・直接製品規則の確認手順を定める。", en: "Set a procedure to check EAR re-export, de minimis and foreign direct product rules for products containing US-origin parts, technology or software." }, effort: "M", ownerRole: "export-control" },
        { fromLevel: 2, text: { ja: "リスト掲載企業・軍関係機関・軍民融合の関係先との取引を原則禁止または役員承認とする社内基準を取締役会で決める。", en: "Have the board adopt a policy that bans, or requires executive approval for, deals with listed companies, military bodies and military–civil fusion parties." }, effort: "M", ownerRole: "executive" },
        { fromLevel: 3, text: { ja: "高リスク案件を経営会議の定例議題にし、米中の規制動向を踏まえて社内基準を毎年改訂する。", en: "Make high-risk deals a standing item for the executive committee and revise the policy every year in light of US and Chinese measures." }, effort: "S", ownerRole: "executive" },
      ],
      sources: {
        recommendations: ["HOS-8", "HOS-14"],
        frameworks: [],
      },
    },
    {
      key: "export.china-conflicting-rules",
      text: {
        ja: "中国の輸出管理法や信頼できないエンティティ・リスト、反外国制裁法などにより、米中から相反する対応を求められる事態に備えていますか。",
        en: "Are you prepared for conflicting demands from the US and China arising from China's Export Control Law, its Unreliable Entity List, its Anti-Foreign Sanctions Law and similar measures?",
      },
      guidance: {
        ja: "中国から調達する品目（レアアース、重要鉱物等）への中国の輸出規制や、米国規制に従ったことを理由とする中国側の制裁リスクを把握し、中国拠点・調達部門・法務と連携した対応方針を持っていることが目安です。",
        en: "Good practice: you know how Chinese export controls hit what you source from China (rare earths, critical minerals …) and the risk of Chinese penalties for following US rules, with a response policy agreed between your China operations, procurement and legal.",
      },
      weight: 2,
      appliesIf: { any: ["operatesInChina", "jointResearchChina"] },
      allowNotApplicable: true,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "中国の規制を把握していない", en: "Chinese rules not known" },
          { ja: "報道レベルで認識", en: "Known from the news" },
          { ja: "自社に関係する中国の規制・リストを特定", en: "Chinese rules and lists relevant to you identified" },
          { ja: "米中規制が衝突する場合の対応方針と判断者を決定", en: "Policy and decision-maker for US–China conflicts set" },
          { ja: "シナリオ演習と代替調達計画で備え、方針を定期改訂", en: "Scenario exercises and alternative sourcing prepared; policy revised regularly" },
        ],
      },
      remediation: [
        { fromLevel: 0, text: { ja: "中国の輸出管理法・信頼できないエンティティ・リスト・反外国制裁法の概要を法務が整理し、経営層に説明する。", en: "Have legal summarize China's Export Control Law, Unreliable Entity List and Anti-Foreign Sanctions Law for executives." }, effort: "S", ownerRole: "legal" },
        { fromLevel: 1, text: { ja: "中国から輸入する品目と中国拠点から輸出する品目を照合し、中国の規制対象となりうるものを特定する。", en: "Match what you import from and export out of China against Chinese controls to find items that may be caught." }, effort: "M", ownerRole: "export-control" },
        { fromLevel: 2, text: { ja: "米国規制の遵守が中国法と衝突する場合の判断者・相談先（外部弁護士）・対応手順を文書化する。", en: "Document who decides, which outside counsel to call and what steps to take when complying with US rules conflicts with Chinese law." }, effort: "M", ownerRole: "legal" },
        { fromLevel: 3, text: { ja: "中国による輸出規制強化や制裁発動を想定した机上演習を年 1 回行い、代替調達先の計画を更新する。", en: "Run a yearly tabletop exercise on tighter Chinese export controls or sanctions, and update alternative sourcing plans." }, effort: "M", ownerRole: "procurement" },
      ],
      sources: {
        recommendations: ["HOS-9", "HOS-12"],
        frameworks: [],
      },
    },
    {
      key: "export.deemed-export",
      text: {
        ja: "みなし輸出（2022年5月の運用明確化：特定類型）を踏まえ、外国籍の従業員や国内居住者でも外国政府等の影響下にある者への技術提供を管理していますか。",
        en: "In line with the May 2022 clarification of deemed exports (特定類型), do you control the transfer of technology to foreign employees and to residents under a foreign government's strong influence?",
      },
      guidance: {
        ja: "国内居住者であっても、外国政府・外国法人等との雇用契約や多額の資金提供などにより強い影響下にある者（特定類型）への該当技術の提供は許可の対象です。採用・受入れ時の自己申告と誓約、技術ごとのアクセス管理が揃っていることが目安です。",
        en: "A resident under strong influence of a foreign government or company — through an employment contract, large payments and the like (特定類型) — needs a licence for controlled technology. Good practice: self-declaration and pledges at hiring, and access managed per technology.",
      },
      weight: 3,
      appliesIf: { any: ["hostsForeignResearchers", "handlesListedTechnology"] },
      allowNotApplicable: true,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "みなし輸出を管理していない", en: "Deemed exports not managed" },
          { ja: "非居住者への提供のみ意識", en: "Only transfers to non-residents considered" },
          { ja: "採用・受入れ時に特定類型の該当性を自己申告で確認", en: "特定類型 status checked by self-declaration at hiring or hosting" },
          { ja: "該当技術へのアクセスを個人単位で管理、必要時は許可を取得", en: "Access to controlled technology managed per person; licences obtained when needed" },
          { ja: "在籍中の定期再確認・兼業申告と連動、退職時の技術持ち出しも確認", en: "Periodic re-checks linked to outside-work declarations; technology checked on departure" },
        ],
      },
      remediation: [
        { fromLevel: 0, text: { ja: "研究開発部門で外国籍の従業員・インターン・派遣社員が扱う技術を洗い出し、該当技術の有無を確認する。", en: "List the technology foreign employees, interns and agency staff use in R&D and check whether any is controlled." }, effort: "S", ownerRole: "export-control" },
        { fromLevel: 1, text: { ja: "採用・受入れ時の誓約書に、外国政府等との雇用契約・資金受領など特定類型の自己申告欄を加える。", en: "Add self-declaration of 特定類型 ties — employment by, or payments from, foreign governments and companies — to the pledge signed at hiring or hosting." }, effort: "S", ownerRole: "hr" },
        { fromLevel: 2, text: { ja: "該当技術の保存先に個人単位のアクセス権を設定し、特定類型該当者への提供前に輸出管理部門の承認を必須にする。", en: "Set per-person access to stores of controlled technology, and require export-control approval before any transfer to a 特定類型 person." }, effort: "M", ownerRole: "it-security" },
        { fromLevel: 3, text: { ja: "年 1 回の自己申告の更新と兼業・副業申告の照合を人事規程に加え、退職時に技術資料の返却・消去を確認する。", en: "Add a yearly renewal of the declaration, cross-checked with outside-work declarations, to HR rules, and confirm return or deletion of technical material on departure." }, effort: "M", ownerRole: "hr" },
      ],
      sources: {
        recommendations: ["HOS-4", "HOS-14"],
        frameworks: [{ framework: "METI-CP", id: "取引審査" }],
      },
    },
    {
      key: "export.technology-transfer",
      text: {
        ja: "メール・クラウド共有・ウェブ会議・工場見学・技術指導など、貨物を伴わない技術の提供を輸出管理の対象として管理していますか。",
        en: "Do you treat technology transfer without goods — email, cloud sharing, web meetings, plant tours, technical assistance — as subject to export control?",
      },
      guidance: {
        ja: "外為法では、外国への技術資料の送信や、来訪者への説明・見学も役務取引として許可が必要になりえます。来訪者の事前審査、送信前の該非確認、海外出張者の持出し PC の確認が手順化されていることが目安です。",
        en: "Under the Act, sending technical data abroad, or explaining and showing technology to visitors, can need a licence as a service transaction. Good practice: pre-screened visits, classification before sending, and checks on laptops taken abroad.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "貨物のみ管理、技術提供は対象外", en: "Only goods controlled; technology transfer ignored" },
          { ja: "技術提供の規制は認識、手順なし", en: "Rules on technology transfer known; no procedure" },
          { ja: "来訪者の事前審査を実施", en: "Visitors pre-screened" },
          { ja: "メール・クラウド送信と海外出張の持出し品も審査", en: "Email and cloud transfers and items taken on foreign trips screened too" },
          { ja: "DLP 等で技術資料の外部送信を検知し、輸出管理部門が事後確認", en: "Outbound technical data detected (e.g. by DLP) and reviewed by export control" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, text: { ja: "技術提供も外為法の対象であることを、技術・営業部門向けの通知と研修で周知する。", en: "Tell engineering and sales, by notice and training, that technology transfer falls under the Act." }, effort: "S", ownerRole: "export-control" },
        { fromLevel: 1, text: { ja: "工場・研究所への外国からの来訪者について、所属・目的・見学範囲を事前申請させ輸出管理部門が承認する手順を作る。", en: "Create a procedure requiring advance application (affiliation, purpose, areas to be shown) for foreign visitors to plants and labs, approved by export control." }, effort: "S", ownerRole: "export-control" },
        { fromLevel: 2, text: { ja: "海外への技術資料送信と海外出張時の PC・資料持出しを、事前の該非確認の対象として規程に加える。", en: "Add technical data sent abroad, and laptops and documents taken on foreign trips, to the items needing classification in advance." }, effort: "M", ownerRole: "export-control" },
        { fromLevel: 3, text: { ja: "技術資料にラベルを付け、海外宛ての送信を DLP で検知して輸出管理部門に通知する設定を行う。", en: "Label technical documents and configure DLP to detect transfers to foreign recipients and alert export control." }, effort: "M", ownerRole: "it-security" },
      ],
      sources: {
        recommendations: ["HOS-8", "HOS-5"],
        frameworks: [{ framework: "METI-CP", id: "該非判定" }],
      },
    },
    {
      key: "export.emerging-technology-tracking",
      text: {
        ja: "AI・量子・半導体など新興・基盤技術に関する日米等の新たな輸出規制の動向を継続的に把握し、自社の技術への影響を評価していますか。",
        en: "Do you keep track of new export controls on emerging and foundational technologies such as AI, quantum and semiconductors in Japan, the US and elsewhere, and assess the impact on your technology?",
      },
      guidance: {
        ja: "半導体製造装置の規制追加（2023年7月施行）や米国の先端半導体・量子関連規制のように、新しい規制は短期間で導入されます。担当者が官報・経済産業省・米国商務省産業安全保障局の公表を定期的に確認し、影響評価を経営層に報告していることが目安です。",
        en: "New controls come quickly — Japan's added semiconductor-equipment controls (in force July 2023) or US rules on advanced chips and quantum. Good practice: someone checks official gazettes, METI and BIS announcements regularly and reports impact assessments to executives.",
      },
      weight: 2,
      appliesIf: { any: ["emergingTechnology", "handlesListedTechnology", "jointResearchUs"] },
      allowNotApplicable: true,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "動向を追っていない", en: "Not tracked" },
          { ja: "報道や取引先からの情報で後追い", en: "Learned late from news or customers" },
          { ja: "担当者が日米の公表を定期確認", en: "Japanese and US announcements checked regularly by a named person" },
          { ja: "新規制ごとに自社製品・技術・取引への影響を評価し経営層に報告", en: "Impact on products, technology and deals assessed for each new rule and reported to executives" },
          { ja: "パブリックコメントや業界団体を通じて規制案段階から対応", en: "Engagement from the draft stage through public comment and industry bodies" },
        ],
      },
      remediation: [
        { fromLevel: 0, text: { ja: "経済産業省の安全保障貿易管理のお知らせと米国 BIS の公表を確認する担当者を指名する。", en: "Name a person to follow METI's security export-control notices and BIS announcements." }, effort: "S", ownerRole: "export-control" },
        { fromLevel: 1, text: { ja: "月 1 回、日米の規制改正と規制案を一覧にして技術部門と共有する手順を作る。", en: "Set up a monthly list of Japanese and US amendments and proposals, shared with engineering." }, effort: "S", ownerRole: "export-control" },
        { fromLevel: 2, text: { ja: "新規制ごとに影響を受ける製品・技術・取引先を特定する評価票を作り、結果を担当役員に報告する。", en: "Create an impact-assessment form identifying affected products, technology and customers for each new rule, and report the result to the responsible executive." }, effort: "M", ownerRole: "export-control" },
        { fromLevel: 3, text: { ja: "業界団体の輸出管理委員会に参加し、影響の大きい規制案にはパブリックコメントを提出する。", en: "Join your industry association's export-control committee and file public comments on high-impact proposals." }, effort: "M", ownerRole: "export-control" },
      ],
      sources: {
        recommendations: ["HOS-3", "HOS-2"],
        frameworks: [],
      },
    },
    {
      key: "export.escalation",
      text: {
        ja: "輸出管理上の懸念案件や違反のおそれを、速やかに経営層へ報告し、経済産業省への相談・報告を判断する仕組みがありますか。",
        en: "Is there a way to escalate export-control concerns and possible violations quickly to executives and decide on consulting or reporting to METI?",
      },
      guidance: {
        ja: "現場が出荷停止を提案でき、懸念案件は期限を決めて役員が判断し、違反のおそれがあれば経済産業省へ自主的に報告・相談する手順と、再発防止策の記録が揃っていることが目安です。",
        en: "Good practice: staff can propose stopping a shipment, executives decide concerns within a set time, possible violations are voluntarily disclosed to or discussed with METI, and corrective actions are recorded.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "報告経路が定まっていない", en: "No escalation path" },
          { ja: "報告経路はあるが、判断期限や当局への報告手順は未定", en: "Escalation path exists, but no decision deadline or procedure for reporting to authorities" },
          { ja: "役員への報告・判断期限・経済産業省への報告手順・再発防止を文書化", en: "Escalation to executives, decision deadlines, reporting to METI and corrective action documented" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, text: { ja: "懸念案件を輸出管理責任者（役員）へ直接報告できる窓口を内部規程に定め、通報者の保護を明記する。", en: "Write into the compliance rules a channel for reporting concerns straight to the executive in charge of export control, with protection for those who report." }, effort: "S", ownerRole: "export-control" },
        { fromLevel: 1, text: { ja: "懸念案件の判断期限、違反のおそれがある場合の経済産業省への報告手順、再発防止策の記録様式を規程に追加する。", en: "Add to the rules a decision deadline for concerns, a procedure for reporting possible violations to METI, and a form for recording corrective action." }, effort: "M", ownerRole: "legal" },
      ],
      sources: {
        recommendations: ["HOS-1", "HOS-2"],
        frameworks: [{ framework: "METI-CP", id: "法令違反の報告" }],
      },
    },
  ],
  university: [
    {
      key: "export.compliance-programme-univ",
      text: {
        ja: "安全保障輸出管理の学内規程を定め、学長・理事を責任者とする体制で運用していますか。",
        en: "Has the institution adopted security export-control regulations, run under the president or a trustee as the responsible officer?",
      },
      guidance: {
        ja: "経済産業省の大学向けガイダンスに沿い、学内規程・輸出管理担当部署・部局ごとの担当者を置き、自己管理チェックリストの提出と内部監査で運用を確かめていることが目安です。",
        en: "Good practice, following METI's guidance for universities: institutional regulations, an export-control office and contacts in each faculty, with the self-check list filed and internal audit testing practice.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "学内規程なし", en: "No regulations" },
          { ja: "規程はあるが研究者に知られていない", en: "Regulations exist but researchers are unaware" },
          { ja: "担当部署を置き、相談・審査を受付", en: "Export-control office accepts questions and reviews" },
          { ja: "部局担当者を配置、研究者の事前確認を義務化、自己管理チェックリストを提出", en: "Faculty contacts, mandatory prior checks by researchers, self-check list filed" },
          { ja: "内部監査と役員会への年次報告で継続的に改善", en: "Internal audit and yearly board reports drive improvement" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, text: { ja: "経済産業省の大学向けガイダンスに沿って安全保障輸出管理規程を制定し、責任者となる理事を指名する。", en: "Adopt security export-control regulations following METI's guidance for universities, and appoint a trustee as responsible officer." }, effort: "M", ownerRole: "executive" },
        { fromLevel: 1, text: { ja: "輸出管理の担当部署を設け、研究者からの相談窓口を学内ポータルに掲示する。", en: "Set up an export-control office and publish its contact point for researchers on the intranet." }, effort: "S", ownerRole: "research-office" },
        { fromLevel: 2, text: { ja: "各部局に輸出管理担当者を置き、海外との共同研究・技術提供前の事前確認を研究者に義務付ける。", en: "Place an export-control contact in each faculty and require researchers to check before any international collaboration or technology transfer." }, effort: "M", ownerRole: "export-control" },
        { fromLevel: 3, text: { ja: "監査室による年次の輸出管理監査を行い、結果と改善計画を役員会に報告する。", en: "Have internal audit review export control yearly and report findings and plans to the board." }, effort: "M", ownerRole: "executive" },
      ],
      sources: {
        recommendations: ["HOS-1", "HOS-6"],
        frameworks: [
          { framework: "METI-CP", id: "輸出管理組織" },
          { framework: "NSPM-33", id: "export-control" },
        ],
      },
    },
    {
      key: "export.research-classification-univ",
      text: {
        ja: "研究で扱う技術・試料・装置について、研究者の事前確認と該非判定を行い、基礎科学分野・公知の技術の例外の適用を確認していますか。",
        en: "Do researchers check, and the institution classify (該非判定), the technology, samples and equipment used in research, confirming when the basic-science or public-domain exemptions really apply?",
      },
      guidance: {
        ja: "基礎科学分野の研究や公知の技術は許可不要となる場合がありますが、応用研究や未公開データには適用されません。研究計画ごとに事前確認シートで判断し、判断記録を残していることが目安です。",
        en: "Basic science and public-domain technology can be exempt, but applied research and unpublished data are not. Good practice: a pre-check sheet per project and a record of every decision.",
      },
      weight: 3,
      appliesIf: { any: ["handlesListedTechnology", "emergingTechnology", "jointResearchUs", "jointResearchChina", "hostsForeignResearchers"] },
      allowNotApplicable: true,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "判定していない、例外を一律に適用", en: "No classification; exemptions assumed across the board" },
          { ja: "研究者の自己判断のみ", en: "Researchers judge for themselves" },
          { ja: "事前確認シートで研究者が確認、担当部署が一部審査", en: "Pre-check sheet completed by researchers; office reviews some" },
          { ja: "該当可能性のある研究は担当部署が該非判定、記録を保存", en: "Office classifies any project that may be controlled and keeps records" },
          { ja: "外部資金・共同研究の申請時に自動的に確認、判定を定期見直し", en: "Check triggered automatically by grant and collaboration applications; decisions reviewed regularly" },
        ],
      },
      remediation: [
        { fromLevel: 0, text: { ja: "研究者向けに、規制対象となりうる技術分野と例外（基礎科学・公知）の条件をまとめた手引きを配布する。", en: "Give researchers a guide to the technology fields that may be controlled and the conditions for the basic-science and public-domain exemptions." }, effort: "S", ownerRole: "export-control" },
        { fromLevel: 1, text: { ja: "研究計画ごとの事前確認シートを導入し、研究室単位で提出させる。", en: "Introduce a pre-check sheet per research project, submitted by each laboratory." }, effort: "S", ownerRole: "export-control" },
        { fromLevel: 2, text: { ja: "該当の可能性がある案件は担当部署が該非判定を行い、判定書を 5 年以上保存する手順を規程に加える。", en: "Add to the regulations that the office classifies any possibly controlled project and keeps the record for at least five years." }, effort: "M", ownerRole: "export-control" },
        { fromLevel: 3, text: { ja: "外部資金・共同研究契約の申請システムに事前確認を組み込み、判定を年 1 回見直す。", en: "Build the pre-check into the grant and collaboration application system and review classifications yearly." }, effort: "M", ownerRole: "research-office" },
      ],
      sources: {
        recommendations: ["HOS-3", "HOS-8"],
        frameworks: [
          { framework: "METI-CP", id: "該非判定" },
          { framework: "NSPM-33", id: "export-control" },
        ],
      },
    },
    {
      key: "export.foreign-researchers-univ",
      text: {
        ja: "外国人研究者・留学生の受入れ時に、みなし輸出（2022年5月の運用明確化：特定類型）の該当性と、提供する技術の管理を確認していますか。",
        en: "When hosting foreign researchers and students, do you check deemed-export status (the May 2022 clarification: 特定類型) and manage the technology they will receive?",
      },
      guidance: {
        ja: "受入れ前に経歴・所属・資金源と外国ユーザーリストを確認し、外国政府等との雇用契約や資金受領など特定類型への該当を誓約・申告させ、該当技術へのアクセスを研究室単位で管理していることが目安です。人材招致プログラムへの参加も確認対象です。",
        en: "Good practice: before arrival, background, affiliations and funding are checked, including against the End User List; 特定類型 ties such as foreign-government employment or payments are declared under pledge; and access to controlled technology is managed lab by lab. Talent-programme participation is checked too.",
      },
      weight: 3,
      appliesIf: { any: ["hostsForeignResearchers"] },
      allowNotApplicable: false,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "受入れ時の確認なし", en: "No checks when hosting" },
          { ja: "受入れ教員の判断のみ", en: "Left to the host professor" },
          { ja: "受入れ前に所属・外国ユーザーリストを確認", en: "Affiliations checked against the End User List before arrival" },
          { ja: "特定類型の申告・誓約を取得し、該当技術へのアクセスを管理", en: "特定類型 declarations and pledges obtained; access to controlled technology managed" },
          { ja: "在籍中の再確認・研究テーマ変更時の再審査まで実施", en: "Re-checks during the stay and re-review when research topics change" },
        ],
      },
      remediation: [
        { fromLevel: 0, text: { ja: "外国人研究者・留学生の受入れ手続に、輸出管理担当部署の確認欄を加える。", en: "Add an export-control office sign-off to the procedure for hosting foreign researchers and students." }, effort: "S", ownerRole: "research-office" },
        { fromLevel: 1, text: { ja: "受入れ前に出身機関・資金源を外国ユーザーリストおよび米国の統合スクリーニングリストと照合する手順を定める。", en: "Set a procedure to check home institutions and funding sources against the End User List and the US Consolidated Screening List before arrival." }, effort: "S", ownerRole: "export-control" },
        { fromLevel: 2, text: { ja: "受入れ時の誓約書に特定類型（外国政府等との雇用契約・資金受領・指示）の申告欄を加え、該当者の該当技術へのアクセスを制限する。", en: "Add 特定類型 declarations (foreign-government employment, payments, instructions) to the arrival pledge, and restrict declared persons' access to controlled technology." }, effort: "M", ownerRole: "export-control" },
        { fromLevel: 3, text: { ja: "年 1 回の申告更新と、研究テーマ・所属研究室の変更時の再審査を規程に加える。", en: "Add yearly renewal of declarations, and re-review when topic or laboratory changes, to the regulations." }, effort: "M", ownerRole: "export-control" },
      ],
      sources: {
        recommendations: ["HOS-6", "HOS-4"],
        frameworks: [
          { framework: "NSPM-33", id: "disclosure" },
        ],
      },
    },
    {
      key: "export.partner-screening-univ",
      text: {
        ja: "共同研究先・資金提供元・研究者の兼業先を、外国ユーザーリストや米国のエンティティ・リスト（米国商務省産業安全保障局）、中国の軍関係大学などの情報と照合していますか。",
        en: "Do you screen joint-research partners, funders and researchers' secondary employers against the End User List, the US Entity List (Bureau of Industry and Security) and information on China's defence-linked universities?",
      },
      guidance: {
        ja: "法令上の許可要否だけでなく、エンティティ・リスト掲載機関との協力が米国の共同研究先や資金配分機関との関係に及ぼす影響も評価し、懸念がある場合は役員が判断することが目安です。",
        en: "Good practice: beyond licence requirements, weigh how working with Entity-Listed institutions would affect relations with US partners and funders, and have an executive decide on concerns.",
      },
      weight: 3,
      appliesIf: { any: ["jointResearchChina", "foreignFunding", "jointResearchUs", "hostsForeignResearchers"] },
      allowNotApplicable: true,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "照合していない", en: "No screening" },
          { ja: "外国ユーザーリストのみ、研究者任せ", en: "End User List only, left to researchers" },
          { ja: "契約前に担当部署が日米のリストと照合", en: "Office checks Japanese and US lists before contracts" },
          { ja: "兼業先・資金提供元まで照合、懸念案件は役員判断", en: "Secondary employers and funders included; concerns decided by an executive" },
          { ja: "既存の協力先を定期再照合、リスト更新時に自動確認", en: "Existing partners re-screened periodically and on every list update" },
        ],
      },
      remediation: [
        { fromLevel: 0, text: { ja: "共同研究・受託研究の契約審査に、外国ユーザーリストとの照合を必須項目として加える。", en: "Make a check against the End User List a mandatory step in reviewing joint and contract research agreements." }, effort: "S", ownerRole: "research-office" },
        { fromLevel: 1, text: { ja: "照合を担当部署に一元化し、米国の統合スクリーニングリストも対象に加える。", en: "Centralize screening in the office and add the US Consolidated Screening List." }, effort: "S", ownerRole: "export-control" },
        { fromLevel: 2, text: { ja: "兼業・利益相反の申告から得た外国の所属先・資金提供元も照合し、該当時は担当理事が判断する手順を定める。", en: "Also screen foreign affiliations and funders from outside-work and conflict-of-interest declarations, with the responsible trustee deciding on hits." }, effort: "M", ownerRole: "research-office" },
        { fromLevel: 3, text: { ja: "既存の協力先の一覧を半年ごとに再照合し、スクリーニングツールでリスト更新を自動検知する。", en: "Re-screen the list of existing partners every six months and use a screening tool to catch list updates automatically." }, effort: "M", ownerRole: "export-control" },
      ],
      sources: {
        recommendations: ["HOS-8", "HOS-6"],
        frameworks: [
          { framework: "METI-CP", id: "取引審査" },
          { framework: "NSPM-33", id: "disclosure" },
        ],
      },
    },
    {
      key: "export.overseas-shipments-univ",
      text: {
        ja: "研究試料・装置・ソフトウェアの海外発送や、海外出張・学会発表での技術資料・PC の持出しを、事前に審査していますか。",
        en: "Do you review in advance overseas shipments of research samples, equipment and software, and technical material and laptops taken on foreign trips and to conferences?",
      },
      guidance: {
        ja: "発送前に該非判定と取引審査（相手先・用途）を行い、海外出張の届出時に持ち出す資料・データ・暗号機能を持つ機器を確認し、記録を残していることが目安です。",
        en: "Good practice: classification and screening of recipient and use before shipping, and, when trips are registered, a check of documents, data and devices with encryption being taken, with records kept.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "事前審査なし", en: "No prior review" },
          { ja: "発送のみ審査、出張時の持出しは未確認", en: "Shipments reviewed; items taken on trips not checked" },
          { ja: "発送・持出しとも事前審査し記録を保存", en: "Both shipments and items taken on trips reviewed in advance and recorded" },
        ],
      },
      allowNotApplicable: true,
      remediation: [
        { fromLevel: 0, text: { ja: "試料・装置の海外発送を、担当部署の該非判定と相手先審査を経なければ手配できないよう、発送手続を変更する。", en: "Change the shipping procedure so that no overseas shipment of samples or equipment is booked without classification and recipient screening by the office." }, effort: "S", ownerRole: "export-control" },
        { fromLevel: 1, text: { ja: "海外出張の届出様式に、持ち出す技術資料・データ・PC の申告欄と担当部署の確認欄を加える。", en: "Add to the foreign-travel form a declaration of technical material, data and laptops being taken, with a sign-off by the office." }, effort: "S", ownerRole: "research-office" },
      ],
      sources: {
        recommendations: ["HOS-8", "HOS-3"],
        frameworks: [
          { framework: "NSPM-33", id: "foreign-travel" },
          { framework: "METI-CP", id: "出荷管理" },
        ],
      },
    },
    {
      key: "export.training-and-escalation-univ",
      text: {
        ja: "研究者・研究支援職員に輸出管理の研修を行い、懸念がある場合に担当部署・役員へ速やかに相談・報告できる仕組みがありますか。",
        en: "Do you train researchers and research-support staff in export control, and can they consult or report concerns quickly to the office and executives?",
      },
      guidance: {
        ja: "新任教員・外国との共同研究を行う研究者に受講を義務付け、新しい規制（新興技術、みなし輸出）も内容に含め、違反のおそれは役員が判断して経済産業省へ相談・報告する手順があることが目安です。",
        en: "Good practice: mandatory training for new faculty and researchers collaborating abroad, covering new rules (emerging technology, deemed exports), and a procedure for executives to decide on possible violations and consult or report to METI.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "研修・相談窓口なし", en: "No training or contact point" },
          { ja: "任意の説明会のみ", en: "Optional briefings only" },
          { ja: "対象者への研修を義務化、相談窓口あり", en: "Mandatory training for target groups; contact point available" },
          { ja: "新規制を毎年研修に反映、懸念案件の報告・判断手順を文書化", en: "New rules added to training yearly; escalation and decision procedure documented" },
          { ja: "受講状況を研究費申請と連動、事例を学内で共有", en: "Training linked to grant applications; cases shared internally" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, text: { ja: "輸出管理の相談窓口を設け、全教員にメールと学内ポータルで周知する。", en: "Open an export-control contact point and announce it to all faculty by email and the intranet." }, effort: "S", ownerRole: "export-control" },
        { fromLevel: 1, text: { ja: "新任教員と外国との共同研究を行う研究者に、e ラーニングによる輸出管理研修の受講を義務付ける。", en: "Require new faculty and researchers collaborating abroad to complete export-control e-learning." }, effort: "M", ownerRole: "export-control" },
        { fromLevel: 2, text: { ja: "研修教材に新興技術の規制とみなし輸出（特定類型）を毎年追加し、懸念案件を担当理事へ報告する手順と経済産業省への相談手順を規程化する。", en: "Update training yearly with emerging-technology controls and deemed exports (特定類型), and put into the regulations how concerns reach the responsible trustee and how METI is consulted." }, effort: "M", ownerRole: "export-control" },
        { fromLevel: 3, text: { ja: "研修の受講を外部資金申請の要件とし、匿名化した相談事例を年 1 回学内で共有する。", en: "Make training completion a condition of external grant applications, and share anonymized cases internally once a year." }, effort: "M", ownerRole: "research-office" },
      ],
      sources: {
        recommendations: ["HOS-2", "HOS-3"],
        frameworks: [
          { framework: "NSPM-33", id: "training" },
          { framework: "METI-CP", id: "教育" },
        ],
      },
    },
    {
      key: "export.conflicting-regimes-univ",
      text: {
        ja: "中国の輸出管理法やデータ関連法、米国の規制など、共同研究の相手国の制度により研究データや試料の移転が制限される可能性を、契約段階で確認していますか。",
        en: "At the contract stage, do you check whether the partner country's rules — China's Export Control Law and data laws, US controls — could restrict moving research data or samples?",
      },
      guidance: {
        ja: "中国の機関との共同研究で得たデータや試料の持ち出しに中国当局の許可が必要となる場合や、米国の規制で第三国への共有が制限される場合があります。契約でデータの帰属・移転条件を定め、相反する要求の際の判断者を決めていることが目安です。",
        en: "Data or samples from joint research with Chinese institutions may need Chinese approval to leave China, and US rules may limit sharing with third countries. Good practice: contracts settle ownership and transfer of data, and someone is named to decide when demands conflict.",
      },
      weight: 2,
      appliesIf: { any: ["jointResearchChina", "operatesInChina"] },
      allowNotApplicable: true,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "確認していない", en: "Not checked" },
          { ja: "一部の契約で個別に確認", en: "Checked case by case for some contracts" },
          { ja: "契約雛形にデータ移転条件を定め、相反時の判断者を決定", en: "Transfer terms in contract templates and a decision-maker for conflicts named" },
        ],
      },
      remediation: [
        { fromLevel: 0, text: { ja: "中国の機関との既存の共同研究契約を洗い出し、データ・試料の帰属と移転条件の記載を確認する。", en: "List existing joint-research agreements with Chinese institutions and check what they say about ownership and transfer of data and samples." }, effort: "S", ownerRole: "research-office" },
        { fromLevel: 1, text: { ja: "共同研究契約の雛形に、データ・試料の移転に必要な許可の取得責任と移転できない場合の扱いを定める条項を加え、相反する要求の判断者を規程で決める。", en: "Add to the template a clause assigning responsibility for any approvals needed to move data or samples and what happens if they cannot move, and name in the regulations who decides on conflicting demands." }, effort: "M", ownerRole: "legal" },
      ],
      sources: {
        recommendations: ["HOS-9", "HOS-10"],
        frameworks: [],
      },
    },
  ],
});
