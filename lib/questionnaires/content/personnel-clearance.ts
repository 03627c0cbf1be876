// Domain 3 — In-house security clearance and personnel: who may access sensitive technology, vetting, need-to-know,
// periodic review, leavers, insider-threat signals, and readiness for Japan's clearance regime and US partners.
import { ZDomainContent } from "../schema";

export const personnelClearanceContent = ZDomainContent.parse({
  domain: "personnel-clearance",
  corporate: [
    {
      key: "people.access-roster",
      text: {
        ja: "機微技術ごとに、アクセスできる人を業務上の必要性（Need-to-know）に基づいて限定し、名簿で管理していますか。",
        en: "For each sensitive technology, is access limited on a need-to-know basis to named people on a roster?",
      },
      guidance: {
        ja: "部署単位の一括付与ではなく、技術ごとに管理責任者が承認した個人の名簿があり、システムのアクセス権と一致している状態です。",
        en: "Not blanket access by department: each technology has a roster of individuals approved by its owner, and system permissions match it.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "制限なし。社内の誰でもアクセス可能", en: "No restriction; anyone in the company can reach it" },
          { ja: "部署単位でアクセスを制限", en: "Restricted by department" },
          { ja: "個人単位の名簿はあるが、システムのアクセス権と一致していない", en: "A named roster exists, but system permissions do not match it" },
          { ja: "管理責任者が承認した個人名簿とシステムのアクセス権が一致", en: "Owner-approved rosters and system permissions match" },
          { ja: "名簿とアクセス権の差異を自動で検知し、最小権限を継続的に維持", en: "Differences between roster and permissions are detected automatically, keeping least privilege" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "最も機微度の高い技術について、業務上アクセスが必要な人を管理責任者が指名し、それ以外の人のアクセスを停止する。",
            en: "For the most sensitive technologies, have the owner name who needs access for their work, and remove everyone else's.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "部署単位のアクセス権を個人単位に切り替え、技術ごとのアクセス名簿を作成する。",
            en: "Replace department-wide permissions with individual ones, and create an access roster per technology.",
          },
        },
        {
          fromLevel: 2,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "名簿とファイルサーバ・リポジトリのアクセス権を突き合わせ、名簿にない人の権限を削除する。",
            en: "Reconcile rosters with file-server and repository permissions, and remove the rights of anyone not on the roster.",
          },
        },
        {
          fromLevel: 3,
          effort: "L",
          ownerRole: "it-security",
          text: {
            ja: "ID 管理システムで名簿とアクセス権を連携させ、差異を週次で自動検知する。",
            en: "Link rosters to permissions in the identity-management system and detect differences automatically every week.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-4"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "PR.AA-05" },
          { framework: "NIST-SP-800-171r3", id: "03.01.05" },
        ],
      },
    },
    {
      key: "people.vetting",
      text: {
        ja: "機微技術へのアクセスを認める前に、本人の経歴・兼業・外国政府等との関係などを確認する社内の確認手続（社内クリアランス）がありますか。",
        en: "Before granting access to sensitive technology, is there an in-house clearance that checks the person's background, outside roles and any ties to foreign governments?",
      },
      guidance: {
        ja: "確認項目と判定基準が文書化され、本人の同意を得て個人情報保護法や労働法令に沿って実施されていること、国籍だけを理由に判断していないことが重要です。",
        en: "The checks and criteria are written down and carried out with the person's consent, in line with privacy and employment law; nationality alone is never the test.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "確認手続なし", en: "No vetting" },
          { ja: "採用時の一般的な確認のみ", en: "General checks at hiring only" },
          { ja: "誓約書を求めているが、確認項目や判定基準がない", en: "A signed undertaking, but no defined checks or criteria" },
          { ja: "確認項目と判定基準を定め、同意を得てアクセス前に実施", en: "Defined checks and criteria, carried out with consent before access" },
          { ja: "確認結果と判断を記録し、法務・人事が運用の公正性を定期点検", en: "Results and decisions recorded; legal and HR review fairness regularly" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "hr",
          text: {
            ja: "機微技術を扱う担当者から、秘密保持と兼業・外国との関係の申告を含む誓約書を取得する。",
            en: "Obtain from everyone who handles sensitive technology a signed undertaking covering confidentiality and declaration of outside roles and foreign ties.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "hr",
          text: {
            ja: "確認項目（職歴、兼業・副業、外国政府等からの資金や役職、利益相反）と判定基準を定め、個人情報保護法との整合を法務が確認する。",
            en: "Define the checks (employment history, secondary jobs, funding or positions from foreign governments, conflicts of interest) and criteria, and have legal confirm they fit data-protection law.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "本人の同意を得てアクセス付与前に確認を行い、結果を管理責任者の承認記録とともに保存する手順を導入する。",
            en: "Run the checks with consent before access is granted, and keep the result with the owner's approval record.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "legal",
          text: {
            ja: "年 1 回、法務と人事が確認記録を点検し、国籍などによる不当な取扱いがないことと基準の妥当性を確認する。",
            en: "Once a year, have legal and HR review the records to confirm no one was treated unfairly on grounds such as nationality and that the criteria still make sense.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-4"],
        frameworks: [
          { framework: "NIST-SP-800-171r3", id: "03.09.01" },
          { framework: "NIST-CSF-2.0", id: "GV.RR-04" },
        ],
      },
    },
    {
      key: "people.periodic-review",
      text: {
        ja: "機微技術へのアクセス権と確認結果を、定期的に、また異動や担当変更の際に見直していますか。",
        en: "Are access rights and vetting results reviewed periodically, and whenever someone moves job or role?",
      },
      guidance: {
        ja: "定期的な棚卸しに加えて、異動の当日までに不要なアクセス権が削除され、兼業などの申告事項も更新されている状態です。",
        en: "Beyond periodic review, unneeded access is removed by the day someone moves, and declarations such as outside roles are kept up to date.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "見直していない", en: "No review" },
          { ja: "問題発生時のみ", en: "Only after a problem" },
          { ja: "年 1 回程度見直すが、異動時の対応が漏れる", en: "About once a year, but moves are missed" },
          { ja: "定期的な棚卸しと、異動・担当変更時の即時見直しを実施", en: "Periodic review plus immediate review on moves and role changes" },
          { ja: "人事システムと連動して見直し対象を自動抽出し、申告事項も定期更新", en: "HR data flags reviews automatically, and declarations are refreshed periodically" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "機微技術のアクセス権を年 1 回棚卸しすることを規程に定め、初回を実施する。",
            en: "Make a yearly review of sensitive-technology access a rule, and carry out the first one.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "hr",
          text: {
            ja: "人事異動の通知を情報システム部門と管理責任者に送る手順を設け、異動日までに不要なアクセス権を削除する。",
            en: "Send notice of every transfer to IT and the technology owners, and remove unneeded access by the transfer date.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "棚卸しを半期ごとに行い、兼業や外国との関係などの申告事項も同時に更新させる。",
            en: "Review every six months, and have people refresh their declarations of outside roles and foreign ties at the same time.",
          },
        },
        {
          fromLevel: 3,
          effort: "L",
          ownerRole: "it-security",
          text: {
            ja: "人事システムの異動・職務変更データを ID 管理に連携し、見直し対象を自動で抽出する。",
            en: "Feed transfer and role-change data from the HR system into identity management so that reviews are triggered automatically.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-4"],
        frameworks: [
          { framework: "NIST-SP-800-171r3", id: "03.01.01" },
          { framework: "NIST-CSF-2.0", id: "PR.AA-05" },
        ],
      },
    },
    {
      key: "people.leavers",
      text: {
        ja: "退職者・契約終了者について、最終日までのアクセス権の削除、貸与物の回収、秘密保持義務の再確認、退職前の不審なデータ持ち出しの確認を行っていますか。",
        en: "When people leave or contracts end, do you remove access by the last day, recover equipment, reconfirm confidentiality duties and check for suspicious data removal beforehand?",
      },
      guidance: {
        ja: "機微技術に触れていた退職者については、直近の大量ダウンロードや外部送付の記録を確認し、退職後も続く秘密保持義務（不正競争防止法上の営業秘密を含む）を説明している状態です。",
        en: "For leavers who handled sensitive technology, recent bulk downloads and external transfers are checked, and the duties that continue after leaving (including trade secrets under the Unfair Competition Prevention Act) are explained.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "特別な手続なし", en: "No specific procedure" },
          { ja: "アカウント停止のみ（遅れることがある）", en: "Accounts are disabled, sometimes late" },
          { ja: "最終日にアクセス削除と貸与物回収を確実に実施", en: "Access removed and equipment recovered reliably on the last day" },
          { ja: "加えて退職面談で秘密保持義務を再確認し、直近のデータ持ち出しを確認", en: "Plus an exit interview on confidentiality and a check of recent data removal" },
          { ja: "退職の申出時点から監視を強め、懸念時の対応手順（法務相談、証拠保全）を運用", en: "Monitoring steps up from notice of resignation, with a procedure for concerns (legal advice, evidence preservation)" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "hr",
          text: {
            ja: "退職手続のチェックリストにアカウント停止と入館証・貸与 PC の回収を加え、人事と情報システム部門で共有する。",
            en: "Add account closure and return of badges and laptops to the leaver checklist shared by HR and IT.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "最終出社日の終業時までに全アカウントを停止する手順を定め、実施記録を残す。",
            en: "Disable every account by close of business on the last working day, and keep a record that it was done.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "機微技術に触れていた退職者には退職面談で秘密保持誓約書への署名を求め、直近 3 か月のダウンロードと外部送付の記録を確認する。",
            en: "For leavers who handled sensitive technology, obtain a signed confidentiality undertaking at the exit interview and review their downloads and external transfers over the last three months.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "legal",
          text: {
            ja: "退職の申出時点でデータ持ち出しの監視を強化し、懸念がある場合の法務相談と証拠保全の手順を定める。",
            en: "Step up monitoring of data removal from notice of resignation, and set out how concerns go to legal and how evidence is preserved.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-4"],
        frameworks: [{ framework: "NIST-SP-800-171r3", id: "03.09.02" }],
      },
    },
    {
      key: "people.insider-signals",
      text: {
        ja: "内部不正や外国への情報提供の兆候（業務外の大量ダウンロード、未申告の外国との関係や兼業、不自然な外部記憶媒体の使用など）を把握し、対応する仕組みがありますか。",
        en: "Can you spot and act on signs of insider wrongdoing or passing information abroad — bulk downloads unrelated to work, undeclared foreign ties or outside jobs, unusual use of removable media?",
      },
      guidance: {
        ja: "技術的な監視と人事・法務の相談窓口を組み合わせ、プライバシーと公正性に配慮した手順で兆候を評価・対応している状態です。",
        en: "Technical monitoring is combined with a route to HR and legal, and signals are assessed and handled through a procedure that respects privacy and fairness.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "仕組みなし", en: "Nothing in place" },
          { ja: "問題が表面化してから調査", en: "Investigated only after problems surface" },
          { ja: "ログは取得しているが、分析や通報の仕組みがない", en: "Logs are kept, but nobody analyses them and there is no reporting route" },
          { ja: "兆候の定義・監視・相談窓口・調査手順を整備し、人事・法務・情報セキュリティが連携", en: "Defined signals, monitoring, a reporting channel and an investigation procedure, with HR, legal and security working together" },
          { ja: "事例の振り返りで兆候の定義と監視を毎年改善し、周知による抑止も図る", en: "Signals and monitoring improve yearly from case reviews, and communication adds deterrence" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "機微技術を保管するシステムで、ファイルのダウンロードと外部送付のログを取得・保存する設定にする。",
            en: "Turn on logging and retention of downloads and external transfers on the systems that hold sensitive technology.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "兆候の例（業務外の大量ダウンロード、私物クラウドへの送付、外部記憶媒体への書き出し）を定め、ログから月次で抽出して確認する。",
            en: "Define example signals (bulk downloads outside normal work, uploads to personal cloud, copies to removable media) and pull them from the logs for review every month.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "legal",
          text: {
            ja: "人事・法務・情報セキュリティによる対応チームを設け、相談窓口とプライバシーに配慮した調査手順を規程化する。",
            en: "Form a response team from HR, legal and security, and put the reporting channel and a privacy-respecting investigation procedure into the rules.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "年 1 回、対応事例と誤検知を振り返って兆候の定義を改め、監視を行っていることを従業員に周知する。",
            en: "Once a year, review cases and false alarms to refine the signals, and tell staff that monitoring takes place.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-4", "HOS-7"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "DE.CM-03" }],
      },
    },
    {
      key: "people.sc-readiness",
      text: {
        ja: "重要経済安保情報保護活用法に基づくセキュリティ・クリアランス制度について、適合事業者の認定を受ける必要性を判断し、必要な準備（情報保全の体制、対象従業者の特定、適性評価への対応）を進めていますか。",
        en: "Under the clearance regime of the Act on the Protection and Utilization of Critical Economic Security Information, have you decided whether you need to become a qualified business, and are you preparing for it (protective arrangements, identifying the staff concerned, security-clearance assessment)?",
      },
      guidance: {
        ja: "政府との契約や共同研究で重要経済安保情報を扱う見込みを確認し、認定に必要な体制、適性評価の対象者の特定と本人同意の手順、同意しないことや評価結果を理由とする不利益な取扱いをしない人事運用を準備している状態です。",
        en: "You know whether government contracts or joint projects will bring designated information; the arrangements for recognition, the list of staff to be assessed with a consent procedure, and HR rules that never penalise refusal or an assessment result are ready.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "制度を把握していない", en: "Unaware of the regime" },
          { ja: "制度は把握しているが、自社の必要性を判断していない", en: "Aware, but have not decided whether it applies" },
          { ja: "必要性を判断し対応部署を決めたが、準備は未着手", en: "Need decided and a team named, but preparation not started" },
          { ja: "保全体制・対象者の特定・本人同意の手順を整え、認定の申請に対応できる", en: "Protective arrangements, staff identification and consent procedure ready for an application" },
          { ja: "適合事業者として運用し（または即時に申請でき）、取扱者の管理と教育を継続", en: "Operating as a qualified business (or ready to apply at once), with ongoing management and training of cleared staff" },
        ],
      },
      appliesIf: { any: ["handlesDesignatedInformation", "suppliesDefenceOrCriticalInfrastructure"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "legal",
          text: {
            ja: "法務とセキュリティ部門で制度の概要（重要経済安保情報、適合事業者、適性評価）を確認し、経営会議に報告する。",
            en: "Have legal and security summarise the regime (designated information, qualified businesses, security-clearance assessment) for the executive committee.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "executive",
          text: {
            ja: "政府との契約・共同研究・取引先からの要請を洗い出して重要経済安保情報を扱う見込みを評価し、認定の必要性を経営会議で判断する。",
            en: "List government contracts, joint projects and customer requests that could bring designated information, and have the executive committee decide whether to seek recognition.",
          },
        },
        {
          fromLevel: 2,
          effort: "L",
          ownerRole: "security-lead",
          text: {
            ja: "運用基準と適合事業者向けガイドラインに沿って、情報保全の規程・取扱い区域・取扱者名簿の案を作り、適性評価の対象者の特定と本人同意の手順を定める。",
            en: "Following the government's operating standards and guidelines for qualified businesses, draft protection rules, a secure handling area and a roster of handlers, and set how staff to be assessed are identified and their consent obtained.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "hr",
          text: {
            ja: "取扱者への年次教育と取扱状況の内部点検を定め、適性評価への不同意や評価結果を理由とする不利益な取扱いをしないことを人事規程に明記する。",
            en: "Set yearly training for handlers and internal checks of handling, and write into HR rules that refusing an assessment or its result will never be used against anyone.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-4", "CTX-4"],
        frameworks: [
          { framework: "SC-ACT-2024", id: "適合事業者" },
          { framework: "SC-ACT-2024", id: "適性評価" },
        ],
      },
    },
    {
      key: "people.partner-assurance",
      text: {
        ja: "米国の顧客や共同研究先から求められたとき、機微情報にアクセスできる人の管理方法（確認手続、名簿、教育、退職時の措置）を文書と実施記録で説明できますか。",
        en: "If a US customer or research partner asks, can you show in writing, with records, how you control who may access sensitive information (vetting, rosters, training, leavers)?",
      },
      guidance: {
        ja: "米国の相手先は、信頼できる人的管理の仕組みがない相手との機微情報の共有を控えることがあります。英語でも説明できる文書と、実際に運用している記録がそろっている状態が目標です。",
        en: "US partners may hold back sensitive information from firms without a credible personnel-security scheme; have a document you can share in English and the records that show it works.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "説明できる文書がない", en: "Nothing to show" },
          { ja: "個別の規程はあるが、全体を説明する文書や実施記録がない", en: "Separate rules exist, but no overall description or records" },
          { ja: "管理方法を一つの文書にまとめ、実施記録とともに提示できる", en: "One document describes the scheme and can be shown with its records" },
        ],
      },
      appliesIf: { any: ["jointResearchUs"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "アクセス管理・確認手続・教育・退職時の措置の現状を一覧にし、欠けている手続を特定する。",
            en: "List what you do today on access control, vetting, training and leavers, and identify the gaps.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "人的管理の方針と手続を一つの文書（英語版を含む）にまとめ、名簿・確認・教育の実施記録を提示できるよう整理して保管する。",
            en: "Bring the personnel-security policy and procedures together in one document (with an English version), and file the roster, vetting and training records so they can be shown.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-4", "HOS-11"],
        frameworks: [{ framework: "NIST-SP-800-171r3", id: "03.09.01" }],
      },
    },
  ],
  university: [
    {
      key: "people.access-roster-univ",
      text: {
        ja: "機微な研究について、研究室内で誰がどの技術・データにアクセスできるか（教員、ポスドク、学生、客員研究員）を決め、名簿で管理していますか。",
        en: "For sensitive research, have you decided who in the laboratory — faculty, postdocs, students, visiting researchers — may access which technology and data, and do you keep a roster?",
      },
      guidance: {
        ja: "プロジェクトごとに PI が承認した名簿があり、研究データの保管環境と実験室の入室権限がその名簿と一致している状態です。",
        en: "Each project has a PI-approved roster, and data storage permissions and laboratory entry rights match it.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "研究室の全員と来訪者が自由にアクセス", en: "Everyone in the laboratory, and visitors, can access freely" },
          { ja: "研究室のメンバーかどうかでのみ区別", en: "Only laboratory membership is distinguished" },
          { ja: "プロジェクトごとの名簿はあるが、アクセス権と一致していない", en: "Project rosters exist, but permissions do not match them" },
          { ja: "PI が承認した名簿と、データ・実験装置へのアクセス権が一致", en: "PI-approved rosters and access to data and equipment match" },
          { ja: "メンバーの加入・離脱時に即時更新し、定期的に照合", en: "Updated immediately when members join or leave, and reconciled regularly" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "principal-investigator",
          text: {
            ja: "機微な研究プロジェクトごとに、技術・データへのアクセスが必要なメンバーを PI が指名する。",
            en: "For each sensitive project, have the PI name the members who need access to its technology and data.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "principal-investigator",
          text: {
            ja: "プロジェクトごとのアクセス名簿を作り、該非判定の結果と照らして留学生・客員研究員のアクセス範囲を決める。",
            en: "Create an access roster per project, and set the access of foreign students and visitors in the light of the classification results.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "名簿に合わせて、研究データの保管環境のアクセス権と実験室の入室権限を設定し直す。",
            en: "Reset storage permissions and laboratory door access to match the rosters.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "メンバーの加入・離脱を研究推進部署に届け出る手順を設け、半期ごとに名簿とアクセス権を照合する。",
            en: "Require joiners and leavers to be notified to the research office, and reconcile rosters with permissions every six months.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-4", "HOS-6"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "PR.AA-05" },
          { framework: "NIST-SP-800-171r3", id: "03.01.05" },
        ],
      },
    },
    {
      key: "people.appointment-review-univ",
      text: {
        ja: "機微な研究プロジェクトに参加する教職員・研究員・客員研究員の採用や受入れの際に、経歴や所属先（外国ユーザーリスト掲載機関との関係など）を確認していますか。",
        en: "When appointing or hosting staff, researchers or visitors for sensitive projects, do you check their background and affiliations (such as links to institutions on the End User List)?",
      },
      guidance: {
        ja: "国籍ではなく、所属先・資金の出所・兼業などのリスク要因に基づき、本人の同意を得て一貫した基準で確認している状態です。",
        en: "Checks are based on risk factors — affiliations, funding, outside roles — not nationality, done with consent and to consistent criteria.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "確認していない", en: "No checks" },
          { ja: "研究業績の確認のみ", en: "Academic record only" },
          { ja: "PI の判断で個別に確認", en: "Case by case, at the PI's discretion" },
          { ja: "確認項目を定め、機微な研究への参加前に全件確認", en: "Defined checks, done for everyone before joining sensitive work" },
          { ja: "確認の記録を残し、判断の一貫性と公正性を委員会が定期点検", en: "Records kept; a committee reviews consistency and fairness regularly" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "機微な研究に参加する人の採用・受入れ手続に、研究推進部署による確認の工程を加える。",
            en: "Add a research-office check to the appointment and intake process for anyone joining sensitive research.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "履歴書の所属機関を外国ユーザーリスト等と照合し、兼業と資金の出所を申告させる様式を導入する。",
            en: "Screen the institutions on the CV against the End User List and similar lists, and introduce a declaration of outside roles and funding.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "確認項目と判断基準を定め、国籍のみを理由とした判断をしないことを明記した上で全件に適用する。",
            en: "Set checks and criteria, state that nationality alone is never a reason, and apply them to everyone.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "年 1 回、研究セキュリティ委員会が確認記録を点検し、判断のばらつきや不公正な取扱いがないかを確かめる。",
            en: "Once a year, have the research-security committee review the records for inconsistent or unfair decisions.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-4", "HOS-6"],
        frameworks: [
          { framework: "NIST-SP-800-171r3", id: "03.09.01" },
          { framework: "JP-RI", id: "組織のリスクマネジメント" },
        ],
      },
    },
    {
      key: "people.periodic-review-univ",
      text: {
        ja: "機微な研究のアクセス権を、定期的に、また学生の卒業・研究員の任期終了・プロジェクト変更の際に見直していますか。",
        en: "Is access to sensitive research reviewed periodically and when students graduate, appointments end or projects change?",
      },
      guidance: {
        ja: "年度替わりの一斉見直しだけでなく、在籍状況の変化がすぐにアクセス権に反映されている状態です。",
        en: "Not only a start-of-year sweep: changes in someone's status reach their access rights straight away.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "見直していない", en: "No review" },
          { ja: "問題発生時のみ", en: "Only after a problem" },
          { ja: "年度替わりに見直すが、途中の変更が漏れる", en: "Reviewed at the start of the academic year, but mid-year changes are missed" },
          { ja: "定期的な棚卸しと、卒業・任期終了・プロジェクト変更時の見直しを実施", en: "Periodic review plus review on graduation, end of appointment and project changes" },
          { ja: "学務・人事システムと連動して変更を自動検知し、即時に更新", en: "Student and HR records flag changes automatically and access is updated at once" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "principal-investigator",
          text: {
            ja: "年度替わりに、機微な研究プロジェクトのアクセス権を PI が棚卸しする手順を定める。",
            en: "Have PIs review access to their sensitive projects at the start of every academic year.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "卒業・修了、任期終了、研究室の異動の情報を研究推進部署と情報基盤センターに通知する手順を設ける。",
            en: "Notify the research office and IT centre of graduations, ends of appointment and moves between laboratories.",
          },
        },
        {
          fromLevel: 2,
          effort: "S",
          ownerRole: "principal-investigator",
          text: {
            ja: "棚卸しを半期ごとに実施し、プロジェクトの変更時にも PI がアクセス権を見直す。",
            en: "Review every six months, and have the PI revisit access whenever a project changes.",
          },
        },
        {
          fromLevel: 3,
          effort: "L",
          ownerRole: "it-security",
          text: {
            ja: "学務・人事システムの在籍情報を ID 管理に連携し、在籍の変更時にアクセス権を自動で停止する。",
            en: "Link enrolment and HR records to identity management so that access is suspended automatically when status changes.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-4"],
        frameworks: [{ framework: "NIST-SP-800-171r3", id: "03.01.01" }],
      },
    },
    {
      key: "people.leavers-univ",
      text: {
        ja: "卒業生・退職者・客員研究員の離任時に、アカウントとアクセス権の停止、研究データ・試料・貸与物の返却、守秘義務の確認を行っていますか。",
        en: "When graduates, staff or visiting researchers leave, do you close accounts and access, recover research data, samples and equipment, and reconfirm confidentiality?",
      },
      guidance: {
        ja: "機微な研究に関わった離任者について、PI がデータや試料の持ち出しの有無を確認し、離任後も共同研究を続ける場合の条件が書面で合意されている状態です。",
        en: "For leavers from sensitive research, the PI checks whether data or samples are being taken, and any continued collaboration after leaving is agreed in writing.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "特別な手続なし", en: "No specific procedure" },
          { ja: "アカウントは一定期間後に自動失効するのみ", en: "Accounts simply expire after a while" },
          { ja: "離任時にアクセス停止と貸与物の回収を実施", en: "Access closed and equipment recovered on departure" },
          { ja: "加えて研究データ・試料の返却と持ち出しの確認、守秘義務の再確認を実施", en: "Plus return of data and samples, a check on removal, and reconfirmed confidentiality" },
          { ja: "離任予定者のデータ持ち出しを事前に確認し、離任後の共同研究の条件を書面化", en: "Data removal checked ahead of departure, and continued collaboration agreed in writing" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "離任時のチェックリスト（アカウント停止、鍵・入館証・貸与 PC の返却）を作り、研究室と事務部門で共有する。",
            en: "Create a departure checklist (accounts closed, keys, badges and laptops returned) shared by laboratories and administration.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "離任日に機微な研究のデータ・実験装置へのアクセスを停止し、記録を残す。",
            en: "Remove access to sensitive data and equipment on the day of departure, and record it.",
          },
        },
        {
          fromLevel: 2,
          effort: "S",
          ownerRole: "principal-investigator",
          text: {
            ja: "機微な研究の離任者について、研究データ・試料の返却と持ち出しの有無を PI が確認し、守秘義務の確認書に署名してもらう。",
            en: "For leavers from sensitive research, have the PI confirm that data and samples are returned or what is taken, and obtain a signed confidentiality acknowledgement.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "離任後も共同研究を続ける場合の条件（アクセス範囲、データの扱い、該非判定）を書面で合意する手順を設ける。",
            en: "Require written agreement on the terms (access, data handling, classification) whenever collaboration continues after someone leaves.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-4", "HOS-6"],
        frameworks: [{ framework: "NIST-SP-800-171r3", id: "03.09.02" }],
      },
    },
    {
      key: "people.sc-readiness-univ",
      text: {
        ja: "政府の研究プロジェクト等で重要経済安保情報を扱う可能性を判断し、必要な場合に適合事業者の認定や研究者の適性評価に対応できる準備をしていますか。",
        en: "Have you assessed whether government research projects could bring Critical Economic Security Information, and are you ready, if needed, for recognition as a qualified entity and security-clearance assessment of researchers?",
      },
      guidance: {
        ja: "対応部署と手順（情報保全の体制、対象研究者の特定、本人同意）が決まっており、必要になった時点で速やかに申請できる状態です。",
        en: "A responsible office and procedures (protective arrangements, identifying the researchers concerned, consent) are in place, so an application can be made promptly when needed.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "検討していない", en: "Not considered" },
          { ja: "可能性を検討したが、対応部署や手順が未定", en: "Considered, but no responsible office or procedure" },
          { ja: "対応部署と手順を定め、必要時に申請できる", en: "Office and procedures set; ready to apply when needed" },
        ],
      },
      appliesIf: { any: ["handlesDesignatedInformation", "suppliesDefenceOrCriticalInfrastructure"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "国の研究プロジェクトや防衛関係の研究費の状況から重要経済安保情報を扱う可能性を研究推進部署が確認し、役員会に報告する。",
            en: "Have the research office assess, from national projects and defence-related funding, whether designated information could arise, and report to the board.",
          },
        },
        {
          fromLevel: 1,
          effort: "L",
          ownerRole: "research-office",
          text: {
            ja: "対応部署を定め、運用基準に沿って情報保全の規程・取扱い区域・対象研究者の特定と同意取得の手順を整備する。",
            en: "Name the responsible office and, following the operating standards, prepare protection rules, a handling area, and the procedure for identifying researchers and obtaining consent.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-4", "CTX-4"],
        frameworks: [
          { framework: "SC-ACT-2024", id: "適合事業者" },
          { framework: "SC-ACT-2024", id: "適性評価" },
        ],
      },
    },
    {
      key: "people.research-agreements-univ",
      text: {
        ja: "学生・ポスドク・客員研究員が機微な研究に参加する前に、守秘義務・研究データの取扱い・成果の帰属・輸出管理の遵守を定めた誓約書や受入れ合意書を交わしていますか。",
        en: "Before students, postdocs or visiting researchers join sensitive research, do they sign an undertaking or hosting agreement covering confidentiality, research data handling, ownership of results and export-control compliance?",
      },
      guidance: {
        ja: "参加者の区分ごとに書式があり、外部資金や共同研究契約で大学が負う守秘義務が参加者にも及ぶこと、離任後も義務が続くことが明記され、研究推進部署が署名済みの書面を保管している状態です。",
        en: "There is a form for each category of participant, it passes on the confidentiality duties the university owes under sponsored or joint-research contracts, states that duties continue after leaving, and the research office keeps the signed copies.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "書面による合意なし", en: "No written agreement" },
          { ja: "入学・着任時の一般的な誓約書のみ", en: "Only the general pledge signed on enrolment or appointment" },
          { ja: "一部の研究室・プロジェクトで独自の誓約書を使用", en: "Some laboratories or projects use their own undertakings" },
          { ja: "区分ごとの全学共通の書式を、機微な研究への参加前に全員と締結", en: "University-wide forms per category, signed by everyone before joining sensitive research" },
          { ja: "共同研究契約の義務と書式の内容を照合し、署名状況を定期点検", en: "Forms matched to joint-research contract duties, with signatures checked regularly" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "principal-investigator",
          text: {
            ja: "機微な研究プロジェクトの現参加者から、守秘義務とデータの持ち出し禁止を定めた誓約書に署名を得る。",
            en: "Have current members of sensitive projects sign an undertaking on confidentiality and not removing data.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "legal",
          text: {
            ja: "学生・ポスドク・客員研究員の区分ごとに、守秘義務・データの取扱い・成果の帰属・輸出管理の遵守・離任後の義務を定めた全学共通の書式を作る。",
            en: "Draft university-wide forms for students, postdocs and visiting researchers covering confidentiality, data handling, ownership of results, export-control compliance and duties after leaving.",
          },
        },
        {
          fromLevel: 2,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "機微な研究への参加登録の手続に、共通書式への署名と研究推進部署での保管を必須として組み込む。",
            en: "Make signing the common form, and its filing by the research office, a required step in registering anyone for sensitive research.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "新たな共同研究契約の締結時に守秘義務の内容を書式と照合し、年 1 回、参加者名簿と署名済み書面の突合を行う。",
            en: "Check each new joint-research contract's confidentiality duties against the forms, and once a year match participant rosters against signed copies.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-6", "HOS-4"],
        frameworks: [{ framework: "UK-TR", id: "research-data" }],
      },
    },
    {
      key: "people.concerns-channel-univ",
      text: {
        ja: "研究セキュリティ上の懸念（未申告の外国との関係、研究データの不審な持ち出しなど）を教職員・学生が相談・報告できる窓口があり、公正な手順で対応していますか。",
        en: "Can staff and students raise research-security concerns (undeclared foreign ties, suspicious removal of research data …) through a known channel, and are concerns handled by a fair procedure?",
      },
      guidance: {
        ja: "相談者が不利益を受けず、対象者にも説明の機会がある調査手順があり、国籍や出身による差別につながらないよう運用されている状態です。",
        en: "Those who raise concerns are protected, the person concerned gets a chance to explain, and the process is run so that it cannot become discrimination by nationality or origin.",
      },
      weight: 1,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "窓口なし", en: "No channel" },
          { ja: "一般的なハラスメント・公益通報窓口のみ", en: "General harassment and whistle-blowing channels only" },
          { ja: "研究セキュリティの相談窓口はあるが、対応手順が未整備", en: "A research-security contact exists, but no handling procedure" },
          { ja: "窓口と調査手順（関係部署の連携、対象者の権利保護、記録）を定めて周知", en: "Channel and investigation procedure (coordination, rights of the person concerned, records) defined and publicised" },
          { ja: "相談事例を匿名化して分析し、規程や研修の改善に反映", en: "Anonymised cases are analysed to improve rules and training" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "研究セキュリティに関する相談を受け付ける担当部署を決め、連絡先を学内ポータルに掲載する。",
            en: "Decide which office takes research-security concerns and publish its contact details on the intranet.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "公益通報窓口とは別に研究セキュリティの懸念を受け付ける窓口を設け、相談者の保護を明記する。",
            en: "Set up a channel for research-security concerns separate from whistle-blowing, with explicit protection for those who use it.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "legal",
          text: {
            ja: "懸念への対応手順（初期評価、研究推進・輸出管理・情報基盤・法務の連携、対象者への説明機会、記録）を定め、差別につながらない運用を明記する。",
            en: "Write the handling procedure (initial assessment, coordination of research office, export control, IT and legal, a chance for the person to respond, records) and state how discrimination is avoided.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "年 1 回、相談事例を匿名化して分析し、規程と研修の改善点を研究セキュリティ委員会に報告する。",
            en: "Once a year, analyse anonymised cases and report improvements to rules and training to the research-security committee.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-6", "HOS-4"],
        frameworks: [{ framework: "JP-RI", id: "組織のリスクマネジメント" }],
      },
    },
  ],
});
