// Domain 8: investment, funding and partnerships.
// Keys are permanent: answers are stored against them. Never rename a key; retire it and add a new one.
import { ZDomainContent } from "../schema";

export const investmentPartnershipsContent = ZDomainContent.parse({
  domain: "investment-partnerships",
  corporate: [
    {
      key: "invest.fdi-prior-notification",
      text: {
        ja: "自社の事業が外為法の対内直接投資等の事前届出の対象業種（指定業種・コア業種）に当たるかを把握し、外国投資家の株式保有や役員選任・事業譲渡への関与を継続的に確認していますか。",
        en: "Do you know whether your business falls within the sectors subject to prior notification of inward direct investment under the Foreign Exchange and Foreign Trade Act (designated and core sectors), and do you keep track of foreign investors' shareholdings and their involvement in board appointments or business transfers?",
      },
      guidance: {
        ja: "2019年の外為法改正（2020年施行）で、指定業種の上場会社株式は1%以上の取得から事前届出の対象となり、役員選任や事業譲渡への同意も審査対象になりました。届出義務は投資家側にありますが、自社の業種区分と株主の動きを把握し、技術へのアクセス要求に備えている状態が目標です。",
        en: "The 2019 amendment to the Act (in force 2020) made acquisitions of 1% or more of a listed company in a designated sector, and consent to board appointments or business transfers, subject to prior notification. The duty to notify lies with the investor, but good looks like knowing your own classification, watching your shareholders, and being ready for requests for access to technology.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "対象業種に当たるか把握していない", en: "Unaware whether your business is in a covered sector" },
          { ja: "業種区分は把握しているが、株主の動きは確認していない", en: "Classification known, but shareholders not monitored" },
          { ja: "財務省の該当性リストの区分を確認し、外国投資家の保有比率を四半期ごとに確認", en: "Classification on the Ministry of Finance list confirmed; foreign investors' holdings checked quarterly" },
          { ja: "外国投資家からの役員選任提案・事業譲渡・技術情報の開示要求を経済安全保障の観点で審査し、必要に応じ所管省庁に相談", en: "Board nominations, business-transfer proposals and requests for technical information from foreign investors reviewed for economic security, with ministries consulted when needed" },
          { ja: "投資家の実質的支配者まで把握し、取締役会に定期報告して資本政策に反映", en: "Ultimate controllers of investors known, reported to the board regularly, and reflected in capital policy" },
        ],
      },
      appliesIf: { any: ["foreignInvestment"] },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "legal", text: { ja: "自社と子会社の事業を外為法の業種告示と照合し、財務省が公表する上場会社の事前届出該当性リストの区分（非指定・指定・コア）を確認する。", en: "Match your and your subsidiaries' businesses against the sector notices under the Act, and confirm your category (not designated, designated, core) on the Ministry of Finance's list for listed companies." } },
        { fromLevel: 1, effort: "S", ownerRole: "legal", text: { ja: "株主名簿と大量保有報告書を四半期ごとに確認し、外国投資家とその保有比率の一覧を作る。", en: "Check the shareholder register and large-shareholding reports every quarter and keep a list of foreign investors and their stakes." } },
        { fromLevel: 2, effort: "M", ownerRole: "legal", text: { ja: "外国投資家から役員選任・事業譲渡・技術情報の開示の要求を受けた場合の審査手順と、財務省・事業所管省庁への相談の基準を定める。", en: "Set a review procedure for board nominations, business-transfer proposals and requests for technical information from foreign investors, with criteria for consulting the Ministry of Finance and the sector ministry." } },
        { fromLevel: 3, effort: "M", ownerRole: "executive", text: { ja: "主要な外国投資家の実質的支配者を調査し、年1回取締役会に報告して資本政策の検討に使う。", en: "Investigate the ultimate controllers of major foreign investors and report to the board yearly as input to capital policy." } },
      ],
      sources: {
        recommendations: ["HOS-13"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "GV.OC-03" }],
      },
    },
    {
      key: "invest.investor-due-diligence",
      text: {
        ja: "届出の基準に満たない少額出資（ベンチャーキャピタル、事業会社のCVCを含む）についても、投資家の実質的支配者や国家との関係を確認し、情報請求権・取締役会オブザーバー・技術説明の範囲を制限していますか。",
        en: "Even for small stakes below the notification thresholds (including venture capital and corporate venture funds), do you check investors' ultimate owners and state ties, and limit information rights, board observer seats and technical briefings?",
      },
      guidance: {
        ja: "技術の流出は出資比率よりも、出資に付随する情報へのアクセスから起こります。投資家を事前に調査し、機微な技術情報を出資契約上の開示対象から外している状態が目標です。",
        en: "Technology leaks less through the size of a stake than through the access to information that comes with it. Good looks like investors vetted in advance and sensitive technical information carved out of what investment agreements entitle them to see.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "投資家の調査なし。要求された情報はそのまま開示", en: "No investor checks; requested information handed over as asked" },
          { ja: "財務面の確認のみで、実質的支配者・国家との関係は未確認", en: "Financial checks only; ultimate owners and state ties not checked" },
          { ja: "出資受入れ前に実質的支配者・国家との関係・制裁リスト掲載を調査", en: "Ultimate owners, state ties and sanctions listings investigated before accepting investment" },
          { ja: "出資契約で情報請求権・オブザーバー権・技術説明の範囲を限定し、機微技術を開示対象から除外", en: "Information rights, observer rights and technical briefings limited by contract, with sensitive technology excluded" },
          { ja: "既存投資家を定期再調査し、持分移転時の事前承認と調査を契約で担保", en: "Existing investors re-checked periodically; transfers of stakes need prior approval and vetting under the contract" },
        ],
      },
      appliesIf: { any: ["foreignInvestment"] },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "legal", text: { ja: "出資受入れの稟議に、投資家の実質的支配者・国家との関係・制裁リスト照合の確認欄を追加する。", en: "Add fields for the investor's ultimate owners, state ties and sanctions screening to the approval form for accepting investment." } },
        { fromLevel: 1, effort: "M", ownerRole: "legal", text: { ja: "投資家の出資元（LP）・運用会社の支配関係を開示させる質問票を作り、受入れ前の調査を必須にする。", en: "Create a questionnaire requiring investors to disclose their limited partners and the control of their managers, and make pre-investment checks mandatory." } },
        { fromLevel: 2, effort: "M", ownerRole: "legal", text: { ja: "出資契約のひな形で情報請求権・オブザーバー権・技術説明の範囲を定め、機微技術（該非判定で該当の技術を含む）を開示対象から除く条項を入れる。", en: "In the investment agreement template, define information rights, observer rights and technical briefings, and add a clause excluding sensitive technology (including anything classified as controlled)." } },
        { fromLevel: 3, effort: "S", ownerRole: "legal", text: { ja: "既存投資家を2年ごとに再調査し、持分の第三者移転に事前承認を要する条項を契約更新時に加える。", en: "Re-check existing investors every two years, and add a prior-approval requirement for transfers of stakes to third parties when agreements are renewed." } },
      ],
      sources: {
        recommendations: ["HOS-13", "HOS-3"],
        frameworks: [{ framework: "UK-TR", id: "secure-innovation-investment" }],
      },
    },
    {
      key: "invest.joint-venture-safeguards",
      text: {
        ja: "外国企業との合弁・技術ライセンス・共同開発では、提供する技術の範囲を事前に特定し、該非判定を経て、中核技術を渡さない設計（ブラックボックス化）と契約終了時の技術の扱いを定めていますか。",
        en: "In joint ventures, technology licences and co-development with foreign companies, do you define in advance which technology will be provided, classify it for export control, keep core technology out of the deal (black-boxing), and settle what happens to the technology when the agreement ends?",
      },
      guidance: {
        ja: "合弁では現地側から技術移転を段階的に求められることが多く、一度渡した技術は取り戻せません。提供範囲・改良技術の帰属・終了時の返還と使用停止が契約で明確な状態が目標です。",
        en: "Joint ventures often face step-by-step demands for more technology, and what has been handed over cannot be taken back. Good looks like contracts that fix the scope, the ownership of improvements, and return and cessation of use at termination.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "提供範囲を定めず、相手の要求に応じて技術を提供", en: "No defined scope; technology provided as the partner asks" },
          { ja: "契約で大枠の範囲を定めるが、技術の特定・該非判定は不十分", en: "Broad scope in the contract, but technology not specified or classified" },
          { ja: "提供技術を文書で特定し、該非判定と輸出許可を経て提供。中核技術は対象外", en: "Technology to be provided specified in writing, classified and licensed where needed; core technology excluded" },
          { ja: "改良技術の帰属、第三者への再提供の禁止、終了時の返還・使用停止を契約で規定", en: "Contracts cover ownership of improvements, no onward transfer to third parties, and return and cessation of use at termination" },
          { ja: "提供実績を定期的に監査し、追加提供の要求は経営が審査。撤退時の手順も準備", en: "Transfers audited periodically, requests for more technology reviewed by management, and exit procedures ready" },
        ],
      },
      allowNotApplicable: true,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "export-control", text: { ja: "現行の合弁・ライセンス・共同開発ごとに、これまでに提供した技術資料を一覧にし、該非判定の有無を確認する。", en: "For each current joint venture, licence and co-development, list the technical documents already provided and check whether each was classified." } },
        { fromLevel: 1, effort: "M", ownerRole: "legal", text: { ja: "契約の別紙に提供技術を文書単位で特定する欄を設け、提供前の該非判定と中核技術の除外を社内承認の条件にする。", en: "Add an annex listing the technology to be provided document by document, and make prior classification and exclusion of core technology a condition of internal approval." } },
        { fromLevel: 2, effort: "M", ownerRole: "legal", text: { ja: "契約ひな形に、改良技術の帰属、第三者への再提供の禁止、終了時の返還・廃棄証明と使用停止の条項を加える。", en: "Add clauses to the contract template on ownership of improvements, a ban on onward transfer, and return or certified destruction and cessation of use at termination." } },
        { fromLevel: 3, effort: "M", ownerRole: "executive", text: { ja: "追加の技術提供の要求は経営会議で審査する手順を定め、提供実績を年1回監査する。", en: "Require executive review of any request for additional technology, and audit what has been provided once a year." } },
      ],
      sources: {
        recommendations: ["HOS-14", "HOS-3"],
        frameworks: [{ framework: "METI-CP", id: "該非判定" }],
      },
    },
    {
      key: "invest.foreign-funding-review",
      text: {
        ja: "外国の政府・企業・財団から研究開発資金や補助金を受ける際、資金提供者の背景と、知的財産・データ・人材・報告義務に関する条件を受入れ前に審査していますか。",
        en: "Before accepting R&D funding or grants from foreign governments, companies or foundations, do you review who the funder is and the conditions on intellectual property, data, personnel and reporting?",
      },
      guidance: {
        ja: "潤沢な資金には、成果の帰属や研究者の派遣、データ提供などの条件が付くことがあります。資金提供者を調査し、条件を法務・輸出管理が確認してから受け入れている状態が目標です。",
        en: "Generous funding can come with strings attached: ownership of results, secondment of researchers, handing over data. Good looks like vetting the funder and having legal and export control check the conditions before acceptance.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "審査なし。研究部門の判断で受入れ", en: "No review; R&D units accept on their own" },
          { ja: "契約条件を法務が確認するのみ", en: "Only legal reviews the contract terms" },
          { ja: "資金提供者の背景調査と、知財・データ・人材・報告の条件審査を受入れ前に実施", en: "Funder background and conditions on IP, data, personnel and reporting reviewed before acceptance" },
          { ja: "輸出管理部門も審査に加わり、懸念のある条件は修正・拒否。受入れ案件を一元管理", en: "Export control takes part in the review; problematic terms changed or refused; all funding recorded centrally" },
          { ja: "受入れ後も資金提供者の変化（リスト掲載等）を監視し、年1回経営に報告", en: "Funders monitored after acceptance (for example for new listings), with a yearly report to management" },
        ],
      },
      appliesIf: { any: ["foreignFunding"] },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "legal", text: { ja: "外国からの研究資金・補助金の受入れを法務・輸出管理の事前審査の対象とする社内ルールを定める。", en: "Adopt an internal rule that foreign R&D funding and grants need prior review by legal and export control." } },
        { fromLevel: 1, effort: "S", ownerRole: "legal", text: { ja: "資金提供者の実質的支配者・政府との関係・制裁リスト照合と、知財・データ・人材・報告の条件を確認する審査票を作る。", en: "Create a review form covering the funder's ultimate owners, government ties and sanctions screening, and the conditions on IP, data, personnel and reporting." } },
        { fromLevel: 2, effort: "S", ownerRole: "export-control", text: { ja: "輸出管理部門を審査の必須承認者に加え、受入れ中の資金を一元管理する台帳を作る。", en: "Make export control a required approver and keep one register of all foreign funding received." } },
        { fromLevel: 3, effort: "S", ownerRole: "export-control", text: { ja: "台帳の資金提供者をリスト更新時に再照合し、年1回経営会議に受入れ状況を報告する。", en: "Rescreen the funders in the register at every list update and report on foreign funding to the executive committee yearly." } },
      ],
      sources: {
        recommendations: ["HOS-6", "HOS-13"],
        frameworks: [{ framework: "UK-TR", id: "due-diligence" }],
      },
    },
    {
      key: "invest.partner-due-diligence",
      text: {
        ja: "共同研究・共同開発の相手について、資本関係、軍・国家機関との関係（軍民融合を含む）、各国のリスト掲載、過去の不正事案を調べ、契約更新時にも再調査していますか。",
        en: "Do you investigate joint research and development partners — ownership, ties to the military or state bodies (including military–civil fusion), listings in any country, past misconduct — and repeat the checks when contracts are renewed?",
      },
      guidance: {
        ja: "軍民融合の下では、民生企業・大学との協力も軍事利用につながりえます。相手のリスクを段階評価し、高リスクの相手とは条件付き・経営判断で進める状態が目標です。",
        en: "Under military–civil fusion, working with civilian companies or universities can still feed military use. Good looks like partners rated by risk, with high-risk partnerships going ahead only on conditions and by executive decision.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "相手の調査なし", en: "No checks on partners" },
          { ja: "信用調査・公開情報の確認程度", en: "Credit report and public information only" },
          { ja: "資本関係・国家との関係・リスト掲載を調査し、結果を記録", en: "Ownership, state ties and listings investigated and recorded" },
          { ja: "調査結果で相手を段階評価し、高リスクは追加の管理策と経営承認を要件化。更新時に再調査", en: "Partners rated by risk; high-risk ones need extra controls and executive approval; checks repeated at renewal" },
          { ja: "外部データベース・専門機関を活用して継続監視し、関係の変化で見直し", en: "Continuous monitoring through external databases and specialists, with reviews when relationships change" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "security-lead", text: { ja: "現在の共同研究・共同開発の相手を一覧にし、資本関係とリスト掲載の有無を一度確認する。", en: "List all current joint research and development partners and check their ownership and any listings once." } },
        { fromLevel: 1, effort: "M", ownerRole: "security-lead", text: { ja: "資本関係・軍や国家機関との関係・リスト掲載・過去の不正を確認する調査様式を作り、契約前の提出を必須にする。", en: "Create a due-diligence form covering ownership, military or state ties, listings and past misconduct, and require it before any contract." } },
        { fromLevel: 2, effort: "M", ownerRole: "security-lead", text: { ja: "調査結果を低・中・高の3段階で評価する基準を定め、高リスクには情報分離などの管理策と経営承認を条件付け、更新時の再調査を契約管理に組み込む。", en: "Define criteria rating results low, medium or high; make high-risk partnerships conditional on controls such as information separation and executive approval; build re-checks at renewal into contract management." } },
        { fromLevel: 3, effort: "M", ownerRole: "security-lead", text: { ja: "外部の企業情報データベースで主要な相手の資本・役員の変化を監視し、変化があれば評価をやり直す。", en: "Monitor key partners' ownership and officers through an external corporate database and redo the rating when something changes." } },
      ],
      sources: {
        recommendations: ["HOS-14", "HOS-11"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.SC-06" },
          { framework: "UK-TR", id: "due-diligence" },
        ],
      },
    },
    {
      key: "invest.technology-transfer-clauses",
      text: {
        ja: "共同研究・取引の契約に、技術・データの利用目的の限定、第三者への再提供・再輸出の禁止、輸出管理の遵守、相手国の法令でデータの持出しに許可が要る場合の取扱い、リスト掲載時の解除、終了時の返還・廃棄の条項を入れていますか。",
        en: "Do your research and business contracts include clauses that limit the purpose of use of technology and data, prohibit onward transfer and re-export, require export-control compliance, deal with data whose export needs permission under the partner country's law, allow termination if the partner is listed, and require return or destruction at the end?",
      },
      guidance: {
        ja: "中国ではデータ安全法等により、共同研究の成果データでも国外への持出しに当局の手続が必要になる場合があります。こうした事態を契約交渉の段階で想定し、条項で手当てしている状態が目標です。",
        en: "In China, laws such as the Data Security Law can make even joint-research data subject to official procedures before it leaves the country. Good looks like anticipating this when negotiating and covering it in the contract.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "秘密保持条項のみ", en: "Confidentiality clause only" },
          { ja: "一部の契約に利用目的の限定や再提供禁止があるが、ひな形なし", en: "Some contracts limit use or onward transfer, but there is no template" },
          { ja: "契約ひな形に利用目的限定・再提供と再輸出の禁止・輸出管理遵守・終了時の返還を規定", en: "Template covers purpose limitation, no onward transfer or re-export, export-control compliance, and return at the end" },
          { ja: "相手国のデータ持出し規制への対応（許可取得の責任・期限・不許可時の扱い）とリスト掲載時の解除も規定", en: "Template also covers the partner country's data-export rules (who obtains permission, by when, what if refused) and termination on listing" },
          { ja: "条項の履行（返還・廃棄証明、許可取得）を追跡し、紛争・事例を踏まえてひな形を毎年改定", en: "Performance of the clauses (return, certificates of destruction, permissions) tracked, and the template revised yearly from disputes and cases" },
        ],
      },
      allowNotApplicable: true,
      remediation: [
        { fromLevel: 0, effort: "M", ownerRole: "legal", text: { ja: "共同研究・技術取引の契約ひな形を作り、利用目的の限定と第三者への再提供禁止の条項を入れる。", en: "Create a contract template for joint research and technology deals with clauses limiting the purpose of use and banning onward transfer." } },
        { fromLevel: 1, effort: "S", ownerRole: "legal", text: { ja: "ひな形に再輸出の禁止、輸出管理法令の遵守、契約終了時の返還・廃棄証明の条項を加え、外国の相手との全契約で使用を必須にする。", en: "Add re-export bans, export-control compliance and return or certified destruction at termination to the template, and make it mandatory for every contract with a foreign partner." } },
        { fromLevel: 2, effort: "M", ownerRole: "legal", text: { ja: "相手国でデータの持出しに許可が要る場合の条項（許可取得の責任者、期限、不許可時の代替措置）と、相手のリスト掲載時の即時解除条項を加える。", en: "Add a clause for data that needs permission to leave the partner's country (who obtains it, by when, the fallback if refused) and a right of immediate termination if the partner is listed." } },
        { fromLevel: 3, effort: "S", ownerRole: "legal", text: { ja: "契約ごとに返還・廃棄証明と許可取得の状況を追跡する管理表を作り、年1回ひな形を見直す。", en: "Track, per contract, certificates of return or destruction and the status of permissions, and review the template once a year." } },
      ],
      sources: {
        recommendations: ["HOS-10", "HOS-11"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.SC-05" },
          { framework: "NIST-CSF-2.0", id: "GV.SC-10" },
        ],
      },
    },
    {
      key: "invest.china-data-export-check",
      text: {
        ja: "中国での共同研究・事業を始める前に、現地で生じるデータ（実験・計測データ、個人情報、ヒト遺伝資源、地図・地理情報など）が中国の法令で国外持出しに手続や許可を要するかを確認し、日本側で必要なデータを確実に得られる方法を決めていますか。",
        en: "Before starting joint research or business in China, do you check whether the data it will generate there (experimental and measurement data, personal information, human genetic resources, mapping and geographic data and so on) needs procedures or permission under Chinese law before it can leave China, and decide how the Japanese side will reliably obtain the data it needs?",
      },
      guidance: {
        ja: "データ安全法（2021年）・個人情報保護法（2021年）や越境データ移転の安全評価などにより、成果データを日本に持ち帰れない、または遅れるおそれがあります。案件ごとにデータの分類と持出し経路を事前に確認し、持ち出せない場合の研究計画まで用意している状態が目標です。",
        en: "Under the Data Security Law (2021), the Personal Information Protection Law (2021) and security assessments for cross-border transfers, results data may be delayed or unable to reach Japan. Good looks like classifying the data and confirming the export route for every project beforehand, with a research plan that still works if the data cannot leave.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "確認していない", en: "Not checked" },
          { ja: "一部の案件で担当者が個別に確認", en: "Checked by the people involved in some projects only" },
          { ja: "全案件で開始前にデータ分類と持出し経路を確認し、持ち出せない場合の代替策を決定", en: "Data classified and export route confirmed before every project starts, with a fallback decided if data cannot leave" },
        ],
      },
      appliesIf: { any: ["jointResearchChina", "operatesInChina"] },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "legal", text: { ja: "中国案件の開始前チェックリストを作り、生成されるデータの種類、中国法上の区分（重要データ・個人情報・ヒト遺伝資源等）、持出しに要する手続を記入させる。", en: "Create a pre-start checklist for China projects recording the kinds of data generated, their category under Chinese law (important data, personal information, human genetic resources and so on) and the procedure needed to export them." } },
        { fromLevel: 1, effort: "M", ownerRole: "legal", text: { ja: "チェックリストの提出を中国案件の社内承認の条件にし、持出しできない場合に日本側で研究を続ける代替策（データの日本側での生成、集計値のみの受領など）を計画書に書かせる。", en: "Make the checklist a condition of internal approval for any China project, and require the plan to state a fallback if data cannot leave (generating the data in Japan, receiving only aggregates and so on)." } },
      ],
      sources: {
        recommendations: ["HOS-10", "HOS-9"],
        frameworks: [],
      },
    },
    {
      key: "invest.asset-sale-and-licensing-out",
      text: {
        ja: "外国企業に対して事業・工場・製造設備（中古装置を含む）を売却する、技術ライセンスを供与する、技術者を出向・転籍させる際に、技術流出の観点から審査していますか。",
        en: "When you sell a business, plant or manufacturing equipment (used equipment included) to a foreign company, license technology to one, or second or transfer engineers to one, do you review the deal for technology leakage?",
      },
      guidance: {
        ja: "中古の製造装置や退職・転籍した技術者を通じて、ノウハウごと技術が流出した例が指摘されてきました。売却・ライセンス・人の移動の前に、該非判定と移転する技術の範囲の確認を必須にしている状態が目標です。",
        en: "Technology, know-how included, has been lost through used manufacturing equipment and through engineers who retired or moved. Good looks like export classification and a check of exactly what technology moves being mandatory before any sale, licence or transfer of people.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "なし。財務・法務の観点のみで判断", en: "No: judged on financial and legal grounds only" },
          { ja: "一部。大型の事業売却のみ個別に確認", en: "Partly: only large divestments are checked, case by case" },
          { ja: "あり。設備売却・ライセンス・出向転籍の前に該非判定と移転技術の範囲確認を必須化", en: "Yes: classification and a check of the technology that moves are mandatory before equipment sales, licences and secondments or transfers" },
        ],
      },
      allowNotApplicable: true,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "export-control", text: { ja: "外国企業への設備売却・技術ライセンス・技術者の出向転籍を、輸出管理部門の事前審査の対象とすることを内部規程に定める。", en: "State in the compliance programme that equipment sales, technology licences and secondments or transfers of engineers to foreign companies need prior review by export control." } },
        { fromLevel: 1, effort: "M", ownerRole: "export-control", text: { ja: "中古設備の売却前に装置内のデータ・プログラムの消去と該非判定を行う手順と、出向・転籍者が持ち出せる技術の範囲を書面で確認する手順を定める。", en: "Set procedures to wipe data and programs from used equipment and classify it before sale, and to confirm in writing what technology seconded or transferring engineers may take with them." } },
      ],
      sources: {
        recommendations: ["HOS-14", "HOS-3"],
        frameworks: [{ framework: "METI-CP", id: "該非判定" }],
      },
    },
  ],
  university: [
    {
      key: "invest.funding-disclosure-univ",
      text: {
        ja: "研究者に、外国を含む全ての研究資金、兼業・兼務先、人材招致プログラムへの参加、現物支援の開示を求め、競争的研究費の申請内容と照合していますか。",
        en: "Do you require researchers to disclose all research funding (foreign included), outside appointments, participation in talent recruitment programmes and support in kind, and do you check the disclosures against their grant applications?",
      },
      guidance: {
        ja: "研究インテグリティの確保に係る政府の対応方針（2021年4月）は、研究者による情報開示と機関による確認を求めています。開示が全研究者から毎年回収され、申請内容との不一致が確認されている状態が目標です。",
        en: "The government's research integrity policy of April 2021 asks researchers to disclose and institutions to check. Good looks like disclosures collected from every researcher every year, with discrepancies against grant applications followed up.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "開示を求めていない", en: "No disclosure required" },
          { ja: "兼業届のみで、外国資金・人材招致プログラムは対象外", en: "Only outside-work notifications; foreign funding and talent programmes not covered" },
          { ja: "外国資金・兼務・人材招致プログラム・現物支援を含む開示を毎年全研究者から回収", en: "Annual disclosure from every researcher covering foreign funding, appointments, talent programmes and in-kind support" },
          { ja: "開示内容を競争的研究費の申請・論文の所属表記と照合し、不一致を確認", en: "Disclosures checked against grant applications and affiliations on publications, with discrepancies followed up" },
          { ja: "開示に基づき利益相反・責務相反を審査し、研究者への相談窓口と是正手続を運用", en: "Conflicts of interest and commitment assessed from the disclosures, with an advice desk and a correction procedure" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "M", ownerRole: "research-office", text: { ja: "外国を含む研究資金・兼業兼務・人材招致プログラム・現物支援を開示させる学内規程と様式を定める。", en: "Adopt a rule and form requiring disclosure of research funding including foreign sources, outside appointments, talent programmes and in-kind support." } },
        { fromLevel: 1, effort: "S", ownerRole: "research-office", text: { ja: "既存の兼業届を拡張し、外国資金と人材招致プログラムの項目を加えて毎年全研究者から回収する。", en: "Extend the existing outside-work notification with items on foreign funding and talent programmes, and collect it from every researcher each year." } },
        { fromLevel: 2, effort: "M", ownerRole: "research-office", text: { ja: "競争的研究費の申請書と論文の所属表記を抽出して開示内容と照合し、不一致の研究者に確認する。", en: "Compare a sample of grant applications and publication affiliations with the disclosures, and follow up with researchers where they differ." } },
        { fromLevel: 3, effort: "M", ownerRole: "research-office", text: { ja: "利益相反・責務相反の委員会で開示内容を審査する手順を定め、研究者向けの相談窓口を設ける。", en: "Have the conflicts committee review disclosures under a set procedure, and open an advice desk for researchers." } },
      ],
      sources: {
        recommendations: ["HOS-6"],
        frameworks: [
          { framework: "JP-RI", id: "情報開示" },
          { framework: "NSPM-33", id: "disclosure" },
        ],
      },
    },
    {
      key: "invest.foreign-funding-review-univ",
      text: {
        ja: "外国の政府・企業・財団からの研究資金、寄附、寄附講座、受託研究を受け入れる前に、資金提供者の背景と、成果の帰属・データ提供・研究者派遣などの条件を審査していますか。",
        en: "Before accepting research funding, donations, endowed chairs or sponsored research from foreign governments, companies or foundations, do you review the funder's background and conditions such as ownership of results, provision of data and secondment of researchers?",
      },
      guidance: {
        ja: "研究資金が不足するなかで、外国からの潤沢な資金は魅力的ですが、条件によっては研究成果や人材の流出につながります。受入れ前に全件を審査し、懸念のある条件は修正・辞退している状態が目標です。",
        en: "When money is short, generous foreign funding is attractive, but some conditions lead to results or people flowing out. Good looks like reviewing every offer before acceptance and renegotiating or declining problematic terms.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "審査なし。研究者と事務の手続のみ", en: "No review beyond the usual paperwork" },
          { ja: "契約条件の形式確認のみ", en: "Contract terms checked for form only" },
          { ja: "資金提供者の背景調査とリスト照合、成果・データ・人材の条件審査を受入れ前に実施", en: "Funder background, list screening and conditions on results, data and people reviewed before acceptance" },
          { ja: "機微分野の案件は輸出管理・研究推進部門の合議で判断し、条件の修正・辞退の実績あり", en: "Cases in sensitive fields decided jointly by export control and the research office, with terms changed or offers declined in practice" },
          { ja: "受入れ後も資金提供者の変化を監視し、受入れ状況を役員会に毎年報告", en: "Funders monitored after acceptance, and foreign funding reported to the board yearly" },
        ],
      },
      appliesIf: { any: ["foreignFunding"] },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "research-office", text: { ja: "外国からの研究資金・寄附・寄附講座・受託研究を、受入れ前の審査対象とする学内手続を定める。", en: "Make foreign research funding, donations, endowed chairs and sponsored research subject to review before acceptance." } },
        { fromLevel: 1, effort: "S", ownerRole: "research-office", text: { ja: "資金提供者の実質的支配者・政府や軍との関係・リスト照合と、成果・データ・人材の条件を確認する審査票を作る。", en: "Create a review form covering the funder's ultimate owners, government or military ties, list screening, and conditions on results, data and people." } },
        { fromLevel: 2, effort: "M", ownerRole: "research-office", text: { ja: "機微分野の案件は輸出管理部署と研究推進部門の合議を必須にし、修正を求める条件の例を手引きにまとめる。", en: "Require joint decisions by export control and the research office for sensitive fields, and write a guide with examples of terms to renegotiate." } },
        { fromLevel: 3, effort: "S", ownerRole: "executive", text: { ja: "受入れ中の外国資金の一覧を年1回役員会に報告し、資金提供者をリスト更新時に再照合する。", en: "Report the list of foreign funding to the board once a year and rescreen funders at every list update." } },
      ],
      sources: {
        recommendations: ["HOS-6"],
        frameworks: [
          { framework: "JP-RI", id: "情報開示" },
          { framework: "UK-TR", id: "due-diligence" },
        ],
      },
    },
    {
      key: "invest.us-award-disclosure-univ",
      text: {
        ja: "米国連邦政府の研究費を受ける（分担を含む）研究者が、米国の資金配分機関が求める外国からの支援・兼務の開示（NIH の Other Support、NSF の Current and Pending (Other) Support など）や、悪意ある外国人材招致プログラムへの参加禁止（CHIPS・科学法、2022年）に対応できるよう、大学として確認・支援していますか。",
        en: "Do you check and support researchers funded by US federal awards (sub-awards included) so that they meet US funders' disclosure requirements for foreign support and appointments (NIH Other Support, NSF Current and Pending (Other) Support and similar) and the ban on taking part in malign foreign talent recruitment programmes (CHIPS and Science Act, 2022)?",
      },
      guidance: {
        ja: "米国の資金を受ける研究者の開示漏れは、資金の停止や共同研究先からの排除につながります。学内の開示情報と米国への申告内容が一致するよう、研究推進部門が申請前に確認している状態が目標です。",
        en: "Incomplete disclosure by researchers on US awards can lead to lost funding and exclusion by US partners. Good looks like the research office checking, before each submission, that what researchers report to US funders matches what they have disclosed internally.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "把握していない。研究者任せ", en: "Not tracked; left to researchers" },
          { ja: "米国の資金を受ける研究者は把握しているが、開示要件の確認はしていない", en: "Researchers on US awards are known, but disclosure requirements are not checked" },
          { ja: "該当研究者に要件を周知し、申請前に学内の開示情報との一致を確認", en: "Requirements explained to those researchers, and their submissions checked against internal disclosures beforehand" },
          { ja: "人材招致プログラムへの参加の有無を毎年確認し、米国側の要件改定を追跡して手引きを更新", en: "Talent-programme participation checked yearly, and the guidance updated as US requirements change" },
          { ja: "米国の共同研究先・資金配分機関からの照会に、開示と確認の記録で速やかに回答可能", en: "Enquiries from US partners and funders answered quickly from disclosure and check records" },
        ],
      },
      appliesIf: { any: ["jointResearchUs"] },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "research-office", text: { ja: "米国連邦政府の研究費を直接または分担で受けている研究者を一覧にする。", en: "List the researchers receiving US federal awards directly or through sub-awards." } },
        { fromLevel: 1, effort: "S", ownerRole: "research-office", text: { ja: "該当研究者に NIH・NSF 等の開示要件と人材招致プログラムの参加禁止をまとめた手引きを配り、申請前に学内の開示情報と照合する手順を設ける。", en: "Give those researchers a guide to the NIH, NSF and other disclosure requirements and the talent-programme ban, and check each submission against internal disclosures before it goes out." } },
        { fromLevel: 2, effort: "S", ownerRole: "research-office", text: { ja: "年1回の開示更新の際に人材招致プログラムへの参加の有無を確認し、米国の資金配分機関の要件改定を半年ごとに確認して手引きを改訂する。", en: "Ask about talent-programme participation at each yearly disclosure update, and review US funders' requirements every six months to revise the guide." } },
        { fromLevel: 3, effort: "M", ownerRole: "research-office", text: { ja: "開示と確認の記録を研究者ごとに検索できる形で保存し、照会への回答手順と担当者を定める。", en: "Keep disclosure and check records searchable by researcher, and set a response procedure and owner for enquiries." } },
      ],
      sources: {
        recommendations: ["HOS-6", "HOS-11"],
        frameworks: [
          { framework: "NSPM-33", id: "disclosure" },
          { framework: "JP-RI", id: "情報開示" },
        ],
      },
    },
    {
      key: "invest.agreement-clauses-univ",
      text: {
        ja: "外国の機関との共同研究契約・受託研究契約のひな形に、研究データの帰属と保存場所、第三者への再提供と軍事利用の禁止、成果公開の手続、輸出管理の遵守、相手がリストに掲載された場合の解除、終了時のデータ返還・廃棄の条項を入れていますか。",
        en: "Do your templates for joint and sponsored research agreements with foreign institutions cover ownership and storage of research data, no onward transfer to third parties and no military end use, publication procedures, export-control compliance, termination if the partner is listed, and return or destruction of data at the end?",
      },
      guidance: {
        ja: "研究者が相手方の契約書式をそのまま使うと、データや成果の扱いが相手方の都合で決まりがちです。大学の標準条項を使い、逸脱は法務の審査を経ている状態が目標です。",
        en: "When researchers simply sign the partner's form, the partner ends up deciding how data and results are handled. Good looks like the university's standard clauses being used, with any departure reviewed by legal.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "標準条項なし。相手方の書式で締結", en: "No standard clauses; the partner's form is signed" },
          { ja: "知財と公表の条項のみ標準化", en: "Only IP and publication clauses standardised" },
          { ja: "データの帰属・保存場所・再提供禁止・輸出管理遵守をひな形に規定し、外国機関との契約で使用", en: "Template covers data ownership and storage, no onward transfer and export-control compliance, and is used with foreign institutions" },
          { ja: "軍事利用の禁止、リスト掲載時の解除、終了時の返還・廃棄も規定し、逸脱は法務が審査", en: "Template also bans military end use and provides for termination on listing and for return or destruction at the end; departures reviewed by legal" },
          { ja: "条項の履行（返還・廃棄の証明、解除の実績）を追跡し、事例を踏まえてひな形を毎年改定", en: "Performance (certificates of return or destruction, terminations) tracked, and the template revised yearly from experience" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "M", ownerRole: "legal", text: { ja: "外国の機関との共同研究・受託研究の契約ひな形（日英併記）を作り、研究者が相手方の書式を使う場合は法務の審査を必須にする。", en: "Create bilingual Japanese–English templates for joint and sponsored research with foreign institutions, and require legal review whenever a researcher wants to use the partner's form." } },
        { fromLevel: 1, effort: "S", ownerRole: "legal", text: { ja: "ひな形に、研究データの帰属と保存場所（学内システム等）、第三者への再提供の禁止、輸出管理法令の遵守の条項を加える。", en: "Add clauses on ownership and storage of research data (for example on university systems), no onward transfer to third parties and export-control compliance." } },
        { fromLevel: 2, effort: "S", ownerRole: "legal", text: { ja: "ひな形に、軍事利用の禁止、相手がエンティティ・リスト等に掲載された場合の解除、終了時のデータ返還・廃棄証明の条項を加える。", en: "Add clauses banning military end use, allowing termination if the partner is added to the Entity List or similar lists, and requiring return or certified destruction of data at the end." } },
        { fromLevel: 3, effort: "S", ownerRole: "research-office", text: { ja: "契約ごとに返還・廃棄証明と解除の実績を管理表で追跡し、年1回ひな形を見直す。", en: "Track certificates of return or destruction and any terminations per contract, and review the template once a year." } },
      ],
      sources: {
        recommendations: ["HOS-11", "HOS-10"],
        frameworks: [
          { framework: "UK-TR", id: "research-data" },
          { framework: "NIST-CSF-2.0", id: "GV.SC-05" },
        ],
      },
    },
    {
      key: "invest.talent-programme-contracts-univ",
      text: {
        ja: "外国の人材招致プログラムへの参加や外国機関との兼務契約について、契約内容（外国での研究室設置、成果の帰属、参加の秘匿義務など）を確認し、参加の可否を判断する方針がありますか。",
        en: "Do you have a policy for deciding on participation in foreign talent recruitment programmes and appointments at foreign institutions, based on the actual contract terms (setting up a lab abroad, ownership of results, duties to keep participation secret and so on)?",
      },
      guidance: {
        ja: "人材招致プログラムには、国内の研究を複製する「影の研究室」の設置や参加の秘匿を求める例があります。契約の写しを確認し、許容できない条件を方針で定めている状態が目標です。",
        en: "Some talent programmes require a 'shadow laboratory' that duplicates the researcher's work at home, or secrecy about taking part. Good looks like reviewing a copy of the contract against a policy that defines unacceptable terms.",
      },
      weight: 3,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "なし。参加は研究者の個人判断", en: "No: participation is the researcher's own business" },
          { ja: "一部。兼業許可の範囲で確認するが、契約内容は見ていない", en: "Partly: handled as outside work, without reading the contract" },
          { ja: "あり。契約の写しを確認し、許容できない条件を定めた方針に基づいて判断", en: "Yes: contracts are read and judged against a policy that lists unacceptable terms" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "M", ownerRole: "research-office", text: { ja: "人材招致プログラムと外国機関との兼務を兼業許可の対象に明記し、許容できない条件（秘匿義務、外国での研究室設置、成果の譲渡など）を方針として定める。", en: "State that talent programmes and foreign appointments need outside-work approval, and set a policy listing unacceptable terms (secrecy, setting up a lab abroad, assigning results and so on)." } },
        { fromLevel: 1, effort: "S", ownerRole: "research-office", text: { ja: "兼業許可の申請時に契約の写し（翻訳を含む）の提出を求め、研究推進部門が方針に照らして確認する。", en: "Require a copy of the contract (with translation) with each outside-work application, and have the research office check it against the policy." } },
      ],
      sources: {
        recommendations: ["HOS-6"],
        frameworks: [
          { framework: "NSPM-33", id: "disclosure" },
          { framework: "JP-RI", id: "情報開示" },
        ],
      },
    },
    {
      key: "invest.foreign-mou-register-univ",
      text: {
        ja: "外国の大学・研究機関との学術交流協定（MOU）や部局間協定を一元的に登録し、締結・更新の前に相手機関の軍・国防関係との結び付きや各国のリストへの掲載を確認していますか。",
        en: "Do you keep one register of memoranda of understanding and faculty-level agreements with foreign universities and research institutes, and check the partner's links to the military or defence sector and listings in any country before signing or renewing?",
      },
      guidance: {
        ja: "部局や研究者が個別に結んだ協定は全学で把握されにくく、国防関係の大学や米国のエンティティ・リスト掲載機関との協定が放置されがちです。全協定を台帳で管理し、締結・更新のたびに相手を確認している状態が目標です。",
        en: "Agreements signed by faculties or individual researchers easily escape central oversight, leaving ties with defence-linked universities or institutions on the US Entity List unexamined. Good looks like every agreement in one register, with the partner checked at each signing and renewal.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "協定の全学的な台帳なし", en: "No central register of agreements" },
          { ja: "大学間協定のみ国際部門が把握、部局間協定は未把握", en: "University-level agreements known to the international office; faculty-level ones not" },
          { ja: "部局間協定を含む台帳があり、締結前に相手機関のリスト掲載を確認", en: "Register includes faculty-level agreements, and partners are screened against lists before signing" },
          { ja: "更新時にも軍・国防との関係を含めて再確認し、懸念のある協定は対象分野を限定", en: "Partners rechecked at renewal, including military and defence ties; agreements of concern limited in scope" },
          { ja: "リスト更新時に全協定を自動照合し、休眠協定を定期的に整理", en: "All agreements rescreened automatically when lists change, and dormant agreements pruned regularly" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "research-office", text: { ja: "国際部門が大学間協定の一覧（相手機関、締結日、期限、担当部局）を作る。", en: "Have the international office list all university-level agreements (partner, date signed, expiry, responsible faculty)." } },
        { fromLevel: 1, effort: "M", ownerRole: "research-office", text: { ja: "部局長に部局間協定・研究室間の覚書の届出を求めて台帳に統合し、新規締結前に外国ユーザーリストとエンティティ・リスト（米国商務省産業安全保障局）との照合を必須にする。", en: "Ask deans to report faculty and laboratory agreements, merge them into the register, and require screening against METI's End User List and the US Commerce Department's Entity List before any new agreement." } },
        { fromLevel: 2, effort: "S", ownerRole: "export-control", text: { ja: "協定の更新手続に、相手機関の軍・国防関係との結び付きの確認を加え、懸念がある場合は対象分野を限定する条項を入れる。", en: "Add a check of the partner's military and defence ties to the renewal procedure, and where there are concerns, add a clause limiting the fields covered." } },
        { fromLevel: 3, effort: "M", ownerRole: "export-control", text: { ja: "リスト更新のたびに全協定の相手機関を一括照合する手順を定め、3年以上活動のない協定は見直しまたは終了する。", en: "Set a procedure to rescreen every partner whenever the lists change, and review or end agreements with no activity for three years." } },
      ],
      sources: {
        recommendations: ["HOS-14", "HOS-8"],
        frameworks: [
          { framework: "JP-RI", id: "組織のリスクマネジメント" },
          { framework: "UK-TR", id: "due-diligence" },
        ],
      },
    },
    {
      key: "invest.china-data-export-check-univ",
      text: {
        ja: "中国の大学・研究機関との共同研究で、現地で取得するデータや試料（ヒト遺伝資源、地理情報、大規模な観測データなど）の日本への持出しに中国側の手続・許可が要るかを、研究計画の段階で確認していますか。",
        en: "In joint research with Chinese universities and institutes, do you check at the planning stage whether data and samples collected in China (human genetic resources, geographic information, large observational datasets and so on) need Chinese procedures or permission before they can come to Japan?",
      },
      guidance: {
        ja: "中国ではデータ安全法・個人情報保護法のほか、ヒト遺伝資源や科学データの国外提供にも規制があり、成果を日本で使えない事態が起こりえます。研究計画と契約で持出しの要否・責任者・不許可時の扱いを決めている状態が目標です。",
        en: "Besides the Data Security Law and the Personal Information Protection Law, China regulates the provision abroad of human genetic resources and scientific data, so results may prove unusable in Japan. Good looks like the research plan and agreement settling whether permission is needed, who obtains it, and what happens if it is refused.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "確認していない", en: "Not checked" },
          { ja: "研究者の判断に任せ、一部の研究でのみ確認", en: "Left to researchers; checked in some projects only" },
          { ja: "研究計画・契約の審査で持出しの要否・責任者・不許可時の扱いを全件確認", en: "Need for permission, responsibility and fallback if refused checked for every project in the plan and agreement review" },
        ],
      },
      appliesIf: { any: ["jointResearchChina"] },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "research-office", text: { ja: "中国との共同研究の申請様式に、現地で取得するデータ・試料の種類と、中国法上の持出し手続の要否を記入する欄を設ける。", en: "Add fields to the application form for joint research with China on the kinds of data and samples collected there and whether Chinese law requires procedures to export them." } },
        { fromLevel: 1, effort: "M", ownerRole: "legal", text: { ja: "契約審査で、持出し許可の取得責任者、期限、不許可時の扱い（集計データのみの受領、日本側での再取得など）を定める条項を必須にする。", en: "Make the agreement review require clauses on who obtains export permission, by when, and the fallback if refused (receiving aggregates only, collecting the data again in Japan and so on)." } },
      ],
      sources: {
        recommendations: ["HOS-10", "HOS-9"],
        frameworks: [],
      },
    },
    {
      key: "invest.spinout-investors-univ",
      text: {
        ja: "大学発ベンチャーへの出資者（外国投資家を含む）や、大学の知的財産のライセンス先について、実質的支配者と国家との関係を確認し、外為法の事前届出の対象業種かどうかを起業支援の段階で伝えていますか。",
        en: "For investors in university spin-outs (foreign ones included) and licensees of university intellectual property, do you check ultimate owners and state ties, and tell founders at the incubation stage whether their business is in a sector subject to prior notification under the Foreign Exchange and Foreign Trade Act?",
      },
      guidance: {
        ja: "創業期のスタートアップは資金を優先しがちで、出資を通じた技術流出に最も弱い時期にあります。大学が出資者・ライセンス先の確認を支援し、創業者が届出制度を理解している状態が目標です。",
        en: "Young start-ups put funding first and are at their most exposed to technology leaking through investment. Good looks like the university helping to vet investors and licensees, and founders understanding the notification regime.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "確認・支援なし", en: "No checks or support" },
          { ja: "ライセンス契約時に相手の信用を確認する程度", en: "Credit checks on licensees only" },
          { ja: "ライセンス先と主要出資者の実質的支配者・国家との関係を確認", en: "Ultimate owners and state ties of licensees and main investors checked" },
          { ja: "起業支援の研修で外為法の届出制度と投資家の確認方法を教え、出資契約の助言を提供", en: "Incubation training covers the notification regime and investor vetting, with advice on investment agreements" },
          { ja: "大学が保有する持分・ライセンス条件で、懸念ある出資者への持分移転に歯止めをかける仕組みを運用", en: "University equity and licence terms used to stop stakes passing to investors of concern" },
        ],
      },
      allowNotApplicable: true,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "research-office", text: { ja: "知財ライセンスの決裁に、ライセンス先の実質的支配者・リスト照合の確認欄を追加する。", en: "Add fields for the licensee's ultimate owners and list screening to the approval form for IP licences." } },
        { fromLevel: 1, effort: "M", ownerRole: "research-office", text: { ja: "大学発ベンチャーの主要な出資者についても、出資受入れ時に実質的支配者と国家との関係を確認する手順を設ける。", en: "Set a procedure to check the ultimate owners and state ties of main investors in university spin-outs when they invest." } },
        { fromLevel: 2, effort: "S", ownerRole: "research-office", text: { ja: "起業支援プログラムに、外為法の事前届出と投資家の確認方法を扱う講義と、出資契約の相談窓口を加える。", en: "Add a session on prior notification under the Act and investor vetting to the incubation programme, plus an advice desk for investment agreements." } },
        { fromLevel: 3, effort: "M", ownerRole: "legal", text: { ja: "ライセンス契約と大学の株主間契約に、懸念ある第三者への持分・権利の移転に大学の同意を要する条項を入れる。", en: "Put clauses in licence agreements and the university's shareholder agreements requiring university consent before stakes or rights pass to third parties of concern." } },
      ],
      sources: {
        recommendations: ["HOS-13", "HOS-6"],
        frameworks: [{ framework: "UK-TR", id: "secure-innovation-investment" }],
      },
    },
  ],
});
