// Bahasa Indonesia: privacy (UU PDP 27/2022): the notice, the owner's data and deletion, consent, the
// administrators' deletion queue. privacy.en.ts must translate every key.
export const privacyId = {
  "privacy.notice.title": "Pemberitahuan privasi dan ketentuan penggunaan",
  "privacy.notice.version": "Versi {version}, berlaku sejak {date}",
  "privacy.document.privacy": "Pemberitahuan privasi",
  "privacy.document.terms": "Ketentuan penggunaan",
  "privacy.notice.p1":
    "Program UMKM Go Online diselenggarakan oleh kementerian sebagai pengendali data pribadi menurut Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi (UU PDP).",
  "privacy.notice.p2":
    "Data yang kami simpan: nama, email, nomor HP, kata sandi (hanya dalam bentuk sandi acak yang tidak dapat dibaca), data usaha Anda (alamat, NIB, NPWP/NIK, izin, modal dan omzet, merek, produk, toko online), berkas yang Anda unggah, pesan dengan pendamping, dan catatan kapan serta dari alamat IP mana Anda masuk.",
  "privacy.notice.p3":
    "Tujuannya hanya satu: mendampingi usaha Anda hingga berjualan online. Data Anda dilihat oleh Anda, pendamping Anda, dan administrator program di kementerian. Data tidak pernah dijual atau dibagikan untuk iklan.",
  "privacy.notice.p4":
    "Statistik program (misalnya jumlah usaha per provinsi) tidak memuat nama atau data yang menunjuk kepada Anda.",
  "privacy.notice.p5":
    "Hak Anda: melihat dan mengunduh seluruh data Anda, memperbaikinya, dan meminta akun Anda dihapus, kapan saja, di halaman Data dan privasi pada akun Anda. Setelah penghapusan, data pribadi Anda dihapus; angka statistik tanpa nama tetap tersimpan.",
  "privacy.notice.p6":
    "Data disimpan selama Anda mengikuti program, sampai Anda meminta penghapusan. Catatan keamanan (waktu dan alamat IP) disimpan tanpa nama Anda.",
  "privacy.terms.p1":
    "Aplikasi ini gratis dan dipakai untuk program pendampingan UMKM. Isilah data yang benar; pendamping memeriksa tugas Anda sebelum dinyatakan selesai.",
  "privacy.terms.p2": "Jagalah kata sandi Anda. Jangan mengunggah berkas milik orang lain atau yang melanggar hukum.",
  "privacy.terms.p3":
    "Hasil cek nama merek dan saran pendamping adalah bantuan, bukan nasihat hukum; pendaftaran merek tetap diputuskan oleh DJKI.",
  "privacy.terms.p4":
    "Bila ketentuan atau pemberitahuan privasi berubah, Anda diminta membaca dan menyetujuinya lagi saat masuk berikutnya.",

  "privacy.account.title": "Data dan privasi saya",
  "privacy.account.lead":
    "Unduh salinan data Anda, lihat persetujuan yang telah Anda berikan, atau minta akun Anda dihapus.",
  "privacy.account.link": "Data dan privasi: unduh data atau hapus akun",
  "privacy.noticeLink": "Baca pemberitahuan privasi dan ketentuan penggunaan",
  "privacy.download.title": "Unduh data Anda",
  "privacy.download.body":
    "Satu berkas JSON berisi akun, profil usaha, legalitas, merek dan hasil cek nama merek, rencana merek dagang, produk, toko online, daftar berkas unggahan (dengan tautannya), tugas dan ulasan, pesan, serta catatan sesi pendampingan yang dibagikan kepada Anda. Catatan pribadi pendamping tidak termasuk.",
  "privacy.download.link": "Unduh data saya (JSON)",
  "privacy.consents.title": "Persetujuan Anda",
  "privacy.consents.item": "{document} versi {version}, disetujui {date}",
  "privacy.consents.none": "Belum ada persetujuan yang tercatat.",
  "privacy.delete.title": "Hapus akun saya",
  "privacy.delete.what": "Yang terjadi bila akun Anda dihapus:",
  "privacy.delete.point1":
    "Nama, email, nomor HP, kata sandi, alamat, NIB, NPWP/NIK, jawaban tugas, merek, produk, pesan, dan berkas yang Anda unggah dihapus.",
  "privacy.delete.point2": "Catatan pendamping tentang Anda juga dihapus.",
  "privacy.delete.point3":
    "Statistik tanpa nama tetap disimpan: usaha Anda tetap terhitung dalam angka program (provinsi, kabupaten/kota, jenis produk, kelas usaha, tahap), tetapi tidak dapat lagi dikaitkan dengan Anda.",
  "privacy.delete.point4": "Anda tidak dapat masuk lagi. Setelah dikonfirmasi, penghapusan tidak dapat dibatalkan.",
  "privacy.delete.time":
    "Administrator memeriksa dan menyelesaikan permintaan Anda, biasanya dalam {days} hari. Sampai saat itu Anda tetap dapat memakai akun dan membatalkan permintaan.",
  "privacy.delete.downloadFirst": "Ingin menyimpan salinan? Unduh data Anda dulu.",
  "privacy.delete.password": "Kata sandi Anda",
  "privacy.delete.passwordHint": "Untuk memastikan bahwa yang meminta benar-benar Anda.",
  "privacy.delete.passwordRequired": "Masukkan kata sandi Anda.",
  "privacy.delete.wrongPassword": "Kata sandi salah.",
  "privacy.delete.throttled":
    "Terlalu banyak kata sandi yang salah. Demi keamanan Anda, coba lagi dalam {minutes} menit.",
  "privacy.delete.submit": "Minta penghapusan akun",
  "privacy.delete.requested": "Permintaan penghapusan akun Anda terkirim.",
  "privacy.delete.cancelled": "Permintaan penghapusan dibatalkan. Akun Anda tetap aktif.",
  "privacy.delete.pending": "Anda meminta penghapusan akun pada {date}. Permintaan ini menunggu administrator.",
  "privacy.delete.cancel": "Batalkan permintaan penghapusan",
  "privacy.delete.declined": "Permintaan penghapusan Anda pada {date} ditolak administrator. Alasannya: {reason}",

  "privacy.consent.title": "Mohon baca dan setujui",
  "privacy.consent.lead": "Kami memperbarui dokumen berikut. Bacalah, lalu setujui untuk melanjutkan.",
  "privacy.consent.read": "Baca dokumen lengkap",
  "privacy.consent.agree": "Saya telah membaca dokumen di atas dan menyetujuinya.",
  "privacy.consent.required": "Centang kotak persetujuan untuk melanjutkan.",
  "privacy.consent.submit": "Setuju dan lanjutkan",
  "privacy.consent.decline":
    "Tidak setuju? Anda dapat keluar sekarang. Untuk meminta penghapusan akun, setujui dulu lalu buka Data dan privasi, atau hubungi pendamping Anda.",
  "privacy.consent.logout": "Keluar",

  "privacy.admin.title": "Permintaan penghapusan akun",
  "privacy.admin.lead":
    "Pemilik usaha yang meminta akunnya dihapus, yang terlama di atas. Mengonfirmasi menghapus data pribadinya; angka statistik tetap.",
  "privacy.admin.empty": "Tidak ada permintaan yang menunggu.",
  "privacy.admin.count": "{count} permintaan menunggu",
  "privacy.admin.col.requested": "Diminta",
  "privacy.admin.col.owner": "Pemilik usaha",
  "privacy.admin.col.enterprise": "Usaha",
  "privacy.admin.col.waiting": "Menunggu",
  "privacy.admin.days": "{days} hari",
  "privacy.admin.open": "Periksa permintaan dari {name}",
  "privacy.admin.pager": "Halaman permintaan",
  "privacy.admin.detailTitle": "Permintaan penghapusan akun",
  "privacy.admin.name": "Nama",
  "privacy.admin.email": "Email",
  "privacy.admin.enterprise": "Usaha",
  "privacy.admin.requestedAt": "Diminta pada",
  "privacy.admin.noEnterprise": "Belum ada",
  "privacy.admin.effect":
    "Mengonfirmasi akan, dalam satu langkah: menghapus nama, email, nomor HP, kata sandi dan sesi; nama, alamat, WhatsApp dan NIB usaha; semua jawaban tugas (termasuk NPWP/NIK), merek, produk, pesan, berkas unggahan, dan catatan sesi pendampingan. Usaha tetap terhitung tanpa nama dalam statistik. Akun tidak dapat masuk lagi. Tindakan ini tidak dapat dibatalkan.",
  "privacy.admin.confirmTitle": "Konfirmasi penghapusan",
  "privacy.admin.confirmCheck":
    "Saya telah memeriksa bahwa tidak ada kewajiban hukum untuk menyimpan data pribadi ini.",
  "privacy.admin.confirmRequired": "Centang kotak ini untuk mengonfirmasi.",
  "privacy.admin.confirm": "Hapus data pribadi sekarang",
  "privacy.admin.declineTitle": "Tolak permintaan",
  "privacy.admin.reason": "Alasan penolakan",
  "privacy.admin.reasonHint": "Pemilik usaha membaca alasan ini di halaman Data dan privasi.",
  "privacy.admin.reasonRequired": "Tulis alasannya, paling banyak 1.000 karakter.",
  "privacy.admin.decline": "Tolak permintaan",
  "privacy.admin.confirmed": "Data pribadi akun nomor {id} telah dihapus.",
  "privacy.admin.declined": "Permintaan ditolak. Pemilik usaha melihat alasannya.",
  "privacy.admin.notPending": "Permintaan ini sudah diputuskan atau dibatalkan.",
  "privacy.admin.back": "Kembali ke daftar permintaan",
} as const;
