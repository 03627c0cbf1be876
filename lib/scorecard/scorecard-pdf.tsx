// The executive scorecard as a one-page A4 PDF document (react-pdf), laid out from a TScorecardView.
import { Circle, Document, Page, StyleSheet, Svg, Text, View, type TextProps } from "@react-pdf/renderer";
import type { TLight } from "@/lib/scoring/types";
import type { TScorecardDomain, TScorecardPlan, TScorecardRisk, TScorecardView } from "./scorecard-view";
import { markLineBreaks } from "./split-for-line-breaks";

/** The family render-scorecard-pdf.ts registers; Japanese glyphs need it for every text. */
export const SCORECARD_FONT_FAMILY = "NotoSansJP";

const BRAND = "#1e3a8a";
const INK = "#111827";
const MUTED = "#4b5563";
const RULE = "#cbd5e1";
const PANEL = "#f1f5f9";
const OVERDUE = "#b91c1c";
const NO_VALUE = "—";
/** react-pdf's "never break here" penalty (its line breaker's infinity). */
const NO_HYPHENATION = 10_000;

const LIGHT_COLOURS: Record<TLight, string> = { green: "#15803d", amber: "#b45309", red: "#b91c1c", none: "#94a3b8" };

/** Domain table columns, as shares of the width: the title gets the room Japanese names need. */
const COLUMNS = { title: "40%", light: "22%", score: "14%", target: "12%", previous: "12%" } as const;

const styles = StyleSheet.create({
  // No lineHeight here: react-pdf resolves it against the declaring element's font size, passes
  // that absolute value down to every text, and drops render-prop texts (the page numbers)
  // beneath it. Noto Sans JP's own line gap (about 1.45 em) reads well for Japanese anyway.
  page: { fontFamily: SCORECARD_FONT_FAMILY, fontSize: 9.5, color: INK, paddingTop: 28, paddingHorizontal: 40, paddingBottom: 40 },
  header: { borderBottomWidth: 1.5, borderBottomColor: BRAND, paddingBottom: 6, marginBottom: 10 },
  headerTop: { flexDirection: "row", justifyContent: "space-between", alignItems: "flex-start" },
  heading: { fontSize: 11, fontWeight: 700, color: BRAND, flexShrink: 1 },
  status: { fontSize: 9, color: MUTED, marginLeft: 12, textAlign: "right", maxWidth: "40%" },
  // Bottom-aligned with a nudge for the smaller descent: yoga has no text baselines here.
  organizationLine: { flexDirection: "row", flexWrap: "wrap", alignItems: "flex-end", marginTop: 2 },
  organization: { fontSize: 15, fontWeight: 700, marginRight: 10 },
  unit: { fontSize: 11, color: MUTED, marginBottom: 1 },
  subtitle: { fontSize: 9, color: MUTED },
  overall: { flexDirection: "row", backgroundColor: PANEL, borderRadius: 3, paddingVertical: 6, paddingHorizontal: 14, marginBottom: 8 },
  // Captions share the top edge and the big figures the bottom edge, whatever their sizes.
  overallCell: { justifyContent: "space-between", flexShrink: 0, paddingRight: 18 },
  // flex: 1 (basis 0), not grow/shrink alone: react-pdf wraps text at the width it first measures.
  overallTrend: { justifyContent: "center", flex: 1, borderLeftWidth: 1, borderLeftColor: RULE, paddingLeft: 14 },
  caption: { fontSize: 8, color: MUTED },
  grade: { fontSize: 34, fontWeight: 700, color: BRAND, lineHeight: 1.1 },
  scoreLine: { flexDirection: "row", alignItems: "flex-end" },
  score: { fontSize: 26, fontWeight: 700, lineHeight: 1.1 },
  outOf: { fontSize: 11, color: MUTED, marginLeft: 3, marginBottom: 3 },
  noScore: { fontSize: 11, color: MUTED },
  sectionTitle: { fontSize: 11, fontWeight: 700, color: BRAND, marginBottom: 3 },
  section: { marginBottom: 8 },
  tableHead: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: INK, paddingBottom: 2 },
  tableHeadText: { fontSize: 8, fontWeight: 700, color: MUTED },
  row: { flexDirection: "row", alignItems: "center", borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 1.5 },
  number: { textAlign: "right", paddingRight: 4 },
  lightCell: { flexDirection: "row", alignItems: "center", paddingLeft: 6 },
  dot: { marginRight: 5 },
  risk: { flexDirection: "row", marginBottom: 4 },
  riskNumber: { width: 14, fontWeight: 700, color: BRAND },
  riskBody: { flex: 1, borderLeftWidth: 1.5, borderLeftColor: RULE, paddingLeft: 7 },
  riskDomain: { fontWeight: 700 },
  finding: { fontSize: 8, color: MUTED },
  nextStep: { flexDirection: "row", fontSize: 9 },
  nextStepLabel: { fontWeight: 700 },
  nextStepText: { flex: 1 },
  counts: { flexDirection: "row", marginTop: 4 },
  count: { flexGrow: 1, flexBasis: 0, borderLeftWidth: 1, borderLeftColor: RULE, paddingLeft: 6 },
  countValue: { fontSize: 14, fontWeight: 700, lineHeight: 1.2 },
  progress: { flexDirection: "row", alignItems: "center", marginTop: 6 },
  progressTrack: { flexGrow: 1, height: 6, backgroundColor: "#e2e8f0", borderRadius: 3 },
  progressFill: { height: 6, backgroundColor: BRAND, borderRadius: 3 },
  progressText: { fontSize: 9, fontWeight: 700, marginLeft: 8, width: 34, textAlign: "right" },
  footer: { position: "absolute", bottom: 18, left: 40, right: 40, flexDirection: "row", justifyContent: "space-between", borderTopWidth: 0.5, borderTopColor: RULE, paddingTop: 4, fontSize: 7.5, color: MUTED },
  footerText: { flexShrink: 1, marginRight: 12 },
});

