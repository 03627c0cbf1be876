// Domain 1 — Governance: an integrated economic-security function reporting to executives, board oversight,
// and a risk appetite proportionate to the mission.
import { ZDomainContent } from "../schema";

export const governanceContent = ZDomainContent.parse({
  domain: "governance",
  corporate: [
    {
      key: "gov.integrated-function",
      text: {
        ja: "輸出管理・研究開発・情報システム（サイバー）・法務・調達の各部門を横断して経済安全保障を一体的に担う機能があり、経営層に直接報告していますか。",
        en: "Is there one function that handles economic security across export control, R&D, IT and cyber, legal and procurement, and reports directly to the executive team?",
      },
      guidance: {
        ja: "各部門が自部門の規程だけを運用するのではなく、横断組織（委員会または専任室）が各部門の把握するリスクを束ね、経営会議に定期的に報告している状態が目標です。",
        en: "Good looks like a cross-functional committee or office that pulls together the risks each division sees and reports to the executive committee on a fixed cycle, rather than each division running only its own rules.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "担当機能なし。輸出管理・研究開発・情報システムが個別に対応", en: "No such function; export control, R&D and IT each act on their own" },
          { ja: "連絡会など非公式な部門間の情報共有のみ", en: "Only informal information sharing between divisions, such as an occasional liaison meeting" },
          { ja: "横断組織を設置済みだが、権限と報告経路が不明確", en: "A cross-functional body exists, but its authority and reporting line are unclear" },
          { ja: "規程で権限を定めた横断組織が経営会議へ定期的に報告", en: "A chartered cross-functional body with defined authority reports regularly to the executive committee" },
          { ja: "横断組織の意見が事業・研究の意思決定に組み込まれ、運用実績に基づき毎年見直し", en: "The body's opinion is built into business and research decisions, and its remit is reviewed every year against its record" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "executive",
          text: {
            ja: "輸出管理・研究開発・情報セキュリティ・法務・調達の責任者による経済安全保障連絡会を設け、初回の会合で各部門が把握しているリスクを一覧にする。",
            en: "Convene an economic-security working group of the heads of export control, R&D, IT security, legal and procurement, and have its first meeting list the risks each division already knows about.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "executive",
          text: {
            ja: "取締役会または経営会議の決議で横断組織（経済安全保障委員会または専任室）を設置し、委員長と事務局を任命する。",
            en: "Establish the cross-functional body (an economic-security committee or a dedicated office) by board or executive-committee resolution, and appoint its chair and secretariat.",
          },
        },
        {
          fromLevel: 2,
          effort: "S",
          ownerRole: "legal",
          text: {
            ja: "横断組織の権限（取引・共同研究の停止勧告、各部門への是正指示）と経営会議への報告頻度（四半期に 1 回以上）を規程に明記する。",
            en: "Write into a charter the body's powers (to recommend halting a deal or joint project, to direct divisions to remediate) and its reporting cadence to the executive committee (at least quarterly).",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "新規事業・共同研究・投資の決裁書式に横断組織の意見欄を設け、年 1 回、審査件数と指摘事項の実績を基に体制を見直す。",
            en: "Add a field for the body's opinion to the approval forms for new businesses, joint research and investments, and review the set-up once a year using its record of cases reviewed and findings.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-1", "HOS-2"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.RR-02" },
          { framework: "METI-CSMG-3.0", id: "指示2" },
        ],
      },
    },
    {
      key: "gov.executive-owner",
      text: {
        ja: "経済安全保障について最終的な責任を負う役員（取締役または執行役員）が明確に任命されていますか。",
        en: "Has a named director or executive officer been made ultimately accountable for economic security?",
      },
      guidance: {
        ja: "責任役員の職務と権限が文書化され、輸出管理の責任者や CISO の判断が食い違うときに調整し、重要案件を自ら判断できる状態が目標です。",
        en: "The executive's duties and authority are written down; they arbitrate when the export-control lead and the CISO disagree, and decide significant cases personally.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "責任役員が未任命", en: "No accountable executive named" },
          { ja: "任命済みだが職務・権限が文書化されていない、または名目上の兼務", en: "Named, but duties and authority are not documented, or the role is nominal" },
          { ja: "職務・権限を文書化した責任役員が重要案件を自ら判断", en: "A named executive with documented duties and authority decides significant cases personally" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "executive",
          text: {
            ja: "取締役会で経済安全保障担当役員を選任し、社内に通知する。",
            en: "Have the board appoint an executive responsible for economic security, and announce the appointment internally.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "legal",
          text: {
            ja: "担当役員の職務分掌に、経済安全保障リスクの最終判断、横断組織の監督、取締役会への報告を明記する。",
            en: "Write into the executive's terms of reference the final say on economic-security risk, supervision of the cross-functional body, and reporting to the board.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-1", "HOS-2"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.RR-01" },
          { framework: "METI-CSMG-3.0", id: "指示2" },
        ],
      },
    },
    {
      key: "gov.board-oversight",
      text: {
        ja: "取締役会は、米中対立などの地政学リスクを含む経済安全保障リスクについて定期的に報告を受け、監督していますか。",
        en: "Does the board receive regular reports on economic-security risk, including geopolitical risk such as the US–China rivalry, and oversee it?",
      },
      guidance: {
        ja: "主要リスク・重大案件・対応状況の報告を年に数回受け、取締役会が優先順位や投資について判断している状態です。社外取締役にも十分な説明が行われていることが望まれます。",
        en: "The board hears about key risks, major cases and progress several times a year and decides priorities and investment; outside directors are briefed properly too.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "取締役会での議論なし", en: "Never discussed by the board" },
          { ja: "重大事案の発生時にのみ報告", en: "Reported only when a serious incident occurs" },
          { ja: "年 1 回程度の定例報告があるが、事実の羅列で判断事項がない", en: "Reported about once a year, as a list of facts with no decisions asked" },
          { ja: "主要リスク指標と重大案件を定期的に報告し、取締役会が対応方針を決定", en: "Regular reports on key risk indicators and major cases; the board decides the response" },
          { ja: "取締役会が毎年リスクシナリオ（規制強化、取引先のリスト掲載等）を検討し、事業戦略・投資判断に反映", en: "The board works through risk scenarios (tighter controls, a customer listed …) every year and reflects them in strategy and investment" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "executive",
          text: {
            ja: "次回の取締役会の議題に、経済安全保障リスクの現状報告（主要な取引・共同研究・拠点とそれぞれの懸念点）を加える。",
            en: "Put a status report on economic-security risk (main deals, joint research and sites, with the concerns about each) on the next board agenda.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "取締役会の年間議事予定に定例報告を組み込み、報告様式（主要リスク、重大案件、対応状況、判断を求める事項）を定める。",
            en: "Add a standing report to the board's annual calendar with a fixed format: key risks, major cases, progress, decisions requested.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "主要リスク指標（審査件数、懸念のある取引先との取引額、未対応の指摘事項など）を定義し、報告ごとに推移を示す。",
            en: "Define key risk indicators (cases reviewed, business with flagged counterparties, open findings …) and show their trend in every report.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "executive",
          text: {
            ja: "年 1 回、取締役会でシナリオ検討（主要顧客のエンティティ・リスト掲載、中国の対抗措置など）を行い、結果を中期経営計画の前提に反映する。",
            en: "Once a year, run a scenario session with the board (a major customer added to the Entity List, Chinese counter-measures …) and feed the results into the assumptions of the medium-term plan.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-2", "HOS-9"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.OV-01" },
          { framework: "METI-CSMG-3.0", id: "指示1" },
        ],
      },
    },
    {
      key: "gov.risk-appetite",
      text: {
        ja: "事業の使命と技術の重要度に照らして、経済安全保障リスクをどこまで受け入れるか（リスク許容度）を文書で定めていますか。",
        en: "Have you documented how much economic-security risk you will accept (your risk appetite), in the light of your mission and how critical your technology is?",
      },
      guidance: {
        ja: "リスクを過小評価して必要な資源を割かない状態も、過大評価して事業を止めてしまう状態も避け、技術と相手先の区分ごとに受入れ可否と条件を示した基準がある状態が目標です。",
        en: "Avoid both under-estimating risk (and starving security of resources) and over-estimating it (and stalling the business): have criteria that say, by technology and counterparty, what is accepted and on what conditions.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "リスク許容度の検討なし", en: "Risk appetite never considered" },
          { ja: "担当者の感覚に依存し、案件ごとに判断がばらつく", en: "Left to individual judgement; decisions vary from case to case" },
          { ja: "大まかな方針（懸念国との取引は慎重に等）はあるが、判断基準が具体的でない", en: "A broad stance exists ('be careful with countries of concern') but no concrete criteria" },
          { ja: "技術区分・相手先区分ごとの受入れ可否と条件を経営層が承認", en: "Executives have approved criteria setting out, by technology tier and counterparty type, what is accepted and on what conditions" },
          { ja: "基準を実際の判断・資源配分と照合し、過小・過大評価の兆候を基に毎年調整", en: "Criteria are checked against actual decisions and spending, and adjusted every year for signs of under- or over-estimation" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "executive",
          text: {
            ja: "経営会議で、守るべき技術・事業と失ってはならない取引関係（米国の顧客・共同研究先など）を特定し、リスク許容度の策定を指示する。",
            en: "At the executive committee, name the technologies and businesses that must be protected and the relationships you cannot afford to lose (US customers, research partners …), and commission a risk-appetite statement.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "過去 1 年間の判断事例を集め、共通する判断基準を文章化したリスク許容度の案を作成する。",
            en: "Collect the past year's decisions and draft a risk-appetite statement from the criteria they have in common.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "「技術の機微度 × 相手先のリスク」の表で、受入れ・条件付き受入れ・不可の区分と承認者を定め、経営会議で承認する。",
            en: "Build a grid of technology sensitivity against counterparty risk that says accept / accept with conditions / decline and who approves, and have the executive committee adopt it.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "executive",
          text: {
            ja: "年 1 回、見送った案件と事後に問題が判明した案件を振り返り、基準が厳しすぎないか・緩すぎないかを検証して改訂する。",
            en: "Once a year, review the deals declined and the cases where problems surfaced later, test whether the grid is too strict or too loose, and revise it.",
          },
        },
      ],
      sources: {
        recommendations: ["CTX-1", "HOS-2"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.RM-02" },
          { framework: "METI-CSMG-3.0", id: "指示1" },
        ],
      },
    },
    {
      key: "gov.risk-register",
      text: {
        ja: "経済安全保障に特有のリスク（輸出規制の強化、取引先の制裁リスト掲載、中国の対抗措置やデータ規制、重要物資の調達途絶など）を全社のリスク評価に組み込んでいますか。",
        en: "Are risks specific to economic security — tighter export controls, a counterparty added to a sanctions list, Chinese counter-measures or data rules, disruption of critical supplies — part of your enterprise risk assessment?",
      },
      guidance: {
        ja: "全社リスク管理（ERM）の一覧にこれらのリスクが具体的なシナリオとして載り、事業部門ごとに影響と発生可能性が評価され、対応策と責任者が決まっている状態です。",
        en: "These risks appear in the enterprise risk register as concrete scenarios, with impact and likelihood assessed per business unit and a response and owner for each.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "全社のリスク評価に含まれていない", en: "Not in the enterprise risk assessment" },
          { ja: "「地政学リスク」として一括で記載されるのみ", en: "Listed only as a single line such as 'geopolitical risk'" },
          { ja: "個別のシナリオを特定しているが、影響評価と対応策が未整備", en: "Individual scenarios identified, but no impact assessment or responses" },
          { ja: "シナリオごとに事業部門別の影響・対応策・責任者を定め、定期的に見直し", en: "Each scenario has a per-business impact assessment, a response and an owner, reviewed regularly" },
          { ja: "規制案やリスト改正などの外部動向を契機に随時更新し、早期警戒指標で監視", en: "Scenarios are updated as outside events occur (draft rules, list amendments) and watched through early-warning indicators" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "全社リスク一覧に、米国の輸出規制強化、取引先のエンティティ・リスト掲載、中国の輸出管理法・反外国制裁法による対抗措置、重要物資の調達途絶の 4 項目を追加する。",
            en: "Add four entries to the enterprise risk register: tighter US export controls, a counterparty added to the Entity List, Chinese counter-measures under its Export Control Law or Anti-Foreign Sanctions Law, and disruption of critical supplies.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "各項目を具体的なシナリオ（主要顧客がリスト掲載され出荷停止となる等）に分解し、関係する事業・製品・取引先を特定する。",
            en: "Break each entry into concrete scenarios (a major customer is listed and shipments stop …) and identify the businesses, products and counterparties involved.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "executive",
          text: {
            ja: "シナリオごとに影響額と発生可能性を評価し、対応策（代替調達、契約条項、在庫の積み増し）と責任者を決める。",
            en: "For each scenario, estimate impact and likelihood, and agree a response (alternative sourcing, contract clauses, extra stock) and an owner.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "シナリオごとに早期警戒指標（規制当局の公表案、取引先に関する報道など）を定め、監視担当を置いて変化時に再評価する。",
            en: "Set early-warning indicators for each scenario (regulators' published proposals, news about counterparties …), assign someone to watch them, and reassess when they move.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-9", "HOS-12", "HOS-14"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.RM-03" },
          { framework: "METI-CSMG-3.0", id: "指示4" },
        ],
      },
    },
    {
      key: "gov.regulatory-watch",
      text: {
        ja: "日本・米国・中国などの経済安全保障関連の規制動向（外国為替及び外国貿易法（外為法）の改正、米国輸出管理規則（EAR）とエンティティ・リストの改正、中国の輸出管理法など）を継続的に把握し、自社への影響を評価していますか。",
        en: "Do you continuously track economic-security rules in Japan, the US, China and elsewhere (amendments under the Foreign Exchange and Foreign Trade Act, the US Export Administration Regulations and Entity List, China's Export Control Law …) and assess their effect on you?",
      },
      guidance: {
        ja: "担当者と情報源（経済産業省、米国商務省産業安全保障局（BIS）、CISTEC など）が決まっており、改正ごとの影響評価の結果が関係部門に届いている状態です。",
        en: "There is a named owner and a set list of sources (METI, the US Commerce Department's BIS, CISTEC …), and the impact assessment of each change reaches the divisions affected.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "把握していない", en: "Not tracked" },
          { ja: "報道や取引先からの連絡で知る程度", en: "Learned of through the news or from customers" },
          { ja: "担当者が情報を収集しているが、影響評価と社内周知の手順がない", en: "Someone collects the information, but there is no procedure to assess impact or tell others" },
          { ja: "情報源と担当を定め、改正ごとに影響評価を行い関係部門へ通知", en: "Defined sources and owner; each change is assessed and the divisions affected are notified" },
          { ja: "改正案の段階から影響を試算し、意見提出や事前の対応計画につなげている", en: "Impact is estimated from the draft stage, feeding comments to regulators and response plans prepared in advance" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "export-control",
          text: {
            ja: "規制動向の監視担当を指名し、監視する情報源（経済産業省、米国 BIS、中国商務部、CISTEC）を一覧にする。",
            en: "Name someone to watch regulatory change and list the sources to follow (METI, US BIS, China's Ministry of Commerce, CISTEC).",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "export-control",
          text: {
            ja: "各情報源のメール配信に登録し、月 1 回、関連する改正をまとめた社内向けの要約を作成する。",
            en: "Subscribe to each source's mailing list and publish a monthly internal digest of relevant changes.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "export-control",
          text: {
            ja: "改正ごとに影響評価票（対象となる製品・技術・取引先、必要な対応、期限）を作成し、関係部門へ通知する手順を規程に定める。",
            en: "Write into procedure an impact sheet for every change (products, technologies and counterparties affected, actions, deadlines) and how the divisions affected are notified.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "主要な改正案について施行前に影響を試算して対応計画を作り、業界団体を通じた意見提出の要否を横断組織で判断する。",
            en: "For major draft rules, estimate the impact and prepare a plan before they take effect, and have the cross-functional body decide whether to comment through industry associations.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-3", "HOS-8", "HOS-9"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "GV.OC-03" }],
      },
    },
    {
      key: "gov.resources",
      text: {
        ja: "経済安全保障の取組みに、リスクに見合った予算と専任の人員を割り当てていますか。",
        en: "Have you given economic security a budget and dedicated staff in proportion to the risk?",
      },
      guidance: {
        ja: "取組みが兼務者の善意に頼らず、年度計画に予算と人員が計上され、リスク評価の結果に応じて配分が見直されている状態です。",
        en: "The work does not rely on goodwill from people with other jobs: budget and headcount are in the annual plan and are adjusted according to the risk assessment.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "予算・人員の割当てなし", en: "No budget or staff assigned" },
          { ja: "兼務者のみで、予算は事案ごとに都度確保", en: "Only staff with other jobs; money found case by case" },
          { ja: "一部に専任者を置き年度予算もあるが、リスク評価と連動していない", en: "Some dedicated staff and an annual budget, not linked to the risk assessment" },
          { ja: "リスク評価に基づいて予算・人員を計画し、経営層が承認", en: "Budget and staffing planned from the risk assessment and approved by executives" },
          { ja: "投入した資源の効果を測定し、翌年度の配分に反映", en: "The effect of the resources spent is measured and drives next year's allocation" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "executive",
          text: {
            ja: "経済安全保障の取組みに必要な最低限の人員（兼務を含む）と初年度予算を見積もり、経営会議に提出する。",
            en: "Estimate the minimum staffing (including part-time roles) and first-year budget economic security needs, and put it to the executive committee.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "executive",
          text: {
            ja: "横断組織の事務局に少なくとも 1 名の専任者を置き、年度予算に経済安全保障の費目を設ける。",
            en: "Put at least one full-time person in the cross-functional body's secretariat and create an economic-security line in the annual budget.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "年度予算の編成時に、リスク評価で優先度の高い項目から必要な資源を積み上げる手順を定める。",
            en: "Set a budgeting procedure that builds the request up from the highest-priority items in the risk assessment.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "審査件数、処理時間、未対応の指摘事項などの指標を年度ごとに集計し、次年度の人員・予算配分の根拠にする。",
            en: "Collect yearly figures for cases reviewed, turnaround time and open findings, and use them to justify next year's staffing and budget.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-1", "CTX-1"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.RR-03" },
          { framework: "METI-CSMG-3.0", id: "指示3" },
        ],
      },
    },
    {
      key: "gov.policy",
      text: {
        ja: "経済安全保障に関する基本方針を経営層が承認して社内外に示し、それを具体化する社内規程（技術情報管理、取引審査、人材・拠点の管理など）を定めていますか。",
        en: "Have executives approved and published a basic economic-security policy, and is it put into practice through internal rules (technical information management, deal review, people and sites …)?",
      },
      guidance: {
        ja: "基本方針が輸出管理内部規程・情報セキュリティ規程・調達規程などの既存規程と結び付けられ、各規程の所管部門と改定のきっかけが明確になっている状態が目標です。",
        en: "Good looks like a basic policy that is tied to the existing export-control, information-security and procurement rules, with an owning division for each rule and clear triggers for revising it.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "基本方針・規程なし", en: "No policy or rules" },
          { ja: "輸出管理内部規程など個別の規程のみで、全体の方針なし", en: "Separate rules only, such as the export-control compliance programme; no overall policy" },
          { ja: "基本方針を定めたが、既存規程との対応や所管部門が不明確", en: "A basic policy exists, but its link to existing rules and who owns each is unclear" },
          { ja: "経営層が承認した基本方針の下に規程体系を整備し、所管部門を明記して周知", en: "An executive-approved policy sits above a mapped set of rules, each with a named owner, communicated to staff" },
          { ja: "法令改正・事案・監査結果を契機に方針と規程を定期改定し、遵守状況を監査で確認", en: "Policy and rules are revised on a cycle and after law changes, incidents or audits, and compliance is audited" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "経済安全保障に関係する既存の規程（輸出管理内部規程、情報セキュリティ規程、調達規程、就業規則の秘密保持条項）を一覧にし、所管部門を記入する。",
            en: "List the existing rules that bear on economic security (export-control compliance programme, information-security rules, procurement rules, confidentiality clauses of the work rules) and write down the owning division of each.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "executive",
          text: {
            ja: "守るべき技術、相手先の確認、米中双方の規制への対応姿勢を 1〜2 頁にまとめた経済安全保障基本方針を起草し、取締役会で承認する。",
            en: "Draft a one-to-two-page basic economic-security policy covering the technology to protect, how counterparties are checked and the stance on complying with both US and Chinese rules, and have the board approve it.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "legal",
          text: {
            ja: "基本方針の各項目と既存規程の条文を対応させた規程体系表を作り、欠けている項目（技術情報の区分管理など）の細則を制定して全社に周知する。",
            en: "Build a table mapping each item of the policy to clauses of existing rules, adopt detailed rules for the gaps (such as tiered handling of technical information), and announce them company-wide.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "規程体系表に改定のきっかけ（法令改正、重大事案、監査指摘）と定期見直し日を記入し、内部監査の年間計画に遵守状況の確認を加える。",
            en: "Record in the mapping table the triggers for revision (law changes, serious incidents, audit findings) and a fixed review date, and add a compliance check to the internal-audit plan.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-1", "HOS-2"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.PO-01" },
          { framework: "METI-CSMG-3.0", id: "指示1" },
        ],
      },
    },
    {
      key: "gov.deal-review-gate",
      text: {
        ja: "新たな取引先・共同研究・出資の受入れ・海外拠点の設置などの重要案件について、契約前に経済安全保障の観点から審査する手続がありますか。",
        en: "Do significant commitments — new customers or partners, joint research, taking foreign investment, opening overseas sites — go through an economic-security review before contracts are signed?",
      },
      guidance: {
        ja: "法令上の該非判定にとどまらず、相手先のエンティティ・リスト掲載や軍との関係、出資者の背景、技術が流れる経路を確認し、結果に応じて条件付与や見送りを判断できる状態です。",
        en: "Beyond statutory classification, the review checks whether the counterparty is on the Entity List or tied to the military, who the investors are and where the technology would flow, and can attach conditions or stop the deal.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "審査手続なし", en: "No review" },
          { ja: "輸出管理上の該非判定のみ実施", en: "Export-control classification only" },
          { ja: "一部の重要案件で、担当者の判断により相手先の背景を確認", en: "Some major deals get a background check, at the discretion of staff" },
          { ja: "対象案件と確認項目を定め、該当する全件を契約前に審査", en: "Defined scope and checklist; every deal in scope is reviewed before signature" },
          { ja: "審査結果を契約条件に反映し、契約後も相手先の状況変化を定期的に再確認", en: "Results shape contract terms, and counterparties are re-checked periodically after signature" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "契約前審査の対象となる案件の種類（新規取引先、共同研究、出資受入れ、海外拠点）と審査担当部署を決める。",
            en: "Decide which kinds of deal need a pre-contract review (new counterparties, joint research, incoming investment, overseas sites) and which team reviews them.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "export-control",
          text: {
            ja: "該非判定に加え、相手先を米国エンティティ・リストや経済産業省の外国ユーザーリスト等と照合する手順を導入する。",
            en: "In addition to classification, screen counterparties against the US Entity List, METI's End User List and similar lists.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "審査チェックリスト（リスト照合、軍・政府との関係、実質的支配者、技術の流れる先）を定め、決裁前の必須手続にする。",
            en: "Adopt a review checklist (list screening, military or state ties, beneficial owners, where the technology would go) and make it mandatory before approval.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "export-control",
          text: {
            ja: "審査を通過した相手先について、年 1 回および重大な報道があった時点でリスト照合と背景確認をやり直す手順を設ける。",
            en: "Re-screen approved counterparties against the lists and re-check their background once a year and whenever significant news breaks.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-8", "HOS-13", "HOS-11"],
        frameworks: [{ framework: "METI-CP", id: "取引審査" }],
      },
    },
    {
      key: "gov.group-coverage",
      text: {
        ja: "経済安全保障の方針と手続は国内外の子会社・関連会社にも適用され、その実施状況を確認していますか。",
        en: "Do your economic-security policy and procedures apply to subsidiaries and affiliates in Japan and abroad, and do you check that they are followed?",
      },
      guidance: {
        ja: "海外子会社や合弁会社を含むグループ全体に方針が展開され、現地法令との関係を整理した上で、定期的な報告や監査で実施状況が確認されている状態です。",
        en: "The policy reaches the whole group, overseas subsidiaries and joint ventures included, reconciled with local law, and its application is checked through regular reporting or audit.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "親会社のみに適用", en: "Applies to the parent company only" },
          { ja: "方針をグループ会社に通知しているが、実施状況は未確認", en: "Policy sent to group companies, application not checked" },
          { ja: "国内の主要子会社では整備済みだが、海外子会社・合弁会社は未整備", en: "In place at main domestic subsidiaries, not at overseas subsidiaries or joint ventures" },
          { ja: "全グループ会社で整備し、年次報告で実施状況を確認", en: "In place across the group and checked through annual reporting" },
          { ja: "現地法令との衝突を整理した上でグループ監査を定期実施し、是正を追跡", en: "Conflicts with local law resolved; group audits run regularly and remediation is tracked" },
        ],
      },
      allowNotApplicable: true,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "子会社・関連会社の一覧を作成し、機微技術を扱う会社と海外の会社に印を付ける。",
            en: "List subsidiaries and affiliates, and mark those that handle sensitive technology and those abroad.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "機微技術を扱うグループ会社に責任者を置かせ、年 1 回の自己点検結果を親会社へ報告させる。",
            en: "Require each group company that handles sensitive technology to name a responsible person and report a self-inspection to the parent once a year.",
          },
        },
        {
          fromLevel: 2,
          effort: "L",
          ownerRole: "legal",
          text: {
            ja: "海外子会社・合弁会社について、現地法令（中国の国家情報法（2017年）、反スパイ法（2023年7月改正施行）、データ安全法等）との関係を法務が確認し、現地向けの手続を制定する。",
            en: "For overseas subsidiaries and joint ventures, have legal check the interaction with local law (China's National Intelligence Law of 2017, the Counter-Espionage Law as amended in July 2023, the Data Security Law …) and issue local procedures.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "executive",
          text: {
            ja: "内部監査の年間計画にグループ会社の経済安全保障監査を加え、指摘事項の是正を期限付きで追跡する。",
            en: "Add economic-security audits of group companies to the internal audit plan, and track findings to closure against deadlines.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-11", "HOS-14"],
        frameworks: [{ framework: "METI-CP", id: "子会社及び関連会社の指導" }],
      },
    },
  ],
  university: [
    {
      key: "gov.research-security-office",
      text: {
        ja: "安全保障輸出管理、研究推進・産学連携、国際、情報基盤（CSIRT）の各部署を横断して研究セキュリティと研究インテグリティを一体的に担う体制があり、学長など執行部に直接報告していますか。",
        en: "Is there one set-up that handles research security and research integrity across export control, research promotion and industry liaison, international affairs and the IT centre (CSIRT), reporting directly to the president or senior leadership?",
      },
      guidance: {
        ja: "輸出管理の担当部署や情報基盤センターが個別に対応するのではなく、横断的な委員会や推進室が案件の情報を集約し、執行部へ定期的に報告している状態が目標です。",
        en: "Rather than the export-control office or the IT centre acting alone, a cross-cutting committee or office pulls case information together and reports regularly to senior leadership.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "横断的な体制なし。各部署が個別に対応", en: "No cross-cutting set-up; each office acts alone" },
          { ja: "必要に応じた部署間の相談のみ", en: "Offices consult one another only when needed" },
          { ja: "委員会等を設置したが、権限と報告経路が不明確", en: "A committee exists, but its authority and reporting line are unclear" },
          { ja: "規程で権限を定めた横断組織が執行部へ定期報告し、相談窓口を学内に明示", en: "A chartered body reports regularly to leadership, and its contact point is known across campus" },
          { ja: "横断組織の確認が研究契約・人事・国際連携の意思決定に組み込まれ、毎年体制を見直し", en: "The body's review is built into research-contract, appointment and international decisions, and the set-up is reviewed every year" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "安全保障輸出管理、研究推進、国際、情報基盤センターの責任者による研究セキュリティ連絡会を設け、各部署が把握している懸念事案を共有する。",
            en: "Set up a research-security liaison group of the heads of export control, research promotion, international affairs and the IT centre, and share the concerns each already knows about.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "executive",
          text: {
            ja: "役員会の決定で研究セキュリティ委員会（または推進室）を設置し、担当理事を委員長として事務局を置く。",
            en: "Create a research-security committee (or office) by decision of the board of executives, chaired by the responsible vice-president, with a secretariat.",
          },
        },
        {
          fromLevel: 2,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "委員会の権限（研究契約や受入れへの意見、是正の要請）と執行部への報告頻度を規程に定め、学内向けの相談窓口を公表する。",
            en: "Write the committee's powers (to give opinions on contracts and visitors, to request remediation) and its reporting cadence into regulations, and publish a contact point for staff.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "共同研究契約・外国人研究者の受入れ・学術交流協定の決裁手続に委員会の確認を組み込み、年 1 回その実績から体制を見直す。",
            en: "Build the committee's check into the approval of joint research contracts, foreign visitors and exchange agreements, and review the set-up once a year from its record.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-1", "HOS-6"],
        frameworks: [
          { framework: "JP-RI", id: "組織のリスクマネジメント" },
          { framework: "NIST-CSF-2.0", id: "GV.RR-02" },
        ],
      },
    },
    {
      key: "gov.executive-responsibility-univ",
      text: {
        ja: "研究セキュリティについて最終的な責任を負う理事または副学長が任命され、その職務と権限が明確になっていますか。",
        en: "Has a vice-president or executive director been made ultimately accountable for research security, with clear duties and authority?",
      },
      guidance: {
        ja: "輸出管理・研究インテグリティ・情報セキュリティを統括する役員が決まっており、部局間で判断が分かれる案件を最終的に判断できる状態です。",
        en: "One executive oversees export control, research integrity and information security, and has the final say when faculties and offices disagree.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "責任者が未任命", en: "No accountable executive" },
          { ja: "担当理事はいるが、職務・権限が文書化されていない、または輸出管理のみを担当", en: "There is a responsible executive, but duties are undocumented or cover export control only" },
          { ja: "研究セキュリティ全体を統括する担当理事の職務・権限が規程に明記", en: "The executive's remit over all of research security is written into regulations" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "executive",
          text: {
            ja: "役員会で研究セキュリティ担当理事（副学長）を指名し、学内に周知する。",
            en: "Have the board of executives designate a vice-president for research security and announce it on campus.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "executive",
          text: {
            ja: "担当理事の職務に、輸出管理・研究インテグリティ・情報セキュリティを含む研究セキュリティ全体の統括と、重要案件の最終判断を明記する。",
            en: "Write into the vice-president's remit oversight of all of research security — export control, research integrity and information security — and the final decision on significant cases.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-1", "HOS-2"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "GV.RR-01" }],
      },
    },
    {
      key: "gov.board-oversight-univ",
      text: {
        ja: "役員会や経営協議会は、研究セキュリティのリスクと対応状況について定期的に報告を受け、方針を判断していますか。",
        en: "Do the board of executives and the management council receive regular reports on research-security risk and progress, and set direction?",
      },
      guidance: {
        ja: "外国との共同研究・資金・受入れの状況と主な懸念が年に複数回報告され、役員会が優先順位や国際戦略について判断している状態です。",
        en: "The state of foreign collaborations, funding and visitors, and the main concerns, are reported several times a year, and the board decides priorities and international strategy.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "役員会等での議論なし", en: "Never discussed at board level" },
          { ja: "問題発生時にのみ報告", en: "Reported only when a problem arises" },
          { ja: "年 1 回程度の報告があるが、判断事項を伴わない", en: "Reported about once a year, with no decisions asked" },
          { ja: "主要リスク・重要案件・対応状況を定期報告し、役員会が方針を決定", en: "Regular reports on key risks, major cases and progress; the board sets the response" },
          { ja: "規制や資金配分機関の要件の変化を想定したシナリオを検討し、中期計画・国際戦略に反映", en: "Scenarios of changing rules and funder requirements are discussed and reflected in the mid-term plan and international strategy" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "次回の役員会で、外国との共同研究・受入れ研究者・外国資金の現状と懸念点を報告する。",
            en: "At the next board meeting, report the current foreign collaborations, visiting researchers and foreign funding, with the concerns about them.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "役員会への定例報告（年 2 回以上）を年間予定に組み込み、報告様式（主要リスク、重要案件、判断事項）を定める。",
            en: "Put a standing report (at least twice a year) in the board's calendar with a fixed format: key risks, major cases, decisions requested.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "報告に指標（事前確認の件数、開示された外国との関係の件数、未解決の懸念事案）を加え、推移を示す。",
            en: "Add indicators to the report (pre-agreement reviews, foreign affiliations disclosed, unresolved concerns) and show their trend.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "executive",
          text: {
            ja: "年 1 回、主要な国際共同研究先が米国の規制対象になる等のシナリオを役員会で検討し、国際戦略に反映する。",
            en: "Once a year, discuss with the board scenarios such as a major international partner being placed under US restrictions, and reflect them in the international strategy.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-2", "HOS-6"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "GV.OV-01" }],
      },
    },
    {
      key: "gov.risk-appetite-univ",
      text: {
        ja: "学術研究の開放性と研究成果の保護の釣り合いについて、大学としてのリスク許容度を文書で定めていますか。",
        en: "Has the university documented its risk appetite, balancing the openness of academic research against protection of its results?",
      },
      guidance: {
        ja: "国際連携を一律に制限するのでも放置するのでもなく、研究分野の機微度と相手先のリスクに応じて必要な確認の程度を示し、基礎研究の自由を不必要に損なわない状態です。",
        en: "Neither blanket restriction nor neglect: the level of checking depends on the sensitivity of the field and the risk of the partner, without needlessly limiting fundamental research.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "検討なし", en: "Never considered" },
          { ja: "部局や研究者ごとに判断がばらつく", en: "Decisions vary between faculties and researchers" },
          { ja: "「開かれた研究」等の一般的な方針のみで、具体的な判断基準がない", en: "General statements about open research only; no concrete criteria" },
          { ja: "研究分野の機微度と相手先のリスクに応じた区分と必要な確認を役員会が承認", en: "The board has approved tiers of required checks by field sensitivity and partner risk" },
          { ja: "運用実績を基に、過剰・過少な規制になっていないか毎年検証", en: "Every year the record is used to test whether controls are too heavy or too light" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "executive",
          text: {
            ja: "役員会で、大学として守るべき研究分野と国際連携の重要性の双方を確認し、リスク許容度の策定を研究セキュリティ委員会に指示する。",
            en: "At the board, name both the research areas the university must protect and the international links it values, and ask the research-security committee to draft a risk-appetite statement.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "過去の受入れ・共同研究の判断事例を集め、共通する判断基準を文章化した案を作る。",
            en: "Collect past decisions on visitors and joint research and draft the criteria they have in common.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "「研究分野の機微度 × 相手先のリスク」の表で、通常手続・追加確認・原則不可の区分と判断者を定め、役員会で承認する。",
            en: "Build a grid of field sensitivity against partner risk that says standard process / extra checks / normally declined and who decides, and have the board approve it.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "年 1 回、追加確認の件数と見送り事例を分析し、研究者の意見も聴いて基準が厳しすぎ・緩すぎになっていないか見直す。",
            en: "Once a year, analyse extra checks and declined cases, hear researchers' views, and adjust the grid if it is too strict or too loose.",
          },
        },
      ],
      sources: {
        recommendations: ["CTX-1", "HOS-6"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.RM-02" },
          { framework: "JP-RI", id: "組織のリスクマネジメント" },
        ],
      },
    },
    {
      key: "gov.policy-univ",
      text: {
        ja: "研究セキュリティ・研究インテグリティに関する学内規程（外国との関係の開示、国際共同研究の事前確認、研究者・学生の受入れ確認など）を定め、周知していますか。",
        en: "Have you adopted and communicated regulations on research security and integrity (disclosure of foreign ties, pre-agreement review of international research, checks on incoming researchers and students)?",
      },
      guidance: {
        ja: "2021 年の政府の研究インテグリティ確保の対応方針を踏まえ、手続が規程として定まり、教職員・学生が自分に求められることを理解している状態です。",
        en: "Following the government's 2021 research-integrity policy, the procedures are set in regulations and staff and students know what is asked of them.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "規程なし", en: "No regulations" },
          { ja: "安全保障輸出管理規程のみ", en: "Export-control regulations only" },
          { ja: "研究インテグリティの方針を公表したが、手続が未整備", en: "A research-integrity policy is published, but procedures are missing" },
          { ja: "開示・事前確認・受入れ確認の手続を規程化し、教職員・学生に周知", en: "Disclosure, pre-agreement review and visitor checks are in regulations and communicated to staff and students" },
          { ja: "運用状況を毎年点検し、政府・資金配分機関の指針改訂に合わせて改定", en: "Operation is checked every year and regulations follow revisions of government and funder guidance" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "研究インテグリティ確保に係る政府の対応方針を踏まえて大学の基本方針を起草し、役員会で決定する。",
            en: "Draft a university policy based on the government's research-integrity policy and have the board adopt it.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "安全保障輸出管理規程とは別に、外国との関係の開示、国際共同研究の事前確認、受入れ確認の手続を定める細則を制定する。",
            en: "Alongside the export-control regulations, issue rules for disclosing foreign ties, reviewing international research before agreement, and checking incoming visitors.",
          },
        },
        {
          fromLevel: 2,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "規程の内容を教職員向け研修と学内ポータルで周知し、新任教員の着任時説明に含める。",
            en: "Publicise the rules through staff training and the intranet, and include them in the induction of new faculty.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "年 1 回、開示率や事前確認の件数・所要日数を点検し、政府・資金配分機関の指針改訂を反映して規程を改定する。",
            en: "Once a year, check disclosure rates and the number and duration of reviews, and update the regulations for revised government and funder guidance.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-6"],
        frameworks: [
          { framework: "JP-RI", id: "組織のリスクマネジメント" },
          { framework: "NIST-CSF-2.0", id: "GV.PO-01" },
        ],
      },
    },
    {
      key: "gov.engagement-review-univ",
      text: {
        ja: "外国の機関との共同研究契約・学術交流協定・寄附・共同研究室の設置などの重要な国際連携について、締結前に研究セキュリティの観点から確認する手続がありますか。",
        en: "Are significant international engagements — joint research contracts, exchange agreements, donations, joint laboratories — reviewed for research security before they are concluded?",
      },
      guidance: {
        ja: "該非確認にとどまらず、相手先の外国ユーザーリストやエンティティ・リストへの掲載、軍・国防関連機関との関係、資金の出所、技術とデータの流れを確認し、条件付与や見送りを判断できる状態です。",
        en: "Beyond classification, the review checks whether the partner appears on the End User List or Entity List, its links to military or defence bodies, the source of funds and where technology and data go, and can attach conditions or decline.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "確認手続なし", en: "No review" },
          { ja: "安全保障輸出管理の該非確認のみ", en: "Export-control classification only" },
          { ja: "一部の案件で、担当者の判断により相手先の背景を確認", en: "Some engagements get a background check at staff discretion" },
          { ja: "対象案件と確認項目を定め、全件を締結前に確認", en: "Defined scope and checklist; every engagement in scope is reviewed before signature" },
          { ja: "確認結果を契約条件に反映し、締結後も相手先の状況変化を定期的に再確認", en: "Results shape the terms, and partners are re-checked periodically after signature" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "締結前確認の対象（共同研究契約、学術交流協定、寄附、共同研究室）と担当部署を定める。",
            en: "Define which engagements need a pre-agreement review (joint research contracts, exchange agreements, donations, joint laboratories) and which office does it.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "export-control",
          text: {
            ja: "相手先を経済産業省の外国ユーザーリストと米国エンティティ・リストに照合する手順を加える。",
            en: "Add screening of partners against METI's End User List and the US Entity List.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "確認チェックリスト（リスト照合、軍・国防関連機関との関係、資金の出所、技術とデータの流れ）を定め、決裁前の必須手続にする。",
            en: "Adopt a checklist (list screening, military or defence links, source of funds, flows of technology and data) and make it mandatory before approval.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "確認済みの相手先を一覧で管理し、年 1 回および重大な報道があった時点でリスト照合と背景確認をやり直す。",
            en: "Keep a register of reviewed partners and re-screen them once a year and whenever significant news breaks.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-6", "HOS-8", "HOS-11"],
        frameworks: [
          { framework: "METI-CP", id: "取引審査" },
          { framework: "UK-TR", id: "due-diligence" },
        ],
      },
    },
    {
      key: "gov.resources-univ",
      text: {
        ja: "研究セキュリティの取組みに、リスクに見合った専任の人員と予算を割り当て、部局にも担当者を置いていますか。",
        en: "Has research security been given dedicated staff and a budget in proportion to the risk, with liaisons in the faculties?",
      },
      guidance: {
        ja: "輸出管理担当者の兼務だけに頼らず、本部の専任者と部局の担当者が配置され、研究者が相談しやすい体制が予算に裏付けられている状態です。",
        en: "It does not rest on export-control staff alone: central dedicated staff and faculty liaisons exist, funded, so researchers can get advice easily.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "割当てなし", en: "Nothing assigned" },
          { ja: "輸出管理担当の兼務者のみ", en: "Export-control staff doing it on the side" },
          { ja: "本部に専任者がいるが、部局の担当者や予算が不足", en: "Central dedicated staff, but no faculty liaisons or too little budget" },
          { ja: "リスク評価に基づいて本部・部局の人員と予算を計画し、執行部が承認", en: "Central and faculty staffing and budget planned from the risk assessment and approved by leadership" },
          { ja: "処理期間や研究者の評価を測定し、翌年度の配分に反映", en: "Turnaround and researcher feedback are measured and drive next year's allocation" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "研究セキュリティの業務量（確認件数、受入れ件数）を見積もり、必要な人員と初年度予算を役員会に提出する。",
            en: "Estimate the workload (reviews, incoming visitors) and put the staffing and first-year budget needed to the board.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "executive",
          text: {
            ja: "本部に少なくとも 1 名の専任者を置き、機微な研究の多い部局に連絡担当者を指名する。",
            en: "Appoint at least one full-time person centrally, and name liaisons in faculties with much sensitive research.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "年度予算の編成時に、リスク評価で優先度の高い部局・分野から人員と予算を配分する手順を定める。",
            en: "Set a budgeting procedure that allocates staff and money first to the faculties and fields ranked highest in the risk assessment.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "確認の処理期間と研究者アンケートの結果を毎年集計し、人員配置と手続の簡素化に反映する。",
            en: "Each year, compile review turnaround times and a researcher survey, and use them to adjust staffing and simplify procedures.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-1", "CTX-1"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "GV.RR-03" }],
      },
    },
  ],
});
