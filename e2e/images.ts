// Test files made on the fly: real photos (with EXIF and GPS, as a phone writes them), a
// text file dressed up as a photo, and a file over the size limit.
import sharp from "sharp";

export async function photo(width = 800, height = 800, colour = "#d9480f"): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .composite([
      {
        input: await sharp({
          create: { width: Math.round(width / 2), height: Math.round(height / 2), channels: 3, background: "#fff" },
        })
          .png()
          .toBuffer(),
        gravity: "center",
      },
    ])
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: "TestPhone", Model: "Kamera Dapur" },
      IFD3: { GPSLatitudeRef: "S", GPSLatitude: "7/1 13/1 0/1" },
    })
    .toBuffer();
}

export async function photoFile(name = "foto.jpg", width = 800, height = 800, colour?: string) {
  return { name, mimeType: "image/jpeg", buffer: await photo(width, height, colour) };
}

export const textRenamedAsPhoto = {
  name: "foto-produk.jpg",
  mimeType: "image/jpeg",
  buffer: Buffer.from("Ini bukan foto, hanya teks biasa yang diganti namanya.\n"),
};

export const minimalPdf = {
  name: "sertifikat.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  ),
};

/** Over the 10 MB limit: random bytes after a JPEG's first bytes, so only the size is wrong. */
export function oversizePhoto() {
  const buffer = Buffer.alloc(11 * 1024 * 1024);
  buffer.set([0xff, 0xd8, 0xff, 0xe0]);
  return { name: "foto-besar.jpg", mimeType: "image/jpeg", buffer };
}