function formatScore(score: number | null): string {
  return score === null ? NO_VALUE : String(score);
}

/** The label before a value, with the colon each language sets: full-width (spacing included) in Japanese. */
function withColon(locale: TScorecardView["locale"], label: string): string {
  return locale === "ja" ? `${label}：` : `${label}: `;
}

/**
 * Every text of the page goes through here. Its permitted breaks are marked (per character,
 * kinsoku applied), and react-pdf is kept from breaking anywhere else, in particular at the
 * seams where it cuts text into script runs (between kanji and kana, say): it would put a
 * hyphen there, and only the marks know whether a break is allowed.
 */
function PdfText({ children, style }: { children: string | number; style?: TextProps["style"] }) {
  return (
    <Text style={style} hyphenationPenalty={NO_HYPHENATION}>
      {markLineBreaks(String(children))}
    </Text>
  );
}

function Header({ view }: { view: TScorecardView }) {
  return (
    <View style={styles.header}>
      <View style={styles.headerTop}>
        <PdfText style={styles.heading}>{view.labels.heading}</PdfText>
        <PdfText style={styles.status}>{view.statusLine}</PdfText>
      </View>
      <View style={styles.organizationLine}>
        <PdfText style={styles.organization}>{view.organizationName}</PdfText>
        {view.unitName ? <PdfText style={styles.unit}>{view.unitName}</PdfText> : null}
      </View>
      <PdfText style={styles.subtitle}>{view.assessmentTitle}</PdfText>
      <PdfText style={styles.subtitle}>{view.questionnaireTitle}</PdfText>
    </View>
  );
}

function OverallBlock({ view }: { view: TScorecardView }) {
  const { labels, overall } = view;
  const hasTrend = overall.previousScore !== null || overall.trendLine !== null;
  return (
    <View style={styles.overall} wrap={false}>
      <View style={styles.overallCell}>
        <PdfText style={styles.caption}>{labels.grade}</PdfText>
        <PdfText style={styles.grade}>{overall.grade ?? NO_VALUE}</PdfText>
      </View>
      <View style={styles.overallCell}>
        <PdfText style={styles.caption}>{labels.score}</PdfText>
        {overall.score === null ? (
          <PdfText style={styles.noScore}>{labels.noScore}</PdfText>
        ) : (
          <View style={styles.scoreLine}>
            <PdfText style={styles.score}>{overall.score}</PdfText>
            <PdfText style={styles.outOf}>/ 100</PdfText>
          </View>
        )}
      </View>
      {hasTrend ? (
        <View style={styles.overallTrend}>
          {overall.previousScore !== null ? <PdfText>{`${withColon(view.locale, labels.previous)}${overall.previousScore} / 100`}</PdfText> : null}
          {overall.trendLine !== null ? <PdfText style={styles.caption}>{overall.trendLine}</PdfText> : null}
        </View>
      ) : null}
    </View>
  );
}

/** A filled circle in the light's colour; the label beside it carries the meaning for readers without colour. */
function LightDot({ light }: { light: TLight }) {
  return (
    <Svg width={8} height={8} style={styles.dot}>
      <Circle cx={4} cy={4} r={4} fill={LIGHT_COLOURS[light]} />
    </Svg>
  );
}

function DomainRow({ domain }: { domain: TScorecardDomain }) {
  return (
    <View style={styles.row} wrap={false}>
      <PdfText style={{ width: COLUMNS.title }}>{domain.title}</PdfText>
      <View style={[styles.lightCell, { width: COLUMNS.light }]}>
        <LightDot light={domain.light} />
        <PdfText>{domain.lightLabel}</PdfText>
      </View>
      <PdfText style={[styles.number, { width: COLUMNS.score, fontWeight: 700 }]}>{formatScore(domain.score)}</PdfText>
      <PdfText style={[styles.number, { width: COLUMNS.target }]}>{domain.targetScore}</PdfText>
      <PdfText style={[styles.number, { width: COLUMNS.previous, color: MUTED }]}>{formatScore(domain.previousScore)}</PdfText>
    </View>
  );
}

