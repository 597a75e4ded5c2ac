import type { Db } from "../app/lib/db.server";
import { saveProfile } from "../app/lib/enterprise/profile.server";
import { getOrCreateEnterprise } from "../app/lib/journey/journey.server";
import type { ProfileValues } from "../app/utils/validation/profile";

// Demo enterprises at different stages of the journey. Demo data only: the demo
// database is separate and `npm start` never loads it.
type DemoEnterprise = {
  ownerEmail: string;
  mentorEmail: string | null;
  profile: ProfileValues | null;
  mode: "draft" | "finish";
};

const DEMO_ENTERPRISES: DemoEnterprise[] = [
  {
    ownerEmail: "siti@demo.umkm.id",
    mentorEmail: "budi.mentor@demo.umkm.id",
    mode: "finish",
    profile: {
      intent: "finish",
      name: "Keripik Teh Siti",
      legalForm: "perorangan",
      categories: ["processed_food"],
      provinceCode: "32",
      regencyCode: "32.05",
      address: "Jl. Cimanuk No. 12, RT 02/RW 05, Tarogong Kidul, Garut",
      whatsapp: "+6281200000001",
      yearStarted: 2019,
      employees: 3,
      capital: 15_000_000,
      annualSales: 96_000_000,
      baselineMonthlyRevenue: 8_000_000,
      baselineChannels: ["offline_only", "whatsapp"],
    },
  },
  {
    ownerEmail: "agus@demo.umkm.id",
    mentorEmail: "dewi.mentor@demo.umkm.id",
    mode: "draft",
    profile: {
      intent: "draft",
      name: "Batik Tulis Agus",
      legalForm: "ud",
      categories: ["fashion_textile", "craft"],
      provinceCode: "33",
      regencyCode: "33.75",
      whatsapp: "+6281200000002",
      capital: 60_000_000,
      baselineChannels: [],
    },
  },
  { ownerEmail: "nur@demo.umkm.id", mentorEmail: null, mode: "draft", profile: null },
];

export function seedDemoEnterprises(db: Db): void {
  const userId = (email: string) =>
    db.prepare("SELECT id FROM user WHERE email = ?").pluck().get(email) as number | undefined;
  for (const demo of DEMO_ENTERPRISES) {
    const ownerId = userId(demo.ownerEmail);
    if (ownerId === undefined) continue;
    const enterprise = getOrCreateEnterprise(db, ownerId);
    const mentorId = demo.mentorEmail ? (userId(demo.mentorEmail) ?? null) : null;
    db.prepare("UPDATE enterprise SET mentor_user_id = ? WHERE id = ?").run(mentorId, enterprise.id);
    const started = db
      .prepare("SELECT 1 FROM enterprise_task WHERE enterprise_id = ? AND task_key = 'profile'")
      .get(enterprise.id);
    if (demo.profile && !started) saveProfile(db, enterprise.id, ownerId, demo.profile, demo.mode, true);
  }
}
