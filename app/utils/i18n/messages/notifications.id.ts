// Bahasa Indonesia: notifications. notifications.en.ts must translate every key.
export const notificationsId = {
  "notifications.title": "Pemberitahuan",
  "notifications.markAll": "Tandai semua sudah dibaca",
  "notifications.none": "Belum ada pemberitahuan.",
  "notifications.new": "Baru",
  "notifications.kind.submitted": "{actor} mengirim “{task}” dari {enterprise} untuk ditinjau",
  "notifications.kind.resubmitted": "{actor} mengirim ulang “{task}” dari {enterprise} setelah perbaikan",
  "notifications.kind.graduation_requested": "{enterprise} meminta konfirmasi Go Online",
  "notifications.kind.changes_requested": "Pendamping meminta perbaikan pada “{task}”",
  "notifications.kind.approved": "“{task}” disetujui pendamping",
  "notifications.kind.graduated": "Selamat! {enterprise} resmi Go Online. Sertifikat Anda siap.",
  "notifications.kind.session_notes": "{actor} menulis catatan pendampingan untuk Anda",
  "notifications.kind.comment": "{actor} menulis pesan tentang “{task}”",
} as const;
