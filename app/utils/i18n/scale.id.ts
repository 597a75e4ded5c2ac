// National scale (issue 7): the synthetic-data notice, in Indonesian.
// Spread into id.ts; scale.en.ts must translate every key.
export const scaleId = {
  "footer.synthetic":
    "Data sintetis: semua usaha, orang dan angka di situs ini dibuat oleh program untuk uji kinerja, bukan data sungguhan.",
} as const;
