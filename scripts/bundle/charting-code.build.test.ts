// Build-level check (runs after `npm run build`): answering a domain must not cost the download of
// a charting library. Only the dashboard's charts may fetch it, and only on demand.
import { describe, expect, it } from "vitest";
import { chartingLibrariesIn } from "./charting-code";
import { readRouteBundles } from "./route-bundles";

const bundles = readRouteBundles();
const bundleOf = (route: string) => {
  const bundle = bundles.find((candidate) => candidate.route === route);
  if (!bundle) throw new Error(`${route} is not in the build`);
  return bundle;
};
const librariesIn = (files: string[]) => [...new Set(files.flatMap((file) => chartingLibrariesIn(file)))].sort();

describe("[BUNDLE] charting code", () => {
  it("the dashboard fetches recharts and d3 through its lazy chart imports, not on first load", () => {
    const dashboard = bundleOf("/[locale]/orgs/[orgId]/assessments/[assessmentId]/dashboard");
    expect(librariesIn(dashboard.dynamic)).toEqual(["d3", "recharts"]);
    expect(librariesIn(dashboard.firstLoad)).toEqual([]);
  });

  it("the answering page loads no charting code, neither on first load nor later", () => {
    const answering = bundleOf("/[locale]/orgs/[orgId]/assessments/[assessmentId]/domains/[domain]");
    expect(answering.firstLoad.length).toBeGreaterThan(3);
    expect(librariesIn([...answering.firstLoad, ...answering.dynamic])).toEqual([]);
  });
});
