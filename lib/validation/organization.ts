// Organization input, shared by the forms and the server.
import { z } from "zod";
import { ZId } from "./ids";

export const ORGANIZATION_KINDS = ["COMPANY", "UNIVERSITY"] as const;
export const SIZE_BANDS = ["UNDER_100", "FROM_100_TO_999", "FROM_1000_TO_4999", "OVER_5000"] as const;
/** Sectors whose technologies and partners shape economic-security risk. */
export const SECTORS = [
  "DEFENCE",
  "SEMICONDUCTORS",
  "TELECOM",
  "AI_SOFTWARE",
  "QUANTUM",
  "ENERGY",
  "MATERIALS_CHEMICALS",
  "MACHINERY",
  "AUTOMOTIVE",
  "PHARMA_BIO",
  "SPACE_AEROSPACE",
  "FINANCE",
  "UNIVERSITY_RESEARCH",
  "PUBLIC_RESEARCH_INSTITUTE",
  "OTHER",
] as const;

export const ZOrganizationProfile = z.object({
  name: z.string().trim().min(1, "validation.required").max(120, "validation.tooLong"),
  kind: z.enum(ORGANIZATION_KINDS, "validation.choose"),
  sector: z.enum(SECTORS, "validation.choose"),
  sizeBand: z.enum(SIZE_BANDS, "validation.choose"),
});
export type TOrganizationProfile = z.infer<typeof ZOrganizationProfile>;

export const ZCreateOrganizationInput = ZOrganizationProfile;

export const ZUpdateOrganizationInput = ZOrganizationProfile.extend({ organizationId: ZId });
export type TUpdateOrganizationInput = z.infer<typeof ZUpdateOrganizationInput>;
