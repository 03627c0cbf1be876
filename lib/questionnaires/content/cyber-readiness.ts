// Domain 5 — Cyber readiness against state-sponsored attackers: in-house expertise, APT detection, incident response
// and reporting, protection of sensitive technical data, readiness for partners' requirements (NIST SP 800-171).
import { ZDomainContent } from "../schema";

export const cyberReadinessContent = ZDomainContent.parse({
  domain: "cyber-readiness",
  corporate: [
    {
      key: "cyber.in-house-expertise",
      text: {
        ja: "国家が関与する攻撃者（APT）による標的型攻撃を分析できる専門人材を社内に置いていますか（外部委託先を適切に管理できる人材を含む）。",
        en: "Do you have in-house experts who can analyse targeted attacks by state-sponsored groups (APTs) — including people able to direct your outsourced providers?",
      },
      guidance: {
        ja: "監視や分析を一部外部に委託していても、社内に攻撃の痕跡を評価し、委託先に的確に指示し、経営層に状況を説明できる専門家がいる状態です。",
        en: "Even where monitoring or analysis is outsourced, someone in-house can judge the evidence of an attack, direct the provider and explain the situation to executives.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "専門人材なし。情報システム担当が兼務", en: "No specialists; IT staff cover it on the side" },
          { ja: "外部委託のみで、社内で評価できる人がいない", en: "Outsourced only; nobody in-house can judge the findings" },
          { ja: "CSIRT を設置したが、標的型攻撃の分析能力が不足", en: "A CSIRT exists, but cannot analyse targeted attacks" },
          { ja: "標的型攻撃を分析できる専門人材が社内にいて、委託先を管理", en: "In-house specialists analyse targeted attacks and manage providers" },
          { ja: "育成計画があり、演習や外部コミュニティへの参加で能力を維持", en: "A development plan, exercises and external communities keep skills current" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "M",
          ownerRole: "executive",
          text: {
            ja: "最高情報セキュリティ責任者（CISO）を任命し、インシデント対応の社内窓口となる CSIRT を設置する。",
            en: "Appoint a CISO and set up a CSIRT as the internal point of contact for incidents.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "委託先の報告を評価できる社内担当者を指名し、標的型攻撃の分析に関する研修（ログ分析、フォレンジックの基礎）を受講させる。",
            en: "Name an in-house person to assess the provider's reports, and train them in targeted-attack analysis (log analysis, forensics basics).",
          },
        },
        {
          fromLevel: 2,
          effort: "L",
          ownerRole: "executive",
          text: {
            ja: "脅威分析の経験者を採用または育成し、機微技術を扱うシステムの監視結果を自ら分析する役割を与える。",
            en: "Hire or develop an experienced threat analyst and give them the job of analysing monitoring results for the systems that hold sensitive technology.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "専門人材の育成計画（資格、年 1 回以上の演習、業界団体の分科会への参加）を作り、予算化する。",
            en: "Write and fund a development plan for the specialists (certifications, at least one exercise a year, industry working groups).",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-7"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "PR.AT-02" },
          { framework: "METI-CSMG-3.0", id: "指示3" },
        ],
      },
    },
    {
      key: "cyber.threat-intelligence",
      text: {
        ja: "国家が関与する攻撃グループの手口や攻撃指標（IoC）の情報を、JPCERT/CC、IPA、業界の ISAC、取引先などから入手し、自社の防御と監視に反映していますか。",
        en: "Do you obtain information on state-sponsored groups' techniques and indicators of compromise from JPCERT/CC, IPA, your sector's ISAC and business partners, and apply it to your defences and monitoring?",
      },
      guidance: {
        ja: "情報の入手先が決まり、入手した指標を監視システムに取り込み、自社の業界や技術を狙う攻撃の傾向を定期的に評価している状態です。",
        en: "Sources are set, indicators are loaded into monitoring, and attacks on your sector and technologies are assessed regularly.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "入手していない", en: "None obtained" },
          { ja: "公開の注意喚起を読む程度", en: "Public alerts are read occasionally" },
          { ja: "情報共有の枠組みに参加しているが、防御・監視への反映が手作業で不定期", en: "In a sharing scheme, but applied to defences by hand and irregularly" },
          { ja: "入手した指標を監視に反映し、自社を狙う攻撃の傾向を定期評価", en: "Indicators feed monitoring, and attacks aimed at you are assessed regularly" },
          { ja: "自社の観測情報も共有し、相互の情報交換で早期に対処", en: "You share your own observations too, and mutual exchange lets you act early" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "JPCERT/CC と IPA の注意喚起の配信に登録し、確認の担当者を決める。",
            en: "Subscribe to JPCERT/CC and IPA alerts and name who reads them.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "業界の ISAC や IPA のサイバー情報共有イニシアティブ（J-CSIP）など、情報共有の枠組みへの参加を申し込む。",
            en: "Apply to join an information-sharing scheme such as your sector's ISAC or IPA's Initiative for Cyber Security Information sharing Partnership of Japan (J-CSIP).",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "入手した攻撃指標を EDR や SIEM などの監視システムに取り込む手順を定め、週次で反映する。",
            en: "Set a procedure for loading indicators into monitoring tools (EDR, SIEM) and apply it weekly.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "自社で検知した攻撃の情報を匿名化して共有の枠組みに提供する手順と承認者を定める。",
            en: "Set a procedure, and an approver, for sharing anonymised details of attacks you detect with the scheme.",
          },
        },
      ],
      sources: {
        recommendations: ["CTX-3", "HOS-7"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "ID.RA-02" },
          { framework: "NIST-CSF-2.0", id: "DE.AE-07" },
          { framework: "METI-CSMG-3.0", id: "指示10" },
        ],
      },
    },
    {
      key: "cyber.apt-detection",
      text: {
        ja: "機微技術を扱うシステムで、長期潜伏型の侵入（不審な横展開、正規ツールの悪用、外部への不審な通信）を検知する監視を行っていますか。",
        en: "On the systems that hold sensitive technology, do you monitor for long-dwelling intrusions — suspicious lateral movement, abuse of legitimate tools, unusual outbound traffic?",
      },
      guidance: {
        ja: "端末・サーバ・ネットワーク・認証のログを集約し、夜間・休日も監視し、事後の調査ができるだけの期間ログを保存している状態です。",
        en: "Endpoint, server, network and authentication logs are collected centrally, watched around the clock, and kept long enough to investigate after the fact.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "監視なし（ウイルス対策ソフトのみ）", en: "No monitoring (antivirus only)" },
          { ja: "一部の機器でログを取得しているが、監視していない", en: "Some logs collected, nobody watching" },
          { ja: "EDR 等を導入したが、対象の網羅や夜間・休日の監視が不十分", en: "EDR or similar deployed, but coverage or out-of-hours monitoring is incomplete" },
          { ja: "機微技術システムを網羅してログを集約し、24 時間監視と 1 年以上のログ保存を実施", en: "All sensitive-technology systems covered, logs centralised, 24/7 monitoring, logs kept a year or more" },
          { ja: "攻撃の仮説に基づく脅威ハンティングを定期的に実施", en: "Regular hypothesis-driven threat hunting" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "機微技術を扱うサーバと端末に EDR を導入し、アラートの通知先を決める。",
            en: "Deploy EDR on the servers and endpoints that hold sensitive technology, and decide where alerts go.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "端末・サーバ・ネットワーク機器・認証基盤のログを一か所に集約し、保存期間を 1 年以上に設定する。",
            en: "Centralise endpoint, server, network-device and authentication logs, and keep them for at least a year.",
          },
        },
        {
          fromLevel: 2,
          effort: "L",
          ownerRole: "it-security",
          text: {
            ja: "機微技術を扱うシステムを監視対象として網羅し、夜間・休日を含めた監視体制（社内または委託）を整える。",
            en: "Bring every sensitive-technology system into monitoring, and arrange round-the-clock coverage, in-house or outsourced.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "四半期ごとに、自社を狙う攻撃グループの手口を前提にした脅威ハンティングを行い、結果を検知ルールに反映する。",
            en: "Each quarter, hunt for the techniques of groups known to target you, and turn the findings into detection rules.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-7"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "DE.CM-01" },
          { framework: "NIST-CSF-2.0", id: "DE.CM-09" },
          { framework: "NIST-SP-800-171r3", id: "03.14.06" },
          { framework: "NIST-SP-800-171r3", id: "03.03.01" },
        ],
      },
    },
    {
      key: "cyber.incident-response",
      text: {
        ja: "機微技術の窃取を想定したインシデント対応計画があり、演習で有効性を確かめていますか。",
        en: "Do you have an incident response plan that covers theft of sensitive technology, and do you test it in exercises?",
      },
      guidance: {
        ja: "計画に初動、封じ込め、証拠保全、どの技術が流出しうるかの特定、経営判断の手順が含まれ、年 1 回以上の演習で改善されている状態です。",
        en: "The plan covers first response, containment, evidence preservation, working out which technology may have leaked, and executive decisions, and is improved through at least one exercise a year.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "計画なし", en: "No plan" },
          { ja: "一般的な障害対応の手順のみ", en: "General outage procedures only" },
          { ja: "インシデント対応計画はあるが、技術窃取の想定や演習がない", en: "An incident plan, but no technology-theft scenario or exercises" },
          { ja: "技術窃取を想定した計画を定め、年 1 回以上演習", en: "A plan covering technology theft, exercised at least yearly" },
          { ja: "演習と実際の事案から改善し、外部のフォレンジック支援も事前に契約", en: "Improved from exercises and real cases, with forensic support contracted in advance" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "初動・封じ込め・証拠保全・連絡先を定めたインシデント対応手順を作り、CSIRT と経営層で共有する。",
            en: "Write an incident procedure covering first response, containment, evidence preservation and contacts, and share it between the CSIRT and executives.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "機微技術の窃取シナリオを加え、流出しうる技術を台帳から特定する手順と経営判断の基準を計画に盛り込む。",
            en: "Add a technology-theft scenario, with steps to identify from the register which technology may have leaked and criteria for executive decisions.",
          },
        },
        {
          fromLevel: 2,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "年 1 回、経営層を含む机上演習を行い、課題と改善策を記録する。",
            en: "Run a tabletop exercise with executives once a year, and record the issues and fixes.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "外部のフォレンジック事業者と事前に契約し、演習と実際の事案の振り返りで計画を毎年改訂する。",
            en: "Put a forensic provider on retainer, and revise the plan every year from exercises and real incidents.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-7"],
        frameworks: [
          { framework: "NIST-SP-800-171r3", id: "03.06.01" },
          { framework: "NIST-SP-800-171r3", id: "03.06.03" },
          { framework: "NIST-CSF-2.0", id: "ID.IM-04" },
          { framework: "METI-CSMG-3.0", id: "指示7" },
        ],
      },
    },
    {
      key: "cyber.incident-reporting",
      text: {
        ja: "インシデント発生時に、当局（警察、所管省庁、個人情報保護委員会など）、情報共有機関、影響を受ける取引先・共同研究先へ報告・連絡する基準と手順を定めていますか。",
        en: "Have you set criteria and procedures for reporting incidents to authorities (police, the supervising ministry, the Personal Information Protection Commission …), to information-sharing bodies, and to affected customers and research partners?",
      },
      guidance: {
        ja: "法令・契約上の報告義務と期限が一覧になり、誰がいつ誰に何を報告するかが決まっていて、米国の相手先との契約にある短い報告期限（72 時間以内など）にも対応できる状態です。",
        en: "Legal and contractual reporting duties and deadlines are listed, who reports what to whom and when is decided, and short contractual deadlines from US partners (such as 72 hours) can be met.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "基準・手順なし", en: "No criteria or procedure" },
          { ja: "発生時にその都度判断", en: "Decided ad hoc when it happens" },
          { ja: "報告先の一覧はあるが、報告基準や期限が不明確", en: "A list of recipients, but unclear thresholds and deadlines" },
          { ja: "法令・契約上の報告義務と期限を一覧化し、判断者と手順を決定", en: "Legal and contractual duties and deadlines listed, with decision-makers and procedure" },
          { ja: "演習で報告手順を確認し、報告実績を振り返って改善", en: "Reporting is rehearsed, and real reports are reviewed to improve" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "legal",
          text: {
            ja: "法令（個人情報保護法、業法など）と主要な契約（米国の相手先との契約を含む）の報告義務を洗い出す。",
            en: "Identify the reporting duties in law (data-protection law, sector regulation …) and in major contracts, including those with US partners.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "legal",
          text: {
            ja: "報告先・報告基準・期限の一覧を作り、インシデント対応計画に組み込む。",
            en: "Compile recipients, thresholds and deadlines into a table and build it into the incident response plan.",
          },
        },
        {
          fromLevel: 2,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "報告の判断者と代理者、報告文の雛形（日本語・英語）を定め、CSIRT と法務で共有する。",
            en: "Name who decides on reporting and a deputy, prepare report templates in Japanese and English, and share them between CSIRT and legal.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "年 1 回の演習で報告手順を確認し、実際の報告にかかった時間を記録して改善する。",
            en: "Rehearse reporting in the annual exercise, and record how long real reports took in order to improve.",
          },
        },
      ],
      sources: {
        recommendations: ["CTX-3", "HOS-11"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "RS.CO-02" },
          { framework: "NIST-SP-800-171r3", id: "03.06.02" },
          { framework: "METI-CSMG-3.0", id: "指示7" },
        ],
      },
    },
    {
      key: "cyber.sensitive-data-protection",
      text: {
        ja: "機微技術のデータを保管するシステムに、多要素認証、最小権限、暗号化、外部への持ち出し制御などの強化した保護を適用していますか。",
        en: "Do the systems holding sensitive technical data have stronger protection — multi-factor authentication, least privilege, encryption, controls on data leaving?",
      },
      guidance: {
        ja: "機微技術のシステムが一般の業務システムより強く保護され、その有効性が脆弱性診断や設定監査で定期的に確かめられている状態です。",
        en: "Sensitive-technology systems are protected more strongly than ordinary business systems, and vulnerability assessments and configuration audits confirm it regularly.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "一般の業務システムと同じ保護", en: "Same protection as ordinary business systems" },
          { ja: "パスワード認証とアクセス権のみ", en: "Passwords and permissions only" },
          { ja: "多要素認証など一部の対策を導入したが、全ての機微技術システムに及んでいない", en: "Some measures such as MFA, but not on every sensitive-technology system" },
          { ja: "全ての機微技術システムで多要素認証・最小権限・暗号化・持ち出し制御を適用", en: "MFA, least privilege, encryption and egress control on every sensitive-technology system" },
          { ja: "脆弱性診断と設定監査で有効性を定期的に評価し、改善", en: "Effectiveness assessed regularly through vulnerability tests and configuration audits" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "機微技術のデータを保管しているシステムを台帳から特定し、一覧にする。",
            en: "Use the technology register to list the systems that hold sensitive technical data.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "一覧の全システムで、リモートアクセスと管理者アカウントに多要素認証を適用する。",
            en: "Enforce multi-factor authentication for remote access and administrator accounts on every listed system.",
          },
        },
        {
          fromLevel: 2,
          effort: "L",
          ownerRole: "it-security",
          text: {
            ja: "全ユーザーへの多要素認証、保存データの暗号化、外部記憶媒体・私物クラウドへの書き出し制御を適用する。",
            en: "Extend MFA to all users, encrypt data at rest, and block copying to removable media and personal cloud storage.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "年 1 回、脆弱性診断と設定監査を行い、指摘事項を期限付きで是正する。",
            en: "Run a vulnerability assessment and configuration audit every year, and fix findings against deadlines.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-7", "HOS-3"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "PR.DS-01" },
          { framework: "NIST-CSF-2.0", id: "PR.AA-03" },
          { framework: "NIST-SP-800-171r3", id: "03.05.03" },
          { framework: "NIST-SP-800-171r3", id: "03.13.11" },
        ],
      },
    },
    {
      key: "cyber.sp800-171-readiness",
      text: {
        ja: "米国の相手先や防衛関連の発注者が求めるセキュリティ基準（NIST SP 800-171、防衛産業サイバーセキュリティ基準など）への適合状況を評価し、システムセキュリティ計画と改善計画を作っていますか。",
        en: "Have you assessed your compliance with the security standards US partners and defence customers require (NIST SP 800-171, Japan's Defence Industry Cybersecurity Standard …) and written a system security plan and a plan of action?",
      },
      guidance: {
        ja: "対象となる情報を扱うシステムの範囲を定め、要件ごとの適合状況を評価し、未達の要件には期限付きの改善計画（POA&M）がある状態です。",
        en: "The systems in scope are defined, each requirement is assessed, and every unmet requirement has a dated plan of action and milestones (POA&M).",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "基準を把握していない", en: "Unaware of the standards" },
          { ja: "基準は把握しているが、評価していない", en: "Aware, but not assessed" },
          { ja: "自己評価を行ったが、対象範囲や改善計画が不明確", en: "Self-assessed, but scope or remediation plan unclear" },
          { ja: "対象範囲を定めて要件ごとに評価し、システムセキュリティ計画と期限付きの改善計画を整備", en: "Scope defined, every requirement assessed, with a system security plan and a dated plan of action" },
          { ja: "改善計画を完了し、継続的な監視と定期的な再評価で適合を維持", en: "Plan of action completed; compliance kept through continuous monitoring and periodic reassessment" },
        ],
      },
      appliesIf: { any: ["jointResearchUs", "suppliesDefenceOrCriticalInfrastructure"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "legal",
          text: {
            ja: "米国の相手先・防衛関連の発注者との契約に含まれるセキュリティ要件を確認し、適用される基準を特定する。",
            en: "Read the security requirements in contracts with US partners and defence customers, and identify which standards apply.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "対象となる情報を扱うシステムと拠点の範囲を定め、要件ごとの自己評価を行う。",
            en: "Define the systems and sites that handle the information in scope, and self-assess against each requirement.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "システムセキュリティ計画を文書化し、未達の要件ごとに担当と期限を定めた改善計画（POA&M）を作る。",
            en: "Document the system security plan, and create a plan of action and milestones with an owner and deadline for each unmet requirement.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "改善計画の進捗を四半期ごとに経営層に報告し、年 1 回再評価する。",
            en: "Report progress on the plan of action to executives every quarter, and reassess once a year.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-11", "HOS-7"],
        frameworks: [
          { framework: "NIST-SP-800-171r3", id: "03.15.02" },
          { framework: "NIST-SP-800-171r3", id: "03.12.02" },
          { framework: "NIST-SP-800-171r3", id: "03.12.03" },
        ],
      },
    },
    {
      key: "cyber.overseas-sites",
      text: {
        ja: "中国をはじめとする海外拠点・子会社と本社のネットワーク接続について、機微技術を扱う環境への経路を制限し、海外拠点を起点とする侵入を監視していますか。",
        en: "For network links between head office and overseas sites or subsidiaries, China included, do you restrict paths into sensitive-technology environments and watch for intrusions that start at overseas sites?",
      },
      guidance: {
        ja: "海外拠点を足掛かりにした侵入は実際に起きています。海外拠点から機微技術システムへの通信が必要最小限に絞られ、拠点のアカウントや端末の異常が本社で監視されている状態です。",
        en: "Intrusions that use an overseas site as a stepping stone do happen: traffic from overseas sites to sensitive systems is cut to the minimum, and anomalies in their accounts and devices are monitored from head office.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "海外拠点と本社が同一のネットワークで接続", en: "Overseas sites and head office on one flat network" },
          { ja: "拠点ごとの区画はあるが、本社システムへのアクセス制限が緩い", en: "Segments per site, but loose restrictions into head-office systems" },
          { ja: "アクセス制限はあるが、海外拠点の監視が現地任せ", en: "Restrictions in place, but monitoring of overseas sites is left to them" },
          { ja: "機微技術システムへの経路を必要最小限に制限し、海外拠点のログを本社で監視", en: "Paths to sensitive systems minimised, and overseas sites' logs monitored centrally" },
          { ja: "海外拠点起点の攻撃シナリオで定期的に検証し、機微技術を拠点に置かない設計を維持", en: "Tested regularly against attacks starting overseas, with sensitive technology kept off overseas systems by design" },
        ],
      },
      appliesIf: { any: ["operatesInChina"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "海外拠点から本社への接続経路と、拠点からアクセスできるシステムを洗い出す。",
            en: "Map the connections from overseas sites to head office and the systems each site can reach.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "海外拠点から機微技術システムへのアクセスを原則遮断し、業務上必要な通信だけを個別に許可する。",
            en: "Block access from overseas sites to sensitive-technology systems by default, allowing only specific flows the business needs.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "海外拠点の端末・アカウント・ネットワーク機器のログを本社の監視基盤に集約し、本社で監視する。",
            en: "Bring overseas sites' endpoint, account and network-device logs into head office's monitoring platform and watch them centrally.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "年 1 回、海外拠点を起点とした侵入を想定した演習または侵入テストを行い、機微技術が拠点のシステムに置かれていないことを確認する。",
            en: "Once a year, run an exercise or penetration test that starts from an overseas site, and confirm that no sensitive technology sits on site systems.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-7", "HOS-14"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "PR.IR-01" },
          { framework: "NIST-SP-800-171r3", id: "03.13.01" },
        ],
      },
    },
  ],
  university: [
    {
      key: "cyber.in-house-expertise-univ",
      text: {
        ja: "研究室を狙う標的型攻撃に対応できる専門人材を、CSIRT または情報基盤センターに置いていますか。",
        en: "Does your CSIRT or IT centre have specialists who can handle targeted attacks on research laboratories?",
      },
      guidance: {
        ja: "国家が関与する攻撃者は大学の研究成果も狙います。攻撃の痕跡を分析し、部局や PI と連携して対応できる専門人材がいる状態が目標です。",
        en: "State-sponsored attackers target university research too; specialists who can analyse intrusions and work with faculties and PIs to respond are the goal.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "専門人材なし", en: "No specialists" },
          { ja: "情報基盤センターの兼務者のみ", en: "IT-centre staff covering it on the side" },
          { ja: "CSIRT はあるが、標的型攻撃の分析能力が不足", en: "A CSIRT, but unable to analyse targeted attacks" },
          { ja: "標的型攻撃を分析できる専門人材を置き、部局と連携して対応", en: "Specialists analyse targeted attacks and respond with faculties" },
          { ja: "育成計画があり、大学間の連携や演習で能力を維持", en: "A development plan, inter-university cooperation and exercises keep skills current" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "M",
          ownerRole: "executive",
          text: {
            ja: "最高情報セキュリティ責任者を任命して CSIRT を設置し、部局ごとの連絡担当者を決める。",
            en: "Appoint a chief information security officer, set up a CSIRT and name a contact in each faculty.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "CSIRT に少なくとも 1 名の専任者を置き、標的型攻撃の分析に関する研修を受講させる。",
            en: "Give the CSIRT at least one full-time member and train them in targeted-attack analysis.",
          },
        },
        {
          fromLevel: 2,
          effort: "L",
          ownerRole: "executive",
          text: {
            ja: "脅威分析の経験者を採用または育成し、機微な研究を行う研究室の監視結果を分析する役割を与える。",
            en: "Hire or develop an experienced threat analyst and give them the monitoring of laboratories doing sensitive research.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "人材の育成計画（資格、年 1 回以上の演習、大学間の情報共有活動への参加）を作り、予算化する。",
            en: "Write and fund a development plan (certifications, at least one exercise a year, inter-university sharing activities).",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-7"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.RR-03" },
          { framework: "NSPM-33", id: "cybersecurity" },
          { framework: "US-RS-2024", id: "cybersecurity" },
        ],
      },
    },
    {
      key: "cyber.threat-intelligence-univ",
      text: {
        ja: "大学を狙う攻撃の情報（国家が関与する攻撃グループの手口や攻撃指標）を NII-SOCS、JPCERT/CC、他大学などから入手し、学内の防御と監視に反映していますか。",
        en: "Do you obtain information on attacks against universities (state-sponsored groups' techniques and indicators) from NII-SOCS, JPCERT/CC and other universities, and apply it to campus defences and monitoring?",
      },
      guidance: {
        ja: "入手した指標が学内の監視に取り込まれ、機微な研究分野を狙う攻撃の情報が該当部局に届いている状態です。",
        en: "Indicators are loaded into campus monitoring, and information on attacks aimed at sensitive fields reaches the faculties concerned.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "入手していない", en: "None obtained" },
          { ja: "公開の注意喚起を読む程度", en: "Public alerts read occasionally" },
          { ja: "情報共有の枠組みに参加しているが、反映が不定期", en: "In a sharing scheme, but applied irregularly" },
          { ja: "入手した指標を監視に反映し、研究分野を狙う攻撃の傾向を部局に共有", en: "Indicators feed monitoring, and trends against research fields are shared with faculties" },
          { ja: "学内の観測情報も共有し、大学間の情報交換で早期に対処", en: "Campus observations are shared too, and inter-university exchange lets you act early" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "JPCERT/CC の注意喚起の配信に登録し、確認の担当者を決める。",
            en: "Subscribe to JPCERT/CC alerts and name who reads them.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "NII-SOCS など大学間の情報共有の枠組みへの参加を申し込む。",
            en: "Apply to join an inter-university sharing scheme such as NII-SOCS.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "入手した攻撃指標を学内の監視に取り込む手順を定め、機微な研究分野を狙う攻撃の情報を該当部局に通知する。",
            en: "Set a procedure for loading indicators into campus monitoring, and notify faculties of attacks aimed at their sensitive fields.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "学内で検知した攻撃の情報を匿名化して共有する手順と承認者を定める。",
            en: "Set a procedure, and an approver, for sharing anonymised details of attacks detected on campus.",
          },
        },
      ],
      sources: {
        recommendations: ["CTX-3", "HOS-7"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "ID.RA-02" },
          { framework: "NIST-CSF-2.0", id: "DE.AE-07" },
        ],
      },
    },
    {
      key: "cyber.research-environment-univ",
      text: {
        ja: "機微な研究データを扱う環境を開放的なキャンパスネットワークから分離し、多要素認証やアクセス記録などの強化した保護を適用していますか。",
        en: "Is the environment for sensitive research data separated from the open campus network, with stronger protection such as multi-factor authentication and access logging?",
      },
      guidance: {
        ja: "研究室ごとの自助努力に任せず、全学で利用できる保護された研究環境があり、機微な研究がそこで行われている状態です。",
        en: "Not left to each laboratory: a protected research environment is available university-wide, and sensitive research uses it.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "キャンパスネットワーク上で一般の環境と同じ保護", en: "On the campus network with ordinary protection" },
          { ja: "研究室単位の対策に任せている", en: "Left to each laboratory" },
          { ja: "一部の研究で分離しているが、全学的な仕組みがない", en: "Some projects separated, no university-wide service" },
          { ja: "保護された研究環境を全学で提供し、多要素認証とアクセス記録を適用", en: "A protected environment offered university-wide, with MFA and access logging" },
          { ja: "利用状況と保護策の有効性を定期的に評価し、改善", en: "Use and effectiveness reviewed regularly and improved" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "機微な研究を行う研究室の研究データが、どのネットワーク・システムにあるかを確認する。",
            en: "Find out on which networks and systems the data of laboratories doing sensitive research sits.",
          },
        },
        {
          fromLevel: 1,
          effort: "L",
          ownerRole: "it-security",
          text: {
            ja: "機微な研究データ用に、キャンパスネットワークから分離した区画を情報基盤センターが用意する。",
            en: "Have the IT centre provide a segment separated from the campus network for sensitive research data.",
          },
        },
        {
          fromLevel: 2,
          effort: "L",
          ownerRole: "it-security",
          text: {
            ja: "分離区画を全学の標準サービスとし、多要素認証・アクセス記録・保存データの暗号化を適用して、該当研究室の移行を進める。",
            en: "Make the segment a standard university service with MFA, access logging and encryption at rest, and migrate the laboratories concerned.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "年 1 回、研究環境の脆弱性診断と利用状況の点検を行い、結果を研究セキュリティ委員会に報告する。",
            en: "Once a year, test the environment for vulnerabilities, review its use, and report to the research-security committee.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-7", "HOS-5"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "PR.IR-01" },
          { framework: "NIST-SP-800-171r3", id: "03.13.01" },
          { framework: "NSPM-33", id: "cybersecurity" },
        ],
      },
    },
    {
      key: "cyber.lab-systems-univ",
      text: {
        ja: "研究室が独自に管理するサーバ、実験装置の制御 PC、クラウドアカウントを把握し、脆弱性対策と監視の対象にしていますか。",
        en: "Do you know about the servers, instrument-control PCs and cloud accounts that laboratories run themselves, and are they covered by vulnerability management and monitoring?",
      },
      guidance: {
        ja: "研究室管理の機器は攻撃の入口になりやすいため、全て登録され、脆弱性情報の通知やスキャンの対象となり、サポート切れの機器は隔離または更新されている状態です。",
        en: "Laboratory-run systems are a common way in: all are registered, receive vulnerability notices and scans, and unsupported machines are isolated or replaced.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "把握していない", en: "Unknown" },
          { ja: "届出制はあるが、実態と合っていない", en: "Registration exists but does not match reality" },
          { ja: "把握しているが、脆弱性対策は研究室任せ", en: "Known, but vulnerability management is left to laboratories" },
          { ja: "全て登録し、脆弱性情報の通知・定期スキャン・監視を実施", en: "All registered, with vulnerability notices, regular scans and monitoring" },
          { ja: "未登録機器を自動検知し、サポート切れ機器の更新計画を管理", en: "Unregistered devices detected automatically; replacement of unsupported machines managed" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "研究室が管理するサーバ・装置制御 PC・クラウドアカウントの届出を全研究室に求める。",
            en: "Ask every laboratory to register the servers, instrument PCs and cloud accounts it runs.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "学内ネットワークのスキャンで届出と実態を照合し、未届の機器を登録させる。",
            en: "Scan the campus network, compare with registrations, and get unregistered devices registered.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "登録機器の管理者に脆弱性情報を通知し、学外に公開されている機器を定期的にスキャンする。",
            en: "Send vulnerability notices to the administrators of registered devices, and scan internet-facing ones regularly.",
          },
        },
        {
          fromLevel: 3,
          effort: "L",
          ownerRole: "it-security",
          text: {
            ja: "未登録機器の接続を自動検知する仕組みを導入し、サポート切れの装置制御 PC の隔離・更新計画を作る。",
            en: "Introduce automatic detection of unregistered devices, and plan the isolation or replacement of unsupported instrument PCs.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-7"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "ID.AM-01" },
          { framework: "NIST-SP-800-171r3", id: "03.11.02" },
        ],
      },
    },
    {
      key: "cyber.incident-response-univ",
      text: {
        ja: "研究データの窃取を想定したインシデント対応手順があり、PI、研究推進部署、資金提供者や共同研究先への連絡を含めて演習していますか。",
        en: "Is there an incident procedure that covers theft of research data, including contacting PIs, the research office, funders and research partners — and is it exercised?",
      },
      guidance: {
        ja: "流出しうる研究と関係する資金提供者・共同研究先をすぐに特定でき、契約上の報告義務を期限内に果たせるよう、手順が年 1 回以上の演習で確かめられている状態です。",
        en: "The research that may have leaked and the funders and partners concerned can be identified quickly, and contractual reporting can be met on time; the procedure is exercised at least yearly.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "手順なし", en: "No procedure" },
          { ja: "一般的な情報セキュリティインシデントの手順のみ", en: "General security-incident procedure only" },
          { ja: "研究データの窃取を想定した手順はあるが、演習や関係者への連絡手順がない", en: "A research-data scenario, but no exercises or stakeholder notification" },
          { ja: "PI・研究推進部署・資金提供者・共同研究先への連絡を含め、年 1 回演習", en: "Includes PIs, research office, funders and partners, and is exercised yearly" },
          { ja: "演習と事案から改善し、外部のフォレンジック支援も事前に確保", en: "Improved from exercises and incidents, with forensic support arranged in advance" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "初動・封じ込め・証拠保全・連絡先を定めたインシデント対応手順を作り、CSIRT と部局で共有する。",
            en: "Write an incident procedure covering first response, containment, evidence preservation and contacts, and share it between CSIRT and faculties.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "研究データの窃取を想定し、流出しうる研究と関係する資金提供者・共同研究先を特定する手順を加える。",
            en: "Add a research-data theft scenario, with steps to identify the research affected and the funders and partners involved.",
          },
        },
        {
          fromLevel: 2,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "契約上の報告義務を研究推進部署が一覧化し、年 1 回、機微な研究の PI を含めた机上演習を行う。",
            en: "Have the research office list contractual reporting duties, and run a yearly tabletop exercise that includes PIs of sensitive research.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "外部のフォレンジック事業者と事前に契約し、演習と事案の振り返りで手順を毎年改訂する。",
            en: "Put a forensic provider on retainer, and revise the procedure yearly from exercises and incidents.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-7", "CTX-3"],
        frameworks: [
          { framework: "NIST-SP-800-171r3", id: "03.06.01" },
          { framework: "NIST-SP-800-171r3", id: "03.06.02" },
          { framework: "NIST-CSF-2.0", id: "RS.CO-02" },
        ],
      },
    },
    {
      key: "cyber.sponsor-requirements-univ",
      text: {
        ja: "米国の資金提供者・共同研究先や国の研究プロジェクトが求める情報セキュリティ要件（NIST SP 800-171 など）に対応できる研究環境と手順がありますか。",
        en: "Do you have a research environment and procedures that can meet the information-security requirements of US funders and partners or national research programmes (NIST SP 800-171 and the like)?",
      },
      guidance: {
        ja: "要件を求められた研究に、全学で用意した適合環境とシステムセキュリティ計画で速やかに対応でき、研究室ごとに一から整備する必要がない状態です。",
        en: "When a project needs it, a compliant university-wide environment and system security plan are ready, so laboratories do not have to build their own from scratch.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "要件を把握していない", en: "Requirements unknown" },
          { ja: "要件は把握しているが、対応できる環境がない", en: "Known, but no environment that meets them" },
          { ja: "個別の研究室で対応しているが、全学的な支援がない", en: "Individual laboratories cope alone, without central support" },
          { ja: "適合した研究環境と手順を全学で提供し、システムセキュリティ計画を整備", en: "A compliant environment and procedures offered centrally, with a system security plan" },
          { ja: "適合状況を定期的に再評価し、新たな要件にも速やかに対応", en: "Compliance reassessed regularly and new requirements met quickly" },
        ],
      },
      appliesIf: { any: ["jointResearchUs", "suppliesDefenceOrCriticalInfrastructure"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "研究推進部署が、研究契約や資金の交付条件に含まれるセキュリティ要件を一覧化する。",
            en: "Have the research office list the security requirements in research contracts and grant conditions.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "要件が求められる研究について自己評価を行い、不足する対策を特定する。",
            en: "Self-assess the projects that carry such requirements, and identify the missing measures.",
          },
        },
        {
          fromLevel: 2,
          effort: "L",
          ownerRole: "it-security",
          text: {
            ja: "要件に適合した研究環境を全学の標準サービスとして用意し、システムセキュリティ計画と改善計画を文書化する。",
            en: "Provide a compliant research environment as a standard university service, and document its system security plan and plan of action.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "年 1 回、適合状況を再評価し、資金提供者の要件改訂を反映する。",
            en: "Reassess compliance once a year and reflect funders' revised requirements.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-11", "HOS-7"],
        frameworks: [
          { framework: "NIST-SP-800-171r3", id: "03.15.02" },
          { framework: "NSPM-33", id: "cybersecurity" },
          { framework: "US-RS-2024", id: "cybersecurity" },
        ],
      },
    },
    {
      key: "cyber.account-security-univ",
      text: {
        ja: "教職員・学生・客員研究員のアカウントに多要素認証を適用し、客員や短期滞在者のアカウントに有効期限を設けていますか。",
        en: "Do staff, student and visitor accounts use multi-factor authentication, and do accounts for visitors and short stays expire?",
      },
      guidance: {
        ja: "盗まれたパスワードだけでは研究データに到達できず、離任した客員のアカウントが残らない状態です。",
        en: "A stolen password alone cannot reach research data, and no departed visitor's account lingers.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "多要素認証なし、有効期限の管理なし", en: "No MFA and no expiry management" },
          { ja: "一部のみ適用、または有効期限の管理が不徹底", en: "MFA for some only, or expiry not enforced consistently" },
          { ja: "全アカウントに多要素認証を適用し、客員等のアカウントは期限付きで発行", en: "MFA on every account, and visitor accounts issued with an expiry date" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "学外からのアクセスと管理者アカウントに多要素認証を必須にし、客員アカウントに有効期限を設定する。",
            en: "Require MFA for off-campus access and administrator accounts, and set expiry dates on visitor accounts.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "多要素認証を全構成員に広げ、期限切れのアカウントを毎月自動で停止する。",
            en: "Extend MFA to everyone, and disable expired accounts automatically every month.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-7"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "PR.AA-03" },
          { framework: "NIST-SP-800-171r3", id: "03.05.03" },
        ],
      },
    },
  ],
});
