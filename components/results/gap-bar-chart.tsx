"use client";
// Bars of the domains furthest below target, in points. The figures are also in the table.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TGapBar = { domain: string; gap: number };

export default function GapBarChart({ data, label }: { data: TGapBar[]; label: string }) {
  return (
    <div aria-hidden="true" className="w-full" style={{ height: Math.max(120, 36 * data.length + 40) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid horizontal={false} />
          {/* interval 0: every tick is shown, so recharts does not measure each label in the DOM to thin them out. */}
          <XAxis type="number" domain={[0, 100]} interval={0} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="domain" width={170} interval={0} tick={{ fontSize: 11, fill: "#334155" }} />
          <Bar dataKey="gap" name={label} fill="#b91c1c" isAnimationActive={false} />
          <Tooltip />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
