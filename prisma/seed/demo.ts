// Demo data: one company and one university, each with a user of every role, and one adviser
// who belongs to both. Idempotent: running it again changes nothing.
import bcrypt from "bcryptjs";
import type { PrismaClient } from "../../generated/prisma/client";

export const DEMO_PASSWORD = "Mamori-Demo-2026";

type TDemoRole = "OWNER" | "ASSESSOR" | "CONTRIBUTOR" | "VIEWER";
type TDemoOrganization = {
  id: string;
  name: string;
  kind: "COMPANY" | "UNIVERSITY";
  sector: string;
  sizeBand: "UNDER_100" | "FROM_100_TO_999" | "FROM_1000_TO_4999" | "OVER_5000";
  members: { email: string; name: string; role: TDemoRole }[];
};

export const DEMO_ORGANIZATIONS: TDemoOrganization[] = [
  {
    id: "demo0company00000000000001",
    name: "ひかり先端半導体株式会社（デモ）",
    kind: "COMPANY",
    sector: "SEMICONDUCTORS",
    sizeBand: "FROM_1000_TO_4999",
    members: [
      { email: "owner@hikari.example.jp", name: "佐藤 健一", role: "OWNER" },
      { email: "assessor@hikari.example.jp", name: "高橋 美咲", role: "ASSESSOR" },
      { email: "contributor@hikari.example.jp", name: "田中 亮", role: "CONTRIBUTOR" },
      { email: "viewer@hikari.example.jp", name: "伊藤 博之", role: "VIEWER" },
      { email: "adviser@example.jp", name: "山本 さくら", role: "ASSESSOR" },
    ],
  },
  {
    id: "demo0university00000000001",
    name: "東都工業大学（デモ）",
    kind: "UNIVERSITY",
    sector: "UNIVERSITY_RESEARCH",
    sizeBand: "FROM_1000_TO_4999",
    members: [
      { email: "owner@toto-tech.example.jp", name: "中村 直樹", role: "OWNER" },
      { email: "assessor@toto-tech.example.jp", name: "小林 由美", role: "ASSESSOR" },
      { email: "contributor@toto-tech.example.jp", name: "加藤 翔", role: "CONTRIBUTOR" },
      { email: "viewer@toto-tech.example.jp", name: "吉田 誠", role: "VIEWER" },
      { email: "adviser@example.jp", name: "山本 さくら", role: "VIEWER" },
    ],
  },
];

export async function seedDemo(prisma: PrismaClient): Promise<{ email: string; organization: string; role: TDemoRole }[]> {
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 11);
  const credentials: { email: string; organization: string; role: TDemoRole }[] = [];
  for (const { members, ...organization } of DEMO_ORGANIZATIONS) {
    const { id, ...profile } = organization;
    await prisma.organization.upsert({ where: { id }, update: {}, create: { id, ...profile } });
    for (const member of members) {
      const user = await prisma.user.upsert({
        where: { email: member.email },
        update: {},
        create: { email: member.email, name: member.name, passwordHash },
        select: { id: true },
      });
      await prisma.membership.upsert({
        where: { organizationId_userId: { organizationId: id, userId: user.id } },
        update: {},
        create: { organizationId: id, userId: user.id, role: member.role },
      });
      credentials.push({ email: member.email, organization: organization.name, role: member.role });
    }
  }
  return credentials;
}
