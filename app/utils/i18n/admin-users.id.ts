// Users, invitations, reset links and coverage areas, in Indonesian.
// Spread into id.ts; admin-users.en.ts must translate every key.
export const adminUsersId = {
  "adminUsers.title": "Pengguna",
  "adminUsers.invite": "Undang pendamping atau administrator",
  "adminUsers.back": "Kembali ke daftar pengguna",
  "adminUsers.search": "Cari pengguna",
  "adminUsers.searchHint": "Tulis awal nama (misalnya “Siti”) atau awal alamat email (misalnya “siti@”).",
  "adminUsers.searchBy": "Cari menurut",
  "adminUsers.searchBy.name": "Nama",
  "adminUsers.searchBy.email": "Email",
  "adminUsers.role": "Peran",
  "adminUsers.status": "Status",
  "adminUsers.status.active": "Aktif",
  "adminUsers.status.deactivated": "Dinonaktifkan",
  "adminUsers.status.invited": "Diundang",
  "adminUsers.any": "Semua",
  "adminUsers.apply": "Tampilkan",
  "adminUsers.clear": "Hapus pencarian",
  "adminUsers.found": "{count} pengguna ditemukan.",
  "adminUsers.foundCapped": "Lebih dari {count} pengguna ditemukan. Persempit pencarian untuk melihat semuanya.",
  "adminUsers.empty": "Tidak ada pengguna yang cocok.",
  "adminUsers.tableCaption": "Daftar pengguna",
  "adminUsers.column.nameEmail": "Nama dan email",
  "adminUsers.column.role": "Peran",
  "adminUsers.column.status": "Status",
  "adminUsers.column.activeCases": "Kasus aktif",
  "adminUsers.notMentor": "bukan pendamping",

  "adminUsers.new.title": "Undang pendamping atau administrator",
  "adminUsers.new.lead":
    "Akun dibuat tanpa kata sandi. Anda akan mendapat tautan undangan untuk dikirim lewat WhatsApp atau email; penerimanya memilih kata sandinya sendiri.",
  "adminUsers.new.submit": "Buat akun dan tautan undangan",
  "adminUsers.new.createdTitle": "Akun sudah dibuat",
  "adminUsers.new.openAccount": "Buka akun {name}",
  "adminUsers.new.another": "Undang orang lain",
  "adminUsers.field.fullName": "Nama lengkap",
  "adminUsers.field.email": "Email",
  "adminUsers.field.phone": "Nomor HP (WhatsApp), boleh dikosongkan",
  "adminUsers.field.phoneHint": "Contoh: 0812 3456 7890. Jika diisi, tautan bisa langsung dikirim ke nomor ini.",
  "adminUsers.field.role": "Peran",
  "adminUsers.roleChoice.mentor": "Pendamping — mendampingi pemilik usaha di wilayahnya",
  "adminUsers.roleChoice.admin": "Administrator — mengelola program, pengguna dan pengaturan",
  "adminUsers.field.coverage": "Wilayah kerja pendamping",
  "adminUsers.field.coverageEdit": "Ubah wilayah kerja",
  "adminUsers.field.coverageHint":
    "Hanya untuk pendamping. Buka provinsi, lalu centang seluruh provinsi atau kabupaten/kota tertentu. Usaha baru di wilayah ini diberikan ke pendamping yang kasusnya paling sedikit.",
  "adminUsers.coverage.wholeProvince": "Seluruh {province}",
  "adminUsers.coverage.chosen": "{count} dipilih",
  "adminUsers.coverage.save": "Simpan wilayah kerja",

  "adminUsers.error.emailTaken": "Email ini sudah dipakai akun lain.",
  "adminUsers.error.phoneTaken": "Nomor HP ini sudah dipakai akun lain.",
  "adminUsers.error.role": "Pilih peran: pendamping atau administrator.",
  "adminUsers.error.coverageUnknown": "Ada wilayah yang tidak dikenal. Pilih dari daftar provinsi dan kabupaten/kota.",
  "adminUsers.error.self":
    "Anda tidak bisa menonaktifkan akun Anda sendiri atau mengubah peran Anda sendiri. Minta administrator lain.",
  "adminUsers.error.notStaff":
    "Peran pemilik usaha tidak bisa diubah. Hanya pendamping dan administrator yang bisa bertukar peran.",
  "adminUsers.error.activeCases":
    "Pendamping ini masih punya kasus aktif. Pindahkan dulu kasusnya ke pendamping lain, lalu ubah perannya.",
  "adminUsers.error.inactive": "Akun ini dinonaktifkan. Aktifkan dulu akunnya.",
  "adminUsers.error.notInvited":
    "Pengguna ini sudah memilih kata sandi. Buat tautan atur ulang kata sandi jika ia lupa.",
  "adminUsers.error.invitedNoReset": "Pengguna ini belum memakai undangannya. Kirim ulang undangan saja.",
  "adminUsers.error.notMentor": "Wilayah kerja hanya untuk pendamping.",

  "adminUsers.link.invitationTitle": "Tautan undangan",
  "adminUsers.link.invitationLead":
    "Kirim tautan ini kepada {name}. Tautan hanya bisa dipakai sekali dan berlaku {days} hari.",
  "adminUsers.link.resetTitle": "Tautan atur ulang kata sandi",
  "adminUsers.link.resetLead":
    "Kirim tautan ini kepada {name}. Tautan hanya bisa dipakai sekali dan berlaku {hours} jam. Setelah dipakai, semua perangkat lain akan dikeluarkan.",
  "adminUsers.link.onlyOnce":
    "Tautan ini hanya ditampilkan sekarang. Salin atau kirim sebelum meninggalkan halaman ini. Jika hilang, buat tautan baru.",
  "adminUsers.link.field": "Tautan",
  "adminUsers.link.copy": "Salin tautan",
  "adminUsers.link.copied": "Tautan sudah disalin.",
  "adminUsers.link.whatsapp": "Kirim lewat WhatsApp",
  "adminUsers.link.whatsappTo": "Kirim ke WhatsApp-nya",
  "adminUsers.link.email": "Kirim email ke {email}",
  "adminUsers.share.invitationSubject": "Undangan UMKM Go Online",
  "adminUsers.share.invitationMessage":
    "Halo {name}, Anda diundang ke UMKM Go Online. Buka tautan ini untuk memilih kata sandi Anda (berlaku {days} hari, hanya sekali pakai): {url}",
  "adminUsers.share.resetSubject": "Atur ulang kata sandi UMKM Go Online",
  "adminUsers.share.resetMessage":
    "Halo {name}, ini tautan untuk memilih kata sandi baru di UMKM Go Online (berlaku {hours} jam, hanya sekali pakai): {url}",

  "adminUsers.user.title": "Akun pengguna",
  "adminUsers.user.details": "Data akun",
  "adminUsers.user.phone": "Nomor HP",
  "adminUsers.user.noPhone": "Tidak ada",
  "adminUsers.user.createdAt": "Dibuat",
  "adminUsers.user.invitation": "Undangan",
  "adminUsers.user.invitationOpen": "Belum dipakai, berlaku sampai {date}",
  "adminUsers.user.invitationNone": "Tidak ada tautan yang masih berlaku. Kirim ulang undangan.",
  "adminUsers.user.sessions": "Perangkat yang sedang masuk",
  "adminUsers.user.caseload": "Kasus pendamping",
  "adminUsers.load.activeCases": "Kasus aktif",
  "adminUsers.load.allCases": "Semua kasus",
  "adminUsers.load.tasksWaiting": "Tugas menunggu tinjauan",
  "adminUsers.user.transfer": "Pindahkan kasus pendamping ini ke pendamping lain",
  "adminUsers.user.coverage": "Wilayah kerja",
  "adminUsers.user.noCoverage": "Belum ada wilayah kerja.",
  "adminUsers.user.access": "Akses akun",
  "adminUsers.user.resendHint":
    "Buat tautan undangan baru jika yang lama hilang atau kedaluwarsa. Tautan lama langsung tidak berlaku.",
  "adminUsers.user.resend": "Kirim ulang undangan",
  "adminUsers.user.resetHint":
    "Jika pengguna lupa kata sandi, buat tautan untuk memilih kata sandi baru. Tautan lama langsung tidak berlaku.",
  "adminUsers.user.reset": "Buat tautan atur ulang kata sandi",
  "adminUsers.user.roleHint": "Mengubah peran mengeluarkan pengguna ini dari semua perangkat.",
  "adminUsers.user.makeAdmin": "Jadikan administrator",
  "adminUsers.user.makeMentor": "Jadikan pendamping",
  "adminUsers.user.deactivateHint":
    "Pengguna langsung dikeluarkan dari semua perangkat dan tidak bisa masuk sampai akunnya diaktifkan lagi.",
  "adminUsers.user.deactivateMentorHint":
    "Pengguna langsung dikeluarkan dari semua perangkat. Pendamping ini masih punya {count} kasus aktif: pindahkan kasusnya agar pemilik usaha tetap didampingi.",
  "adminUsers.user.deactivate": "Nonaktifkan akun",
  "adminUsers.user.reactivateHint": "Pengguna bisa masuk lagi dengan kata sandinya yang lama.",
  "adminUsers.user.reactivate": "Aktifkan lagi",
  "adminUsers.user.selfNote":
    "Ini akun Anda sendiri. Anda tidak bisa menonaktifkannya atau mengubah perannya; minta administrator lain.",
  "adminUsers.done.deactivated": "Akun dinonaktifkan. Pengguna sudah dikeluarkan dari semua perangkat.",
  "adminUsers.done.reactivated": "Akun aktif lagi. Pengguna bisa masuk kembali.",
  "adminUsers.done.role": "Peran sudah diubah. Pengguna perlu masuk lagi.",
  "adminUsers.done.coverage": "Wilayah kerja sudah disimpan.",

  "adminUsers.linkPage.invitationTitle": "Selamat datang di UMKM Go Online",
  "adminUsers.linkPage.invitationLead": "Halo {name}, Anda diundang sebagai {role}. Pilih kata sandi untuk akun Anda.",
  "adminUsers.linkPage.invitationRules":
    "Tautan undangan berlaku {days} hari (sampai {date}) dan hanya bisa dipakai sekali.",
  "adminUsers.linkPage.invitationSubmit": "Simpan kata sandi dan masuk",
  "adminUsers.linkPage.resetTitle": "Pilih kata sandi baru",
  "adminUsers.linkPage.resetLead": "Halo {name}, pilih kata sandi baru untuk akun Anda.",
  "adminUsers.linkPage.resetRules":
    "Tautan ini berlaku {hours} jam (sampai {date}) dan hanya bisa dipakai sekali. Setelah kata sandi diganti, semua perangkat lain akan dikeluarkan.",
  "adminUsers.linkPage.resetSubmit": "Simpan kata sandi baru dan masuk",
  "adminUsers.linkPage.account": "Akun",
  "adminUsers.linkPage.password": "Kata sandi baru",
  "adminUsers.linkPage.used.title": "Tautan ini sudah dipakai",
  "adminUsers.linkPage.used.body":
    "Setiap tautan hanya bisa dipakai sekali. Jika Anda sudah memilih kata sandi, silakan masuk.",
  "adminUsers.linkPage.expired.title": "Tautan ini sudah tidak berlaku",
  "adminUsers.linkPage.expired.body":
    "Tautan undangan berlaku {days} hari dan tautan atur ulang kata sandi {hours} jam. Tautan juga berhenti berlaku jika akunnya dinonaktifkan.",
  "adminUsers.linkPage.unknown.title": "Tautan tidak dikenal",
  "adminUsers.linkPage.unknown.body":
    "Periksa apakah tautannya tersalin lengkap. Tautan lama juga tidak berlaku lagi begitu tautan baru dibuat.",
  "adminUsers.linkPage.askAdminInvitation": "Minta administrator program mengirim undangan baru.",
  "adminUsers.linkPage.askAdminReset": "Minta administrator program membuat tautan baru.",
  "adminUsers.linkPage.toLogin": "Ke halaman masuk",
} as const;
