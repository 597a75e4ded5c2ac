// Bahasa Indonesia: the final review and the certificate. completion.en.ts must translate every key.
export const completionId = {
  "finalReview.none": "Belum diisi",
  "finalReview.goOnline": "Selamat! Usaha Anda resmi Go Online sejak {date}.",
  "finalReview.certificate": "Lihat dan cetak sertifikat",
  "finalReview.tasks": "Tugas-tugas Anda",
  "finalReview.tasksHint":
    "Semua tugas wajib harus sudah disetujui pendamping (Selesai) sebelum Anda meminta pengesahan.",
  "finalReview.summary": "Ringkasan usaha",
  "finalReview.products": "Produk",
  "finalReview.channels": "Toko online yang sudah buka",
  "finalReview.noMentor": "Belum ada pendamping",
  "finalReview.waiting": "Tinjauan akhir bisa diminta setelah pendamping menyetujui semua tugas di atas.",
  "finalReview.requestHint":
    "Periksa ringkasan di atas. Jika sudah benar, minta pendamping mengesahkan usaha Anda sebagai Go Online.",
  "finalReview.request": "Minta pengesahan Go Online",
  "certificate.title": "Sertifikat Go Online",
  "certificate.heading": "Sertifikat Go Online",
  "certificate.given": "Diberikan kepada",
  "certificate.enterprise": "Nama usaha",
  "certificate.brand": "Merek",
  "certificate.place": "Lokasi",
  "certificate.mentor": "Pendamping",
  "certificate.date": "Tanggal",
  "certificate.body":
    "telah menyelesaikan pendampingan UMKM Go Online: legalitas, merek, mutu produk dan toko online, dan disahkan Go Online pada {date}.",
  "certificate.notAPermit": "Sertifikat ini tanda capaian pendampingan, bukan izin usaha.",
  "certificate.printHint": "Cetak halaman ini atau simpan sebagai PDF dari menu peramban.",
} as const;
