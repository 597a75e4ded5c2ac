// Bahasa Indonesia: the mentor as shown to owners and in the mentor workspace. mentor.en.ts must translate every key.
export const mentorId = {
  "mentor.title": "Beranda pendamping",
  "mentor.greeting": "Selamat datang, {name}",
  "mentor.lead": "Usaha dampingan Anda, tugas yang menunggu tinjauan, dan usaha yang perlu dihubungi.",
  "mentor.caseload.title": "Usaha dampingan",
  "mentor.caseload.empty": "Belum ada usaha yang ditugaskan kepada Anda.",
  "mentor.answer.notApplicable": "Tidak berlaku",
  "mentor.answer.declared": "Dinyatakan",
  "mentor.answer.notDeclared": "Belum dinyatakan",
  "mentor.answer.classes": "Kelas merek",
  "mentor.answer.firstSale": "Penjualan pertama",
  "mentor.answer.notAnswered": "Belum diisi",
  "mentor.today": "hari ini",
  "mentor.daysAgo": "{days} hari lalu",
  "mentor.whatsapp.checkIn":
    "Halo {owner}, saya {mentor}, pendamping UMKM Go Online. Bagaimana kabar {enterprise}? Ada yang bisa saya bantu untuk langkah berikutnya?",
  "mentor.whatsapp.checkInNoName":
    "Halo {owner}, saya {mentor}, pendamping UMKM Go Online. Bagaimana kabar usaha Anda? Ada yang bisa saya bantu untuk langkah berikutnya?",
  "mentor.count.waiting": "tugas menunggu tinjauan",
  "mentor.count.stalled": "usaha macet (tanpa kegiatan {days} hari atau lewat jadwal)",
  "mentor.count.total": "usaha dampingan",
  "mentor.count.graduated": "sudah Go Online",
  "mentor.nav": "Menu pendamping",
  "mentor.unnamed": "(belum diberi nama)",
  "mentor.backHome": "Kembali ke beranda pendamping",
  "mentor.answer.baselineChannels": "Cara berjualan saat bergabung",
  "mentor.answer.sizeClass": "Kelas usaha",
} as const;
