"use client";
// The dashboard's charts, loaded in the browser only and only once scrolled near: recharts needs
// the element's size, and keeping it out of the first load keeps pages fast (the same figures
// are in tables) and the answer pages free of chart code.
import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import { useInView } from "react-intersection-observer";

const placeholder = () => <div className="h-64 w-full animate-pulse rounded bg-slate-100" />;

function whenNearView<TProps extends object>(Chart: ComponentType<TProps>) {
  return function ChartWhenNearView(props: TProps) {
    const { ref, inView } = useInView({ triggerOnce: true, rootMargin: "200px 0px", fallbackInView: true });
    return <div ref={ref}>{inView ? <Chart {...props} /> : placeholder()}</div>;
  };
}

export const DomainRadarChart = whenNearView(dynamic(() => import("./domain-radar-chart"), { ssr: false, loading: placeholder }));
export const GapBarChart = whenNearView(dynamic(() => import("./gap-bar-chart"), { ssr: false, loading: placeholder }));
export const TrendChart = whenNearView(dynamic(() => import("./trend-chart"), { ssr: false, loading: placeholder }));
