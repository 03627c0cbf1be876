// Awareness and training: executive briefings, staff and researcher training on economic security,
// export control and research security, travel security, targeted-attack awareness, and measuring
// whether training works.
import { ZDomainContent } from "../schema";

export const awarenessTrainingContent = ZDomainContent.parse({
  domain: "awareness-training",
  corporate: [
    {
      key: "training.executive-briefing",
      text: {
        ja: "経営層は、米中の技術覇権争いを自社の経営リスクとして捉えるための定期的な説明（ブリーフィング）を受けていますか。",
        en: "Do your executives receive regular briefings that frame the US–China technology rivalry as a risk to your business?",
      },
      guidance: {
        ja: "経営層が少なくとも年1回、自社の製品・取引先・拠点に即した具体的な説明を受け、その結果を経営判断（投資、提携、撤退）に反映していることが望まれます。",
        en: "Good practice gives executives at least a yearly briefing tied to your own products, customers and sites, and visibly uses it in decisions on investment, partnerships and exits.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "説明なし", en: "No briefings" },
          { ja: "報道・外部セミナーによる個人的な情報収集のみ", en: "Executives follow news and outside seminars on their own" },
          { ja: "経営会議での不定期な説明", en: "Occasional briefings at the management committee" },
          { ja: "自社の事業に即した年1回以上の定例説明", en: "At least yearly briefings tailored to your business" },
          { ja: "説明内容が経営判断とリスク評価に反映され、記録されている", en: "Briefings recorded and reflected in decisions and risk assessments" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "次回の経営会議で、米国のエンティティ・リスト（米国商務省産業安全保障局）や中国の輸出管理法など、自社に関わる規制動向を30分説明する枠を設けます。",
            en: "Reserve 30 minutes at the next management committee to brief on the rules that touch your business, such as the US Entity List (Commerce Department, BIS) and China's Export Control Law.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
        {
          fromLevel: 1,
          text: {
            ja: "経済安全保障担当が、自社製品・取引先への影響を整理した説明資料を作り、経営会議の議題として扱います。",
            en: "Have the economic-security lead prepare a briefing on the impact on your products and customers and put it on the management committee agenda.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
        {
          fromLevel: 2,
          text: {
            ja: "経営層向けの説明を年間計画に組み込み、取締役会にも年1回報告する定例とします。",
            en: "Put executive briefings on the annual calendar and make a yearly report to the board a standing item.",
          },
          effort: "S",
          ownerRole: "executive",
        },
        {
          fromLevel: 3,
          text: {
            ja: "説明を受けて決めた事項（提携の見直し、投資判断）を議事録に残し、全社リスク評価の更新に反映します。",
            en: "Minute the decisions taken after each briefing (partnership reviews, investment choices) and feed them into the enterprise risk assessment.",
          },
          effort: "S",
          ownerRole: "executive",
        },
      ],
      sources: {
        recommendations: ["HOS-2", "HOS-1"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.RR-01" },
          { framework: "METI-CSMG-3.0", id: "指示1" },
        ],
      },
    },
    {
      key: "training.economic-security-staff",
      text: {
        ja: "従業員に、経済安全保障と内部不正（インサイダー）リスクに関する研修を行っていますか。",
        en: "Do you train staff on economic security and insider risk?",
      },
      guidance: {
        ja: "全従業員が入社時と年1回、技術流出の手口（勧誘、引き抜き、持ち出し）と報告先を学び、機微技術に触れる者は役割に応じた追加研修を受けていることが望まれます。",
        en: "Good practice teaches every employee, on joining and yearly, how technology leaks (approaches, poaching, copying data out) and where to report, with extra role-based training for those near sensitive technology.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "研修なし", en: "No training" },
          { ja: "情報セキュリティ研修の一部で触れる程度", en: "A passing mention in general security training" },
          { ja: "経済安全保障・内部不正の専用研修を一部部門で実施", en: "Dedicated training in some divisions" },
          { ja: "全従業員の年次研修と機微技術取扱者向けの役割別研修", en: "Yearly training for all staff plus role-based training for those handling sensitive technology" },
          { ja: "実際の事案・手口を反映して内容を毎年更新", en: "Content updated every year from real cases and techniques" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "既存の情報セキュリティ研修に、技術流出の事例（退職者による持ち出し、外国からの勧誘）と社内の報告窓口を説明する章を追加します。",
            en: "Add a chapter to your existing security training on technology-leak cases (data taken by departing staff, approaches from abroad) and your internal reporting line.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
        {
          fromLevel: 1,
          text: {
            ja: "研究開発・営業・生産技術の部門向けに、経済安全保障と内部不正リスクの専用研修（60分程度）を作成して実施します。",
            en: "Build and run a dedicated one-hour course on economic security and insider risk for R&D, sales and production-engineering divisions.",
          },
          effort: "M",
          ownerRole: "security-lead",
        },
        {
          fromLevel: 2,
          text: {
            ja: "全従業員の年次必修研修に組み込み、機微技術の取扱者には取扱い手順と退職時の手続を扱う役割別研修を追加します。",
            en: "Make it part of yearly mandatory training for all staff, and add role-based training on handling rules and leaving procedures for those who handle sensitive technology.",
          },
          effort: "M",
          ownerRole: "hr",
        },
        {
          fromLevel: 3,
          text: {
            ja: "社内の報告事案と公表された技術流出事件を毎年整理し、研修教材の事例を差し替えます。",
            en: "Review internal reports and published technology-leak cases every year and replace the examples in the course.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
      ],
      sources: {
        recommendations: ["HOS-1", "HOS-4"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "PR.AT-01" },
          { framework: "NIST-SP-800-171r3", id: "03.02.01" },
          { framework: "METI-CSMG-3.0", id: "指示5" },
        ],
      },
    },
    {
      key: "training.sensitive-role-training",
      text: {
        ja: "機微技術や重要経済安保情報にアクセスする従業員に、取扱い規則と接触・勧誘への対応に関する役割別の研修を行っていますか。",
        en: "Do staff with access to sensitive technology or Important Economic Security Information receive role-based training on handling rules and on dealing with contacts and approaches?",
      },
      guidance: {
        ja: "アクセス権の付与前に研修を必須とし、重要経済安保情報の保護及び活用に関する法律（2024年5月成立、2025年5月施行）の適合事業者では適性評価の対象者向け教育と整合していることが望まれます。",
        en: "Good practice makes training a condition of access, and for qualified contractors under the Act on the Protection and Utilization of Important Economic Security Information (enacted May 2024, in force May 2025) aligns it with the education given to those who pass the suitability assessment.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "役割別研修なし", en: "No role-based training" },
          { ja: "一部の対象者のみ受講", en: "Some of those with access trained" },
          { ja: "アクセス付与前の受講を必須化し、年次で再受講", en: "Training required before access and repeated yearly" },
        ],
      },
      appliesIf: { any: ["handlesDesignatedInformation", "handlesListedTechnology", "emergingTechnology"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "機微技術・重要経済安保情報へのアクセス権を持つ者の名簿を作り、取扱い規則と不審な接触の報告手順を説明する研修を実施します。",
            en: "List everyone with access to sensitive technology or Important Economic Security Information, and train them on handling rules and how to report suspicious contacts.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
        {
          fromLevel: 1,
          text: {
            ja: "アクセス権の申請手続に研修修了の確認欄を設け、未受講者には権限を付与しない運用にします。",
            en: "Add a training-completion check to the access request form, and grant no access to anyone who has not completed it.",
          },
          effort: "S",
          ownerRole: "it-security",
        },
      ],
      sources: {
        recommendations: ["HOS-4"],
        frameworks: [{ framework: "NIST-SP-800-171r3", id: "03.02.02" }],
      },
    },
    {
      key: "training.export-control",
      text: {
        ja: "輸出管理に関わる従業員に、該非判定・取引審査・キャッチオール規制・みなし輸出（2022年5月の運用明確化：特定類型）を含む研修を行っていますか。",
        en: "Do staff involved in exports receive training covering classification, transaction screening, catch-all controls and deemed exports (including the 'specified categories' clarified in May 2022)?",
      },
      guidance: {
        ja: "輸出管理内部規程に研修を定め、営業・設計・研究・人事など関係部門ごとに年1回実施し、受講記録を保存していることが望まれます。",
        en: "Good practice writes training into your internal export-control rules, runs it yearly for each division involved (sales, design, research, HR), and keeps attendance records.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "研修なし", en: "No training" },
          { ja: "輸出管理担当者のみ外部講習を受講", en: "Only export-control staff attend outside courses" },
          { ja: "関係部門向けの社内研修を不定期に実施", en: "Occasional in-house training for divisions involved" },
          { ja: "輸出管理内部規程に基づき部門別に年次実施し、記録を保存", en: "Yearly training by division under the internal rules, with records kept" },
          { ja: "監査指摘や法令改正を踏まえて内容を更新し、理解度を確認", en: "Content updated from audit findings and rule changes, with understanding tested" },
        ],
      },
      allowNotApplicable: true,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "輸出管理担当者を安全保障貿易情報センター（CISTEC）等の外部講習に参加させ、社内研修の講師役を指名します。",
            en: "Send the export-control staff to an outside course such as those run by CISTEC, and name one of them to teach in-house.",
          },
          effort: "S",
          ownerRole: "export-control",
        },
        {
          fromLevel: 1,
          text: {
            ja: "営業・設計・研究・人事向けに、該非判定・取引審査・キャッチオール規制・みなし輸出の基礎を扱う社内研修を作成して実施します。",
            en: "Write and run in-house training for sales, design, research and HR on the basics of classification, screening, catch-all controls and deemed exports.",
          },
          effort: "M",
          ownerRole: "export-control",
        },
        {
          fromLevel: 2,
          text: {
            ja: "輸出管理内部規程に、対象部門・頻度（年1回）・受講記録の保存期間を定める研修条項を加えます。",
            en: "Add a training article to your internal export-control rules setting the divisions covered, yearly frequency and how long records are kept.",
          },
          effort: "S",
          ownerRole: "export-control",
        },
        {
          fromLevel: 3,
          text: {
            ja: "研修の最後に確認テストを行い、監査で指摘された誤りと最新の法令改正を翌年の教材に反映します。",
            en: "End each session with a short test, and put audit findings and the latest rule changes into next year's material.",
          },
          effort: "S",
          ownerRole: "export-control",
        },
      ],
      sources: {
        recommendations: ["HOS-8", "HOS-3"],
        frameworks: [{ framework: "METI-CP", id: "教育" }],
      },
    },
    {
      key: "training.foreign-staff-onboarding",
      text: {
        ja: "外国籍の研究者・技術者・インターンを受け入れる際、みなし輸出（特定類型の該当性確認を含む）の確認と、本人・受入部門への説明を行っていますか。",
        en: "When you take on foreign researchers, engineers or interns, do you check deemed-export requirements (including whether they fall into a 'specified category') and brief both them and the host team?",
      },
      guidance: {
        ja: "受入れ前に提供予定の技術の該非判定と特定類型の確認を行い、受入部門の上長が提供してよい技術の範囲を理解していることが望まれます。",
        en: "Good practice classifies the technology to be shared and checks the specified categories before arrival, and makes sure the host manager knows which technology may be shared.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "確認・説明なし", en: "No checks or briefing" },
          { ja: "人事手続のみで輸出管理の確認なし", en: "HR formalities only, no export-control check" },
          { ja: "受入れ時に輸出管理部門が確認", en: "Export-control team checks at arrival" },
          { ja: "受入れ前の確認と、本人・受入部門への説明を必須化", en: "Pre-arrival check and briefings for the person and host team required" },
          { ja: "在籍中の業務変更時にも再確認し、記録を保存", en: "Re-checked when duties change, with records kept" },
        ],
      },
      appliesIf: { any: ["hostsForeignResearchers"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "外国籍の研究者・技術者・インターンの受入れ一覧を人事部門と輸出管理部門で共有します。",
            en: "Have HR share the list of incoming foreign researchers, engineers and interns with the export-control team.",
          },
          effort: "S",
          ownerRole: "hr",
        },
        {
          fromLevel: 1,
          text: {
            ja: "受入れ手続に、輸出管理部門による特定類型の該当性確認と提供予定技術の該非判定を組み込みます。",
            en: "Build into the hiring process an export-control check of the specified categories and classification of the technology to be shared.",
          },
          effort: "M",
          ownerRole: "export-control",
        },
        {
          fromLevel: 2,
          text: {
            ja: "着任前に受入部門の上長と本人へ、提供してよい技術の範囲と誓約事項を説明する手順を定め、説明記録を残します。",
            en: "Set a step before arrival to brief the host manager and the newcomer on which technology may be shared and what they undertake, and record the briefing.",
          },
          effort: "S",
          ownerRole: "export-control",
        },
        {
          fromLevel: 3,
          text: {
            ja: "配置換えやプロジェクト変更の際に輸出管理部門へ通知する仕組みを人事システムに設け、再確認します。",
            en: "Set the HR system to notify the export-control team of transfers and project changes, and re-check at each one.",
          },
          effort: "M",
          ownerRole: "hr",
        },
      ],
      sources: {
        recommendations: ["HOS-4", "HOS-8"],
        frameworks: [{ framework: "METI-CP", id: "該非判定" }],
      },
    },
    {
      key: "training.travel-security",
      text: {
        ja: "海外出張者に、機微情報を入れない端末の利用、入国時の端末検査への備え、現地での接触への注意を含む渡航セキュリティの説明を行っていますか。",
        en: "Do you brief travellers abroad on travel security, including clean devices without sensitive information, border searches of devices and caution about approaches while there?",
      },
      guidance: {
        ja: "懸念国への出張前に説明を必須とし、貸出用端末・帰国後の点検・不審な接触の報告を一連の手順として運用していることが望まれます。",
        en: "Good practice makes a briefing mandatory before travel to countries of concern and runs loaner devices, post-trip checks and reporting of suspicious contacts as one procedure.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "説明なし", en: "No briefing" },
          { ja: "一般的な注意事項の配布のみ", en: "General advice handed out only" },
          { ja: "懸念国への出張者に個別説明", en: "Individual briefing for travel to countries of concern" },
          { ja: "説明・貸出端末・帰国後点検・報告を一連の手順で運用", en: "Briefing, loaner devices, post-trip checks and reporting run as one procedure" },
          { ja: "帰国後の報告を分析し、説明内容と対象国を更新", en: "Post-trip reports analysed to update the briefing and countries covered" },
        ],
      },
      allowNotApplicable: true,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "海外出張者向けに、端末の持ち出し、入国時の端末検査、現地での接触への注意をまとめた1枚の注意書を作り、出張申請時に配布します。",
            en: "Write a one-page guide on carrying devices, border searches and approaches abroad, and hand it out with every foreign travel request.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
        {
          fromLevel: 1,
          text: {
            ja: "懸念国の一覧を定め、その国への出張者にはセキュリティ担当者による出発前の個別説明を必須にします。",
            en: "Define a list of countries of concern and require a one-to-one pre-departure briefing by the security team for travel there.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
        {
          fromLevel: 2,
          text: {
            ja: "懸念国への出張では貸出用端末を使い、帰国後に端末点検とパスワード変更、不審な接触の報告を行う手順を定めます。",
            en: "For travel to those countries, require loaner devices and, on return, a device check, password change and report of any suspicious contact.",
          },
          effort: "M",
          ownerRole: "it-security",
        },
        {
          fromLevel: 3,
          text: {
            ja: "帰国後の報告を半年ごとに集計し、接触の傾向に合わせて説明資料と懸念国の一覧を改訂します。",
            en: "Collate post-trip reports every six months and revise the briefing and the list of countries to match the patterns seen.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
      ],
      sources: {
        recommendations: ["HOS-14", "HOS-7"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "PR.AT-01" }],
      },
    },
    {
      key: "training.targeted-attack-awareness",
      text: {
        ja: "従業員に、国家が関与する標的型攻撃（なりすましメール、偽の採用・取引の打診、SNS経由の接触）を見分け、報告するための訓練を行っていますか。",
        en: "Do you train staff to recognize and report state-sponsored targeted attacks, such as spoofed e-mail, fake job or business offers and approaches through social media?",
      },
      guidance: {
        ja: "全従業員が年1回以上の訓練を受け、研究開発・経営層など狙われやすい層には実際の手口に基づく追加訓練を行い、報告しやすい窓口があることが望まれます。",
        en: "Good practice trains all staff at least yearly, gives extra training based on real techniques to the most targeted groups such as R&D and executives, and makes reporting easy.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "訓練なし", en: "No training" },
          { ja: "注意喚起メールのみ", en: "Warning e-mails only" },
          { ja: "全従業員向けの年次研修", en: "Yearly training for all staff" },
          { ja: "標的型メール訓練と、狙われやすい層への追加訓練", en: "Phishing simulations plus extra training for the most targeted groups" },
          { ja: "実際の攻撃情報を反映し、報告率の向上を継続的に確認", en: "Real attack intelligence built in, with reporting rates tracked and improving" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "不審なメール・接触の報告窓口（専用アドレスまたは報告ボタン）を設け、全従業員に周知します。",
            en: "Set up a reporting channel for suspicious e-mail and contacts (a dedicated address or a report button) and tell all staff about it.",
          },
          effort: "S",
          ownerRole: "it-security",
        },
        {
          fromLevel: 1,
          text: {
            ja: "標的型攻撃の手口と報告方法を扱う全従業員向けの年次研修を、必修研修として実施します。",
            en: "Run yearly mandatory training for all staff on targeted-attack techniques and how to report them.",
          },
          effort: "M",
          ownerRole: "it-security",
        },
        {
          fromLevel: 2,
          text: {
            ja: "年2回の標的型メール訓練を実施し、研究開発部門と経営層には偽の採用・取引打診を題材にした追加訓練を行います。",
            en: "Run phishing simulations twice a year, and give R&D and executives extra exercises built around fake job and business offers.",
          },
          effort: "M",
          ownerRole: "it-security",
        },
        {
          fromLevel: 3,
          text: {
            ja: "JPCERT/CCやセキュリティ事業者の攻撃情報から訓練の題材を更新し、部門別の報告率を経営層に報告します。",
            en: "Refresh exercise scenarios from JPCERT/CC and vendor threat reports, and report reporting rates by division to the executives.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
      ],
      sources: {
        recommendations: ["HOS-7"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "PR.AT-01" },
          { framework: "NIST-SP-800-171r3", id: "03.02.01" },
          { framework: "METI-CSMG-3.0", id: "指示5" },
        ],
      },
    },
    {
      key: "training.effectiveness",
      text: {
        ja: "研修・訓練の効果を、受講率だけでなく、確認テスト、演習、標的型メール訓練の結果などで測定し、改善に使っていますか。",
        en: "Do you measure whether training works — through tests, exercises and phishing-simulation results, not just attendance — and use the results to improve it?",
      },
      guidance: {
        ja: "指標（理解度、報告率、演習での対応時間）を定め、結果を経営層に報告し、弱い部門に追加の対策を打っていることが望まれます。",
        en: "Good practice sets measures (test scores, reporting rates, response times in exercises), reports them to the executives and follows up where divisions fall short.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "測定なし", en: "Not measured" },
          { ja: "受講率のみ把握", en: "Attendance tracked only" },
          { ja: "確認テストや訓練結果を記録", en: "Test and exercise results recorded" },
          { ja: "指標を定めて経営層に報告", en: "Set measures reported to the executives" },
          { ja: "結果に基づき部門別に研修内容を改善", en: "Training improved division by division from the results" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "必修研修の受講記録を人事システムで管理し、部門別の受講率を集計します。",
            en: "Record mandatory training in the HR system and total attendance by division.",
          },
          effort: "S",
          ownerRole: "hr",
        },
        {
          fromLevel: 1,
          text: {
            ja: "経済安全保障・輸出管理研修に確認テストを追加し、標的型メール訓練の開封率・報告率を記録します。",
            en: "Add tests to the economic-security and export-control courses, and record open and reporting rates from phishing simulations.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
        {
          fromLevel: 2,
          text: {
            ja: "理解度・報告率・演習での初動時間を指標とし、半年ごとに経営会議へ報告します。",
            en: "Adopt test scores, reporting rates and first-response times in exercises as measures, and report them to the management committee every six months.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
        {
          fromLevel: 3,
          text: {
            ja: "指標が目標に届かない部門に追加研修や演習を割り当て、翌期の結果で効果を確認します。",
            en: "Assign extra training or exercises to divisions below target, and check the effect in the next period's results.",
          },
          effort: "M",
          ownerRole: "security-lead",
        },
      ],
      sources: {
        recommendations: ["HOS-1", "HOS-7"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "ID.IM-02" },
          { framework: "METI-CSMG-3.0", id: "指示6" },
        ],
      },
    },
  ],
  university: [
    {
      key: "training.leadership-briefing-univ",
      text: {
        ja: "学長・理事など大学の執行部は、米中の技術覇権争いと研究セキュリティ（研究インテグリティ）のリスクについて定期的な説明を受けていますか。",
        en: "Do the president, vice-presidents and other university leaders receive regular briefings on the US–China technology rivalry and research-security (research integrity) risks?",
      },
      guidance: {
        ja: "執行部が年1回以上、自学の共同研究・受入れ・資金の実態に即した説明を受け、研究セキュリティの方針と資源配分に反映していることが望まれます。",
        en: "Good practice briefs leaders at least yearly on the university's own collaborations, visitors and funding, and visibly uses this in research-security policy and resourcing.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "説明なし", en: "No briefings" },
          { ja: "文部科学省等の通知の回覧のみ", en: "Ministry notices circulated only" },
          { ja: "役員会での不定期な説明", en: "Occasional briefings to the executive board" },
          { ja: "自学の実態に即した年1回以上の定例説明", en: "At least yearly briefings on the university's own situation" },
          { ja: "説明内容が方針・予算・体制の決定に反映", en: "Briefings reflected in policy, budget and organization decisions" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "次回の役員会で、研究インテグリティに関する政府方針と、米国の研究セキュリティ要件が自学の共同研究に及ぼす影響を説明する枠を設けます。",
            en: "Reserve time at the next executive board to brief on the government's research-integrity policy and how US research-security requirements affect the university's collaborations.",
          },
          effort: "S",
          ownerRole: "research-office",
        },
        {
          fromLevel: 1,
          text: {
            ja: "研究推進部門が、自学の海外共同研究・外国資金・受入れ研究者の概況を整理した説明資料を作り、役員会の議題にします。",
            en: "Have the research office summarise the university's foreign collaborations, foreign funding and visiting researchers, and put it on the executive board's agenda.",
          },
          effort: "M",
          ownerRole: "research-office",
        },
        {
          fromLevel: 2,
          text: {
            ja: "執行部向けの説明を年間計画に組み込み、研究セキュリティ担当理事が年1回報告する定例とします。",
            en: "Put leadership briefings on the annual calendar, with a yearly report by the vice-president responsible for research security.",
          },
          effort: "S",
          ownerRole: "executive",
        },
        {
          fromLevel: 3,
          text: {
            ja: "説明を受けて決めた事項（体制強化、予算措置、協定の見直し）を議事録に残し、次年度計画に反映します。",
            en: "Minute the decisions taken after each briefing (staffing, budget, agreement reviews) and carry them into the next year's plan.",
          },
          effort: "S",
          ownerRole: "executive",
        },
      ],
      sources: {
        recommendations: ["HOS-2", "HOS-6"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "GV.RR-01" }],
      },
    },
    {
      key: "training.research-security-univ",
      text: {
        ja: "研究者に、研究セキュリティ・研究インテグリティに関する研修（外国からの勧誘・人材招致プログラム、利益相反・責務相反、情報開示の義務）を行っていますか。",
        en: "Do you train researchers in research security and research integrity — foreign recruitment and talent programmes, conflicts of interest and commitment, and disclosure obligations?",
      },
      guidance: {
        ja: "全研究者が定期的に受講し、米国の資金を受ける研究者は NSPM-33 や米国科学技術政策局の指針（2024年）が求める研修要件を満たし、受講記録を提示できることが望まれます。",
        en: "Good practice trains every researcher regularly, and those with US funding meet the training expected under NSPM-33 and the OSTP guidelines (2024), with records that can be shown to funders.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "研修なし", en: "No training" },
          { ja: "研究倫理研修の一部で触れる程度", en: "A passing mention in research-ethics training" },
          { ja: "研究セキュリティの専用研修を任意で提供", en: "Dedicated research-security training offered on a voluntary basis" },
          { ja: "全研究者の定期受講を必須化し、記録を保存", en: "Regular training mandatory for all researchers, with records kept" },
          { ja: "分野・資金元に応じた内容で、資金配分機関の要件にも対応", en: "Content tailored to field and funder, meeting funders' requirements" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "研究倫理研修に、外国からの勧誘の手口と、兼業・外国資金の申告義務を説明する章を追加します。",
            en: "Add a chapter to research-ethics training on how foreign recruitment works and on the duty to declare secondary appointments and foreign funding.",
          },
          effort: "S",
          ownerRole: "research-office",
        },
        {
          fromLevel: 1,
          text: {
            ja: "研究セキュリティの専用研修（UK Trusted Research や米国の研修教材を参考に、自学の事例を加えたもの）を作成して提供します。",
            en: "Build a dedicated research-security course, drawing on UK Trusted Research and US training material and adding the university's own cases.",
          },
          effort: "M",
          ownerRole: "research-office",
        },
        {
          fromLevel: 2,
          text: {
            ja: "全研究者に3年ごとの受講を義務づけ、外部資金の申請時に受講を確認する手順を設けます。",
            en: "Require every researcher to take the course every three years, and check completion when they apply for external funding.",
          },
          effort: "M",
          ownerRole: "research-office",
        },
        {
          fromLevel: 3,
          text: {
            ja: "米国資金を受ける研究者向けの追加単元と、新興技術分野向けの単元を用意し、資金配分機関の要件改定に合わせて更新します。",
            en: "Add modules for researchers with US funding and for emerging-technology fields, and update them whenever funders change their requirements.",
          },
          effort: "M",
          ownerRole: "research-office",
        },
      ],
      sources: {
        recommendations: ["HOS-6", "HOS-11"],
        frameworks: [
          { framework: "NSPM-33", id: "training" },
          { framework: "NSPM-33", id: "disclosure" },
          { framework: "US-RS-2024", id: "training" },
        ],
      },
    },
    {
      key: "training.student-training-univ",
      text: {
        ja: "大学院生・ポスドクに、研究セキュリティと輸出管理の基礎（研究データの扱い、みなし輸出、不審な接触の報告）を教えていますか。",
        en: "Do you teach graduate students and postdocs the basics of research security and export control (handling research data, deemed exports, reporting suspicious approaches)?",
      },
      guidance: {
        ja: "入学・着任時のオリエンテーションに組み込み、機微な研究室に所属する学生には研究代表者が追加の説明を行っていることが望まれます。",
        en: "Good practice builds this into orientation on arrival, with principal investigators giving extra briefings to students in sensitive labs.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "教えていない", en: "Not taught" },
          { ja: "一部の研究科・研究室のみ", en: "Some graduate schools or labs only" },
          { ja: "全学のオリエンテーションに組み込み、機微な研究室では追加説明", en: "Part of university-wide orientation, with extra briefings in sensitive labs" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "大学院入学時のオリエンテーションに、研究データの扱いと輸出管理の基礎を説明する30分の単元を加えます。",
            en: "Add a 30-minute session on handling research data and export-control basics to graduate-school orientation.",
          },
          effort: "S",
          ownerRole: "research-office",
        },
        {
          fromLevel: 1,
          text: {
            ja: "全研究科で同じ単元を必修とし、リスト規制技術を扱う研究室では研究代表者が着任時に追加説明を行い記録します。",
            en: "Make the session compulsory in every graduate school, and have principal investigators in labs with controlled technology give and record an extra briefing on arrival.",
          },
          effort: "M",
          ownerRole: "principal-investigator",
        },
      ],
      sources: {
        recommendations: ["HOS-6", "HOS-8"],
        frameworks: [{ framework: "NSPM-33", id: "training" }],
      },
    },
    {
      key: "training.export-control-univ",
      text: {
        ja: "教員・研究支援職員に、外国為替及び外国貿易法（外為法）に基づく輸出管理（該非判定、取引審査、みなし輸出の特定類型）の研修を行っていますか。",
        en: "Do you train faculty and research-support staff on export control under the Foreign Exchange and Foreign Trade Act (classification, transaction screening, the 'specified categories' of deemed exports)?",
      },
      guidance: {
        ja: "輸出管理内部規程に研修を定め、技術提供・海外出張・外国人受入れの場面ごとに手続を理解させ、受講記録を保存していることが望まれます。",
        en: "Good practice writes training into the university's internal export-control rules, teaches the steps for technology transfer, overseas travel and hosting foreigners, and keeps records.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "研修なし", en: "No training" },
          { ja: "説明資料の配布のみ", en: "Guidance documents handed out only" },
          { ja: "新任教員向けの説明会を実施", en: "Sessions for newly appointed faculty" },
          { ja: "全教員・支援職員の定期受講を規程で定め、記録を保存", en: "Regular training for all faculty and support staff set in the rules, with records kept" },
          { ja: "確認テストと監査結果で内容を改善し、部局ごとの受講状況を管理", en: "Content improved from tests and audits, with completion tracked by department" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "輸出管理の手続（該非判定の依頼先、海外出張時の確認、外国人受入れ時の確認）をまとめた手引きを作成し、全教員に配布します。",
            en: "Write a short guide to export-control steps (who classifies, checks before overseas trips and before hosting foreigners) and send it to all faculty.",
          },
          effort: "S",
          ownerRole: "export-control",
        },
        {
          fromLevel: 1,
          text: {
            ja: "新任教員の着任時研修に輸出管理の単元を加え、みなし輸出の特定類型の事例を扱います。",
            en: "Add an export-control module to induction for new faculty, with worked examples of the deemed-export 'specified categories'.",
          },
          effort: "S",
          ownerRole: "export-control",
        },
        {
          fromLevel: 2,
          text: {
            ja: "輸出管理内部規程に、全教員・研究支援職員の受講頻度と記録の保存を定める条項を加え、e ラーニングで実施します。",
            en: "Add an article to the internal export-control rules setting how often all faculty and support staff are trained and how records are kept, and deliver it by e-learning.",
          },
          effort: "M",
          ownerRole: "export-control",
        },
        {
          fromLevel: 3,
          text: {
            ja: "e ラーニングに確認テストを設け、部局別の受講率と内部監査の指摘を翌年度の教材に反映します。",
            en: "Add a test to the e-learning, and use completion by department and internal audit findings to revise next year's material.",
          },
          effort: "S",
          ownerRole: "export-control",
        },
      ],
      sources: {
        recommendations: ["HOS-8", "HOS-6"],
        frameworks: [
          { framework: "METI-CP", id: "教育" },
          { framework: "NSPM-33", id: "export-control" },
        ],
      },
    },
    {
      key: "training.foreign-researcher-onboarding-univ",
      text: {
        ja: "外国人研究者・留学生・客員研究員の受入れ時に、みなし輸出（2022年5月の運用明確化：特定類型）の確認と、本人・受入研究室への説明を行っていますか。",
        en: "When hosting foreign researchers, students or visiting scholars, do you check deemed-export requirements (the 'specified categories' clarified in May 2022) and brief both them and the host lab?",
      },
      guidance: {
        ja: "受入れ前に特定類型の該当性（外国政府等との雇用・資金関係など）を本人の申告で確認し、提供してよい技術の範囲を受入教員が理解していることが望まれます。",
        en: "Good practice checks the specified categories (such as employment by or funding from a foreign government) through the person's own declaration before arrival, and makes sure the host supervisor knows which technology may be shared.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "確認・説明なし", en: "No checks or briefing" },
          { ja: "受入教員の判断に任せている", en: "Left to the host supervisor" },
          { ja: "受入れ時に輸出管理部門が確認", en: "Export-control office checks at arrival" },
          { ja: "受入れ前の申告・確認と、本人・受入研究室への説明を必須化", en: "Pre-arrival declaration and check, with briefings for the person and host lab required" },
          { ja: "研究内容の変更時に再確認し、記録を保存", en: "Re-checked when research changes, with records kept" },
        ],
      },
      appliesIf: { any: ["hostsForeignResearchers"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "国際部門と輸出管理部門で、外国人研究者・留学生・客員研究員の受入れ予定を共有する手順を作ります。",
            en: "Set up a step for the international office to share planned arrivals of foreign researchers, students and visitors with the export-control office.",
          },
          effort: "S",
          ownerRole: "research-office",
        },
        {
          fromLevel: 1,
          text: {
            ja: "受入れ手続に、特定類型の該当性に関する本人の申告書と、輸出管理部門の確認を組み込みます。",
            en: "Add a self-declaration on the specified categories and an export-control check to the admission and appointment process.",
          },
          effort: "M",
          ownerRole: "export-control",
        },
        {
          fromLevel: 2,
          text: {
            ja: "着任時に本人と受入教員へ、研究室で提供してよい技術の範囲と誓約事項を説明する手順を定め、記録します。",
            en: "Brief the newcomer and host supervisor on arrival about which technology the lab may share and what they undertake, and record it.",
          },
          effort: "S",
          ownerRole: "principal-investigator",
        },
        {
          fromLevel: 3,
          text: {
            ja: "研究テーマや所属研究室が変わる際に受入教員が輸出管理部門へ届け出る仕組みを設け、再確認します。",
            en: "Require host supervisors to notify the export-control office when a visitor's topic or lab changes, and re-check each time.",
          },
          effort: "S",
          ownerRole: "export-control",
        },
      ],
      sources: {
        recommendations: ["HOS-6", "HOS-8"],
        frameworks: [{ framework: "NSPM-33", id: "export-control" }],
      },
    },
    {
      key: "training.travel-security-univ",
      text: {
        ja: "海外出張・学会参加する教職員・学生に、機微情報を入れない端末の利用、入国時の端末検査、現地での接触への注意を含む渡航セキュリティの説明を行っていますか。",
        en: "Do you brief faculty, staff and students travelling abroad or to conferences on travel security, including clean devices, border searches of devices and caution about approaches?",
      },
      guidance: {
        ja: "懸念国への渡航や機微研究の従事者には出発前の説明を必須とし、帰国後に不審な接触を報告できる窓口があることが望まれます。",
        en: "Good practice makes a pre-departure briefing mandatory for travel to countries of concern or by those in sensitive research, with a channel to report suspicious contacts on return.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "説明なし", en: "No briefing" },
          { ja: "一般的な注意事項の掲載のみ", en: "General advice posted only" },
          { ja: "懸念国への渡航者に説明を実施", en: "Briefings for travel to countries of concern" },
          { ja: "出張申請と連動した説明の必須化と帰国後の報告窓口", en: "Mandatory briefing tied to travel approval, with a post-trip reporting channel" },
          { ja: "帰国後報告を分析して説明内容を更新", en: "Post-trip reports analysed to update the briefing" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "端末の持ち出し、入国時の端末検査、学会等での接触への注意をまとめた渡航者向けの手引きを作り、出張申請の画面に掲載します。",
            en: "Write a traveller's guide on carrying devices, border searches and approaches at conferences, and post it on the travel request page.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
        {
          fromLevel: 1,
          text: {
            ja: "懸念国の一覧を定め、その国への渡航者に国際部門・情報基盤センターによる出発前説明を行います。",
            en: "Define a list of countries of concern and have the international office and IT centre brief everyone travelling there before departure.",
          },
          effort: "S",
          ownerRole: "research-office",
        },
        {
          fromLevel: 2,
          text: {
            ja: "懸念国への渡航と機微研究の従事者の渡航では、出張申請の承認に説明の受講を条件づけ、帰国後の報告様式を設けます。",
            en: "Make the briefing a condition of travel approval for countries of concern and for people in sensitive research, and introduce a post-trip report form.",
          },
          effort: "M",
          ownerRole: "research-office",
        },
        {
          fromLevel: 3,
          text: {
            ja: "帰国後の報告を年1回集計し、接触の傾向に合わせて手引きと懸念国の一覧を改訂します。",
            en: "Collate post-trip reports once a year and revise the guide and country list to match the patterns seen.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
      ],
      sources: {
        recommendations: ["HOS-14", "HOS-7"],
        frameworks: [
          { framework: "NSPM-33", id: "foreign-travel" },
          { framework: "US-RS-2024", id: "foreign-travel" },
        ],
      },
    },
    {
      key: "training.targeted-attack-awareness-univ",
      text: {
        ja: "教職員・学生に、研究者を狙う標的型攻撃（偽の学会招待・査読依頼・共同研究の打診、なりすましメール）を見分け、報告するための訓練を行っていますか。",
        en: "Do you train faculty, staff and students to recognize and report targeted attacks on researchers, such as fake conference invitations, review requests, collaboration offers and spoofed e-mail?",
      },
      guidance: {
        ja: "全教職員が定期的に訓練を受け、機微研究の研究室には実際の手口に基づく追加訓練を行い、報告が容易な窓口があることが望まれます。",
        en: "Good practice trains all faculty and staff regularly, gives extra training based on real techniques to sensitive labs, and makes reporting easy.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "訓練なし", en: "No training" },
          { ja: "注意喚起メールのみ", en: "Warning e-mails only" },
          { ja: "教職員向けの定期研修", en: "Regular training for faculty and staff" },
          { ja: "標的型メール訓練と、機微研究の研究室への追加訓練", en: "Phishing simulations plus extra training for sensitive labs" },
          { ja: "実際の攻撃事例を反映し、報告率を継続的に確認", en: "Real attack cases built in, with reporting rates tracked" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "不審なメールの報告窓口を情報基盤センターに設け、全教職員・学生に周知します。",
            en: "Set up a suspicious e-mail reporting channel at the IT centre and tell all faculty, staff and students about it.",
          },
          effort: "S",
          ownerRole: "it-security",
        },
        {
          fromLevel: 1,
          text: {
            ja: "偽の学会招待や共同研究の打診の事例を使った研修を、教職員の年次必修研修に加えます。",
            en: "Add a module using fake conference invitations and collaboration offers as examples to the yearly mandatory training for faculty and staff.",
          },
          effort: "S",
          ownerRole: "it-security",
        },
        {
          fromLevel: 2,
          text: {
            ja: "年1回の標的型メール訓練を全教職員に実施し、機微研究の研究室には個別の追加訓練を行います。",
            en: "Run a phishing simulation for all faculty and staff once a year, with extra sessions for sensitive labs.",
          },
          effort: "M",
          ownerRole: "it-security",
        },
        {
          fromLevel: 3,
          text: {
            ja: "学内で報告された攻撃事例を訓練の題材に加え、部局別の報告率を役員会に報告します。",
            en: "Use attacks reported inside the university as exercise material, and report reporting rates by department to the executive board.",
          },
          effort: "S",
          ownerRole: "security-lead",
        },
      ],
      sources: {
        recommendations: ["HOS-7"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "PR.AT-01" },
          { framework: "NSPM-33", id: "cybersecurity" },
        ],
      },
    },
    {
      key: "training.effectiveness-univ",
      text: {
        ja: "研究セキュリティ・輸出管理の研修の効果を、受講率だけでなく確認テストや演習・事例検討の結果で測り、改善に使っていますか。",
        en: "Do you measure whether research-security and export-control training works — through tests, exercises and case discussions, not just attendance — and use the results to improve it?",
      },
      guidance: {
        ja: "部局別の受講率と理解度を把握して役員会に報告し、低い部局や機微研究の研究室に追加の支援を行っていることが望まれます。",
        en: "Good practice tracks completion and understanding by department, reports them to the executive board, and gives extra support to weak departments and sensitive labs.",
      },
      weight: 1,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "測定なし", en: "Not measured" },
          { ja: "受講率のみ把握", en: "Attendance tracked only" },
          { ja: "理解度・演習結果を測定し、役員会に報告して改善", en: "Understanding and exercise results measured, reported to the board and acted on" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          text: {
            ja: "研究セキュリティ・輸出管理研修の受講記録を e ラーニングで集計し、部局別の受講率を出します。",
            en: "Total research-security and export-control training records in the e-learning system and produce completion rates by department.",
          },
          effort: "S",
          ownerRole: "research-office",
        },
        {
          fromLevel: 1,
          text: {
            ja: "研修に確認テストを加え、年1回、事例検討の演習を行って、その結果と部局別の受講率を役員会に報告します。",
            en: "Add a test to the training, run a yearly case-study exercise, and report the results with departmental completion rates to the executive board.",
          },
          effort: "M",
          ownerRole: "research-office",
        },
      ],
      sources: {
        recommendations: ["HOS-6", "HOS-1"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "ID.IM-02" }],
      },
    },
  ],
});
