// The ten domains, in questionnaire order. Kept free of zod: the scoring model imports it and
// also runs in the browser ("what if" on the dashboard), where zod would be dead weight.
export const DOMAIN_KEYS = [
  "governance",
  "sensitive-technology",
  "personnel-clearance",
  "research-firewalls",
  "cyber-readiness",
  "export-control",
  "supply-chain",
  "investment-partnerships",
  "china-operations",
  "awareness-training",
] as const;
