// Domain 2 — Sensitive technology identification: an inventory of sensitive and emerging technologies, mapped to
// export-control lists, with owners, and reviewed when Japanese or US rules change.
import { ZDomainContent } from "../schema";

export const sensitiveTechnologyContent = ZDomainContent.parse({
  domain: "sensitive-technology",
  corporate: [
    {
      key: "tech.inventory",
      text: {
        ja: "守るべき機微技術（設計情報、製造プロセスのノウハウ、ソースコード、試験データなど）を特定し、所在とともに台帳で管理していますか。",
        en: "Have you identified the sensitive technologies you must protect — designs, process know-how, source code, test data — and recorded them, with where they are held, in a register?",
      },
      guidance: {
        ja: "技術ごとに内容・機微度の区分・保管場所（システム、拠点）・関係する事業が台帳に記載され、新製品や新規研究の開始時に追加されている状態です。",
        en: "Each technology is recorded with a description, a sensitivity tier, the systems and sites holding it and the business it belongs to, and new products or projects add entries as they start.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "台帳なし。何が機微技術か定まっていない", en: "No register; no agreed view of what is sensitive" },
          { ja: "一部の部門が独自に重要技術を把握", en: "Some divisions keep their own notes of key technologies" },
          { ja: "全社の台帳はあるが、所在や機微度の区分が不完全", en: "A company-wide register exists, but locations or sensitivity tiers are incomplete" },
          { ja: "全件に機微度区分と保管場所を記載し、新規案件の開始時に更新", en: "Every entry has a sensitivity tier and locations, and new products or projects update it" },
          { ja: "台帳がアクセス権・データ保護の設定と連動し、年 1 回の棚卸しで実態と照合", en: "The register drives access rights and data protection, and an annual stocktake reconciles it with reality" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "各事業部門の技術責任者に、流出すると競争力や安全保障に重大な影響がある技術を 10 件程度ずつ挙げさせ、初版の台帳を作る。",
            en: "Ask each business unit's technical lead to name the ten or so technologies whose loss would most damage competitiveness or security, and compile a first register.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "台帳の様式（技術名、内容、機微度区分、保管システム・拠点、関係する取引先）を全社で統一し、各部門の一覧を統合する。",
            en: "Standardise the register's fields (name, description, sensitivity tier, systems and sites holding it, counterparties involved) and merge the divisional lists into it.",
          },
        },
        {
          fromLevel: 2,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "新製品開発・新規研究テーマの起案書式に台帳登録の欄を設け、登録を承認の条件にする。",
            en: "Add a register entry to the proposal form for new products and research themes, and make registration a condition of approval.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "台帳の機微度区分をファイルサーバやリポジトリのアクセス権設定と対応付け、年 1 回の棚卸しで実際の保管場所と照合する。",
            en: "Tie the register's tiers to access settings on file servers and repositories, and reconcile the register with actual storage in an annual stocktake.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-3"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "ID.AM-05" },
          { framework: "NIST-CSF-2.0", id: "ID.AM-07" },
        ],
      },
    },
    {
      key: "tech.classification",
      text: {
        ja: "台帳の機微技術について、外国為替及び外国貿易法（外為法）のリスト規制（輸出貿易管理令 別表第1、外国為替令（外為令）別表）に照らした該非判定を行い、結果を記録していますか。米国原産の技術・部品を含む場合は、米国輸出管理規則（EAR）上の分類も確認していますか。",
        en: "Have you classified each technology in the register against the list controls of the Foreign Exchange and Foreign Trade Act (Export Trade Control Order Appended Table 1, Foreign Exchange Order Appended Table) and recorded the result — and, where US-origin technology or parts are involved, checked their classification under the US Export Administration Regulations (EAR)?",
      },
      guidance: {
        ja: "技術ごとに該当項番（または非該当の根拠）、判定者と承認者が記録され、米国の再輸出規制の対象となるかも把握されている状態です。非該当の技術でも、用途や需要者によってはキャッチオール規制の対象となることを関係者が理解しています。",
        en: "Each technology has its list entry (or the reasoning for not being controlled), who classified and who approved it, and whether US re-export rules reach it. Staff understand that non-listed technology can still be caught by catch-all controls, depending on end use and end user.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "該非判定を実施していない", en: "No classification" },
          { ja: "輸出の都度、貨物についてのみ判定", en: "Goods only, shipment by shipment" },
          { ja: "技術も判定しているが、台帳と紐づかず記録が分散", en: "Technology too, but not linked to the register and records are scattered" },
          { ja: "台帳の全件に該当項番と根拠を記録し、必要に応じ EAR 上の分類（ECCN）も確認", en: "Every register entry has its list entry and reasoning, with the EAR classification (ECCN) where relevant" },
          { ja: "判定結果が技術提供の手続と連動し、内部監査で妥当性を定期確認", en: "Classifications gate technology transfers, and internal audit checks them regularly" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "M",
          ownerRole: "export-control",
          text: {
            ja: "輸出管理責任者を指名し、台帳のうち優先度の高い技術について、項目別対比表やパラメータシートを用いて該非判定書を作成する。",
            en: "Appoint an export-control lead and prepare classification records for the highest-priority register entries, using item-by-item comparison tables or parameter sheets.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "export-control",
          text: {
            ja: "技術の提供（図面の送付、技術指導、共同研究でのデータ共有）を該非判定の対象に加える手順を定める。",
            en: "Bring technology transfers (sending drawings, technical assistance, data shared in joint research) into the classification procedure.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "export-control",
          text: {
            ja: "台帳に該非判定の結果欄（該当項番、判定日、判定者、EAR の ECCN）を設け、全件を記入する。",
            en: "Add classification fields to the register (list entry, date, classifier, EAR ECCN) and fill them in for every entry.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "export-control",
          text: {
            ja: "技術提供の申請時に台帳の判定結果を参照させて許可の要否確認を必須にし、年 1 回、内部監査で判定記録を抽出検査する。",
            en: "Make the transfer request read the register's classification and require a licence check for controlled items, and have internal audit sample classification records once a year.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-3", "HOS-8"],
        frameworks: [{ framework: "METI-CP", id: "該非判定" }],
      },
    },
    {
      key: "tech.emerging",
      text: {
        ja: "AI、量子、5G・次世代通信、半導体製造、映像監視などの新興・基盤技術について、現行のリスト規制に該当しなくても自社の基準で機微度を評価していますか。",
        en: "For emerging and foundational technologies — AI, quantum, 5G and next-generation telecom, semiconductor manufacturing, video surveillance — do you assess sensitivity by your own criteria even where current list controls do not apply?",
      },
      guidance: {
        ja: "規制は技術の進歩に遅れて導入されます。軍事転用の可能性や各国の規制案を基準に自社で区分し、規制の導入前から管理を始めている状態が目標です。",
        en: "Controls arrive after the technology does: classify by your own criteria — potential military use, other governments' proposals — and start managing before the rules arrive.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "規制対象でない技術は評価していない", en: "Uncontrolled technology is not assessed" },
          { ja: "技術者個人の判断で注意している", en: "Left to individual engineers' judgement" },
          { ja: "新興技術の一覧はあるが、評価基準がない", en: "A list of emerging technologies, but no assessment criteria" },
          { ja: "定めた基準で評価し、機微と判断したものを台帳で管理", en: "Assessed against set criteria; those judged sensitive are managed through the register" },
          { ja: "各国の規制案や技術動向を踏まえて評価を定期更新し、規制導入時に即応", en: "Assessments are refreshed against other governments' proposals and technical trends, ready the day controls arrive" },
        ],
      },
      appliesIf: { any: ["emergingTechnology"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "研究開発テーマのうち、AI・量子・5G・半導体・映像監視など新興技術に該当するものを一覧にする。",
            en: "List the R&D themes that fall into emerging fields such as AI, quantum, 5G, semiconductors and video surveillance.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "評価基準（軍事転用の可能性、代替の困難さ、米国・欧州で規制が導入または検討されているか）を定め、一覧の各テーマに適用する。",
            en: "Set criteria (potential military use, difficulty of substitution, whether the US or Europe controls or is proposing to control it) and apply them to each theme.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "export-control",
          text: {
            ja: "機微と評価した新興技術を台帳に登録し、リスト規制該当技術に準じた提供・アクセスの管理を適用する。",
            en: "Enter the emerging technologies judged sensitive in the register, and apply transfer and access controls modelled on those for listed technology.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "export-control",
          text: {
            ja: "四半期ごとに、米国の新興技術規制や国際輸出管理レジーム（ワッセナー・アレンジメント等）の検討状況を確認し、評価を更新する。",
            en: "Each quarter, check progress on US emerging-technology controls and the multilateral regimes (Wassenaar Arrangement …) and update the assessments.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-3", "CTX-4"],
        frameworks: [{ framework: "ESPA-2022", id: "第4章 特定重要技術の開発支援" }],
      },
    },
    {
      key: "tech.owners",
      text: {
        ja: "機微技術ごとに管理責任者（技術オーナー）が決まっており、社外への提供や社内でのアクセス付与を承認していますか。",
        en: "Does each sensitive technology have an owner who approves sharing it outside the company and granting access inside it?",
      },
      guidance: {
        ja: "技術を主管する部門の責任者が、誰に何を提供してよいかを判断し、不在時の代理承認者も決まっている状態です。",
        en: "The head of the division that owns the technology decides who may receive what, and a deputy approver is named for absences.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "管理責任者が未指定", en: "No owners named" },
          { ja: "一部の技術のみ、または責任者はいるが承認に関与していない", en: "Only for some technologies, or owners exist but do not approve" },
          { ja: "全機微技術に責任者がいて、提供とアクセス付与を承認", en: "Every sensitive technology has an owner who approves transfers and access" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "台帳の各技術に、その技術を主管する部門長を管理責任者として記載する。",
            en: "Record in the register, for each technology, the head of the division that owns it as its owner.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "社外提供とアクセス付与の申請に管理責任者の承認を必須とし、不在時の代理承認者も定める。",
            en: "Make the owner's approval mandatory on requests to share outside or grant access, and name a deputy for absences.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-3", "HOS-1"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "GV.RR-02" }],
      },
    },
    {
      key: "tech.rule-change-review",
      text: {
        ja: "日本や米国の規制が改正されたとき（リスト規制の項目追加、エンティティ・リストの更新、新興技術規制の導入など）、機微技術の台帳と該非判定を見直していますか。",
        en: "When Japanese or US rules change (new list entries, Entity List updates, new controls on emerging technology …), do you review the register and the classifications?",
      },
      guidance: {
        ja: "改正の公表から一定期間内（例: 30 日）に影響する技術を洗い出し、判定を更新し、進行中の取引や共同研究への影響を確認している状態です。",
        en: "Within a set time of publication (for instance 30 days), affected technologies are identified, classifications updated and the effect on live deals and joint research checked.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "見直していない", en: "No review" },
          { ja: "取引先からの指摘などで気付いた場合のみ", en: "Only when someone such as a customer points it out" },
          { ja: "主要な改正時に見直すが、期限や手順がない", en: "Reviewed for major changes, without deadlines or procedure" },
          { ja: "改正ごとに期限内に台帳と判定を見直し、進行中の案件への影響を確認", en: "Every change triggers a review of register and classifications within a deadline, and live deals are checked" },
          { ja: "改正案の段階で影響技術を特定し、施行日までに判定更新と案件対応を完了", en: "Affected technologies are identified at the draft stage and everything is updated by the effective date" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "export-control",
          text: {
            ja: "規制改正時に台帳と該非判定を見直すことを輸出管理規程に明記し、担当者を指名する。",
            en: "Write into the export-control rules that the register and classifications are reviewed on every rule change, and name who does it.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "export-control",
          text: {
            ja: "改正の通知を受けて影響する技術を洗い出す手順と、見直し結果の記録様式を作る。",
            en: "Create a procedure for identifying affected technologies when a change is announced, and a form for recording the outcome.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "export-control",
          text: {
            ja: "見直しの期限（公表から 30 日以内など）を定め、該当技術を扱う進行中の取引・共同研究を確認する手順を加える。",
            en: "Set a deadline (e.g. 30 days from publication) and add a step that checks live deals and joint research using the affected technology.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "export-control",
          text: {
            ja: "改正案の公表時点で影響技術を特定し、施行日までに判定更新と契約変更・許可申請の準備を終える運用にする。",
            en: "Identify affected technologies as soon as a draft is published, and finish reclassification and any contract changes or licence applications by the effective date.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-3", "HOS-8", "HOS-9"],
        frameworks: [{ framework: "METI-CP", id: "該非判定" }],
      },
    },
    {
      key: "tech.critical-technologies",
      text: {
        ja: "経済安全保障推進法（2022年5月成立）の特定重要技術（政府の研究開発ビジョンで示された AI、量子、宇宙、海洋、先端材料などの分野）と自社の技術との関係を把握していますか。官民協議会に参加する場合、その守秘義務を満たす情報管理をしていますか。",
        en: "Do you know how your technologies relate to the specified critical technologies of the Economic Security Promotion Act (enacted May 2022) — the fields in the government's R&D vision such as AI, quantum, space, maritime and advanced materials? If you join a public–private council under the Act, does your information handling meet its confidentiality duty?",
      },
      guidance: {
        ja: "特定重要技術の分野と自社の台帳を突き合わせ、該当する技術を最上位の機微度で管理しています。公的支援を受ける研究開発では協議会で共有される情報の取扱者と保管場所を限定している状態が目標です。",
        en: "Good looks like a register checked against the specified fields, with matching technologies managed at the top sensitivity tier; for publicly funded R&D, council information is confined to named people and designated storage.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "制度を把握していない", en: "Unaware of the scheme" },
          { ja: "制度は知っているが、自社技術との関係は未確認", en: "Aware of the scheme, but its relation to own technology unchecked" },
          { ja: "該当しうる技術を特定したが、管理に反映していない", en: "Possibly relevant technologies identified, not yet reflected in controls" },
          { ja: "該当技術を台帳の最上位区分で管理し、協議会情報の取扱者と保管場所を限定", en: "Matching technologies held at the top register tier; council information limited to named people and storage" },
          { ja: "研究開発ビジョンの改定ごとに照合を更新し、公的支援への応募と管理体制を一体で計画", en: "Mapping refreshed with each revision of the R&D vision; applications for public funding and the controls they need are planned together" },
        ],
      },
      appliesIf: { any: ["emergingTechnology", "handlesListedTechnology", "suppliesDefenceOrCriticalInfrastructure"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "内閣府の公表する特定重要技術の研究開発ビジョンと対象分野の資料を入手し、研究開発部門の責任者に配付して説明の場を設ける。",
            en: "Obtain the Cabinet Office's published R&D vision and list of specified critical technology fields, circulate them to R&D heads and hold a briefing.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "機微技術の台帳に「特定重要技術分野との関係」欄を設け、研究開発部門と共に各技術の該当性を記入する。",
            en: "Add a 'relation to specified critical technology fields' column to the register, and fill it in for each technology with the R&D divisions.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "該当技術を最上位区分に引き上げ、協議会や公的研究開発で受け取る情報について取扱者名簿と専用の保管領域を設ける。",
            en: "Raise matching technologies to the top tier, and set up a roster of handlers and dedicated storage for information received through councils or public R&D programmes.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "研究開発ビジョンや支援プログラムの公募が更新されるたびに台帳との照合をやり直し、応募前に必要な管理体制を研究開発計画に書き込む。",
            en: "Redo the mapping whenever the R&D vision or a funding call is updated, and write the controls needed into the R&D plan before applying.",
          },
        },
      ],
      sources: {
        recommendations: ["CTX-4", "HOS-3"],
        frameworks: [{ framework: "ESPA-2022", id: "第4章 特定重要技術の開発支援" }],
      },
    },
    {
      key: "tech.flow-map",
      text: {
        ja: "機微技術が社内外のどこに流れているか（子会社・海外拠点、共同研究先、委託先、顧客、出資者など）を把握していますか。",
        en: "Do you know where your sensitive technologies flow — subsidiaries and overseas sites, research partners, contractors, customers, investors?",
      },
      guidance: {
        ja: "技術ごとに、アクセスできる組織と国、提供の根拠（契約、許可）が一覧になっており、出資者への技術説明や委託先の再委託など想定外の経路も把握されている状態です。",
        en: "For each technology, the organizations and countries with access and the basis for it (contract, licence) are listed, including less obvious routes such as briefings to investors or subcontracting by contractors.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "把握していない", en: "Unknown" },
          { ja: "主要な取引先についてのみ担当者が把握", en: "Staff know about the main counterparties only" },
          { ja: "契約上の提供先は一覧化しているが、子会社・再委託・出資者経由の流れが不明", en: "Contractual recipients are listed, but flows via subsidiaries, subcontractors or investors are unknown" },
          { ja: "技術ごとに提供先の組織・国・根拠を一覧化し、定期的に更新", en: "Recipients, countries and basis are listed per technology and kept current" },
          { ja: "一覧をデータ転送やアクセスの記録と照合し、想定外の流れを検知して是正", en: "The map is checked against transfer and access logs, and unexpected flows are caught and fixed" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "最も機微度の高い技術 3 件について、提供先（子会社、共同研究先、委託先、顧客）を洗い出す。",
            en: "For the three most sensitive technologies, list everyone who receives them (subsidiaries, research partners, contractors, customers).",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "legal",
          text: {
            ja: "契約管理台帳から技術提供を伴う契約を抽出し、機微技術の台帳と紐づける。",
            en: "Pull the contracts that involve technology transfer from the contract register and link them to the technology register.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "子会社・海外拠点、再委託先、出資者やデューデリジェンスでの開示先を含めて提供先を一覧化し、国と提供の根拠を記載する。",
            en: "Extend the list to subsidiaries and overseas sites, subcontractors, investors and due-diligence recipients, with the country and basis for each.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "外部へのファイル転送とリポジトリのアクセス記録を四半期ごとに一覧と照合し、一覧にない提供先を調査する。",
            en: "Each quarter, compare outbound file transfers and repository access logs with the map, and investigate any recipient not on it.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-5", "HOS-11", "HOS-13"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "ID.AM-03" }],
      },
    },
    {
      key: "tech.handling-rules",
      text: {
        ja: "機微度の区分に応じた取扱いルール（表示、保管場所、持ち出し、送付・共有の方法）を定め、運用していますか。",
        en: "Do you have, and follow, handling rules by sensitivity tier — marking, where it may be stored, taking it off site, how it may be sent or shared?",
      },
      guidance: {
        ja: "区分ごとのルールが具体的で、最上位の区分については持ち出しや外部送付が技術的に制御され、違反が検知・是正されている状態です。",
        en: "Rules are concrete for each tier; for the top tier, removal and external sending are technically controlled, and breaches are detected and corrected.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "ルールなし", en: "No rules" },
          { ja: "一般的な情報管理規程のみで、機微技術を区別していない", en: "General information rules only; sensitive technology not treated differently" },
          { ja: "区分ごとのルールはあるが、表示や保管の実施がまちまち", en: "Rules by tier exist, but marking and storage are applied unevenly" },
          { ja: "区分ごとのルールが守られ、違反を検知・是正", en: "Rules by tier are followed, and breaches are detected and corrected" },
          { ja: "自動ラベル付与や持ち出し制御などの技術的な仕組みで担保し、定期点検で確認", en: "Backed by technical means (automatic labelling, egress control) and checked periodically" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "「極秘・社外秘・社内限り」などの区分を定め、機微技術の台帳の区分と対応させる。",
            en: "Define tiers such as 'strictly confidential / confidential / internal' and align them with the register's sensitivity tiers.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "区分ごとに表示方法、保管できるシステム、持ち出し・社外送付の可否と承認者を定めた取扱細則を作る。",
            en: "Write handling rules per tier: how to mark, which systems may hold it, whether it may leave the site or be sent outside, and who approves.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "部門ごとに年 1 回、保管場所と表示の実施状況を点検し、違反と是正を記録する。",
            en: "Inspect storage and marking in every division once a year, and record breaches and their correction.",
          },
        },
        {
          fromLevel: 3,
          effort: "L",
          ownerRole: "it-security",
          text: {
            ja: "最上位区分の文書・データに自動でラベルを付け、未承認の外部送付や外部媒体への書き出しを制御する設定を導入する。",
            en: "Label top-tier documents and data automatically, and block unapproved external sending and copying to removable media.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-3"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "PR.DS-01" }],
      },
    },
    {
      key: "tech.patent-secrecy",
      text: {
        ja: "特許出願を予定する発明について、経済安全保障推進法の特許出願の非公開制度（保全審査）の対象となりうるかを出願前に確認していますか。",
        en: "Before filing, do you check whether an invention could fall under the Economic Security Promotion Act's patent non-disclosure system (security review)?",
      },
      guidance: {
        ja: "知財部門が対象となりうる技術分野の発明を出願前に識別し、外国出願の禁止（第一国出願義務）を含めて手続を理解している状態です。",
        en: "The IP team spots inventions in the technical fields concerned before filing and understands the procedure, including the bar on filing abroad first.",
      },
      weight: 1,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "確認していない", en: "Not checked" },
          { ja: "知財部門は制度を把握しているが、出願前の確認手順がない", en: "The IP team knows the system, but there is no pre-filing check" },
          { ja: "出願前に対象分野への該当性を確認し、外国出願の制限を含めて手続を運用", en: "Every filing is checked against the fields concerned, including the limits on foreign filing" },
        ],
      },
      appliesIf: { any: ["emergingTechnology", "handlesListedTechnology", "suppliesDefenceOrCriticalInfrastructure"] },
      allowNotApplicable: true,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "legal",
          text: {
            ja: "知財部門で制度の対象となる技術分野を確認し、過去の出願のうち該当しうる分野を洗い出す。",
            en: "Have the IP team confirm the technical fields the system covers and identify past filings that could have fallen in them.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "legal",
          text: {
            ja: "出願前チェックリストに対象分野への該当確認と外国出願の制限の確認を加え、発明者向けの説明資料を用意する。",
            en: "Add the field check and the foreign-filing restriction to the pre-filing checklist, and prepare a briefing note for inventors.",
          },
        },
      ],
      sources: {
        recommendations: ["CTX-4", "HOS-3"],
        frameworks: [{ framework: "ESPA-2022", id: "第5章 特許出願の非公開" }],
      },
    },
  ],
  university: [
    {
      key: "tech.inventory-univ",
      text: {
        ja: "学内で機微な技術を扱う研究分野・研究室を特定し、一覧で管理していますか。",
        en: "Have you identified the research areas and laboratories that work with sensitive technology, and do you keep them on a list?",
      },
      guidance: {
        ja: "リスト規制に該当しうる研究（装置・材料・ソフトウェア・データ）や新興技術分野の研究室が、研究内容と担当教員とともに一覧化され、研究テーマの変化に応じて更新されている状態です。",
        en: "Laboratories whose work may involve listed items (equipment, materials, software, data) or emerging fields are listed with their topics and responsible faculty, and the list follows changes in research.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "一覧なし", en: "No list" },
          { ja: "輸出管理の事前確認を申請した研究室のみ把握", en: "Only laboratories that have applied for export-control checks are known" },
          { ja: "部局からの報告で一覧を作成したが、網羅性や更新が不十分", en: "A list compiled from faculty returns, incomplete or out of date" },
          { ja: "全部局を対象に研究内容・担当教員・機微度を一覧化し、年 1 回更新", en: "All faculties covered, with topic, responsible faculty and sensitivity, updated yearly" },
          { ja: "一覧が研究契約・受入れ・情報管理の手続と連動し、外部資金の採択情報から更新候補を抽出", en: "The list is tied to contract, visitor and data procedures, and new grants flag candidates for it" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "外部資金の採択一覧と研究者データベースから、リスト規制や新興技術に関わりうる研究テーマを抽出し、初版の一覧を作る。",
            en: "Use the list of funded projects and the researcher database to pick out themes that may involve listed or emerging technology, and compile a first list.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "各部局に連絡担当者を置き、研究室ごとに機微な研究の有無を確認する調査を行う。",
            en: "Through faculty liaisons, survey every laboratory on whether it does sensitive research.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "一覧に研究内容・担当教員・機微度区分・保有する装置やデータを記載し、年 1 回の更新を定例化する。",
            en: "Record topic, responsible faculty, sensitivity tier and the equipment and data held for each entry, and make a yearly update routine.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "共同研究契約・受入れ申請・外部資金の採択時に一覧を参照・更新する手順を設ける。",
            en: "Make joint research contracts, visitor applications and grant awards consult and update the list.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-3"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "ID.AM-05" }],
      },
    },
    {
      key: "tech.classification-univ",
      text: {
        ja: "研究で扱う技術・貨物について、外為法に基づく該非判定（公知の技術や基礎科学分野の研究活動の例外に当たるかの確認を含む）を行い、記録していますか。",
        en: "Do you classify the technology and items used in research under the Foreign Exchange and Foreign Trade Act — including whether the exemptions for publicly available technology and fundamental scientific research apply — and keep records?",
      },
      guidance: {
        ja: "例外の適用を研究者の自己判断に委ねず、輸出管理担当部署が根拠とともに確認し、留学生への指導や海外出張での説明、データ送付などの技術提供も判定対象にしている状態です。みなし輸出（2022年5月の運用明確化：特定類型）に該当する居住者への提供も含めます。",
        en: "Exemptions are not left to researchers' own judgement: the export-control office confirms them with reasons, and transfers such as teaching foreign students, presentations abroad and sending data are in scope. This includes deemed exports to residents who fall under the 'specified categories' clarified in May 2022.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "該非判定を実施していない", en: "No classification" },
          { ja: "貨物の輸出時のみ判定", en: "Only when goods are shipped" },
          { ja: "技術提供も判定しているが、例外の適用が研究者の自己判断", en: "Technology transfers too, but exemptions are self-assessed by researchers" },
          { ja: "技術提供を含めて判定し、例外適用の根拠を記録して担当部署が確認", en: "Transfers included; the grounds for any exemption are recorded and confirmed by the office" },
          { ja: "判定結果が受入れ・出張・データ送付の手続と連動し、監査で定期確認", en: "Classifications feed visitor, travel and data-transfer procedures, and are audited regularly" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "M",
          ownerRole: "export-control",
          text: {
            ja: "安全保障輸出管理規程に基づく事前確認の手順（研究者による申請、担当部署による判定）を整備し、研究者に周知する。",
            en: "Set up the pre-check procedure under the export-control regulations (researcher applies, office classifies) and tell researchers about it.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "export-control",
          text: {
            ja: "留学生・外国人研究者への技術指導、海外出張時の技術説明、海外へのデータ送付を事前確認の対象に加える。",
            en: "Add to the pre-check teaching foreign students and researchers, technical presentations on trips abroad and sending data overseas.",
          },
        },
        {
          fromLevel: 2,
          effort: "S",
          ownerRole: "export-control",
          text: {
            ja: "公知の技術・基礎科学分野の研究活動の例外を適用する場合に、根拠（公開予定の論文、研究の目的）を記録して担当部署が確認する様式を導入する。",
            en: "Introduce a form on which the grounds for using the public-domain or fundamental-research exemption (planned publication, purpose of the work) are recorded and confirmed by the office.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "export-control",
          text: {
            ja: "判定結果を受入れ審査・海外出張申請で参照できるようにし、年 1 回、監査で判定記録を抽出検査する。",
            en: "Make classifications visible to visitor and travel approvals, and sample-check classification records in an annual audit.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-3", "HOS-6"],
        frameworks: [{ framework: "METI-CP", id: "該非判定" }],
      },
    },
    {
      key: "tech.project-register-univ",
      text: {
        ja: "機微な技術を扱う研究プロジェクトごとに、研究代表者、資金源（外国資金を含む）、共同研究先、参加メンバー、該非判定の結果、データの保管場所を記載した登録簿を整備していますか。",
        en: "Do you keep a register of research projects that handle sensitive technology, recording for each the principal investigator, funding sources (including foreign), partners, members, classification results and where the data is kept?",
      },
      guidance: {
        ja: "研究室単位の一覧に加え、プロジェクト単位で誰が何にアクセスし、どこから資金を得ているかが分かり、メンバーの追加や新たな外国の相手先が生じたときに担当部署が確認できる状態が目標です。",
        en: "Beyond a list of laboratories, the office can see per project who has access to what and where the money comes from, and is prompted to check when members join or a new foreign partner appears.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "登録簿なし", en: "No register" },
          { ja: "外部資金の採択情報など、事務部門の記録に散在", en: "Details scattered across administrative records such as grant awards" },
          { ja: "主な機微案件のみ登録し、メンバーや資金源の記載が不完全", en: "Major sensitive projects registered, with members or funding incomplete" },
          { ja: "対象の全プロジェクトを必要項目とともに登録し、メンバー・相手先の変更時に更新", en: "All projects in scope registered with every field, and updated when members or partners change" },
          { ja: "登録簿を受入れ審査・契約審査・アクセス権管理と連動させ、年 1 回 PI が内容を確認", en: "Register linked to visitor checks, contract review and access rights, and confirmed by each PI once a year" },
        ],
      },
      appliesIf: { any: ["handlesListedTechnology", "emergingTechnology"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "登録簿の様式（研究代表者、資金源、共同研究先、メンバー、該非判定結果、データ保管場所）を定め、機微な研究の一覧に載る研究室から登録を始める。",
            en: "Set the register's fields (PI, funding sources, partners, members, classification results, data location) and start with laboratories on the sensitive-research list.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "外部資金の採択記録・共同研究契約・輸出管理の事前確認記録から該当プロジェクトを抽出し、登録簿に集約する。",
            en: "Pull the projects concerned from grant records, research contracts and export-control pre-checks, and consolidate them into the register.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "principal-investigator",
          text: {
            ja: "メンバーの追加・外国資金の受入れ・新たな共同研究先の発生時に、PI が 2 週間以内に登録簿の更新を申請する義務を規程に定める。",
            en: "Write into the regulations a duty for the PI to request a register update within two weeks of a new member, new foreign funding or a new partner.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "受入れ申請・契約審査・データ保管環境のアクセス申請で登録簿を参照する仕組みを設け、年 1 回、各 PI に登録内容の確認を求める。",
            en: "Make visitor applications, contract review and data-storage access requests consult the register, and ask each PI to confirm their entries once a year.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-3", "HOS-6"],
        frameworks: [
          { framework: "JP-RI", id: "組織のリスクマネジメント" },
          { framework: "NSPM-33", id: "disclosure" },
        ],
      },
    },
    {
      key: "tech.critical-technologies-univ",
      text: {
        ja: "経済安全保障推進法（2022年5月成立）の特定重要技術に関わる研究（経済安全保障重要技術育成プログラム等の公的研究開発を含む）を把握し、求められる情報管理を研究室で実施していますか。",
        en: "Do you know which research relates to the specified critical technologies of the Economic Security Promotion Act (enacted May 2022) — including publicly funded programmes such as the Key and Advanced Technology R&D programme — and do the laboratories concerned apply the information handling required?",
      },
      guidance: {
        ja: "該当する研究が登録簿で識別され、協議会で共有される情報や契約で定められた管理（取扱者の限定、保管場所の指定）が研究室で実施され、研究の公開性との調整も担当部署が支援している状態です。",
        en: "Matching research is flagged in the register; council information and contractual controls (named handlers, designated storage) are applied in the laboratory, with the office helping balance them against openness.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "把握していない", en: "Not known" },
          { ja: "採択された研究者個人が対応", en: "Left to the researchers who won the funding" },
          { ja: "担当部署が該当研究を把握しているが、管理の実施を確認していない", en: "The office knows the projects but does not check the controls" },
          { ja: "該当研究を登録簿で識別し、取扱者と保管場所の限定を研究室で実施", en: "Projects flagged in the register; handlers and storage restricted in the laboratory" },
          { ja: "公募段階から管理体制の準備を支援し、実施状況を年 1 回確認", en: "The office helps prepare controls from the call stage and checks them once a year" },
        ],
      },
      appliesIf: { any: ["emergingTechnology", "handlesListedTechnology"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "特定重要技術の研究開発ビジョンの対象分野を学内に周知し、関連する公募への応募・採択の状況を研究推進部署で集約する。",
            en: "Publicise the fields of the specified critical technology R&D vision on campus, and have the research-promotion office collect applications and awards under related calls.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "採択された研究について、契約や協議会の規約で求められる情報管理の項目を担当部署が一覧にし、PI と共有する。",
            en: "For funded projects, have the office list the handling requirements set by the contract or the council's rules and share them with the PI.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "principal-investigator",
          text: {
            ja: "該当研究の取扱者名簿を作り、協議会情報を大学が指定したアクセス制御付きの保管環境に限定する。",
            en: "Draw up a roster of handlers for the project and keep council information only in the university's designated access-controlled storage.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "応募書類の確認時に情報管理計画の記載を支援し、採択後は年 1 回、取扱者名簿と保管環境のアクセス記録を照合する。",
            en: "Help write the information-handling plan when reviewing applications, and after award compare the handler roster with storage access records once a year.",
          },
        },
      ],
      sources: {
        recommendations: ["CTX-4", "HOS-3"],
        frameworks: [{ framework: "ESPA-2022", id: "第4章 特定重要技術の開発支援" }],
      },
    },
    {
      key: "tech.emerging-univ",
      text: {
        ja: "AI、量子、半導体、次世代通信などの新興技術分野の研究について、現行のリスト規制に該当しなくても研究成果や研究データの機微度を評価していますか。",
        en: "For research in emerging fields — AI, quantum, semiconductors, next-generation telecom — do you assess how sensitive the results and data are, even where current list controls do not apply?",
      },
      guidance: {
        ja: "公開を前提とする基礎研究でも、未公開の試作物・ソースコード・データには機微なものがあります。基準に基づいて評価し、必要な研究にだけ追加の管理を適用している状態です。",
        en: "Even research meant for publication produces unpublished prototypes, code and data that may be sensitive; assess them against criteria and add controls only where needed.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "評価していない", en: "Not assessed" },
          { ja: "研究者個人の判断に委ねている", en: "Left to individual researchers" },
          { ja: "対象分野の一覧はあるが、評価の基準と手順がない", en: "A list of fields, but no criteria or procedure" },
          { ja: "定めた基準で評価し、機微と判断した研究に追加の管理を適用", en: "Assessed against criteria; research judged sensitive gets extra controls" },
          { ja: "評価を毎年更新し、規制導入時に研究室の管理を速やかに切り替えられる", en: "Assessments refreshed yearly; laboratory controls can switch quickly when rules arrive" },
        ],
      },
      appliesIf: { any: ["emergingTechnology"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "新興技術分野の研究室を一覧から抽出し、担当教員に研究内容の概要を確認する。",
            en: "Pick out the laboratories in emerging fields and ask their faculty for a summary of the work.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "評価基準（軍事転用の可能性、未公開の試作物・ソースコード・データの有無、他国の規制動向）を定め、研究室ごとに評価する。",
            en: "Set criteria (potential military use, unpublished prototypes, code or data, other countries' controls) and assess each laboratory.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "principal-investigator",
          text: {
            ja: "機微と評価した研究に、データ保管場所の指定と研究室メンバー以外のアクセス制限を適用する。",
            en: "For research judged sensitive, designate where data is stored and restrict access to laboratory members.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "export-control",
          text: {
            ja: "年 1 回、米国の新興技術規制や国際輸出管理レジームの検討状況を確認し、評価と管理を更新する。",
            en: "Once a year, check progress on US emerging-technology controls and the multilateral regimes, and update assessments and controls.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-3", "CTX-4"],
        frameworks: [{ framework: "ESPA-2022", id: "第4章 特定重要技術の開発支援" }],
      },
    },
    {
      key: "tech.pi-responsibility-univ",
      text: {
        ja: "機微な研究を行う研究室では、研究代表者（PI）が研究室内の技術・データの管理責任者としての役割を理解し、担当部署と連携していますか。",
        en: "In laboratories doing sensitive research, does the principal investigator understand their role as the person responsible for the laboratory's technology and data, and work with the responsible offices?",
      },
      guidance: {
        ja: "PI が研究室のメンバー、保管場所、外部への提供を把握し、その責任を文書で確認して、担当部署に定期的に報告している状態です。",
        en: "The PI knows the laboratory's members, storage and external sharing, has acknowledged the responsibility in writing, and reports regularly to the office.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "PI の責任が定められていない", en: "No PI responsibility defined" },
          { ja: "規程上の責任はあるが、PI への説明や確認がない", en: "Defined in regulations, but PIs are neither briefed nor asked to confirm" },
          { ja: "PI が責任を文書で確認し、研究室の管理状況を年 1 回報告", en: "PIs acknowledge the responsibility in writing and report on their laboratory yearly" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "安全保障輸出管理規程等に、機微な研究の PI が研究室内の技術・データ管理に責任を負うことを明記する。",
            en: "State in the export-control or research-security regulations that PIs of sensitive research are responsible for their laboratory's technology and data.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "該当する PI に説明会を行い、責任の確認書と年 1 回の管理状況報告（メンバー、保管場所、外部提供）を求める。",
            en: "Brief the PIs concerned, and ask for a signed acknowledgement and a yearly report (members, storage, external sharing).",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-3", "HOS-1"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "GV.RR-02" }],
      },
    },
    {
      key: "tech.rule-change-univ",
      text: {
        ja: "日本や米国の規制が改正されたとき、機微な研究の一覧と該非判定を見直していますか。",
        en: "When Japanese or US rules change, do you review the list of sensitive research and the classifications?",
      },
      guidance: {
        ja: "改正の公表から一定期間内に影響する研究分野を洗い出し、該当する研究室に通知し、判定を更新している状態です。",
        en: "Within a set time of publication, affected fields are identified, the laboratories concerned are told and classifications are updated.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "見直していない", en: "No review" },
          { ja: "研究者からの相談や報道で気付いた場合のみ", en: "Only when a researcher asks or it is in the news" },
          { ja: "主要な改正時に見直すが、期限や手順がない", en: "Reviewed for major changes, without deadlines or procedure" },
          { ja: "改正ごとに期限内に一覧と判定を見直し、該当する研究室へ通知", en: "Every change triggers a review within a deadline, and laboratories are told" },
          { ja: "改正案の段階で影響する研究を特定し、施行前に研究室の手続を更新", en: "Affected research is identified at the draft stage and procedures updated before the rule applies" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "export-control",
          text: {
            ja: "規制改正の情報源（経済産業省、CISTEC、米国 BIS）を確認する担当者を輸出管理担当部署に指名する。",
            en: "Name someone in the export-control office to follow the sources of rule changes (METI, CISTEC, US BIS).",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "export-control",
          text: {
            ja: "改正ごとに影響する研究分野を洗い出す手順と記録様式を定める。",
            en: "Set a procedure and a record form for identifying the research fields affected by each change.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "export-control",
          text: {
            ja: "見直しの期限（公表から 30 日以内など）を定め、該当研究室への通知と判定更新を期限内に行う。",
            en: "Set a deadline (e.g. 30 days from publication) by which the laboratories concerned are told and classifications updated.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "export-control",
          text: {
            ja: "改正案の公表時点で影響する研究を特定し、施行日までに PI への説明と手続の更新を終える。",
            en: "Identify affected research when a draft is published, and finish briefing PIs and updating procedures by the effective date.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-3", "HOS-9"],
        frameworks: [{ framework: "METI-CP", id: "該非判定" }],
      },
    },
    {
      key: "tech.project-screening-univ",
      text: {
        ja: "受託研究・共同研究の契約時に、研究の機微度、資金提供者の条件（米国の管理対象非機密情報（CUI）の取扱い、成果公開の制限など）、米国原産の技術・装置の利用を確認していますか。",
        en: "When research contracts are signed, do you check the sensitivity of the work, the sponsor's conditions (handling of US Controlled Unclassified Information (CUI), limits on publication …) and use of US-origin technology or equipment?",
      },
      guidance: {
        ja: "成果公開の制限や情報管理の義務がある契約では、基礎科学分野の研究活動の例外が適用できなくなる場合があります。契約審査で確認し、必要な管理を研究開始前に準備している状態です。",
        en: "Publication limits or information-handling duties can take research outside the fundamental-research exemption; contract review catches them and the controls are in place before work starts.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "確認していない", en: "Not checked" },
          { ja: "知財条項の確認のみ", en: "IP clauses only" },
          { ja: "機微な案件で担当者が個別に確認", en: "Checked case by case for sensitive projects" },
          { ja: "契約審査のチェックリストで全件を確認し、必要な管理を研究開始前に準備", en: "A contract-review checklist covers every contract, and controls are ready before work starts" },
          { ja: "確認結果を研究室の管理に引き継ぎ、契約期間中も条件の遵守を確認", en: "Results flow into laboratory controls, and compliance is checked during the contract" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "契約審査の項目に、成果公開の制限、情報管理義務、米国原産技術の利用の有無を加える。",
            en: "Add publication limits, information-handling duties and use of US-origin technology to the contract review items.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "公開制限や CUI 等の情報管理義務がある契約を輸出管理担当部署に回付し、該非判定をやり直す手順を設ける。",
            en: "Route contracts with publication limits or CUI-type handling duties to the export-control office for reclassification.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "チェックリストを全契約に適用し、必要な管理（保管場所、アクセスできる者、報告義務）を研究開始前に PI と合意する。",
            en: "Apply the checklist to every contract, and agree the required controls (storage, who may access, reporting duties) with the PI before work starts.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "principal-investigator",
          text: {
            ja: "契約期間中は年 1 回、情報管理義務の遵守状況を報告し、契約終了時にデータの返却・廃棄を記録する。",
            en: "During the contract, report once a year on meeting the handling duties, and record the return or destruction of data when it ends.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-11", "HOS-3"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "GV.OC-03" }],
      },
    },
    {
      key: "tech.data-repository-univ",
      text: {
        ja: "機微な研究データ（未公開の設計、試作物の仕様、ソースコード、実験データ）の保管場所を特定し、研究室外からのアクセスを制限していますか。",
        en: "Do you know where sensitive research data (unpublished designs, prototype specifications, source code, experimental data) is stored, and is access from outside the laboratory restricted?",
      },
      guidance: {
        ja: "機微な研究データが個人の PC や私物のクラウドに散らばらず、大学が指定した保管環境に集約され、メンバーごとにアクセス権が管理されている状態です。",
        en: "Sensitive data is not scattered across personal laptops and private cloud accounts but kept in storage the university designates, with access managed per member.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "保管場所を把握していない（個人の PC や私物のクラウドに分散）", en: "Storage unknown (spread across personal laptops and private cloud accounts)" },
          { ja: "研究室ごとに保管しているが、アクセス制限がない", en: "Kept per laboratory, without access restriction" },
          { ja: "指定の保管場所はあるが、利用が徹底されていない", en: "Designated storage exists but is not consistently used" },
          { ja: "大学が指定した保管環境に集約し、アクセス権をメンバーごとに管理", en: "Consolidated in designated storage with access managed per member" },
          { ja: "アクセス記録を定期的に確認し、メンバーの変更時に即時にアクセス権を更新", en: "Access logs are reviewed regularly, and rights change as soon as membership does" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "principal-investigator",
          text: {
            ja: "機微な研究の PI が、研究データの保管場所（PC、NAS、クラウド）を担当部署に申告する。",
            en: "Have PIs of sensitive research declare where their data is kept (laptops, NAS, cloud) to the responsible office.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "機微な研究データ用のアクセス制御付きストレージを情報基盤センターが用意し、利用方法を周知する。",
            en: "Have the IT centre provide access-controlled storage for sensitive research data and explain how to use it.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "principal-investigator",
          text: {
            ja: "機微な研究データの保管を指定環境に限定するルールを定め、個人 PC や私物のクラウドからの移行期限を設ける。",
            en: "Adopt a rule that sensitive data is kept only in the designated storage, with a deadline to move it off personal laptops and private cloud accounts.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "四半期ごとに保管環境のアクセス記録とメンバー一覧を照合し、不要なアクセス権を削除する。",
            en: "Each quarter, compare the storage's access records with the member list and remove rights no longer needed.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-3", "HOS-7"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "ID.AM-07" },
          { framework: "NIST-CSF-2.0", id: "PR.AA-05" },
        ],
      },
    },
  ],
});
