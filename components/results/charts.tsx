"use client";
// The dashboard's charts, loaded in the browser only: recharts needs the element's size, and
// keeping it out of the server render keeps pages fast and the answer pages free of chart code.
import dynamic from "next/dynamic";

const placeholder = () => <div className="h-64 w-full animate-pulse rounded bg-slate-100" />;

export const DomainRadarChart = dynamic(() => import("./domain-radar-chart"), { ssr: false, loading: placeholder });
export const GapBarChart = dynamic(() => import("./gap-bar-chart"), { ssr: false, loading: placeholder });
export const TrendChart = dynamic(() => import("./trend-chart"), { ssr: false, loading: placeholder });
