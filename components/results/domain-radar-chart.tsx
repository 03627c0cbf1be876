"use client";
// Radar of the ten domains: current score, target and the previous assessment. The page shows
// the same figures in a table, so the chart is hidden from screen readers.
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from "recharts";

export type TRadarPoint = { domain: string; current: number | null; target: number; previous: number | null };

export default function DomainRadarChart({ data, labels, showPrevious }: { data: TRadarPoint[]; labels: { current: string; target: string; previous: string }; showPrevious: boolean }) {
  return (
    <div aria-hidden="true" className="h-96 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart accessibilityLayer={false} data={data} outerRadius="62%" margin={{ top: 10, right: 40, bottom: 10, left: 40 }}>
          <PolarGrid />
          <PolarAngleAxis dataKey="domain" tick={{ fontSize: 10, fill: "#334155" }} />
          <PolarRadiusAxis domain={[0, 100]} tickCount={5} tick={{ fontSize: 10 }} />
          <Radar name={labels.target} dataKey="target" stroke="#b45309" fill="#b45309" fillOpacity={0.08} strokeDasharray="5 4" isAnimationActive={false} />
          {showPrevious && <Radar name={labels.previous} dataKey="previous" stroke="#64748b" fill="#64748b" fillOpacity={0.05} isAnimationActive={false} />}
          <Radar name={labels.current} dataKey="current" stroke="#1f3f99" fill="#1f3f99" fillOpacity={0.25} isAnimationActive={false} />
          <Legend />
          <Tooltip />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
