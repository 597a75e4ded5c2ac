// Bahasa Indonesia: rate limits and upload limits (issue 8). limits.en.ts must translate every key.
export const limitsId = {
  "limits.tooMany": "Terlalu banyak percobaan. Coba lagi dalam {minutes} menit.",
  "limits.title": "Terlalu banyak percobaan",
  "limits.linkBody":
    "Terlalu banyak percobaan. Coba lagi dalam {minutes} menit. Pastikan Anda membuka tautan lengkap seperti yang dikirim kepada Anda.",
  "limits.uploads":
    "Terlalu banyak berkas dikirim dalam satu jam. Coba lagi dalam {minutes} menit; berkas yang sudah tersimpan tetap aman.",
  "limits.pixels":
    "Ukuran gambar ini terlalu besar (lebih dari {megapixels} megapiksel). Perkecil fotonya atau ambil ulang dengan resolusi kamera biasa, lalu kirim lagi.",
  "limits.quota":
    "Ruang penyimpanan usaha Anda hampir penuh: {used} MB dari {limit} MB terpakai, dan berkas ini {size} MB. Hapus dulu berkas lama yang tidak diperlukan (centang “Hapus berkas ini”, lalu simpan), kemudian kirim lagi. Mengganti berkas yang sudah ada dengan yang baru tetap bisa.",
} as const;
