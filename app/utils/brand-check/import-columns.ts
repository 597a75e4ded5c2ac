// The columns the trademark import accepts, shown on the import page too.

/**
 * The columns of a PDKI search export, as accepted by the import. Headers are matched without
 * regard to case, spaces or punctuation; the first matching name wins. See docs/trademark-import.md.
 */
export const IMPORT_COLUMNS = {
  applicationNumber: ["nomor permohonan", "no permohonan", "application number", "application_number"],
  name: ["nama merek", "merek", "mark name", "mark", "mark_name", "name"],
  classes: ["kelas", "class", "classes", "nice class"],
  owner: ["pemilik", "nama pemilik", "owner", "applicant"],
  status: ["status"],
  date: ["tanggal penerimaan", "tanggal permohonan", "tanggal pengajuan", "filing date", "date"],
} as const;
