// The mentor's workspace (caseload, reviews, sessions, impact, notifications), in Indonesian.
// Spread into id.ts; mentoring.en.ts must translate every key.
export const mentoringId = {
  "field.number.invalid": "Tulis angka bulat, misalnya 3.",
  "session.heldOn.required": "Isi tanggal pendampingan.",
  "session.heldOn.future": "Tanggal tidak boleh di masa depan.",
  "session.mode.required": "Pilih cara pendampingan.",
  "session.duration.invalid": "Tulis lama pendampingan dalam menit, 1 sampai 720.",
  "session.topics.required": "Pilih paling sedikit satu topik.",
  "session.followUp.beforeHeld": "Tanggal tindak lanjut tidak boleh sebelum tanggal pendampingan.",
  "session.correction.required": "Tulis koreksinya di catatan untuk pemilik atau catatan pribadi.",
  "impact.recordedOn.required": "Isi tanggal pencatatan.",
  "impact.empty": "Isi paling sedikit satu angka: omzet, karyawan, kanal online, atau penjualan online pertama.",
  "comment.required": "Tulis pesan Anda.",
  "review.comment.required": "Tulis apa yang perlu diperbaiki, agar pemilik usaha tahu langkahnya.",
  "mentor.answer.notApplicable": "Tidak berlaku",
  "mentor.answer.declared": "Dinyatakan",
  "mentor.answer.notDeclared": "Belum dinyatakan",
  "mentor.answer.classes": "Kelas merek",
  "mentor.answer.firstSale": "Penjualan pertama",
  "mentor.answer.notAnswered": "Belum diisi",
} as const;
