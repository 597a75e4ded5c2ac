// Bahasa Indonesia: the brand identity task. brand.en.ts must translate every key.
export const brandId = {
  "field.brandName.required": "Tulis nama merek Anda.",
  "field.brandName.tooShort": "Nama merek minimal 2 huruf.",
  "field.brandName.tooLong": "Nama merek paling panjang 60 huruf.",
  "field.brandStory.required": "Tulis cerita singkat merek Anda, 2–5 kalimat.",
  "field.colours.count": "Centang minimal 2 warna merek.",
  "field.colour.invalid": "Pilih warna dari kotak warna.",
  "brand.name": "Nama merek",
  "brand.nameHint": "Nama yang khas dan mudah diingat, 2 sampai 60 huruf. Bisa sama atau beda dengan nama usaha.",
  "brand.tagline": "Slogan",
  "brand.taglineHint": "Tidak wajib. Satu kalimat pendek, misalnya: Renyahnya dari dapur Garut.",
  "brand.story": "Cerita merek",
  "brand.storyHint":
    "Siapa Anda, sejak kapan, dari mana resep atau bahannya, apa yang khas dari daerah Anda. Cukup 2–5 kalimat.",
  "brand.colours": "Warna merek",
  "brand.coloursHint":
    "Pilih 2 sampai 4 warna dan pakai terus di label, kemasan dan toko online. Centang warna yang dipakai, lalu ketuk kotak warnanya untuk mengganti.",
  "brand.useColour": "Pakai warna {n}",
  "brand.colourN": "Warna {n}",
  "brand.logoHint":
    "Tidak wajib. Foto atau gambar logo, JPG, PNG atau WebP, minimal 200 × 200 piksel, paling besar 10 MB.",
  "brand.preview.title": "Pratinjau",
  "brand.preview.hint": "Begini kira-kira pembeli melihat merek Anda di toko online.",
  "brand.preview.noName": "Nama merek Anda",
  "brand.warning.generic":
    "Nama ini hanya berisi kata umum (seperti jenis produk atau “enak”). Nama seperti ini sulit dilindungi sebagai merek dan mudah tertukar dengan penjual lain. Tambahkan kata yang khas, misalnya nama Anda atau nama tempat yang unik.",
  "brand.warning.healthClaim":
    "Nama ini memuat kata yang menjanjikan manfaat kesehatan. Untuk pangan, BPOM tidak mengizinkan nama dagang dengan klaim kesehatan. Sebaiknya pilih nama lain.",
  "brand.nameCheck.risky":
    "“{name}” mirip {count} merek yang sudah ada, misalnya “{top}”. Sebaiknya ganti nama sebelum mencetak label, atau baca dulu risikonya.",
  "brand.nameCheck.clear": "Tidak ditemukan merek yang mirip dengan “{name}” di indeks kami.",
  "brand.nameCheck.details": "Lihat rinciannya di tugas Merek & hak cipta",
} as const;
