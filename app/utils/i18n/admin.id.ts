// Programme administration: navigation and shared words, in Indonesian.
// Spread into id.ts; admin.en.ts must translate every key.
export const adminId = {
  "admin.nav.label": "Menu administrasi",
  "admin.nav.dashboard": "Dasbor",
  "admin.nav.users": "Pengguna",
  "admin.nav.assignments": "Penugasan",
  "admin.nav.checklist": "Daftar tugas",
  "admin.nav.trademarks": "Indeks merek",
  "admin.nav.settings": "Pengaturan",
  "admin.nav.audit": "Log audit",
} as const;
