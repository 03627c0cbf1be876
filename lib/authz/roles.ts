// Membership roles and what each may do: the one permission table of the app.
export const ROLES = ["OWNER", "ASSESSOR", "CONTRIBUTOR", "VIEWER"] as const;
export type TRole = (typeof ROLES)[number];

const EVERYONE = ROLES;

export const PERMISSIONS = {
  "organization.read": EVERYONE,
  "organization.update": ["OWNER"],
  "member.read": EVERYONE,
  "member.invite": ["OWNER"],
  "member.manage": ["OWNER"],
  "audit.read": ["OWNER", "ASSESSOR"],
  "assessment.read": EVERYONE,
  "assessment.create": ["OWNER", "ASSESSOR"],
  "assessment.answer": ["OWNER", "ASSESSOR", "CONTRIBUTOR"],
  "assessment.assign": ["OWNER", "ASSESSOR"],
  "assessment.review": ["OWNER", "ASSESSOR"],
  "results.read": EVERYONE,
  "results.export": EVERYONE,
  "target.set": ["OWNER", "ASSESSOR"],
  "plan.manage": ["OWNER", "ASSESSOR"],
  /** Contributors: status and notes of the actions they own (lib/remediation/update-action.ts). */
  "plan.update": ["OWNER", "ASSESSOR", "CONTRIBUTOR"],
} as const satisfies Record<string, readonly TRole[]>;

export type TPermission = keyof typeof PERMISSIONS;

export function can(role: TRole, permission: TPermission): boolean {
  return (PERMISSIONS[permission] as readonly TRole[]).includes(role);
}
