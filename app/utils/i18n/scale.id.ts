// National scale (issue 7): the synthetic-data notice, in Indonesian.
// Spread into id.ts; scale.en.ts must translate every key.
export const scaleId = {
  "footer.synthetic":
    "Data sintetis: semua usaha, orang dan angka di situs ini dibuat oleh program untuk uji kinerja, bukan data sungguhan.",
  "bench.blank.title": "Halaman kosong untuk uji kecepatan",
  "bench.blank.body": "Halaman ini hanya dipakai untuk mengukur kecepatan server dan tidak berisi apa-apa.",
} as const;
