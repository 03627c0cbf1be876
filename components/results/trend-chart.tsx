"use client";
// The organization's overall score by month, one line per part of the organization. The same
// figures are in the table beside it.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLORS = ["#1f3f99", "#b45309", "#15803d", "#7c3aed", "#be123c", "#0e7490"];

export default function TrendChart({ rows, series }: { rows: Record<string, string | number | null>[]; series: { key: string; name: string }[] }) {
  return (
    <div aria-hidden="true" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={rows} margin={{ left: 0, right: 16, top: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} />
          {series.map((line, index) => (
            <Line key={line.key} dataKey={line.key} name={line.name} stroke={COLORS[index % COLORS.length]} strokeWidth={2} connectNulls isAnimationActive={false} />
          ))}
          <Legend />
          <Tooltip />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
