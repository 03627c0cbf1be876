// Domain 7: supply chain and procurement.
// Keys are permanent: answers are stored against them. Never rename a key; retire it and add a new one.
import { ZDomainContent } from "../schema";

export const supplyChainContent = ZDomainContent.parse({
  domain: "supply-chain",
  corporate: [
    {
      key: "supply.high-risk-vendor-inventory",
      text: {
        ja: "社内ネットワーク機器、監視カメラ・録画装置、入退室管理、IoT機器、クラウドサービスについて、製造元・提供元まで記録した台帳を整え、安全保障上の懸念が指摘される事業者（華為技術、中興通訊、海康威視、浙江大華、海能達など）の製品を特定していますか。",
        en: "Do you keep an inventory of network equipment, surveillance cameras and recorders, access-control systems, IoT devices and cloud services that records the actual manufacturer or provider, and have you identified products of vendors flagged as security risks (Huawei, ZTE, Hikvision, Dahua, Hytera and others)?",
      },
      guidance: {
        ja: "監視カメラ等は他社ブランドで販売される（OEM）ことが多く、銘板だけでは製造元が分かりません。米国2019年度国防授権法889条が対象とする5社の製品を含め、実際の製造元まで特定できている状態が目標です。",
        en: "Cameras and similar devices are often sold under other brands (OEM), so the label may not show the real maker. Good looks like knowing the actual manufacturer of every item, including products of the five companies covered by section 889 of the US FY2019 NDAA.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "機器・サービスの台帳なし", en: "No inventory of equipment and services" },
          { ja: "IT資産台帳はあるが、監視カメラ・設備系やクラウドは対象外で、製造元は未記録", en: "An IT asset list exists, but cameras, building systems and cloud services are missing and manufacturers are not recorded" },
          { ja: "設備系・クラウドを含む台帳に製造元を記録し、懸念事業者の製品を特定済み", en: "Inventory covers building systems and cloud, records manufacturers, and flags products of high-risk vendors" },
          { ja: "OEM品の実製造元まで調達先に確認し、新規導入時に台帳更新と懸念事業者の確認を必須化", en: "Real manufacturers of OEM products confirmed with suppliers; inventory update and vendor check mandatory for every new installation" },
          { ja: "ネットワーク上の機器検出と台帳を定期照合し、未登録機器を自動で把握", en: "Network discovery regularly reconciled with the inventory, so unregistered devices are caught automatically" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "M", ownerRole: "it-security", text: { ja: "ネットワーク機器・監視カメラ・録画装置・入退室管理・IoT機器・クラウドサービスを一覧にした台帳を作り、機種と製造元を記入する。", en: "Build an inventory of network equipment, cameras, recorders, access-control systems, IoT devices and cloud services, recording model and manufacturer." } },
        { fromLevel: 1, effort: "S", ownerRole: "facilities", text: { ja: "施設管理部門が管理する監視カメラ・設備系機器とクラウドサービスを台帳に加え、889条の対象5社の製品に印を付ける。", en: "Add the cameras and building systems run by facilities, and all cloud services, to the inventory, and mark products of the five companies covered by section 889." } },
        { fromLevel: 2, effort: "M", ownerRole: "procurement", text: { ja: "他社ブランド品は調達先に実製造元の回答を求め、新規導入の稟議に台帳登録と懸念事業者の確認欄を追加する。", en: "Ask suppliers to state the real manufacturer of rebranded products, and add inventory registration and a high-risk-vendor check to the approval form for new installations." } },
        { fromLevel: 3, effort: "M", ownerRole: "it-security", text: { ja: "ネットワーク上の機器を自動検出するツールを導入し、月1回台帳と照合して未登録機器を調査する。", en: "Deploy a tool that discovers devices on the network, reconcile it with the inventory monthly, and investigate anything unregistered." } },
      ],
      sources: {
        recommendations: ["HOS-15", "CTX-2"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "ID.AM-01" },
          { framework: "NIST-CSF-2.0", id: "GV.SC-04" },
        ],
      },
    },
    {
      key: "supply.high-risk-vendor-remediation",
      text: {
        ja: "懸念事業者の機器・サービスについて、機微な技術情報を扱う区域・ネットワークからの撤去・置換または分離の計画を定め、期限どおりに実行していますか。",
        en: "For equipment and services from high-risk vendors, do you have a plan, kept to schedule, to remove, replace or isolate them from areas and networks that handle sensitive technical information?",
      },
      guidance: {
        ja: "米国は2020年8月以降、対象機器を使用する企業との政府契約も禁じています。機微情報に近いものから優先順位を付け、置換までの間は通信を分離・監視している状態が目標です。",
        en: "Since August 2020 the US government has also barred contracts with companies that use the covered equipment. Good looks like priorities set by closeness to sensitive information, with the equipment isolated and monitored until it is replaced.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "撤去・置換・分離の検討なし", en: "No consideration of removal, replacement or isolation" },
          { ja: "更新時期に順次置き換える方針のみで、期限・優先順位なし", en: "Policy to replace at end of life only, with no deadline or priorities" },
          { ja: "機微情報への近さで優先順位を付けた置換計画があり、予算と期限を設定", en: "A replacement plan prioritised by closeness to sensitive information, with budget and deadlines" },
          { ja: "置換までの間、対象機器を専用セグメントに分離し、外部通信を遮断・監視", en: "Until replaced, the equipment sits in its own network segment with outbound traffic blocked and monitored" },
          { ja: "計画どおり撤去を完了し、調達規程で再導入を防止、残存機器を定期確認", en: "Removal completed on plan, reintroduction prevented by procurement rules, and any remaining items checked regularly" },
        ],
      },
      appliesIf: { any: ["usesHighRiskVendorEquipment"] },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "security-lead", text: { ja: "台帳で特定した懸念事業者の機器ごとに、設置場所と接続先、扱う情報の機微度を記入したリスク評価表を作る。", en: "For each high-risk-vendor device found in the inventory, record its location, what it connects to and the sensitivity of the information around it in a risk sheet." } },
        { fromLevel: 1, effort: "M", ownerRole: "executive", text: { ja: "機微情報に近い機器から順に置換期限を定めた計画を作り、必要な予算を次年度計画に計上する。", en: "Draw up a plan with replacement deadlines, starting with the devices closest to sensitive information, and put the budget into next year's plan." } },
        { fromLevel: 2, effort: "M", ownerRole: "it-security", text: { ja: "置換までの間、対象機器を専用VLANに移し、インターネットへの通信を遮断してログを監視する。", en: "Until replacement, move the devices to a dedicated VLAN, block their internet traffic and monitor their logs." } },
        { fromLevel: 3, effort: "S", ownerRole: "procurement", text: { ja: "調達規程に懸念事業者の製品を原則調達しない条項と例外承認手続を加え、年1回の棚卸しで残存を確認する。", en: "Add to procurement rules a default ban on high-risk-vendor products with an exception procedure, and check for leftovers at the yearly stock-take." } },
      ],
      sources: {
        recommendations: ["HOS-15", "CTX-2"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.SC-07" },
          { framework: "METI-CSMG-3.0", id: "指示5" },
        ],
      },
    },
    {
      key: "supply.customer-procurement-requirements",
      text: {
        ja: "顧客から課される調達上の要件（米国政府調達に関わる国防授権法889条の表明、日本政府のIT調達に関する申合せ〔2018年12月〕、経済安全保障推進法の基幹インフラ事前審査で事業者が求める設備・部品・委託先の情報提供など）を把握し、応えられる体制がありますか。",
        en: "Do you know, and can you meet, the procurement requirements your customers pass on to you, such as NDAA section 889 representations in US government supply chains, the Japanese government's December 2018 agreement on IT procurement, or the information on equipment, components and maintenance contractors that operators need for prior review of critical infrastructure under the Economic Security Promotion Act?",
      },
      guidance: {
        ja: "経済安全保障推進法の基幹インフラ制度（2024年5月運用開始）では、特定社会基盤事業者が重要設備の導入前に構成設備や委託先を届け出ます。供給側として、求められた情報を正確かつ速やかに提出できる状態が目標です。",
        en: "Under the Economic Security Promotion Act's critical-infrastructure regime (in operation since May 2024), designated operators notify the government of component equipment and contractors before installing critical facilities. Good looks like being able to supply the requested information accurately and quickly.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "なし。要件を把握していない", en: "No: requirements are not known" },
          { ja: "一部。顧客から求められた都度、個別に対応", en: "Partly: handled ad hoc whenever a customer asks" },
          { ja: "あり。顧客別の要件を一覧化し、製品ごとの構成・製造元・委託先情報を即時に提出可能", en: "Yes: requirements listed per customer, and component, manufacturer and contractor information ready for every product" },
        ],
      },
      appliesIf: { any: ["suppliesDefenceOrCriticalInfrastructure"] },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "legal", text: { ja: "防衛・重要インフラ向けの主要顧客との契約と調達仕様書を確認し、889条表明や構成情報提供などの要件を一覧にする。", en: "Review contracts and procurement specifications of your main defence and critical-infrastructure customers, and list requirements such as section 889 representations and disclosure of components." } },
        { fromLevel: 1, effort: "M", ownerRole: "procurement", text: { ja: "顧客向け製品ごとに構成部品の製造元・製造国と保守委託先を記録した情報シートを整備し、年1回更新する。", en: "Keep an information sheet for each product sold to these customers listing the maker and country of origin of components and the maintenance contractors, updated yearly." } },
      ],
      sources: {
        recommendations: ["HOS-11", "CTX-4"],
        frameworks: [
          { framework: "ESPA-2022", id: "特定社会基盤役務" },
          { framework: "NIST-CSF-2.0", id: "GV.OC-03" },
        ],
      },
    },
    {
      key: "supply.critical-materials-map",
      text: {
        ja: "半導体、レアアース・永久磁石、ガリウム・ゲルマニウム、黒鉛など重要な部材・原材料について、二次・三次の調達先と原産国まで遡って依存関係を把握していますか。",
        en: "For critical parts and materials such as semiconductors, rare earths and permanent magnets, gallium, germanium and graphite, have you traced your dependencies to second- and third-tier suppliers and to the country of origin?",
      },
      guidance: {
        ja: "中国はガリウム・ゲルマニウム（2023年8月）、黒鉛（2023年12月）、一部の中・重希土類（2025年4月）に輸出許可制を導入しました。特定国に集中する品目と、途絶した場合の影響（生産停止までの日数）が分かっている状態が目標です。",
        en: "China introduced export licensing for gallium and germanium (August 2023), graphite (December 2023) and several medium and heavy rare earths (April 2025). Good looks like knowing which items are concentrated in one country and how long production could continue if supply stopped.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "一次取引先までしか把握していない", en: "Only direct suppliers known" },
          { ja: "主要品目について、一次取引先への聞き取りで原産国を一部把握", en: "Country of origin partly known for main items, from questions to direct suppliers" },
          { ja: "重要品目を定め、二次・三次の調達先と原産国を調査して特定国への集中度を可視化", en: "Critical items defined; tier-2 and tier-3 suppliers and origins surveyed, and concentration by country made visible" },
          { ja: "途絶時の影響（在庫日数・生産停止までの期間）を品目ごとに評価し、年1回と規制発表時に更新", en: "Impact of disruption (days of stock, time to production stop) assessed per item, updated yearly and whenever new controls are announced" },
          { ja: "依存度と影響を経営の指標として監視し、調達戦略・製品設計（代替材料）に反映", en: "Dependence and impact monitored as management indicators and used in sourcing strategy and product design (substitute materials)" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "M", ownerRole: "procurement", text: { ja: "部品表（BOM）から半導体・希土類・ガリウム等を含む重要品目を抽出し、一次取引先に原産国と二次調達先を照会する。", en: "Extract the critical items (semiconductors, rare earths, gallium and the like) from your bills of materials and ask direct suppliers for country of origin and their own suppliers." } },
        { fromLevel: 1, effort: "M", ownerRole: "procurement", text: { ja: "重要品目の定義を文書化し、調査票で二次・三次の調達先と原産国を集め、国別の集中度を一覧にする。", en: "Write down what counts as a critical item, collect tier-2 and tier-3 suppliers and origins with a questionnaire, and tabulate concentration by country." } },
        { fromLevel: 2, effort: "M", ownerRole: "procurement", text: { ja: "重要品目ごとに在庫日数と生産停止までの期間を算定し、輸出規制の発表時に再評価する手順を定める。", en: "Calculate days of stock and time to production stop for each critical item, and set a procedure to reassess whenever export controls are announced." } },
        { fromLevel: 3, effort: "L", ownerRole: "executive", text: { ja: "特定国依存度を経営指標に加えて四半期ごとに報告し、高依存品目は代替材料の設計検討を開発計画に組み込む。", en: "Add single-country dependence to management indicators reported quarterly, and put design work on substitute materials for highly dependent items into the development plan." } },
      ],
      sources: {
        recommendations: ["HOS-12"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.SC-04" },
          { framework: "ESPA-2022", id: "特定重要物資" },
        ],
      },
    },
    {
      key: "supply.second-sources",
      text: {
        ja: "特定国・特定企業に依存する重要品目について、代替調達先の認定、在庫の積増し、代替材料の検討などの備えを具体的に講じていますか。",
        en: "For critical items that depend on a single country or company, have you taken concrete steps such as qualifying alternative suppliers, building buffer stock or evaluating substitute materials?",
      },
      guidance: {
        ja: "代替先は「候補がある」だけでは足りず、品質認定を終えて発注できる状態にあることが重要です。高依存品目ごとに代替手段と切替えに要する期間が決まっている状態が目標です。",
        en: "Having a candidate is not enough: the alternative must be qualified and ready to take orders. Good looks like each highly dependent item having a defined fallback and a known switch-over time.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "備えなし", en: "No preparation" },
          { ja: "代替先の候補を把握しているのみ", en: "Alternative candidates known, nothing more" },
          { ja: "高依存品目ごとに代替策（第二調達先・在庫・代替材料）を決定し、責任者を設定", en: "A fallback (second source, stock or substitute) chosen for each highly dependent item, with an owner" },
          { ja: "第二調達先の品質認定を完了し、一定量を継続発注。切替え期間を把握", en: "Second sources qualified and receiving regular orders; switch-over time known" },
          { ja: "途絶を想定した訓練で切替えを検証し、公的支援（供給確保計画の認定等）も活用", en: "Switch-over tested in disruption exercises; public support schemes (such as approved supply-assurance plans) used where available" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "procurement", text: { ja: "特定国・特定企業への依存度が最も高い上位10品目を選び、代替先の候補を洗い出す。", en: "Pick the ten items most dependent on a single country or company and list candidate alternatives for each." } },
        { fromLevel: 1, effort: "M", ownerRole: "procurement", text: { ja: "上位品目ごとに第二調達先・安全在庫・代替材料のどれで備えるかを決め、品目ごとの責任者と期限を定める。", en: "For each of those items decide whether the fallback is a second source, safety stock or a substitute material, and assign an owner and deadline." } },
        { fromLevel: 2, effort: "L", ownerRole: "procurement", text: { ja: "第二調達先の品質認定を完了し、発注の一部（例：1〜2割）を継続して振り向け、切替え期間を実測する。", en: "Finish qualifying the second source, keep a share of orders (say 10–20%) going to it, and measure the actual switch-over time." } },
        { fromLevel: 3, effort: "M", ownerRole: "executive", text: { ja: "主要品目の供給途絶を想定した机上訓練を年1回行い、経済安全保障推進法の供給確保計画の認定など公的支援の利用可否を検討する。", en: "Hold a yearly tabletop exercise on losing a critical item, and consider public support such as approval of a supply-assurance plan under the Economic Security Promotion Act." } },
      ],
      sources: {
        recommendations: ["HOS-12"],
        frameworks: [{ framework: "ESPA-2022", id: "特定重要物資" }],
      },
    },
    {
      key: "supply.supplier-security-requirements",
      text: {
        ja: "機微な技術情報や重要部品に関わる取引先・委託先に、技術情報の取扱い、輸出管理の遵守、再委託の制限、下位の調達先の開示などの要件を契約で課し、その遵守を確認していますか。",
        en: "Do contracts with suppliers and contractors that touch sensitive technical information or critical parts impose requirements on handling technical information, export-control compliance, limits on subcontracting and disclosure of their own suppliers, and do you verify compliance?",
      },
      guidance: {
        ja: "米国の要件は間接的な取引先にも及び、管理の弱い取引先は自社ごとサプライチェーンから外される原因になります。取引先を重要度で区分し、上位には契約要件・評価・監査を、再委託先まで及ぼしている状態が目標です。",
        en: "US requirements reach indirect suppliers, and a weak supplier can get you cut out of a supply chain along with it. Good looks like suppliers tiered by criticality, with contract requirements, assessments and audits for the top tier, flowed down to subcontractors.",
      },
      weight: 3,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "秘密保持契約以外の要件なし", en: "No requirements beyond a non-disclosure agreement" },
          { ja: "一部の取引先に情報管理の要件を課すが、確認はしていない", en: "Some suppliers have information-security requirements, but nobody checks them" },
          { ja: "重要度で取引先を区分し、上位には情報管理・輸出管理・再委託制限を契約で課して自己評価を回収", en: "Suppliers tiered by criticality; top tier contractually bound on information security, export control and subcontracting, with self-assessments collected" },
          { ja: "上位取引先を定期監査し、再委託先まで要件を及ぼし、違反時の是正・解除条項を運用", en: "Top-tier suppliers audited regularly, requirements flowed down to subcontractors, and remedy and termination clauses enforced" },
          { ja: "評価結果を取引先選定・発注配分に反映し、事故・違反情報を取引先と共有して共同で改善", en: "Assessment results drive supplier selection and order allocation; incidents shared and fixed together with suppliers" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "procurement", text: { ja: "機微な技術情報・重要部品に関わる取引先を洗い出し、扱う情報と部品の重要度で3段階に区分する。", en: "List the suppliers that touch sensitive technical information or critical parts and sort them into three tiers by criticality." } },
        { fromLevel: 1, effort: "M", ownerRole: "legal", text: { ja: "上位区分の取引先との契約に、情報管理基準、輸出管理の遵守、再委託の事前承認、監査受入れの条項を追加し、年1回自己評価票を回収する。", en: "Add clauses on information-security standards, export-control compliance, prior approval of subcontracting and acceptance of audits to top-tier contracts, and collect a self-assessment every year." } },
        { fromLevel: 2, effort: "M", ownerRole: "security-lead", text: { ja: "上位区分の取引先を3年で一巡する監査計画を立て、再委託先にも同等の要件を課すよう契約で義務付ける。", en: "Plan audits that cover every top-tier supplier within three years, and require by contract that they impose the same terms on their subcontractors." } },
        { fromLevel: 3, effort: "M", ownerRole: "procurement", text: { ja: "評価・監査の結果を取引先評価点に組み込んで発注配分に使い、年1回取引先説明会で事故事例と改善要請を共有する。", en: "Fold assessment and audit results into supplier scores used for order allocation, and share incident cases and improvement requests at a yearly supplier meeting." } },
      ],
      sources: {
        recommendations: ["HOS-11"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.SC-05" },
          { framework: "NIST-CSF-2.0", id: "GV.SC-07" },
          { framework: "NIST-SP-800-171r3", id: "03.17.03" },
          { framework: "METI-CSMG-3.0", id: "指示9" },
        ],
      },
    },
    {
      key: "supply.designated-critical-goods",
      text: {
        ja: "自社の製品・原材料が経済安全保障推進法の特定重要物資（半導体、蓄電池、永久磁石、重要鉱物など）に関わるかを確認し、政府の供給確保の取組や調査への対応方針を決めていますか。",
        en: "Have you checked whether your products or materials relate to the 'specified critical products' under the Economic Security Promotion Act (semiconductors, storage batteries, permanent magnets, critical minerals and others), and decided how you will engage with government supply-assurance measures and surveys?",
      },
      guidance: {
        ja: "特定重要物資は政令で指定され、所管省庁による供給確保計画の認定・支援や、供給状況の調査が行われます。該当の有無を確認し、該当する場合は担当部署と対応方針が決まっている状態が目標です。",
        en: "Specified critical products are designated by Cabinet Order, and the responsible ministries approve and support supply-assurance plans and survey supply conditions. Good looks like having checked whether you are concerned and, if so, having an owner and a stance.",
      },
      weight: 1,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "未確認", en: "Not checked" },
          { ja: "該当の有無は確認したが、対応方針・担当は未定", en: "Checked, but no owner or stance yet" },
          { ja: "確認済みで、該当時の担当部署と対応方針（支援策の活用、調査への回答）を決定", en: "Checked, with an owner and a stance (use of support, answering surveys) for items concerned" },
        ],
      },
      allowNotApplicable: true,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "procurement", text: { ja: "政令で指定された特定重要物資の一覧と自社の製品・主要原材料を照合し、該当・関連する品目を記録する。", en: "Compare the Cabinet Order list of specified critical products with your products and main materials, and record the items concerned." } },
        { fromLevel: 1, effort: "S", ownerRole: "executive", text: { ja: "該当品目の担当部署を決め、所管省庁の支援策（供給確保計画の認定等）の利用可否と、供給状況調査への回答方針を経営会議で決める。", en: "Name an owning department for the items concerned, and decide at the executive committee whether to use ministry support (such as supply-assurance plan approval) and how to answer supply surveys." } },
      ],
      sources: {
        recommendations: ["CTX-4", "HOS-12"],
        frameworks: [{ framework: "ESPA-2022", id: "特定重要物資" }],
      },
    },
  ],
  university: [
    {
      key: "supply.sponsor-equipment-restrictions-univ",
      text: {
        ja: "米国連邦政府の研究費（分担・再委託を含む）を受ける研究で、その資金を懸念事業者（華為技術、中興通訊、海能達、海康威視、浙江大華とその関連会社）の通信・映像監視機器やサービスの調達・利用に充てないという条件（米国連邦規則 2 CFR 200.216）を把握し、守っていますか。",
        en: "For research funded by US federal awards (including sub-awards), do you know and comply with the condition that award funds must not be used to procure or obtain telecommunications or video-surveillance equipment or services from the covered vendors (Huawei, ZTE, Hytera, Hikvision, Dahua and their affiliates) under 2 CFR 200.216?",
      },
      guidance: {
        ja: "この条件は2020年8月から米国の連邦補助金・契約の受領者と再受領者に適用され、外国の大学も対象になります。該当する研究費と、それで購入する機器・サービスが特定され、購入時に製造元が確認されている状態が目標です。",
        en: "Since August 2020 the condition has applied to recipients and sub-recipients of US federal grants and cooperative agreements, foreign universities included. Good looks like knowing which awards are affected and checking the manufacturer of anything bought with them.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "なし。条件を把握していない", en: "No: the condition is not known" },
          { ja: "一部。研究者は知っているが、購入時の確認手順がない", en: "Partly: researchers know of it, but purchases are not checked" },
          { ja: "あり。該当する研究費を特定し、購入時に製造元を確認して記録", en: "Yes: affected awards identified, and the manufacturer checked and recorded at purchase" },
        ],
      },
      appliesIf: { any: ["jointResearchUs"] },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "research-office", text: { ja: "米国連邦政府の資金を受ける研究課題（再委託を含む）を一覧にし、各研究代表者と経理担当に 2 CFR 200.216 の条件を文書で通知する。", en: "List all projects funded by US federal awards, sub-awards included, and notify each principal investigator and finance officer of the 2 CFR 200.216 condition in writing." } },
        { fromLevel: 1, effort: "S", ownerRole: "procurement", text: { ja: "該当する研究費で通信機器・カメラ・ネットワーク機器・関連サービスを購入する際、製造元を確認する欄を発注書式に加え、記録を研究費の証拠書類として保存する。", en: "Add a manufacturer check to the purchase form for any telecom, camera, network equipment or related service bought with these awards, and keep the record with the award's supporting documents." } },
      ],
      sources: {
        recommendations: ["HOS-15", "HOS-11"],
        frameworks: [{ framework: "NIST-CSF-2.0", id: "GV.OC-03" }],
      },
    },
    {
      key: "supply.high-risk-vendor-procurement-univ",
      text: {
        ja: "ネットワーク機器・監視カメラ・研究用計算機などの調達で、政府のIT調達方針（2018年12月の関係省庁申合せ）に準じて、懸念事業者の製品を評価・排除する基準を定めていますか。",
        en: "When buying network equipment, surveillance cameras or research computing, do you apply criteria that assess and exclude high-risk vendors, in line with the Japanese government's IT procurement policy (the inter-ministerial agreement of December 2018)?",
      },
      guidance: {
        ja: "政府は2018年12月、安全保障上のリスクを踏まえたIT調達の方針を申し合わせました。部局調達を含め、入札仕様と調達審査で同等の基準を適用している状態が目標です。",
        en: "In December 2018 the government agreed an IT procurement policy that takes security risks into account. Good looks like equivalent criteria in tender specifications and purchase reviews, including purchases made by faculties.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "価格・性能のみで選定", en: "Chosen on price and performance only" },
          { ja: "情報基盤の大型調達でのみ個別に配慮", en: "Considered case by case in large central IT purchases only" },
          { ja: "対象品目と評価基準を調達規程に明記し、全学調達で適用", en: "Covered items and criteria written into procurement rules and applied to central purchases" },
          { ja: "部局・研究費による調達にも適用し、例外は情報セキュリティ責任者が承認", en: "Also applied to faculty and grant-funded purchases; exceptions approved by the information security officer" },
          { ja: "基準を政府方針・米国の規制動向に合わせて毎年見直し、適用状況を監査", en: "Criteria reviewed yearly against government policy and US rules, and their use audited" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "procurement", text: { ja: "政府のIT調達申合せを参考に、対象品目（ネットワーク機器、カメラ、計算機等）と懸念事業者の評価基準を定める。", en: "Using the government's IT procurement agreement as a model, define the covered items (network equipment, cameras, computers and so on) and how high-risk vendors are assessed." } },
        { fromLevel: 1, effort: "M", ownerRole: "procurement", text: { ja: "基準を調達規程と入札仕様書のひな形に組み込み、全学調達の審査項目にする。", en: "Build the criteria into procurement rules and tender templates, and make them a review item for all central purchases." } },
        { fromLevel: 2, effort: "M", ownerRole: "procurement", text: { ja: "研究費・部局予算による購入にも基準を適用し、例外は情報セキュリティ責任者の承認制にする。", en: "Extend the criteria to purchases from research grants and faculty budgets, with exceptions needing the information security officer's approval." } },
        { fromLevel: 3, effort: "S", ownerRole: "security-lead", text: { ja: "年1回、政府方針と米国の規制を確認して基準を改定し、調達実績から抽出して適用状況を監査する。", en: "Revise the criteria yearly against government policy and US rules, and audit a sample of purchases for compliance." } },
      ],
      sources: {
        recommendations: ["HOS-15", "CTX-2"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.SC-06" },
          { framework: "NIST-SP-800-171r3", id: "03.17.02" },
        ],
      },
    },
    {
      key: "supply.campus-installed-base-univ",
      text: {
        ja: "キャンパスのネットワーク機器、監視カメラ・録画装置、入退室管理システムについて、部局や研究室が独自に設置したものを含めて製造元を把握し、懸念事業者の製品について更新・撤去の計画を立てていますか。",
        en: "For campus network equipment, surveillance cameras and recorders and access-control systems — including those installed by faculties and laboratories themselves — do you know the manufacturer, and do you have a plan to replace or remove products of high-risk vendors?",
      },
      guidance: {
        ja: "大学では研究室や部局が独自にカメラやスイッチを設置することが多く、情報基盤センターの台帳から漏れがちです。全学で製造元まで把握し、機微な研究を行う建物から優先して更新・分離している状態が目標です。",
        en: "Laboratories and faculties often install their own cameras and switches, which then escape the central IT inventory. Good looks like knowing the manufacturer of every device campus-wide, with replacement or isolation done first in buildings that host sensitive research.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "全学的な把握なし", en: "No campus-wide picture" },
          { ja: "情報基盤センター管理の基幹機器のみ把握", en: "Only core equipment run by the central IT centre is known" },
          { ja: "部局・研究室設置分を含む台帳に製造元を記録し、懸念事業者の製品を特定", en: "Inventory including faculty and laboratory devices records manufacturers and flags high-risk vendors' products" },
          { ja: "懸念製品の更新・撤去・ネットワーク分離の計画を、機微研究の建物から優先して実行中", en: "Plan to replace, remove or isolate flagged products under way, starting with buildings hosting sensitive research" },
          { ja: "新規設置の事前届出制と年1回の全学棚卸しで、懸念製品の再導入を防止", en: "Prior notification for new installations and a yearly campus-wide stocktake keep flagged products from coming back" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "it-security", text: { ja: "情報基盤センターが管理するネットワーク機器・カメラ・入退室管理装置の一覧を作り、製造元を記入する。", en: "List the network equipment, cameras and access-control devices run by the central IT centre, recording the manufacturer of each." } },
        { fromLevel: 1, effort: "M", ownerRole: "facilities", text: { ja: "各部局・研究室に独自設置の機器の申告を求め、ネットワーク探索の結果と照合して台帳に加え、懸念事業者の製品に印を付ける。", en: "Ask every faculty and laboratory to declare devices they installed, check the declarations against a network scan, add them to the inventory and mark high-risk vendors' products." } },
        { fromLevel: 2, effort: "L", ownerRole: "facilities", text: { ja: "懸念製品ごとに撤去・更新・ネットワーク分離の方法と期限を定めた計画を作り、機微な研究を行う建物の分から予算化する。", en: "Write a plan setting how and by when each flagged product is removed, replaced or isolated, and budget first for buildings that host sensitive research." } },
        { fromLevel: 3, effort: "S", ownerRole: "it-security", text: { ja: "カメラ・ネットワーク機器の新規設置を情報基盤センターへの事前届出制にし、年1回の全学棚卸しで台帳と照合する。", en: "Require prior notification to the central IT centre for any new camera or network device, and reconcile the inventory in a yearly campus-wide stocktake." } },
      ],
      sources: {
        recommendations: ["HOS-15", "CTX-2"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "ID.AM-01" },
          { framework: "NIST-CSF-2.0", id: "GV.SC-04" },
        ],
      },
    },
    {
      key: "supply.lab-instrument-remote-access-univ",
      text: {
        ja: "研究機器（分析装置、シーケンサー、製造・計測装置など）のメーカーによる遠隔保守接続や、測定データのメーカー側クラウドへの送信を把握し、管理していますか。",
        en: "Do you know about, and control, vendor remote-maintenance connections to research instruments (analysers, sequencers, fabrication and measurement tools) and any upload of measurement data to the vendor's cloud?",
      },
      guidance: {
        ja: "遠隔保守やクラウド連携は、未発表の研究データが外部、場合によっては外国当局の手が届く場所に流れる経路になります。接続の有無と経路を把握し、必要時のみ許可・記録している状態が目標です。",
        en: "Remote maintenance and cloud features can carry unpublished data outside, sometimes within reach of foreign authorities. Good looks like knowing which instruments connect and how, allowing connections only when needed, and logging them.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "接続の有無を把握していない", en: "Connections unknown" },
          { ja: "研究室ごとに任されており、全学では不明", en: "Left to each lab; not known centrally" },
          { ja: "遠隔接続・クラウド送信のある機器を一覧化し、接続先の事業者と国を把握", en: "Instruments with remote access or cloud upload listed, with the vendor and country at the other end" },
          { ja: "遠隔保守は申請時のみ接続を開放し、接続記録を保存。機微分野の機器はクラウド送信を停止", en: "Remote maintenance opened only on request and logged; cloud upload disabled on instruments in sensitive fields" },
          { ja: "保守契約にデータ取扱い条項を入れ、接続記録を定期確認", en: "Data-handling clauses in maintenance contracts, and connection logs reviewed regularly" },
        ],
      },
      allowNotApplicable: true,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "research-office", text: { ja: "共用機器と主要研究室に照会し、遠隔保守接続やクラウド送信機能のある研究機器を洗い出す。", en: "Survey shared facilities and major labs to find instruments with remote maintenance or cloud upload features." } },
        { fromLevel: 1, effort: "S", ownerRole: "it-security", text: { ja: "該当機器の一覧に、接続先の事業者・所在国・送信されるデータの種類を記入する。", en: "For each such instrument record the vendor, its country and the kinds of data sent." } },
        { fromLevel: 2, effort: "M", ownerRole: "it-security", text: { ja: "遠隔保守の接続を常時開放から申請時の一時開放に切り替えて記録を残し、機微分野の機器はクラウド送信を無効にする。", en: "Switch remote maintenance from always-on to temporary access on request with logs, and disable cloud upload on instruments in sensitive fields." } },
        { fromLevel: 3, effort: "M", ownerRole: "procurement", text: { ja: "保守契約の更新時に、データの持出し禁止・保存場所・再委託制限の条項を追加し、接続記録を四半期ごとに確認する。", en: "When maintenance contracts renew, add clauses banning data removal and fixing storage location and subcontracting limits, and review connection logs quarterly." } },
      ],
      sources: {
        recommendations: ["HOS-14", "HOS-11"],
        frameworks: [
          { framework: "NIST-SP-800-171r3", id: "03.16.03" },
          { framework: "UK-TR", id: "research-data" },
        ],
      },
    },
    {
      key: "supply.research-service-providers-univ",
      text: {
        ja: "受託解析・シーケンス受託・試料分析・翻訳・生成AIなど外部の研究支援サービスに、未発表データや試料を渡す前に、提供事業者とその親会社の所在国、データの保存・処理場所を確認していますか。",
        en: "Before unpublished data or samples go to outside research services — contract analysis, sequencing, sample testing, translation, generative AI — do you check the provider, the country of its parent company, and where the data is stored and processed?",
      },
      guidance: {
        ja: "安価な受託サービスの中には、外国当局へのデータ提供を法律で義務付けられた国の企業が運営するものがあります（米国はゲノム解析企業の一部をエンティティ・リストに掲載）。データの機微度に応じて使えるサービスが定められ、研究室任せになっていない状態が目標です。",
        en: "Some low-cost research services are run by companies in countries whose laws oblige them to hand data to the authorities (the US has put parts of one genomics group on the Entity List). Good looks like a set of services allowed for each level of data sensitivity, not a choice left to each lab.",
      },
      weight: 2,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "研究室が自由に選択し、把握していない", en: "Labs choose freely; nothing is known centrally" },
          { ja: "契約の形式確認のみで、提供事業者の所在国・親会社は未確認", en: "Contracts checked for form only; provider's country and parent not checked" },
          { ja: "提供事業者・親会社・データの保存国を確認し、データの機微度ごとに利用できるサービスを規定", en: "Provider, parent company and data location checked; allowed services set by data sensitivity" },
          { ja: "機微なデータ・試料の外部委託は事前承認制とし、契約にデータの保存場所・再委託・返却廃棄の条項を規定", en: "Outsourcing of sensitive data or samples needs prior approval; contracts fix data location, subcontracting and return or destruction" },
          { ja: "承認済みサービスを年1回再評価し、リスト掲載等の変化に応じて切替え", en: "Approved services re-assessed yearly and replaced when listings or ownership change" },
        ],
      },
      allowNotApplicable: true,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "research-office", text: { ja: "研究費の支出データから受託解析・シーケンス・分析・翻訳などの外部サービスの利用先を抽出し、一覧にする。", en: "Extract contract analysis, sequencing, testing and translation providers from research expenditure records and list them." } },
        { fromLevel: 1, effort: "M", ownerRole: "research-office", text: { ja: "一覧の各事業者について親会社と所在国、データの保存・処理場所を確認し、データの機微度ごとに利用できるサービスを定める。", en: "For each provider confirm the parent company, country and where data is stored and processed, and decide which services may be used for each sensitivity level." } },
        { fromLevel: 2, effort: "M", ownerRole: "legal", text: { ja: "機微なデータ・試料の外部委託を事前承認制にし、委託契約のひな形にデータの保存場所・再委託の禁止・返却廃棄の条項を加える。", en: "Make outsourcing of sensitive data or samples subject to prior approval, and add clauses on data location, no subcontracting and return or destruction to the service contract template." } },
        { fromLevel: 3, effort: "S", ownerRole: "research-office", text: { ja: "承認済みサービスを年1回リストと照合して再評価し、問題があれば代替サービスへの切替えを研究室に通知する。", en: "Re-assess approved services against the lists once a year and tell labs to switch to an alternative if a problem appears." } },
      ],
      sources: {
        recommendations: ["HOS-14", "HOS-11"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.SC-06" },
          { framework: "UK-TR", id: "research-data" },
        ],
      },
    },
    {
      key: "supply.contractor-requirements-univ",
      text: {
        ja: "学内システムの保守・運用委託先や共同研究で資金を再配分する相手に、情報管理・輸出管理・再委託制限の要件を契約で課していますか。",
        en: "Do contracts with IT maintenance and operations contractors, and with partners receiving sub-awards in joint projects, impose requirements on information security, export control and subcontracting?",
      },
      guidance: {
        ja: "米国の資金を受ける研究や防衛関係の研究では、委託先・再配分先にも同等の管理が求められます。委託先の区分に応じた契約要件があり、重要な委託先の遵守を確認している状態が目標です。",
        en: "US-funded and defence-related research expects contractors and sub-awardees to keep equivalent controls. Good looks like contract requirements set by contractor tier, with compliance of key contractors checked.",
      },
      weight: 2,
      answer: {
        kind: "yesPartialNo",
        levels: [
          { ja: "なし。秘密保持条項のみ", en: "No: confidentiality clauses only" },
          { ja: "一部。情報システムの委託契約にのみ要件あり", en: "Partly: requirements only in IT outsourcing contracts" },
          { ja: "あり。委託・再配分の契約ひな形に要件を入れ、重要な相手は遵守を確認", en: "Yes: requirements in the contract templates for outsourcing and sub-awards, with compliance checked for key parties" },
        ],
      },
      allowNotApplicable: false,
      remediation: [
        { fromLevel: 0, effort: "M", ownerRole: "legal", text: { ja: "委託契約と共同研究の再配分契約のひな形に、情報管理基準・輸出管理の遵守・再委託の事前承認の条項を追加する。", en: "Add clauses on information-security standards, export-control compliance and prior approval of subcontracting to the templates for outsourcing and sub-award agreements." } },
        { fromLevel: 1, effort: "S", ownerRole: "research-office", text: { ja: "米国資金・防衛関係の研究で資金を再配分する相手と、機微データを扱う委託先を特定し、年1回遵守状況の報告を求める。", en: "Identify sub-awardees in US-funded and defence-related research and contractors handling sensitive data, and ask them to report on compliance once a year." } },
      ],
      sources: {
        recommendations: ["HOS-11"],
        frameworks: [
          { framework: "NIST-CSF-2.0", id: "GV.SC-05" },
          { framework: "NIST-SP-800-171r3", id: "03.17.03" },
        ],
      },
    },
    {
      key: "supply.critical-research-supplies-univ",
      text: {
        ja: "研究の継続に欠かせない試薬・材料・部品（希土類、ヘリウム、特殊な半導体部品など）で特定国に依存するものを把握し、代替調達や在庫の備えをしていますか。",
        en: "Do you know which reagents, materials and components essential to your research (rare earths, helium, specialised semiconductor parts and so on) depend on a single country, and have you prepared alternative sources or stock?",
      },
      guidance: {
        ja: "輸出規制や供給途絶は研究計画を長期間止めることがあります。重要な研究資材の依存先を把握し、代替手段が研究室任せになっていない状態が目標です。",
        en: "Export controls and supply shocks can halt research for months. Good looks like knowing where essential research supplies come from, with fallbacks that are not left to individual labs.",
      },
      weight: 1,
      answer: {
        kind: "maturity",
        levels: [
          { ja: "把握していない", en: "Not known" },
          { ja: "個々の研究室が経験的に把握しているのみ", en: "Known informally by individual labs" },
          { ja: "共用設備・主要研究室の重要資材と依存国を一覧化", en: "Essential supplies of shared facilities and major labs listed with their source countries" },
          { ja: "高依存品目に代替調達先・共同購入・在庫の備えを設定", en: "Alternative sources, joint purchasing or stock arranged for highly dependent items" },
          { ja: "供給状況を定期確認し、他機関と融通・リサイクル（ヘリウム回収等）の仕組みを運用", en: "Supply monitored regularly, with sharing arrangements with other institutions and recycling (such as helium recovery) in use" },
        ],
      },
      allowNotApplicable: true,
      remediation: [
        { fromLevel: 0, effort: "S", ownerRole: "research-office", text: { ja: "共用設備と主要研究室に照会し、研究継続に欠かせない資材と主な調達先・原産国を集める。", en: "Ask shared facilities and major labs which supplies their research cannot continue without, and where those come from." } },
        { fromLevel: 1, effort: "S", ownerRole: "procurement", text: { ja: "回答を全学の一覧にまとめ、特定国への依存度が高い品目に印を付ける。", en: "Compile the answers into one institutional list and mark the items heavily dependent on one country." } },
        { fromLevel: 2, effort: "M", ownerRole: "procurement", text: { ja: "高依存品目ごとに代替調達先・共同購入・安全在庫のいずれかの備えを決め、担当者を置く。", en: "For each highly dependent item choose a fallback (alternative source, joint purchasing or safety stock) and assign an owner." } },
        { fromLevel: 3, effort: "L", ownerRole: "facilities", text: { ja: "近隣機関との資材融通の協定を結び、ヘリウム回収など回収・再利用の設備導入を検討する。", en: "Agree supply-sharing with nearby institutions and consider recovery and reuse equipment such as helium recovery." } },
      ],
      sources: {
        recommendations: ["HOS-12"],
        frameworks: [{ framework: "ESPA-2022", id: "特定重要物資" }],
      },
    },
  ],
});
