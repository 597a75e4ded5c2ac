// Bahasa Indonesia: the public landing page. landing.en.ts must translate every key.
export const landingId = {
  "landing.title": "Bawa usaha Anda go online, langkah demi langkah",
  "landing.lead":
    "UMKM Go Online membantu pemilik usaha mikro, kecil dan menengah mengurus NIB dan izin produk, membangun merek, memeriksa nama merek, dan membuka toko di marketplace, layanan pesan-antar, Google Bisnisku dan QRIS — didampingi pendamping dari pemerintah.",
  "landing.cta.register": "Daftarkan usaha saya",
  "landing.cta.login": "Saya sudah punya akun",
  "landing.how.title": "Cara kerjanya",
  "landing.how.step1.title": "Daftar gratis",
  "landing.how.step1.body": "Cukup nama, email, nomor HP dan kata sandi. Bisa dari HP.",
  "landing.how.step2.title": "Ikuti daftar tugas",
  "landing.how.step2.body": "Profil usaha dan NIB, merek, mutu produk, lalu toko online. Satu tugas kecil setiap kali.",
  "landing.how.step3.title": "Dicek pendamping",
  "landing.how.step3.body": "Pendamping Anda memeriksa setiap langkah dan memberi saran, lewat aplikasi atau WhatsApp.",
  "landing.who.title": "Untuk siapa?",
  "landing.who.body":
    "Untuk pemilik UMKM di seluruh Indonesia — dari keripik rumahan sampai batik tulis — serta pendamping (PLUT, dinas, kementerian) yang membimbing mereka.",
} as const;