function DomainTable({ view }: { view: TScorecardView }) {
  const { labels } = view;
  return (
    <View style={styles.section}>
      <PdfText style={styles.sectionTitle}>{labels.domains}</PdfText>
      <View style={styles.tableHead}>
        <PdfText style={[styles.tableHeadText, { width: COLUMNS.title }]}>{labels.domain}</PdfText>
        <PdfText style={[styles.tableHeadText, { width: COLUMNS.light, paddingLeft: 6 }]}>{labels.status}</PdfText>
        <PdfText style={[styles.tableHeadText, styles.number, { width: COLUMNS.score }]}>{labels.score}</PdfText>
        <PdfText style={[styles.tableHeadText, styles.number, { width: COLUMNS.target }]}>{labels.target}</PdfText>
        <PdfText style={[styles.tableHeadText, styles.number, { width: COLUMNS.previous }]}>{labels.previous}</PdfText>
      </View>
      {view.domains.map((domain) => (
        <DomainRow key={domain.title} domain={domain} />
      ))}
    </View>
  );
}

function RiskItem({ risk, position, nextStepLabel, locale }: { risk: TScorecardRisk; position: number; nextStepLabel: string; locale: TScorecardView["locale"] }) {
  return (
    <View style={styles.risk} wrap={false}>
      <PdfText style={styles.riskNumber}>{position}</PdfText>
      <View style={styles.riskBody}>
        <PdfText style={styles.riskDomain}>{risk.domain}</PdfText>
        <PdfText>{risk.risk}</PdfText>
        <PdfText style={styles.finding}>{risk.finding}</PdfText>
        {risk.nextStep !== null ? (
          <View style={styles.nextStep}>
            <PdfText style={[styles.nextStepLabel, { marginRight: locale === "ja" ? 0 : 3 }]}>{nextStepLabel}</PdfText>
            <PdfText style={styles.nextStepText}>{risk.nextStep}</PdfText>
          </View>
        ) : null}
      </View>
    </View>
  );
}

function RiskList({ view }: { view: TScorecardView }) {
  if (view.risks.length === 0) return null;
  return (
    <View style={styles.section}>
      <PdfText style={styles.sectionTitle}>{view.labels.risks}</PdfText>
      {view.risks.map((risk, index) => (
        <RiskItem key={risk.domain + risk.finding} risk={risk} position={index + 1} nextStepLabel={withColon(view.locale, view.labels.nextStep).trimEnd()} locale={view.locale} />
      ))}
    </View>
  );
}

function PlanCount({ label, value, alert }: { label: string; value: number; alert?: boolean }) {
  return (
    <View style={styles.count}>
      <PdfText style={[styles.countValue, alert && value > 0 ? { color: OVERDUE } : {}]}>{value}</PdfText>
      <PdfText style={styles.caption}>{label}</PdfText>
    </View>
  );
}

function PlanBlock({ labels, plan }: { labels: TScorecardView["labels"]; plan: TScorecardPlan }) {
  const percent = Math.min(100, Math.max(0, plan.percentDone));
  return (
    <View style={styles.section} wrap={false}>
      <PdfText style={styles.sectionTitle}>{labels.plan}</PdfText>
      <PdfText>{labels.planSummary}</PdfText>
      <View style={styles.counts}>
        <PlanCount label={labels.planOpen} value={plan.open} />
        <PlanCount label={labels.planInProgress} value={plan.inProgress} />
        <PlanCount label={labels.planDone} value={plan.done} />
        <PlanCount label={labels.planRiskAccepted} value={plan.riskAccepted} />
        <PlanCount label={labels.planOverdue} value={plan.overdue} alert />
      </View>
      <View style={styles.progress}>
        <View style={styles.progressTrack}>
          <View style={[styles.progressFill, { width: `${percent}%` }]} />
        </View>
        <PdfText style={styles.progressText}>{`${Math.round(percent)}%`}</PdfText>
      </View>
    </View>
  );
}

function Footer({ text }: { text: string }) {
  return (
    <View style={styles.footer} fixed>
      <PdfText style={styles.footerText}>{text}</PdfText>
      <Text render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`} />
    </View>
  );
}

export function ScorecardPdf({ view }: { view: TScorecardView }) {
  return (
    <Document title={`${view.labels.heading} — ${view.organizationName}`} subject={view.assessmentTitle} creator="Mamori" producer="Mamori" language={view.locale}>
      <Page size="A4" orientation="portrait" style={styles.page}>
        <Header view={view} />
        <OverallBlock view={view} />
        <DomainTable view={view} />
        <RiskList view={view} />
        <PlanBlock labels={view.labels} plan={view.plan} />
        <Footer text={view.labels.footer} />
      </Page>
    </Document>
  );
}
