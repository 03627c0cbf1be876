// Domain 4 — Research firewalls: separation between work with US partners and work with Chinese partners inside
// one organization (people, networks and systems, data, physical spaces, contracts), and disclosure of conflicts of
// interest and commitment (appointments, funding, talent programmes), including universities' shadow-laboratory risk.
import { ZDomainContent } from "../schema";

export const researchFirewallsContent = ZDomainContent.parse({
  domain: "research-firewalls",
  corporate: [
    {
      key: "firewall.project-map",
      text: {
        ja: "米国の相手先との案件と中国の相手先との案件について、それぞれの参加者・使用する技術・共有データを一覧にし、重なりを把握していますか。",
        en: "For your projects with US partners and with Chinese partners, have you listed the participants, technologies and shared data of each, and do you know where they overlap?",
      },
      guidance: {
        ja: "案件ごとに参加者・背景技術・共有データを記録した一覧があり、両方に関わる人・技術・設備が特定され、分離の要否が判断されている状態が目標です。",
        en: "Good looks like a register recording each project's participants, background technology and shared data, with the people, technologies and equipment common to both sides identified and a decision on separating them.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "案件の一覧なし", en: "No list of projects" },
          { ja: "契約一覧のみ。参加者や技術は未記録", en: "A list of contracts only; no participants or technologies" },
          { ja: "案件ごとの参加者・技術を記録。重なりは未分析", en: "Participants and technologies recorded per project; overlaps not analysed" },
          { ja: "重なる人・技術・設備を特定し、分離の要否を判断済み", en: "Shared people, technologies and equipment identified, with a decision on separating each" },
          { ja: "新規案件・人事異動のたびに一覧と判断を自動的に更新", en: "Register and decisions updated at every new project and staff move" },
        ],
      },
      appliesIf: { all: ["jointResearchUs", "jointResearchChina"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "研究開発部門と法務部門の契約台帳から、米国・中国の相手先との共同研究・共同開発案件を抜き出して一覧を作る。",
            en: "From R&D's and legal's contract records, pull out every joint research or development project with US or Chinese partners into one list.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "一覧の各案件に、参加者の氏名、使用する背景技術、相手先と共有するデータの種類の欄を加え、各案件の責任者に記入させる。",
            en: "Add columns for participants' names, background technology used and types of data shared with the partner, and have each project lead fill them in.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "米中両方の案件に現れる人・技術・設備を抽出し、案件ごとに分離するか、共用を認める条件を決めて記録する。",
            en: "Extract the people, technologies and equipment that appear in both US and Chinese projects, and record for each whether to separate it or the conditions for sharing.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "契約締結の稟議と人事異動の手続に、一覧の更新と重なりの再判断を必須の手順として組み込む。",
            en: "Make updating the register and re-checking overlaps a required step in contract approval and in staff transfer procedures.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-5", "HOS-3"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "ID.AM-07" }],
      },
    },
    {
      key: "firewall.team-separation",
      text: {
        ja: "米国の相手先との案件と中国の相手先との案件で、研究者・技術者のチームを分けていますか。",
        en: "Do separate teams of researchers and engineers work on your projects with US partners and with Chinese partners?",
      },
      guidance: {
        ja: "同じ人が両方の案件に参加しないことを原則とし、例外は責任者が理由と条件を付けて承認し、記録している状態が目標です。",
        en: "Good looks like a rule that nobody works on both sides, with any exception approved by a named owner with reasons and conditions, and recorded.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "チームの区別なし", en: "No distinction between teams" },
          { ja: "慣行として分けているが、規則なし", en: "Separate by habit, with no rule" },
          { ja: "兼務禁止の規則はあるが、例外の承認・記録なし", en: "A rule against working on both, but exceptions are neither approved nor recorded" },
          { ja: "兼務禁止の規則と、例外の承認・記録の手続を運用", en: "Rule enforced, with exceptions approved and recorded" },
          { ja: "配属・異動時に兼務を自動で検知し、冷却期間も管理", en: "Cross-assignments detected automatically at assignment and transfer, with cooling-off periods managed" },
        ],
      },
      appliesIf: { all: ["jointResearchUs", "jointResearchChina"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "現在、米中両方の案件に参加している人を洗い出し、各人についてどちらか一方に配置を絞る計画を作る。",
            en: "List everyone currently working on both US and Chinese projects, and plan for each to move to one side only.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "executive",
          text: {
            ja: "米中両方の案件への兼務を原則禁止とする規則を研究開発規程に加え、役員名で周知する。",
            en: "Add a rule to the R&D regulations that, in principle, nobody works on both US and Chinese projects, and announce it under an executive's name.",
          },
        },
        {
          fromLevel: 2,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "兼務の例外申請書（理由、アクセス範囲、期間）を作り、セキュリティ責任者の承認と台帳への記録を必須にする。",
            en: "Create an exception request form (reason, scope of access, duration) requiring the security lead's approval and an entry in a register.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "hr",
          text: {
            ja: "人事システムの配属データと案件一覧を照合して兼務を検知し、一方から他方へ移る人に一定の冷却期間を設ける。",
            en: "Match HR assignment data against the project register to detect cross-assignments, and set a cooling-off period for anyone moving from one side to the other.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-5", "HOS-4"],
        frameworks: [{ framework: "NIST-SP-800-171r3", id: "03.01.05" }],
      },
    },
    {
      key: "firewall.network-segmentation",
      text: {
        ja: "米国の相手先との案件と中国の相手先との案件で、ネットワーク・サーバ・クラウド環境を分離し、それぞれのアクセスを参加者に限定していますか。",
        en: "Are the networks, servers and cloud environments of your US-partner and Chinese-partner projects separated, with access to each limited to its participants?",
      },
      guidance: {
        ja: "案件ごとに別のネットワーク区画（またはクラウドのテナント・プロジェクト）があり、区画間の通信は原則遮断され、アクセス権は参加者名簿と一致している状態が目標です。",
        en: "Good looks like a separate network segment (or cloud tenant or project) for each side, traffic between them blocked by default, and access rights matching the participant rosters.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "同じネットワーク・共有フォルダを共用", en: "Same network and shared folders for both" },
          { ja: "フォルダのアクセス権のみで区別", en: "Distinguished only by folder permissions" },
          { ja: "ネットワーク区画を分離。ただし区画間の通信制御が不十分", en: "Separate segments, but traffic between them poorly controlled" },
          { ja: "区画間の通信を原則遮断し、アクセス権を参加者名簿と一致", en: "Traffic between segments blocked by default; access matches participant rosters" },
          { ja: "区画間の通信とアクセスを常時監視し、逸脱を検知・対処", en: "Traffic and access across segments monitored continuously; deviations detected and handled" },
        ],
      },
      appliesIf: { all: ["jointResearchUs", "jointResearchChina"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "米中それぞれの案件の共有フォルダを分け、参加者以外のアクセス権を削除する。",
            en: "Split the shared folders of the US and Chinese projects and remove access for everyone who is not a participant.",
          },
        },
        {
          fromLevel: 1,
          effort: "L",
          ownerRole: "it-security",
          text: {
            ja: "米国案件と中国案件のサーバ・開発環境を別のネットワーク区画（VLAN またはクラウドの別テナント）に移す。",
            en: "Move the servers and development environments of US and Chinese projects into separate network segments (VLANs or separate cloud tenants).",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "区画間のファイアウォール規則を「既定で拒否」に変え、必要な通信だけを申請・承認制で許可する。",
            en: "Set the firewall rules between segments to deny by default, allowing only flows that are requested and approved.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "区画間の通信ログと大量ダウンロードを監視の対象に加え、検知時の対応手順を定める。",
            en: "Add cross-segment traffic logs and bulk downloads to monitoring, with a written response procedure when they trigger.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-5", "HOS-7"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "PR.IR-01" },
          { framework: "NIST-SP-800-171r3", id: "03.13.01" },
          { framework: "NIST-SP-800-171r3", id: "03.01.03" },
        ],
      },
    },
    {
      key: "firewall.data-labelling",
      text: {
        ja: "共同研究のデータや技術資料に、どの案件・相手先に属するか、誰と共有できるかを示す表示（ラベル）を付けて保管していますか。",
        en: "Do you label joint-research data and technical documents with the project and partner they belong to and who they may be shared with, and store them accordingly?",
      },
      guidance: {
        ja: "案件ごとに保管場所（リポジトリ）が決まり、データには案件名・提供元・共有範囲の表示があり、米国の相手先から受け取った情報が中国側の案件に使われない状態が目標です。",
        en: "Good looks like a set repository per project, data marked with project, source and sharing scope, and no use in Chinese-partner projects of information received from US partners.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "表示なし。保管場所も個人任せ", en: "No labels; storage left to individuals" },
          { ja: "案件ごとの保管場所はあるが、表示なし", en: "Per-project storage, but no labels" },
          { ja: "表示の規則はあるが、付け方が不統一", en: "A labelling rule, applied inconsistently" },
          { ja: "全データに案件・提供元・共有範囲を表示し、保管場所と一致", en: "All data labelled with project, source and sharing scope, matching its storage" },
          { ja: "表示に基づき、共有範囲外への持出しをシステムで阻止", en: "Systems block transfers outside the labelled sharing scope" },
        ],
      },
      appliesIf: { all: ["jointResearchUs", "jointResearchChina"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "米中の案件ごとに正式な保管場所（リポジトリ）を一つ指定し、個人の端末やメールに置かれたデータを移す。",
            en: "Designate one official repository for each US and Chinese project and move data held on personal devices or in mail into it.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "案件名・提供元・共有範囲の 3 項目からなる表示の様式を定め、文書テンプレートとファイル名の規則に組み込む。",
            en: "Define a label with three fields — project, source and sharing scope — and build it into document templates and file-naming rules.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "principal-investigator",
          text: {
            ja: "各案件の責任者が四半期ごとに保管場所を点検し、表示漏れや誤った保管を是正して記録する。",
            en: "Have each project lead check their repository every quarter, fix missing labels and misplaced files, and record the check.",
          },
        },
        {
          fromLevel: 3,
          effort: "L",
          ownerRole: "it-security",
          text: {
            ja: "データ損失防止（DLP）ツールに表示を読み取らせ、共有範囲外の宛先・区画への送信を阻止する設定を入れる。",
            en: "Configure a data-loss-prevention tool to read the labels and block sending to recipients or segments outside the sharing scope.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-5", "HOS-11"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "PR.DS-01" },
          { framework: "NIST-SP-800-171r3", id: "03.08.04" },
        ],
      },
    },
    {
      key: "firewall.physical-separation",
      text: {
        ja: "米国の相手先との案件と中国の相手先との案件で、実験室・執務室・試作設備などの物理的な場所を分け、入室を制限していますか。",
        en: "Do your US-partner and Chinese-partner projects use separate laboratories, offices and prototype equipment, with entry restricted?",
      },
      guidance: {
        ja: "案件ごとに区画が分かれ、入退室は参加者に限られて記録され、相手先の来訪者は案内者付きで指定区画のみに立ち入る状態が目標です。",
        en: "Good looks like separate areas per side, entry limited to participants and logged, and partner visitors escorted and kept to designated areas.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "同じ場所・設備を共用し、入室制限なし", en: "Same rooms and equipment, no entry restriction" },
          { ja: "場所は分けているが、入室制限や来訪者の管理が不十分", en: "Separate rooms, but entry and visitors poorly controlled" },
          { ja: "区画を分け、入退室を参加者に限定・記録し、来訪者を案内者付きで管理", en: "Separate areas, entry limited to participants and logged, visitors escorted" },
        ],
      },
      appliesIf: { all: ["jointResearchUs", "jointResearchChina"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "M",
          ownerRole: "facilities",
          text: {
            ja: "米中それぞれの案件に使う実験室・執務区画を指定し、共用している試作設備の利用日時を分ける。",
            en: "Assign laboratories and office areas to each side, and schedule shared prototype equipment so that the two sides never use it at the same time.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "facilities",
          text: {
            ja: "指定区画の入室を IC カードで参加者に限定して記録を残し、相手先の来訪者には事前登録と案内者の同行を義務づける。",
            en: "Restrict entry to the assigned areas to participants by ID card with logs, and require prior registration and an escort for partner visitors.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-5"],
        frameworks: [
          { framework: "NIST-SP-800-171r3", id: "03.10.01" },
          { framework: "NIST-CSF-2.0", id: "PR.AA-06" },
        ],
      },
    },
    {
      key: "firewall.contract-clauses",
      text: {
        ja: "共同研究・共同開発の契約に、相手先から受け取った情報や成果を第三者（他の共同研究の相手先を含む）へ移転することを制限する条項を入れていますか。",
        en: "Do your joint research and development contracts contain clauses restricting the transfer of information and results received from a partner to third parties, including other joint-research partners?",
      },
      guidance: {
        ja: "米中双方の契約で、背景技術・成果・データの利用範囲と第三者移転の制限、輸出管理の遵守、中国からのデータ持出しに必要な許可の扱いが明記されている状態が目標です。",
        en: "Good looks like contracts on both sides spelling out the permitted use of background technology, results and data, limits on transfer to third parties, export-control compliance, and how any permission needed to take data out of China is handled.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "移転制限の条項なし", en: "No transfer-restriction clauses" },
          { ja: "一般的な秘密保持条項のみ", en: "Generic confidentiality clauses only" },
          { ja: "一部の契約に移転制限・利用範囲の条項", en: "Transfer and use-scope clauses in some contracts" },
          { ja: "全契約に移転制限・輸出管理・データ持出しの条項を標準化", en: "Transfer, export-control and data-export clauses standard in every contract" },
          { ja: "条項の遵守を定期的に確認し、違反時の対応を実施", en: "Compliance with the clauses checked periodically and breaches acted on" },
        ],
      },
      appliesIf: { all: ["jointResearchUs", "jointResearchChina"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "legal",
          text: {
            ja: "進行中の米中の共同研究契約を読み直し、相手先の情報を第三者に渡すことを禁じる条項がない契約を特定する。",
            en: "Review current US and Chinese joint-research contracts and identify those with no clause forbidding passing the partner's information to third parties.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "legal",
          text: {
            ja: "背景技術・成果・データの利用範囲と第三者移転の禁止を定めた条項案を作り、次回の契約更新時に追加する。",
            en: "Draft clauses setting the permitted use of background technology, results and data and forbidding transfer to third parties, and add them at the next renewal.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "legal",
          text: {
            ja: "外為法の遵守、中国側でのデータ持出し許可の要否の確認と取得責任、移転制限の条項を契約雛形に入れ、全案件で使う。",
            en: "Put clauses on Foreign Exchange and Foreign Trade Act compliance, on who checks and obtains any Chinese permission to export data, and on transfer limits into the contract template used for every project.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "legal",
          text: {
            ja: "年 1 回、各契約の条項が守られているかを案件責任者に確認させ、違反が疑われる場合の通知・協議の手順を定める。",
            en: "Once a year have project leads confirm compliance with each contract's clauses, and set a notify-and-consult procedure for suspected breaches.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-5", "HOS-10", "HOS-11"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.SC-05" },
          { framework: "METI-CP", id: "取引審査" },
        ],
      },
    },
    {
      key: "firewall.partner-assurance",
      text: {
        ja: "米国の相手先に対し、中国の相手先との案件を並行して行っていることと、両者の間の分離の方法を説明できますか。",
        en: "Can you explain to your US partners that you run projects with Chinese partners in parallel, and how the two are separated?",
      },
      guidance: {
        ja: "分離の方法（人・システム・データ・場所・契約）を一つの文書にまとめ、実施記録とともに相手先の確認に応じられる状態が目標です。",
        en: "Good looks like one document describing the separation (people, systems, data, spaces, contracts), ready to show US partners with its records.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "説明できる材料がない", en: "Nothing to show" },
          { ja: "口頭では説明できるが、文書や記録がない", en: "Can explain orally, but no document or records" },
          { ja: "分離の方法を文書化し、実施記録とともに提示できる", en: "Separation documented and can be shown with records" },
        ],
      },
      appliesIf: { all: ["jointResearchUs", "jointResearchChina"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "人・システム・データ・場所・契約の 5 つの観点で、現在の分離の状況を 2〜3 ページの文書にまとめる。",
            en: "Write a two-to-three-page document on the current separation under five headings: people, systems, data, spaces and contracts.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "文書に兼務例外の台帳、アクセス権の点検結果、入退室記録の要約を添付し、年 1 回更新する担当者を決める。",
            en: "Attach the cross-assignment exception register, access-review results and an entry-log summary, and name who updates the pack each year.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-4", "HOS-11", "HOS-5"],
        frameworks: [],
      },
    },
    {
      key: "firewall.new-project-check",
      text: {
        ja: "外国の相手先と新たに共同研究を始める前に、既存の共同研究（特に米国または中国の相手先との案件）との利益相反や情報混在のおそれを確認していますか。",
        en: "Before starting joint research with a new foreign partner, do you check for conflicts and risks of information mixing with existing joint research, especially with US or Chinese partners?",
      },
      guidance: {
        ja: "新規案件の審査票に、既存案件の相手先・技術との重なり、相手先の懸念情報（外国ユーザーリスト、エンティティ・リスト（米国商務省産業安全保障局））の確認欄があり、必要な分離策を決めてから契約する状態が目標です。",
        en: "Good looks like a new-project review form that checks overlap with existing partners and technologies and concerns about the partner (Japan's End User List, the US Commerce Department's Entity List), with separation measures decided before signing.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "事前確認なし", en: "No prior check" },
          { ja: "担当者の判断で随時確認", en: "Checked ad hoc at the project lead's discretion" },
          { ja: "審査票はあるが、既存案件との重なりを確認しない", en: "A review form exists but does not check overlap with existing projects" },
          { ja: "既存案件との重なりと相手先の懸念を審査し、分離策を決めて契約", en: "Overlap and partner concerns reviewed; separation measures set before signing" },
          { ja: "審査結果を蓄積し、基準を毎年見直し", en: "Review results kept and criteria revised yearly" },
        ],
      },
      appliesIf: { any: ["jointResearchUs", "jointResearchChina"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "外国の相手先との共同研究契約の稟議に、輸出管理部門とセキュリティ責任者の確認を必須として加える。",
            en: "Require sign-off by export control and the security lead in the approval of any joint-research contract with a foreign partner.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "export-control",
          text: {
            ja: "相手先の所在国、外国ユーザーリスト・エンティティ・リストの照合結果、対象技術の該非判定を記入する審査票を作る。",
            en: "Create a review form recording the partner's country, screening against the End User List and Entity List, and the export-control classification of the technology involved.",
          },
        },
        {
          fromLevel: 2,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "審査票に「既存の米国・中国案件との参加者・技術・設備の重なり」と「必要な分離策」の欄を追加する。",
            en: "Add fields to the review form for overlap of participants, technologies and equipment with existing US and Chinese projects, and for the separation measures required.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "1 年分の審査票を集計し、見落としや後から判明した懸念を基に審査基準を改訂する。",
            en: "Summarize a year of review forms and revise the criteria based on misses and concerns that surfaced later.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-5", "HOS-8", "HOS-3"],
        frameworks: [
          { framework: "METI-CP", id: "取引審査" },
          { framework: "UK-TR", id: "due-diligence" },
        ],
      },
    },
    {
      key: "firewall.outside-interests",
      text: {
        ja: "研究開発に携わる役員・従業員に、社外の役職（兼業・顧問・他機関の職位）、外国からの資金や報酬、人材招致プログラムへの参加を申告させていますか。",
        en: "Do executives and staff working in R&D declare outside positions (secondary jobs, advisory roles, posts at other institutions), foreign funding or payments, and participation in talent programmes?",
      },
      guidance: {
        ja: "入社時と年 1 回、および変化があった時に申告させ、機微技術に関わる人の申告を責任者が確認し、利益相反・責務相反があれば対応を決めている状態が目標です。",
        en: "Good looks like declarations on hiring, yearly and on any change, reviewed by a named owner for people with access to sensitive technology, with action decided on any conflict of interest or commitment.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "申告の仕組みなし", en: "No declarations" },
          { ja: "兼業の許可申請のみ", en: "Only permission requests for secondary jobs" },
          { ja: "外国の資金・役職・人材招致プログラムも申告対象。ただし確認なし", en: "Foreign funding, positions and talent programmes declared, but not reviewed" },
          { ja: "年次の申告を責任者が確認し、相反への対応を記録", en: "Yearly declarations reviewed by an owner, with action on conflicts recorded" },
          { ja: "公開情報との照合で申告漏れを検知し、規程違反に対処", en: "Declarations checked against public sources, with undeclared interests dealt with under the rules" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "hr",
          text: {
            ja: "就業規則に、社外の役職・報酬・研究資金の事前申告義務を加える。",
            en: "Add to the work rules a duty to declare outside positions, payments and research funding in advance.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "hr",
          text: {
            ja: "申告様式に、外国の政府・大学・企業からの資金や職位、人材招致プログラムへの参加（過去 5 年分）の欄を加える。",
            en: "Add fields to the declaration form for funding or positions from foreign governments, universities or companies, and talent-programme participation over the past five years.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "機微技術にアクセスできる人の申告をセキュリティ責任者が年 1 回確認し、相反がある場合の措置（アクセス制限、兼業の解消など）を決めて記録する。",
            en: "Have the security lead review declarations of people with access to sensitive technology each year, and decide and record measures on conflicts (restricted access, ending the outside role, and so on).",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "security-lead",
          text: {
            ja: "機微技術に関わる人について、論文・特許の共著者や所属表記を年 1 回確認し、申告との食い違いを本人と面談して解消する。",
            en: "Once a year check the co-authors and affiliations on papers and patents of people in sensitive technology, and resolve any mismatch with their declarations in an interview.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-6", "HOS-4", "HOS-14"],
        frameworks: [{ framework: "NSPM-33", id: "disclosure" }],
      },
    },
    {
      key: "firewall.crossing-response",
      text: {
        ja: "米国の相手先との案件の情報が中国の相手先との案件に（またはその逆に）流れた疑いがある場合の、調査・相手先への通知・是正の手順を定めていますか。",
        en: "Have you set a procedure to investigate, notify partners and correct matters if information from a US-partner project may have reached a Chinese-partner project, or the reverse?",
      },
      guidance: {
        ja: "誰が受け付けて調査を指揮するか、契約上・法令上（外為法を含む）の通知・報告の要否を誰が判断するかが決まり、分離策の見直しにつなげている状態が目標です。",
        en: "Good looks like a named person who takes reports and leads the investigation, a named owner deciding on contractual and legal notification (including under the Foreign Exchange and Foreign Trade Act), and lessons fed back into the separation measures.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "手順なし", en: "No procedure" },
          { ja: "一般的な情報漏えい対応の手順のみ", en: "Only the general data-leak procedure" },
          { ja: "案件間の情報流出に特化した調査・通知・是正の手順を定め、訓練済み", en: "A specific procedure for cross-project leaks, covering investigation, notification and correction, and rehearsed" },
        ],
      },
      appliesIf: { all: ["jointResearchUs", "jointResearchChina"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "security-lead",
          text: {
            ja: "案件間の情報流出の疑いを受け付ける窓口と、調査を指揮するセキュリティ責任者を社内規程で指名する。",
            en: "Name in the internal rules the contact point for suspected cross-project leaks and the security lead who directs the investigation.",
          },
        },
        {
          fromLevel: 1,
          effort: "M",
          ownerRole: "legal",
          text: {
            ja: "情報漏えい対応手順に、契約に基づく相手先への通知期限と外為法上の報告の要否を判断する手順を加え、年 1 回の机上訓練で確認する。",
            en: "Add to the leak-response procedure how to decide on contractual notice deadlines to partners and on any report under the Foreign Exchange and Foreign Trade Act, and test it in a yearly tabletop exercise.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-5", "CTX-3"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "RS.CO-02" }],
      },
    },
  ],
  university: [
    {
      key: "firewall.lab-separation-univ",
      text: {
        ja: "同じ研究室・部局で米国の相手先との研究と中国の相手先との研究を並行する場合、参加する教員・研究員・学生を分けていますか。",
        en: "Where one laboratory or department runs research with US partners and with Chinese partners at the same time, are the faculty, researchers and students on each kept separate?",
      },
      guidance: {
        ja: "研究代表者が案件ごとの参加者名簿を管理し、両方に関わる人は例外として理由・範囲を記録して研究推進部門が承認している状態が目標です。",
        en: "Good looks like the principal investigator keeping a participant list per project, with anyone on both sides an exception whose reason and scope are recorded and approved by the research office.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "参加者の区別なし", en: "No separation of participants" },
          { ja: "研究代表者の判断で分けているが、名簿なし", en: "Kept apart at the PI's discretion, with no lists" },
          { ja: "案件ごとの名簿はあるが、兼務の確認なし", en: "Per-project lists, but no check for people on both" },
          { ja: "名簿で兼務を確認し、例外を研究推進部門が承認・記録", en: "Lists checked for people on both; exceptions approved and recorded by the research office" },
          { ja: "名簿を学内システムのアクセス権・入室権限と連動", en: "Lists linked to campus system access and room entry rights" },
        ],
      },
      appliesIf: { all: ["jointResearchUs", "jointResearchChina"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "principal-investigator",
          text: {
            ja: "米中それぞれの案件に参加している教員・研究員・学生の名簿を研究代表者が作り、研究推進部門に提出する。",
            en: "Have the PI list the faculty, researchers and students on each US and Chinese project and submit the lists to the research office.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "米国・中国の相手先との案件には参加者名簿の提出を必須とし、契約締結時と年度初めに更新させる。",
            en: "Make a participant list mandatory for every project with US or Chinese partners, updated at contract signature and at the start of each academic year.",
          },
        },
        {
          fromLevel: 2,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "名簿を突き合わせて両方に参加する人を抽出し、継続が必要な場合は理由・範囲を記した例外申請を承認制にする。",
            en: "Cross-check the lists for people on both sides, and require an approved exception request stating reason and scope for any who must stay on both.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "it-security",
          text: {
            ja: "名簿の登録・削除に合わせて、研究データの保管場所のアクセス権と研究室の入室権限が変わる仕組みを作る。",
            en: "Make adding or removing someone on a list change their access to the project's data repository and their laboratory entry rights.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-5", "HOS-6"],
        frameworks: [{ framework: "JP-RI", id: "組織のリスクマネジメント" }],
      },
    },
    {
      key: "firewall.systems-separation-univ",
      text: {
        ja: "米国の相手先との研究と中国の相手先との研究で、研究データを置くサーバ・クラウド・共有ドライブを分け、アクセスを参加者に限定していますか。",
        en: "Do your research projects with US partners and with Chinese partners keep their data on separate servers, cloud spaces or shared drives, with access limited to participants?",
      },
      guidance: {
        ja: "学内ネットワーク上で案件ごとに保管場所とアクセス権が分かれ、学生や卒業生のアカウントも含めて参加者以外がアクセスできない状態が目標です。",
        en: "Good looks like separate storage and access rights per project on the campus network, with no access for non-participants, including student and alumni accounts.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "研究室全体で同じ共有ドライブを使用", en: "One shared drive for the whole laboratory" },
          { ja: "フォルダは分けているが、アクセス権は研究室全員", en: "Separate folders, but everyone in the lab has access" },
          { ja: "案件ごとにアクセス権を設定。点検なし", en: "Per-project access rights, never reviewed" },
          { ja: "案件ごとに保管場所・アクセス権を分け、定期的に点検", en: "Separate storage and access per project, reviewed regularly" },
          { ja: "隔離された研究用ネットワーク区画とアクセス記録の監視", en: "Isolated research network segments with monitored access logs" },
        ],
      },
      appliesIf: { all: ["jointResearchUs", "jointResearchChina"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "principal-investigator",
          text: {
            ja: "研究室の共有ドライブに米中それぞれの案件専用のフォルダを作り、データを移す。",
            en: "Create a dedicated folder for each US and Chinese project on the lab's shared drive and move the data into it.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "principal-investigator",
          text: {
            ja: "案件フォルダのアクセス権を参加者名簿の人だけに絞り、卒業・転出した人のアカウントを削除する。",
            en: "Limit each project folder to the people on its participant list, and remove accounts of graduates and people who have left.",
          },
        },
        {
          fromLevel: 2,
          effort: "S",
          ownerRole: "it-security",
          text: {
            ja: "情報基盤センターが半期ごとにアクセス権一覧を研究代表者に送り、確認結果を回収する。",
            en: "Have the campus IT centre send each PI the access list every six months and collect their confirmation.",
          },
        },
        {
          fromLevel: 3,
          effort: "L",
          ownerRole: "it-security",
          text: {
            ja: "機微度の高い案件のサーバを隔離した研究用ネットワーク区画に移し、アクセス記録を監視の対象に加える。",
            en: "Move servers of the most sensitive projects into an isolated research network segment and add their access logs to monitoring.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-5", "HOS-7"],
        frameworks: [
          { framework: "NSPM-33", id: "cybersecurity" },
          { framework: "NIST-CSF-2.0", id: "PR.AA-05" },
        ],
      },
    },
    {
      key: "firewall.agreement-clauses-univ",
      text: {
        ja: "共同研究契約・受託研究契約に、相手先から受け取った情報や成果の第三者への移転、公表前の確認、データの国外持出しに関する条項を入れていますか。",
        en: "Do your joint and sponsored research agreements cover transfer of partners' information and results to third parties, pre-publication review, and taking data across borders?",
      },
      guidance: {
        ja: "産学連携部門の契約雛形に、第三者移転の制限、外為法の遵守、中国側でのデータ持出し許可の扱いが含まれ、米中双方の案件で使われている状態が目標です。",
        en: "Good looks like the industry-liaison office's templates including limits on third-party transfer, Foreign Exchange and Foreign Trade Act compliance and the handling of Chinese data-export permission, used for both US and Chinese projects.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "該当する条項なし", en: "No such clauses" },
          { ja: "一部の契約のみ、または秘密保持条項のみ", en: "Only in some agreements, or confidentiality clauses only" },
          { ja: "契約雛形に標準化し、米中双方の案件で使用", en: "Standard in templates and used for both US and Chinese projects" },
        ],
      },
      appliesIf: { all: ["jointResearchUs", "jointResearchChina"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "M",
          ownerRole: "legal",
          text: {
            ja: "共同研究契約の雛形に、第三者移転の制限と外為法遵守の条項を追加する。",
            en: "Add clauses on limits to third-party transfer and Foreign Exchange and Foreign Trade Act compliance to the joint-research agreement template.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "中国の相手先との契約では、データの国外持出しに必要な許可の確認と取得の責任を相手先に負わせる条項を必須とする。",
            en: "For agreements with Chinese partners, make a clause mandatory that puts checking and obtaining any permission to take data out of China on the partner.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-5", "HOS-10"],
        frameworks: [{ framework: "UK-TR", id: "research-data" }],
      },
    },
    {
      key: "firewall.disclosure-univ",
      text: {
        ja: "研究インテグリティの方針（2021年）に沿って、研究者に所属・兼業・外国を含む研究資金・人材招致プログラムへの参加を申告させていますか。",
        en: "In line with Japan's research integrity policy (2021), do researchers declare their affiliations, secondary appointments, research funding including foreign funding, and talent-programme participation?",
      },
      guidance: {
        ja: "研究者が学内で年 1 回と変化時に申告し、競争的研究費の申請書や米国の資金配分機関への申告（NSPM-33 の情報開示）と内容が一致している状態が目標です。",
        en: "Good looks like researchers declaring internally every year and on change, consistent with what they state in competitive-grant applications and to US funding agencies (NSPM-33 disclosure).",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "申告の仕組みなし", en: "No declarations" },
          { ja: "兼業許可の手続のみ", en: "Only the secondary-employment permission process" },
          { ja: "外国の資金・職位・人材招致プログラムも申告対象", en: "Foreign funding, posts and talent programmes included in declarations" },
          { ja: "申告を担当部署が確認し、研究費申請の内容と照合", en: "Declarations reviewed by a responsible office and matched with grant applications" },
          { ja: "申告漏れの是正手順と、研究費申請・外部への開示との一貫した管理", en: "Procedure to correct omissions, and consistent management with grant and external disclosures" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "研究インテグリティの確保に関する学内規程を定め、所属・兼業・研究資金の申告を研究者の義務として明記する。",
            en: "Adopt an internal research-integrity regulation that makes declaring affiliations, secondary appointments and research funding a duty for researchers.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "申告様式に、外国の機関での職位（名誉職を含む）、外国からの資金・現物支援、人材招致プログラムへの参加の欄を加える。",
            en: "Add fields to the declaration form for posts at foreign institutions (honorary ones included), foreign funding and in-kind support, and talent-programme participation.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "研究推進部門が年 1 回、申告内容を競争的研究費の申請書に記載された所属・他の研究費と照合する。",
            en: "Have the research office compare declarations each year with the affiliations and other funding stated in competitive-grant applications.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "申告漏れが見つかった場合の訂正・報告・処分の手順を定め、米国の資金配分機関への開示内容も同じ台帳で管理する。",
            en: "Set a procedure for correcting, reporting and sanctioning omissions, and manage disclosures to US funding agencies in the same register.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-6", "HOS-4"],
        frameworks: [
          { framework: "JP-RI", id: "情報開示" },
          { framework: "NSPM-33", id: "disclosure" },
        ],
      },
    },
    {
      key: "firewall.talent-programmes-univ",
      text: {
        ja: "外国の人材招致プログラムへの教員の参加について、契約内容（勤務義務、成果や知的財産の帰属、守秘義務など）を確認する手続がありますか。",
        en: "Do you have a procedure to examine the terms of faculty participation in foreign talent programmes (work obligations, ownership of results and IP, secrecy duties and the like)?",
      },
      guidance: {
        ja: "参加前に契約書の提出を求め、学内の職務や既存の共同研究・研究費と両立しない条件（秘密の兼務、成果の移転義務など）があれば参加を認めない判断ができる状態が目標です。",
        en: "Good looks like requiring the contract before participation and being able to refuse where its terms conflict with university duties, existing joint research or grants (secret concurrent posts, duties to transfer results, and so on).",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "参加の把握なし", en: "Participation not known" },
          { ja: "本人の申告はあるが、契約内容の確認なし", en: "Self-declared, but terms not examined" },
          { ja: "契約書の提出を求めるが、判断基準なし", en: "Contracts requested, but no criteria for judging them" },
          { ja: "判断基準に基づき、参加の可否・条件を決定", en: "Participation allowed, conditioned or refused against set criteria" },
          { ja: "参加者の研究活動を継続的に確認し、基準を定期的に見直し", en: "Participants' research followed up, and criteria revised regularly" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "兼業・研究資金の申告様式に「外国の人材招致プログラムへの参加（申請中を含む）」の欄を加える。",
            en: "Add a field for foreign talent-programme participation, including pending applications, to the secondary-employment and funding declaration form.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "参加を申告した教員に、プログラムの契約書とその日本語または英語の訳の提出を義務づける。",
            en: "Require faculty who declare participation to submit the programme contract with a Japanese or English translation.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "legal",
          text: {
            ja: "秘密の兼務、勤務時間の義務、成果・知的財産の移転義務、人材の勧誘義務などを不可とする判断基準を作り、研究推進部門と法務で審査する。",
            en: "Write criteria ruling out secret concurrent posts, working-time obligations, duties to transfer results or IP and duties to recruit others, and have the research office and legal review each case against them.",
          },
        },
        {
          fromLevel: 3,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "参加を認めた教員について、年 1 回論文の所属表記と研究費の状況を確認し、その結果で判断基準を見直す。",
            en: "Once a year check the paper affiliations and funding of faculty allowed to participate, and revise the criteria from what is found.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-6", "HOS-14"],
        frameworks: [
          { framework: "NSPM-33", id: "disclosure" },
          { framework: "JP-RI", id: "組織のリスクマネジメント" },
        ],
      },
    },
    {
      key: "firewall.shadow-lab-univ",
      text: {
        ja: "教員が海外の機関で同じ研究を並行して行う「影の研究室」のリスクについて、兆候を確認する仕組みがありますか。",
        en: "Do you have a way to spot signs of a 'shadow laboratory', where a faculty member runs the same research in parallel at an institution abroad?",
      },
      guidance: {
        ja: "論文・特許の所属表記や共著者、頻繁な長期渡航、学内で申告のない研究費などの兆候を研究推進部門が定期的に確認し、本人への確認手順がある状態が目標です。",
        en: "Good looks like the research office periodically checking signs — affiliations and co-authors on papers and patents, frequent long trips abroad, undeclared funding — with a procedure for asking the researcher about them.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "リスクを認識していない", en: "Risk not recognized" },
          { ja: "リスクは認識しているが、確認なし", en: "Risk recognized, nothing checked" },
          { ja: "申告や報道があった場合のみ確認", en: "Checked only after a report or media story" },
          { ja: "所属表記・渡航・研究費を定期的に確認し、本人確認の手順を運用", en: "Affiliations, travel and funding checked regularly, with a procedure for asking the researcher" },
          { ja: "確認結果を資金配分機関への対応や研修に反映", en: "Findings fed into dealings with funding agencies and into training" },
        ],
      },
      appliesIf: { any: ["foreignFunding", "jointResearchChina", "operatesInChina", "emergingTechnology"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "影の研究室の典型的な兆候（海外機関の所属表記、未申告の研究費、長期の渡航）を一覧にし、研究推進部門の担当者と部局長に説明する。",
            en: "List the typical signs of a shadow laboratory (foreign affiliations on papers, undeclared funding, long trips abroad) and brief research-office staff and department heads.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "懸念の情報を受け付ける窓口と、本人への確認を誰がどう行うかの手順を定める。",
            en: "Set up a contact point for concerns and a procedure stating who asks the researcher about them and how.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "research-office",
          text: {
            ja: "新興技術分野の教員について、年 1 回論文・特許の所属表記と出張記録を申告内容と照合する。",
            en: "For faculty in emerging-technology fields, compare paper and patent affiliations and travel records with their declarations once a year.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "確認で見つかった事例（匿名化）を教員研修の教材に加え、資金配分機関への報告の要否を判断する手順を定める。",
            en: "Add anonymized cases from the checks to faculty training, and set a procedure for deciding whether to report to funding agencies.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-6", "HOS-14"],
        frameworks: [
          { framework: "JP-RI", id: "組織のリスクマネジメント" },
          { framework: "NSPM-33", id: "foreign-travel" },
        ],
      },
    },
    {
      key: "firewall.visiting-access-univ",
      text: {
        ja: "客員研究員・留学生・外国人研究者が研究室で扱える情報を、みなし輸出の管理を含めて、本人が参加する研究に限定していますか。",
        en: "Is what visiting researchers, international students and foreign researchers can access in the laboratory limited to the research they themselves take part in, including deemed-export control?",
      },
      guidance: {
        ja: "受入れ時に参加する研究と扱える情報を決め、米中いずれかの相手先との案件の情報に他方の関係者が触れないようにし、みなし輸出（2022年5月の運用明確化：特定類型）の該当性を確認している状態が目標です。",
        en: "Good looks like deciding on arrival which research each visitor joins and what they may see, keeping people linked to one side away from the other side's project information, and checking whether the 2022 clarification of deemed exports (specified categories) applies.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "受入れ後は研究室の全情報に接触可能", en: "Once hosted, access to everything in the lab" },
          { ja: "研究代表者の口頭の指示のみ", en: "Only the PI's verbal instructions" },
          { ja: "受入れ時に参加研究を記録。アクセス権は未連動", en: "Research joined recorded on arrival; access rights not linked" },
          { ja: "参加研究に応じてアクセス権・入室を限定し、特定類型の該当性を確認", en: "Access and entry limited to the research joined; specified-category status checked" },
          { ja: "受入れ期間中の変化（資金・兼職）を再確認し、退所時に権限を即時削除", en: "Changes during the stay (funding, posts) rechecked, with rights removed at once on departure" },
        ],
      },
      appliesIf: { any: ["hostsForeignResearchers"] },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "principal-investigator",
          text: {
            ja: "受入れ中の客員研究員・留学生ごとに、参加する研究と扱ってよい情報を書面で決める。",
            en: "Decide in writing, for each visiting researcher and international student now hosted, which research they join and what information they may handle.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "受入れ申請書に、参加する研究、使用する設備・データ、米中いずれかの相手先との関係の欄を加える。",
            en: "Add fields to the hosting application for the research joined, equipment and data used, and any ties to US or Chinese partners.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "export-control",
          text: {
            ja: "受入れ申請書の内容に応じて共有ドライブ・入室権限を設定し、特定類型の該当性の確認を輸出管理部門の必須手順にする。",
            en: "Set shared-drive and room access from the hosting application, and make checking the specified categories a required export-control step.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "受入れ期間の中間で資金・兼職を再確認し、退所日に全アカウントと入室権限を削除する手順を定める。",
            en: "Recheck funding and other posts midway through each stay, and set a procedure removing all accounts and entry rights on the departure date.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-6", "HOS-5"],
        frameworks: [
          { framework: "METI-CP", id: "該非判定" },
          { framework: "NSPM-33", id: "export-control" },
        ],
      },
    },
    {
      key: "firewall.commitment-review-univ",
      text: {
        ja: "外国の大学・企業・政府機関との兼業やクロスアポイントメントについて、利益相反・責務相反の観点から審査し、許可の条件を付けていますか。",
        en: "Do you review secondary and cross appointments with foreign universities, companies or government bodies for conflicts of interest and of commitment, and set conditions on approval?",
      },
      guidance: {
        ja: "利益相反マネジメントの委員会等が、勤務時間の配分、成果・知的財産の帰属、機微な研究へのアクセスの有無を確認し、許可の条件と期限を記録している状態が目標です。",
        en: "Good looks like a conflict-of-interest committee checking time commitments, ownership of results and IP, and access to sensitive research, and recording the conditions and term of each approval.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "審査なし", en: "No review" },
          { ja: "勤務時間の確認のみの兼業許可", en: "Secondary-employment approval checking working hours only" },
          { ja: "委員会で審査するが、外国機関に特有の観点なし", en: "Committee review, but nothing specific to foreign institutions" },
          { ja: "成果の帰属・機微な研究へのアクセスも審査し、条件と期限を付けて許可", en: "Ownership of results and access to sensitive research also reviewed; approvals conditional and time-limited" },
          { ja: "許可条件の遵守を更新時に確認し、審査基準を毎年見直し", en: "Compliance with conditions checked at renewal, and criteria revised yearly" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        {
          fromLevel: 0,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "外国機関との兼業・クロスアポイントメントを事前許可制とし、許可申請書の提出を就業規則で義務づける。",
            en: "Make secondary and cross appointments with foreign institutions subject to prior approval, with an application required under the employment rules.",
          },
        },
        {
          fromLevel: 1,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "外国機関との兼業の申請を利益相反マネジメント委員会の審査対象に加える。",
            en: "Bring applications for appointments at foreign institutions under the conflict-of-interest committee's review.",
          },
        },
        {
          fromLevel: 2,
          effort: "M",
          ownerRole: "legal",
          text: {
            ja: "審査票に、相手機関との契約の成果・知的財産条項、学内の機微な研究へのアクセスの有無、相手機関の外国ユーザーリスト掲載状況の欄を加え、許可に条件と期限を付ける。",
            en: "Add to the review form the results and IP terms of the foreign appointment contract, whether the person accesses sensitive campus research, and whether the institution is on the End User List, and make approvals conditional and time-limited.",
          },
        },
        {
          fromLevel: 3,
          effort: "S",
          ownerRole: "research-office",
          text: {
            ja: "許可の更新時に条件の遵守状況を本人と部局長に確認させ、その結果を基に審査基準を年 1 回改訂する。",
            en: "At each renewal have the person and their department head confirm compliance with the conditions, and revise the criteria yearly from the results.",
          },
        },
      ],
      sources: {
        recommendations: ["HOS-6", "HOS-4"],
        frameworks: [
          { framework: "JP-RI", id: "組織のリスクマネジメント" },
          { framework: "NSPM-33", id: "disclosure" },
        ],
      },
    },
  ],
});
