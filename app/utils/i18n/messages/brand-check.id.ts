// Bahasa Indonesia: brand-name check results. brand-check.en.ts must translate every key.
export const brandCheckId = {
  "brandCheck.noMatches":
    "Tidak ditemukan merek yang mirip dengan “{name}” di indeks kami. Tetap pastikan di PDKI sebelum mencetak label.",
  "brandCheck.matchesLabel": "Merek yang mirip dengan “{name}”",
  "brandCheck.band.tinggi": "Risiko tinggi",
  "brandCheck.band.sedang": "Risiko sedang",
  "brandCheck.band.rendah": "Risiko rendah",
  "brandCheck.reason.exact": "namanya sama",
  "brandCheck.reason.spelling": "tulisannya mirip",
  "brandCheck.reason.sound": "bunyinya mirip",
  "brandCheck.reason.contains": "memuat merek ini",
  "brandCheck.reason.meaning": "artinya sama",
  "brandCheck.reason.wellKnown": "merek terkenal, dilindungi di semua kelas",
  "brandCheck.reason.sameClass": "kelas barang sama",
  "brandCheck.reason.relatedClass": "kelas barang berkaitan",
  "brandCheck.classes": "Kelas {classes}",
  "brandCheck.source.seed": "merek terkenal (daftar contoh, bukan daftar resmi)",
  "brandCheck.source.app": "dipakai UMKM lain di aplikasi ini",
  "brandCheck.source.import": "data PDKI",
  "brandCheck.status.registered": "terdaftar",
  "brandCheck.status.pending": "dalam proses",
  "brandCheck.status.expired": "sudah berakhir",
  "brandCheck.status.refused": "ditolak",
  "brandCheck.status.in_app": "dipakai di aplikasi",
  "brandCheck.confirmOnPdki": "Pastikan “{name}” di PDKI",
  "brandCheck.acknowledge":
    "Saya sudah membaca risiko dengan “{name}” dan tetap memakai nama saya (atau akan menggantinya).",
  "brandCheck.title": "Hasil cek nama merek",
  "brandCheck.lead":
    "Kami membandingkan “{name}” dengan merek terkenal, data PDKI yang dimuat pendamping, dan merek UMKM lain di aplikasi ini: tulisan, bunyi, arti, dan kelas barang. Ini peringatan awal, bukan keputusan hukum.",
  "brandCheck.checkedAt": "Diperiksa {date} (indeks versi {version}).",
  "brandCheck.run": "Periksa nama merek",
  "brandCheck.rerun": "Periksa lagi",
  "brandCheck.notYet": "Nama merek “{name}” belum diperiksa.",
  "brandCheck.stale": "Nama merek Anda berubah sejak pemeriksaan terakhir (“{old}”). Periksa lagi.",
  "brandCheck.pageTitle": "Cek nama merek",
  "brandCheck.pageLead":
    "Coba nama merek sebelum mencetak label. Kami mencari merek yang tulisannya, bunyinya atau artinya mirip, di kelas barang yang Anda pilih dan merek terkenal di semua kelas.",
  "brandCheck.nameNeeded": "Tulis nama merek, 2 sampai 60 huruf.",
  "brandCheck.classesLegend": "Kelas barang atau jasa",
  "brandCheck.classesHint": "Tidak wajib. Pilih kelas produk Anda agar hasilnya lebih tepat.",
  "brandCheck.advisory":
    "Ini peringatan awal dari daftar contoh merek terkenal dan data yang dimuat, bukan keputusan hukum. Pastikan di PDKI.",
  "brandCheck.tryOther": "Coba nama lain di halaman Cek nama merek",
  "brandCheck.mentorLead":
    "Bantu UMKM memilih nama: periksa apakah nama merek mirip merek terkenal atau merek lain di kelas yang sama.",
  "brandCheck.open": "Buka cek nama merek",
} as const;
