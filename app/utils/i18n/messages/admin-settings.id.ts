// Bahasa Indonesia: administration: programme settings. admin-settings.en.ts must translate every key.
export const adminSettingsId = {
  "adminSettings.title": "Pengaturan program",
  "adminSettings.lead": "Target Go Online tiap tahun dan kapan sebuah usaha dianggap macet.",
  "adminSettings.year.legend": "Pilih tahun target",
  "adminSettings.year.label": "Tahun",
  "adminSettings.year.show": "Tampilkan",
  "adminSettings.year.invalid": "Pilih tahun dari 2019 sampai 2100.",
  "adminSettings.targets.title": "Target usaha Go Online tahun {year}",
  "adminSettings.targets.lead":
    "Berapa usaha yang ditargetkan Go Online dalam tahun ini, untuk seluruh Indonesia dan untuk tiap provinsi. Dasbor nasional membandingkan capaian dengan angka ini. Kosongkan kolom bila belum ada target.",
  "adminSettings.targets.hint": "Bilangan bulat dari 0 sampai 100.000.000, misalnya 12.500.",
  "adminSettings.targets.national": "Target nasional",
  "adminSettings.targets.sum": "Sebagai pembanding: jumlah target provinsi yang tersimpan {sum} usaha.",
  "adminSettings.targets.sumNone": "Sebagai pembanding: belum ada target provinsi yang tersimpan.",
  "adminSettings.targets.caption": "Target per provinsi tahun {year}",
  "adminSettings.targets.province": "Provinsi",
  "adminSettings.targets.target": "Target (jumlah usaha)",
  "adminSettings.targets.save": "Simpan target {year}",
  "adminSettings.targets.saved": "Target tahun {year} tersimpan.",
  "adminSettings.error.formChanged":
    "Formulir ini berubah atau sudah usang; tidak ada yang disimpan. Muat ulang halaman, lalu coba lagi.",
  "adminSettings.targets.errors":
    "Ada {count} isian yang belum benar. Periksa kolom yang ditandai merah; belum ada target yang disimpan.",
  "adminSettings.target.invalid": "Tulis bilangan bulat dari 0 sampai 100.000.000 tanpa koma, misalnya 12.500.",
  "adminSettings.stalled.title": "Kapan usaha dianggap macet",
  "adminSettings.stalled.explain":
    "Usaha yang belum Go Online dianggap macet bila selama sekian hari tidak ada kegiatan dari pemiliknya maupun kontak dari pendampingnya, atau bila tanggal tindak lanjut yang dijadwalkan pendamping sudah lewat. Pendamping melihat tanda “Macet” di daftar dampingan mereka, agar segera menghubungi pemilik usaha itu.",
  "adminSettings.stalled.days": "Jumlah hari tanpa kegiatan",
  "adminSettings.stalled.hint": "Dari 1 sampai 365 hari. Saat ini {days} hari.",
  "adminSettings.stalled.invalid": "Tulis jumlah hari dari 1 sampai 365.",
  "adminSettings.stalled.save": "Simpan batas hari",
  "adminSettings.stalled.saved": "Batas usaha macet tersimpan: {days} hari.",
} as const;
