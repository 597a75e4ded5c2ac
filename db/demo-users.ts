import type { Role } from "../app/utils/roles";

// Demo accounts only: `npm run demo` seeds them into the separate demo database.
// `npm start` never creates them.
export const DEMO_PASSWORD = "demo-umkm-2026";

export const DEMO_USERS: { role: Role; fullName: string; email: string; phone: string | null }[] = [
  { role: "admin", fullName: "Rina Wulandari", email: "admin@demo.umkm.id", phone: null },
  { role: "mentor", fullName: "Budi Santoso", email: "budi.mentor@demo.umkm.id", phone: "+6281100000001" },
  { role: "mentor", fullName: "Dewi Lestari", email: "dewi.mentor@demo.umkm.id", phone: "+6281100000002" },
  { role: "owner", fullName: "Siti Aminah", email: "siti@demo.umkm.id", phone: "+6281200000001" },
  { role: "owner", fullName: "Agus Prasetyo", email: "agus@demo.umkm.id", phone: "+6281200000002" },
  { role: "owner", fullName: "Nur Hidayah", email: "nur@demo.umkm.id", phone: "+6281200000003" },
  { role: "owner", fullName: "Dedi Kurniawan", email: "dedi@demo.umkm.id", phone: "+6281200000004" },
  { role: "owner", fullName: "Rina Setyowati", email: "rina@demo.umkm.id", phone: "+6281200000005" },
  { role: "owner", fullName: "I Wayan Sudarma", email: "wayan@demo.umkm.id", phone: "+6281200000006" },
];
