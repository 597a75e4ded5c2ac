import crypto from "node:crypto";
import fs from "node:fs";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import type { Db } from "../app/lib/db.server";
import { saveBrand } from "../app/lib/brand/brand.server";
import { runEnterpriseBrandCheck } from "../app/lib/brand-check/brand-check.server";
import { brandClasses } from "../app/lib/brand-check/classes.server";
import { saveProfile } from "../app/lib/enterprise/profile.server";
import { goOnlineSummary } from "../app/lib/journey/go-online.server";
import {
  getJourneyTemplate,
  getOrCreateEnterprise,
  saveTaskAnswers,
  type EnterpriseRef,
} from "../app/lib/journey/journey.server";
import { reviewTask } from "../app/lib/journey/review.server";
import { addTaskComment } from "../app/lib/mentoring/comments.server";
import { recordImpact } from "../app/lib/mentoring/impact.server";
import { logSession } from "../app/lib/mentoring/sessions.server";
import { recordConsents } from "../app/lib/privacy/consent.server";
import { finishProducts, productItems, productsTask, saveProduct } from "../app/lib/products/products.server";
import { uploadDir, uploadPath } from "../app/lib/uploads/uploads.server";
import { todayInIndonesia } from "../app/utils/dates";
import type { BaselineChannel, LegalForm } from "../app/utils/enterprise/options";
import type { ProductCategory, TaskKey } from "../app/utils/journey/template-types";
import { SESSION_TOPICS, type SessionMode, type SessionTopic } from "../app/utils/mentoring/options";
import type { NetUnit } from "../app/utils/products/readiness";
import { suggestedClasses } from "../app/utils/trademark";

// A full demo caseload: 180 enterprises for Budi and 60 for Dewi at every stage of the journey,
// with reviews waiting, months of mentoring sessions, a few stalled enterprises and impact
// records of those that went online. Everything goes through the functions the pages use, under
// a simulated clock (Date.now is swapped while the seed runs, and restored after), so every
// timestamp (task history, reviews, notifications, audit log, sessions and their edit window)
// lies in the past in a consistent order. Deterministic from SEED, relative to the day it runs;
// only upload ids are random, as every upload id must be. Demo data only: `npm start` never loads it.

const SEED = 20_261_130;
const FIRST_OWNER_EMAIL = "umkm001@demo.umkm.id";
const DAY = 24 * 60 * 60;
const CASELOADS = [
  { email: "budi.mentor@demo.umkm.id", title: "Pak", size: 180, stalled: 15, followUpPassed: 5 },
  { email: "dewi.mentor@demo.umkm.id", title: "Bu", size: 60, stalled: 4, followUpPassed: 2 },
] as const;

// ─── Randomness ───────────────────────────────────────────────────────────────────────────────

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (rng: Rng, min: number, max: number) => min + rng() * (max - min);
const int = (rng: Rng, min: number, max: number) => Math.floor(between(rng, min, max + 1));
const chance = (rng: Rng, p: number) => rng() < p;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => int(rng, 0, 9)).join("");
const roundTo = (n: number, step: number) => Math.max(step, Math.round(n / step) * step);

function weighted<T>(rng: Rng, options: readonly [T, number][]): T {
  const total = options.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [value, w] of options) {
    r -= w;
    if (r < 0) return value;
  }
  return options[options.length - 1]![0];
}

function shuffle<T>(rng: Rng, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

// ─── Content ──────────────────────────────────────────────────────────────────────────────────

type Product = { name: string; price: number; net: [number, NetUnit] | null; description: string };
type Kind = { label: string; categories: ProductCategory[]; regencies: string[]; products: [Product, Product] };

const p = (name: string, price: number, net: [number, NetUnit] | null, description: string): Product => ({
  name,
  price,
  net,
  description,
});
const kind = (label: string, categories: ProductCategory[], regencies: string[], a: Product, b: Product): Kind => ({
  label,
  categories,
  regencies,
  products: [a, b],
});

// What the enterprises make, where such businesses are typical, and two products of each.
// prettier-ignore
const KINDS: Kind[] = [
  kind("Keripik Singkong", ["processed_food"], ["32.05", "35.07", "33.02", "18.71"],
    p("Keripik Singkong Balado 200 g", 15_000, [200, "g"], "Keripik singkong tipis berbumbu balado, tanpa pengawet."),
    p("Keripik Singkong Original 250 g", 14_000, [250, "g"], "Keripik singkong gurih asin, digoreng minyak baru.")),
  kind("Kopi Gayo", ["processed_food"], ["11.04"],
    p("Kopi Arabika Gayo Bubuk 250 g", 85_000, [250, "g"], "Kopi arabika Gayo petik merah, sangrai medium, giling sedang."),
    p("Kopi Gayo Biji Sangrai 500 g", 150_000, [500, "g"], "Biji kopi arabika Gayo sangrai medium untuk seduh manual.")),
  kind("Batik Tulis Lasem", ["fashion_textile", "craft"], ["33.17"],
    p("Kain Batik Tulis Lasem Tiga Negeri", 750_000, [200, "cm"], "Kain batik tulis Lasem motif tiga negeri, pewarna alam."),
    p("Selendang Batik Tulis Lasem", 250_000, [180, "cm"], "Selendang katun primisima, batik tulis motif latohan.")),
  kind("Batik Pekalongan", ["fashion_textile"], ["33.26", "33.75"],
    p("Kemeja Batik Cap Pekalongan", 175_000, [1, "pcs"], "Kemeja katun batik cap lengan pendek, ukuran M sampai XXL."),
    p("Kain Batik Cap Pekalongan 2 m", 120_000, [200, "cm"], "Kain katun batik cap motif jlamprang, panjang 2 meter.")),
  kind("Jamu Gendong", ["processed_food"], ["33.72", "33.11"],
    p("Kunyit Asam Botol 250 ml", 10_000, [250, "ml"], "Kunyit asam dari kunyit segar dan asam jawa. Simpan dingin."),
    p("Beras Kencur Botol 250 ml", 10_000, [250, "ml"], "Beras kencur segar dengan gula aren. Habiskan dalam 3 hari.")),
  kind("Tenun Ikat Sumba", ["fashion_textile", "craft"], ["53.11"],
    p("Kain Tenun Ikat Sumba Motif Kuda", 1_500_000, [220, "cm"], "Kain tenun ikat tangan pewarna alam, motif kuda dan udang."),
    p("Selendang Tenun Ikat Sumba", 450_000, [180, "cm"], "Selendang tenun ikat Sumba Timur, pewarna mengkudu dan nila.")),
  kind("Bakso Malang", ["ready_meal"], ["35.73", "35.07"],
    p("Bakso Malang Komplit", 25_000, [1, "pcs"], "Seporsi bakso urat, bakso halus, siomay, tahu dan pangsit goreng."),
    p("Bakso Urat Beku isi 25", 55_000, [500, "g"], "Bakso urat sapi beku untuk dimasak di rumah, isi 25 butir.")),
  kind("Dodol Garut", ["processed_food"], ["32.05"],
    p("Dodol Garut Aneka Rasa 500 g", 30_000, [500, "g"], "Dodol ketan rasa durian, nangka dan wijen dalam satu kemasan."),
    p("Dodol Wijen 250 g", 18_000, [250, "g"], "Dodol ketan gula aren bertabur wijen sangrai.")),
  kind("Sambal", ["processed_food"], ["35.78", "32.73", "73.71"],
    p("Sambal Bawang Botol 150 g", 25_000, [150, "g"], "Sambal bawang rawit merah, tanpa pengawet, tahan 3 bulan."),
    p("Sambal Cumi Asin Botol 150 g", 40_000, [150, "g"], "Sambal cumi asin pedas dengan minyak bawang.")),
  kind("Kerupuk Udang", ["processed_food"], ["35.15"],
    p("Kerupuk Udang Mentah 500 g", 45_000, [500, "g"], "Kerupuk udang Sidoarjo mentah, tinggal goreng."),
    p("Kerupuk Ikan Tenggiri 250 g", 30_000, [250, "g"], "Kerupuk ikan tenggiri mentah, gurih dan renyah.")),
  kind("Bandeng Presto", ["processed_food"], ["35.15", "33.74"],
    p("Bandeng Presto Vakum isi 2", 50_000, [500, "g"], "Bandeng presto duri lunak dikemas vakum, simpan beku."),
    p("Otak-otak Bandeng isi 4", 40_000, [400, "g"], "Otak-otak bandeng bakar dengan bumbu rempah.")),
  kind("Pempek", ["processed_food"], ["16.71"],
    p("Pempek Kapal Selam Beku isi 5", 75_000, [750, "g"], "Pempek kapal selam ikan tenggiri beku dengan cuko terpisah."),
    p("Pempek Lenjer Kecil isi 20", 60_000, [600, "g"], "Pempek lenjer kecil ikan tenggiri, beku, dengan cuko.")),
  kind("Rendang", ["processed_food"], ["13.71", "13.75"],
    p("Rendang Daging Kemasan 250 g", 95_000, [250, "g"], "Rendang daging sapi kering dimasak 8 jam, kemasan vakum."),
    p("Rendang Paru 200 g", 75_000, [200, "g"], "Rendang paru sapi renyah, kemasan standing pouch.")),
  kind("Bakpia", ["processed_food"], ["34.71"],
    p("Bakpia Kacang Hijau isi 20", 35_000, [400, "g"], "Bakpia kulit tipis isi kacang hijau, tahan 5 hari."),
    p("Bakpia Keju isi 15", 40_000, [350, "g"], "Bakpia isi keju dan susu, dipanggang setiap pagi.")),
  kind("Gudeg", ["ready_meal"], ["34.71", "34.04"],
    p("Gudeg Kendil Komplit", 85_000, [1, "pcs"], "Gudeg nangka muda dalam kendil dengan ayam, telur dan krecek."),
    p("Nasi Gudeg Telur", 20_000, [1, "pcs"], "Nasi gudeg dengan telur pindang, sambal krecek dan areh.")),
  kind("Gerabah Kasongan", ["craft"], ["34.02"],
    p("Guci Gerabah Motif Bunga 40 cm", 175_000, [1, "pcs"], "Guci tanah liat bakar tinggi 40 cm, dicat motif bunga."),
    p("Pot Tanah Liat Set 3", 90_000, [3, "pcs"], "Tiga pot tanah liat ukuran 15, 20 dan 25 cm.")),
  kind("Ukir Kayu Jepara", ["craft"], ["33.20"],
    p("Hiasan Dinding Ukir Jati", 350_000, [1, "pcs"], "Panel ukir kayu jati 60 x 40 cm, motif daun dan bunga."),
    p("Kotak Perhiasan Ukir", 150_000, [1, "pcs"], "Kotak perhiasan kayu mahoni berukir, lapis kain beludru.")),
  kind("Anyaman Pandan", ["craft"], ["32.06", "32.78"],
    p("Tas Anyaman Pandan", 125_000, [1, "pcs"], "Tas jinjing anyaman pandan dengan lapisan kain dan ritsleting."),
    p("Tikar Pandan 1 x 2 m", 150_000, [1, "pcs"], "Tikar anyaman pandan ukuran 1 x 2 meter, pewarna alami.")),
  kind("Perak Celuk", ["craft"], ["51.04"],
    p("Cincin Perak Motif Bali", 250_000, [1, "pcs"], "Cincin perak 925 buatan tangan perajin Celuk, motif jawan."),
    p("Anting Perak Filigri", 180_000, [1, "pcs"], "Anting perak 925 teknik filigri, berat 4 gram sepasang.")),
  kind("Songket Palembang", ["fashion_textile"], ["16.71"],
    p("Kain Songket Benang Emas", 2_500_000, [200, "cm"], "Kain songket tenun tangan benang emas, motif lepus."),
    p("Selendang Songket", 650_000, [180, "cm"], "Selendang songket benang perak, motif bunga tabur.")),
  kind("Tenun Sukarara", ["fashion_textile", "craft"], ["52.02", "52.01"],
    p("Kain Tenun Sukarara", 600_000, [200, "cm"], "Kain tenun songket Sukarara ditenun tangan selama 3 minggu."),
    p("Syal Tenun Lombok", 150_000, [150, "cm"], "Syal tenun katun motif subahnale, panjang 150 cm.")),
  kind("Sasirangan", ["fashion_textile"], ["63.71"],
    p("Kain Sasirangan 2 m", 175_000, [200, "cm"], "Kain sasirangan katun motif gigi haruan, pewarna sintetis aman."),
    p("Kemeja Sasirangan", 220_000, [1, "pcs"], "Kemeja sasirangan lengan panjang, katun paris, ukuran M–XL.")),
  kind("Apel Batu", ["fresh_produce"], ["35.79", "35.07"],
    p("Apel Manalagi 1 kg", 30_000, [1, "kg"], "Apel manalagi petik langsung dari kebun, manis dan renyah."),
    p("Apel Anna 1 kg", 25_000, [1, "kg"], "Apel anna merah segar, cocok untuk jus dan camilan.")),
  kind("Salak Pondoh", ["fresh_produce"], ["34.04"],
    p("Salak Pondoh Super 1 kg", 20_000, [1, "kg"], "Salak pondoh super dari lereng Merapi, manis dan masir."),
    p("Salak Pondoh 5 kg", 90_000, [5, "kg"], "Salak pondoh kemasan kardus 5 kg untuk oleh-oleh.")),
  kind("Sayur Organik", ["fresh_produce"], ["32.04", "33.07"],
    p("Paket Sayur Organik 2 kg", 60_000, [2, "kg"], "Paket sayur organik mingguan: bayam, kangkung, wortel dan tomat."),
    p("Selada Hidroponik 250 g", 15_000, [250, "g"], "Selada keriting hidroponik dipanen pagi hari.")),
  kind("Lulur Bali", ["cosmetics_jamu"], ["51.71", "51.04"],
    p("Lulur Boreh Bali 200 g", 45_000, [200, "g"], "Lulur boreh dari beras, cengkeh dan jahe, resep tradisional Bali."),
    p("Minyak Pijat Sereh 100 ml", 50_000, [100, "ml"], "Minyak pijat kelapa dan sereh wangi, tanpa pewangi sintetis.")),
  kind("Sabun Herbal", ["cosmetics_jamu"], ["32.73", "33.72"],
    p("Sabun Kunyit Madu 100 g", 25_000, [100, "g"], "Sabun padat cold process dengan kunyit dan madu hutan."),
    p("Sabun Sereh Wangi 100 g", 25_000, [100, "g"], "Sabun padat minyak kelapa dan sereh wangi.")),
  kind("Madu Hutan Sumbawa", ["processed_food"], ["52.04"],
    p("Madu Hutan Sumbawa 250 ml", 95_000, [250, "ml"], "Madu hutan lebah liar Sumbawa, dipanen lestari, tanpa campuran."),
    p("Madu Hutan Sumbawa 500 ml", 170_000, [500, "ml"], "Madu hutan Sumbawa botol kaca 500 ml.")),
  kind("Kopi Toraja", ["processed_food"], ["73.18"],
    p("Kopi Arabika Toraja Bubuk 200 g", 75_000, [200, "g"], "Kopi arabika Toraja Sapan, sangrai medium dark."),
    p("Kopi Toraja Biji 500 g", 160_000, [500, "g"], "Biji kopi arabika Toraja sangrai medium untuk espresso.")),
  kind("Abon Cakalang", ["processed_food"], ["71.71"],
    p("Abon Cakalang Pedas 100 g", 35_000, [100, "g"], "Abon ikan cakalang pedas khas Manado, kemasan pouch."),
    p("Cakalang Fufu 250 g", 45_000, [250, "g"], "Ikan cakalang asap fufu, dikemas vakum.")),
  kind("Amplang", ["processed_food"], ["64.72"],
    p("Amplang Ikan Pipih 200 g", 30_000, [200, "g"], "Amplang ikan pipih Samarinda, renyah dan gurih."),
    p("Amplang Udang 150 g", 32_000, [150, "g"], "Amplang udang tanpa MSG, kemasan toples.")),
  kind("Lumpia Semarang", ["ready_meal"], ["33.74"],
    p("Lumpia Rebung Goreng isi 5", 50_000, [5, "pcs"], "Lumpia isi rebung, telur dan udang, dengan saus tauco."),
    p("Lumpia Basah isi 5", 45_000, [5, "pcs"], "Lumpia basah isi rebung dan ayam, dengan acar dan cabai.")),
  kind("Coto Makassar", ["ready_meal"], ["73.71"],
    p("Coto Makassar dan Ketupat", 30_000, [1, "pcs"], "Seporsi coto daging sapi dengan dua ketupat."),
    p("Konro Bakar", 60_000, [1, "pcs"], "Iga sapi bakar bumbu konro dengan kuah kluwek.")),
  kind("Se'i Sapi", ["processed_food"], ["53.71"],
    p("Se'i Sapi Vakum 250 g", 95_000, [250, "g"], "Daging sapi asap kayu kesambi khas Kupang, kemasan vakum."),
    p("Sambal Lu'at 100 g", 25_000, [100, "g"], "Sambal lu'at khas Timor dari cabai, jeruk nipis dan daun kemangi.")),
  kind("Bordir Tasik", ["fashion_textile"], ["32.06", "32.78"],
    p("Mukena Bordir Tasik", 275_000, [1, "pcs"], "Mukena katun rayon bordir tangan, dengan tas kecil."),
    p("Kerudung Bordir", 85_000, [1, "pcs"], "Kerudung voal segi empat bordir tepi, 115 x 115 cm.")),
  kind("Batik Madura", ["fashion_textile"], ["35.28"],
    p("Kain Batik Tulis Madura 2 m", 450_000, [200, "cm"], "Kain batik tulis Madura warna berani, motif sekar jagad."),
    p("Kemeja Batik Madura", 200_000, [1, "pcs"], "Kemeja batik tulis Madura lengan panjang, katun primis.")),
  kind("Keripik Tempe", ["processed_food"], ["35.07", "35.73"],
    p("Keripik Tempe Sagu 200 g", 15_000, [200, "g"], "Keripik tempe tipis dengan tepung sagu dan daun jeruk."),
    p("Keripik Tempe Pedas 200 g", 16_000, [200, "g"], "Keripik tempe bumbu pedas manis, renyah tahan lama.")),
  kind("Kue Kering", ["processed_food"], ["31.74", "32.76", "36.03", "12.71"],
    p("Nastar Nanas 500 g", 120_000, [500, "g"], "Nastar mentega wisman dengan selai nanas buatan sendiri."),
    p("Kastengel Keju 500 g", 130_000, [500, "g"], "Kastengel keju edam dan cheddar, toples 500 g.")),
  kind("Bika Ambon", ["processed_food"], ["12.71"],
    p("Bika Ambon Pandan Utuh", 110_000, [1, "pcs"], "Bika ambon pandan utuh 22 x 22 cm, tahan 4 hari."),
    p("Bolu Meranti Gulung", 100_000, [1, "pcs"], "Bolu gulung isi selai srikaya, khas Medan.")),
  kind("Ayam Geprek", ["ready_meal"], ["32.73", "35.78", "34.71"],
    p("Ayam Geprek Sambal Bawang", 18_000, [1, "pcs"], "Ayam goreng tepung geprek dengan sambal bawang dan nasi."),
    p("Paket Geprek Keju", 25_000, [1, "pcs"], "Ayam geprek dengan keju leleh, nasi dan es teh.")),
  kind("Lidah Buaya", ["processed_food"], ["61.71"],
    p("Minuman Lidah Buaya 250 ml", 8_000, [250, "ml"], "Minuman lidah buaya Pontianak dengan gula batu, tanpa pengawet."),
    p("Dodol Lidah Buaya 250 g", 25_000, [250, "g"], "Dodol lidah buaya kenyal, kemasan kotak oleh-oleh.")),
  kind("Keripik Pisang", ["processed_food"], ["18.71"],
    p("Keripik Pisang Cokelat 250 g", 25_000, [250, "g"], "Keripik pisang kepok lapis cokelat khas Lampung."),
    p("Keripik Pisang Asin 250 g", 20_000, [250, "g"], "Keripik pisang tanduk asin gurih, digoreng tipis.")),
  kind("Penjahit", ["services"], ["31.74", "33.74", "35.78"],
    p("Jahit Kebaya Pesanan", 350_000, null, "Jahit kebaya sesuai ukuran, 2 kali fitting, selesai 2 minggu."),
    p("Vermak Celana", 25_000, null, "Potong dan kecilkan celana, selesai dalam 1 hari.")),
  kind("Rias Pengantin", ["services"], ["33.72", "32.73"],
    p("Paket Rias Pengantin Adat Jawa", 5_000_000, null, "Rias dan busana pengantin adat Jawa untuk akad dan resepsi."),
    p("Rias Wisuda", 350_000, null, "Rias wajah dan sanggul untuk wisuda, datang ke rumah.")),
  kind("Laundry Kiloan", ["services"], ["32.76", "36.03"],
    p("Cuci Setrika per kg", 8_000, null, "Cuci, kering dan setrika per kilogram, selesai 2 hari."),
    p("Cuci Bed Cover", 35_000, null, "Cuci bed cover ukuran king, selesai 3 hari.")),
];

// prettier-ignore
const WORDS = [
  "Sekar", "Lestari", "Mekar Sari", "Barokah", "Berkah", "Rejeki", "Makmur", "Jaya", "Asri", "Arum", "Cahaya",
  "Putri", "Melati", "Kenanga", "Nusantara", "Sejahtera", "Mandiri", "Sumber Rezeki", "Tiga Saudara", "Dua Putri",
  "Mulia", "Sari Rasa", "Citra", "Kencana", "Wangi", "Pelangi",
];

// prettier-ignore
const FEMALE = [
  "Ani", "Sri", "Yuni", "Ratna", "Wati", "Rini", "Endang", "Sumarni", "Lastri", "Nining", "Tuti", "Ida", "Yanti",
  "Fitri", "Lilis", "Euis", "Neneng", "Kartini", "Murni", "Suryani", "Nurul", "Aisyah", "Marlina", "Dian", "Eka",
  "Wulan", "Asih", "Sulastri", "Warsini", "Hartini",
];
// prettier-ignore
const MALE = [
  "Hasan", "Slamet", "Joko", "Bambang", "Heru", "Rudi", "Asep", "Ujang", "Yusuf", "Rahmat", "Samsul", "Rahman",
  "Darto", "Wahyu", "Eko", "Teguh", "Arif", "Fauzi", "Iwan", "Hendra", "Rizal", "Ilham", "Taufik", "Usman", "Bayu",
  "Sugeng", "Mulyadi", "Ridwan", "Anton", "Supri",
];
// prettier-ignore
/** Second names: most are personal, so they follow the owner's gender. */
// prettier-ignore
const SURNAMES = {
  female: ["Rahmawati", "Wulandari", "Handayani", "Susanti", "Anggraini", "Puspitasari", "Maharani", "Kurniasih",
    "Setiawati", "Hartati", "Nuraini", "Fitriani", "Yuliani"],
  male: ["Hidayat", "Saputra", "Setiawan", "Nugroho", "Wibowo", "Hakim", "Basri", "Pratama", "Firmansyah", "Gunawan",
    "Sutrisno", "Purnomo", "Susilo", "Ramadhan", "Syahputra"],
};
const BALI_FIRST = ["Wayan", "Made", "Nyoman", "Ketut", "Komang", "Putu", "Gede"];
const BALI_NAMES = {
  female: ["Artini", "Widiasih", "Sukerti", "Ariani", "Suartini", "Sri Wahyuni"],
  male: ["Sudarsana", "Suarta", "Suparta", "Mahendra", "Astawa", "Sukadana"],
};
const SUMBA = {
  female: ["Rambu", "Maria", "Yosefina", "Agustina"],
  male: ["Umbu", "Yohanes", "Markus", "Petrus"],
  last: ["Ndapa", "Lado", "Hunga", "Kaborang", "Djawa"],
};
const BATAK = ["Siregar", "Nasution", "Harahap", "Lubis", "Sitompul", "Simanjuntak", "Tampubolon"];

type Owner = { fullName: string; nick: string; female: boolean };

function ownerName(rng: Rng, province: string): Owner {
  const female = chance(rng, 0.6);
  if (province === "51") {
    const order = pick(rng, BALI_FIRST);
    return {
      fullName: `${female ? "Ni" : "I"} ${order} ${pick(rng, female ? BALI_NAMES.female : BALI_NAMES.male)}`,
      nick: order,
      female,
    };
  }
  if (province === "53") {
    const first = pick(rng, female ? SUMBA.female : SUMBA.male);
    return { fullName: `${first} ${pick(rng, SUMBA.last)}`, nick: first, female };
  }
  const first = pick(rng, female ? FEMALE : MALE);
  const last =
    province === "12" && chance(rng, 0.7) ? pick(rng, BATAK) : pick(rng, female ? SURNAMES.female : SURNAMES.male);
  return { fullName: `${first} ${last}`, nick: first, female };
}

/** How an owner is addressed where they live: Bu Ani, Cak Man, Kang Asep, Uda Rizal… */
function honorific(rng: Rng, province: string, female: boolean, kind: Kind): string {
  if (kind.label === "Jamu Gendong" && female) return "Mbok";
  const byProvince: Record<string, [string[], string[]]> = {
    "32": [
      ["Teh", "Bu"],
      ["Kang", "Pak"],
    ],
    "35": [
      ["Bu", "Ning"],
      ["Cak", "Pak"],
    ],
    "33": [
      ["Bu", "Mbak"],
      ["Pak", "Mas"],
    ],
    "34": [
      ["Bu", "Mbak"],
      ["Pak", "Mas"],
    ],
    "13": [["Uni"], ["Uda"]],
    "51": [["Mbok"], ["Bli"]],
    "73": [["Bu"], ["Daeng"]],
    "53": [["Mama"], ["Bapa"]],
    "12": [["Kak"], ["Bang"]],
  };
  const [f, m] = byProvince[province] ?? [["Bu"], ["Pak"]];
  return pick(rng, female ? f : m);
}

// prettier-ignore
const STREETS = [
  "Merdeka", "Sudirman", "Diponegoro", "Ahmad Yani", "Pahlawan", "Veteran", "Gajah Mada", "Hasanuddin",
  "Imam Bonjol", "Kartini", "Cempaka", "Melati", "Flamboyan", "Kenari", "Pemuda", "Sisingamangaraja", "Teuku Umar",
  "Pattimura",
];

const PALETTES: Record<ProductCategory, string[][]> = {
  processed_food: [
    ["#b45309", "#fef3c7"],
    ["#9a3412", "#fde68a", "#166534"],
    ["#7c2d12", "#fff7ed"],
  ],
  ready_meal: [
    ["#c2410c", "#fefce8"],
    ["#b91c1c", "#fef2f2", "#14532d"],
  ],
  cosmetics_jamu: [
    ["#a16207", "#f0fdf4", "#14532d"],
    ["#ca8a04", "#fefce8"],
  ],
  fashion_textile: [
    ["#3730a3", "#fef3c7"],
    ["#7f1d1d", "#fde68a", "#1e3a8a"],
  ],
  craft: [
    ["#78350f", "#fefce8", "#365314"],
    ["#57534e", "#fafaf9"],
  ],
  fresh_produce: [
    ["#15803d", "#f7fee7"],
    ["#dc2626", "#f0fdf4", "#166534"],
  ],
  services: [
    ["#0f766e", "#f0fdfa"],
    ["#be185d", "#fdf2f8"],
  ],
};

// prettier-ignore
const TAGLINES = [
  "Asli dari {place}", "Resep keluarga sejak {year}", "Buatan tangan, sepenuh hati", "Khas {place}, untuk Nusantara",
  "Cita rasa {place} yang jujur", "Dibuat segar setiap hari",
];

// Lossless 500 × 500 WebP pictograms (a package with a white label), one colour per category:
// product photos must be at least 500 px, and a synchronous seed cannot run sharp.
const PHOTO_WEBP: Record<ProductCategory, string> = {
  processed_food:
    "UklGRkYAAABXRUJQVlA4TDoAAAAv88F8AA9wqv/X/l/hf/7jAWoaSYHOAZKwjjNa6O+J6P8EIP4Xjfte8Z/p1TifpOo5/ov/uEz8rwsB",
  ready_meal:
    "UklGRkYAAABXRUJQVlA4TDoAAAAv88F8AA9wof8P/7/hf/7jAWoaSYHOAZKwjjNa6O+J6P8EIP4Xjfte8Z/p1TifpOo5/ov/uEz8rwsB",
  cosmetics_jamu:
    "UklGRkYAAABXRUJQVlA4TDoAAAAv88F8AA/wsf+L/h/hf/7jAWoaSYHOAZKwjjNa6O+J6P8EIP4Xjfte8Z/p1TifpOo5/ov/uEz8rwsB",
  fashion_textile:
    "UklGRkYAAABXRUJQVlA4TDoAAAAv88F8AA/wmP/j/J/0f/7jAWoaSYHOAZKwjjNa6O+J6P8EIP4Xjfte8Z/p1TifpOo5/ov/uEz8rwsB",
  craft: "UklGRkYAAABXRUJQVlA4TDoAAAAv88F8AA9wm//n/R/if/7jAWoaSYHOAZKwjjNa6O+J6P8EIP4Xjfte8Z/p1TifpOo5/ov/uEz8rwsB",
  fresh_produce:
    "UklGRkYAAABXRUJQVlA4TDoAAAAv88F8AA/wwP9b/N/nf/7jAWoaSYHOAZKwjjNa6O+J6P8EIP4Xjfte8Z/p1TifpOo5/ov/uEz8rwsB",
  services: "UklGRkYAAABXRUJQVlA4TDoAAAAv88F8AA/wu/9D/P/tf/7jAWoaSYHOAZKwjjNa6O+J6P8EIP4Xjfte8Z/p1TifpOo5/ov/uEz8rwsB",
};

/** Request-changes comments a mentor writes, per task. */
const CHANGES: Partial<Record<TaskKey, string[]>> = {
  legality: [
    "Nomor NIB belum sesuai, harus 13 digit. Mohon dicek lagi di OSS.",
    "Untuk pangan kemasan perlu SPP-IRT. Kalau belum punya, pilih 'sedang diurus'.",
    "Status sertifikat halal belum diisi. Pilih 'sedang diurus' bila sudah daftar SEHATI.",
  ],
  ip: [
    "Hasil cek PDKI belum diisi. Cari nama merek di PDKI dulu, lalu pilih hasilnya.",
    "Pernyataan lisensi font belum dicentang. Pastikan font di logo boleh dipakai untuk usaha.",
  ],
  products: [
    "Foto utama masih berlatar ramai; ganti dengan latar putih polos.",
    "Label belum mencantumkan tanggal kedaluwarsa dan berat bersih.",
    "Deskripsi produk terlalu singkat; sebutkan bahan, ukuran dan cara simpan.",
  ],
  channels: [
    "Tautan toko Shopee belum bisa dibuka; periksa kembali alamatnya.",
    "Belum ada toko yang buka, baru rencana. Buka minimal satu toko dulu, ya.",
  ],
};

/** What is wrong with a profile sent back, and what the mentor writes about it. */
const PROFILE_FLAWS = {
  address: "Alamat belum lengkap: tulis nomor rumah, RT/RW dan kelurahan, agar mudah ditemukan kurir.",
  sales: "Omzet per tahun tidak cocok dengan omzet per bulan; mohon dihitung ulang dari catatan penjualan.",
  capital: "Modal sepertinya termasuk nilai rumah. Hitung modal tanpa tanah dan bangunan, ya.",
} as const;
type ProfileFlaw = keyof typeof PROFILE_FLAWS;

const OWNER_REPLIES = [
  "Baik {title}, sudah saya perbaiki. Mohon dicek lagi.",
  "Terima kasih masukannya {title}, sudah saya lengkapi.",
  "Siap {title}, nanti sore saya perbaiki.",
  "{title}, maaf baru sempat. Sudah saya ganti sesuai saran.",
];
const OWNER_QUESTIONS = [
  "{title}, apakah yang saya isi ini sudah benar?",
  "{title}, mohon dicek ya. Kalau ada yang kurang, kabari saya.",
  "Sudah saya kirim {title}, semoga tidak ada yang kurang.",
];

type NotePool = { shared: string[]; private: string[]; next: string[] };
const NOTES: Record<SessionTopic | "growth", NotePool> = {
  profile: {
    shared: [
      "Membantu mengisi profil usaha dan menjelaskan cara menghitung modal tanpa tanah dan bangunan.",
      "Menjelaskan alur program UMKM Go Online dan tugas-tugas yang perlu diselesaikan.",
      "Mengecek alamat, kategori produk dan omzet di profil bersama pemilik.",
    ],
    private: [
      "Pemilik belum punya catatan penjualan tertulis; omzet masih perkiraan.",
      "Anak pemilik yang membantu mengisi aplikasi; pemilik kurang lancar memakai HP.",
      "Usaha masih dijalankan di teras rumah; belum ada rencana menambah karyawan.",
    ],
    next: [
      "Lengkapi alamat dan omzet per tahun di profil.",
      "Kirim profil untuk ditinjau.",
      "Mulai catat penjualan harian di buku.",
    ],
  },
  legality: {
    shared: [
      "Membantu mengisi profil usaha dan menjelaskan NIB lewat OSS.",
      "Mendampingi pendaftaran NIB di OSS; kode KBLI dipilih bersama.",
      "Menjelaskan syarat SPP-IRT: sertifikat penyuluhan keamanan pangan dan pemeriksaan tempat produksi.",
      "Menjelaskan jalur sertifikasi halal gratis SEHATI (self-declare) dan dokumen yang perlu disiapkan.",
    ],
    private: [
      "Pemilik ragu soal biaya sertifikat halal; tawarkan SEHATI.",
      "NIB lama masih memakai KBLI 2020; perlu disesuaikan.",
      "Tempat produksi bercampur dengan dapur rumah; ingatkan soal pemisahan alat.",
    ],
    next: [
      "Daftar NIB di OSS dan catat nomornya.",
      "Ikut penyuluhan keamanan pangan (PKP) bulan depan.",
      "Ajukan sertifikat halal lewat SIHALAL.",
    ],
  },
  brand: {
    shared: [
      "Diskusi nama merek, slogan dan warna; nama dibuat lebih khas agar mudah diingat.",
      "Membuat sketsa logo bersama dan memilih tiga warna merek.",
      "Menyusun cerita merek dari sejarah usaha keluarga.",
    ],
    private: [
      "Nama yang diusulkan pemilik mirip merek terkenal; sarankan ganti.",
      "Logo dibuat keponakan pemilik; ingatkan soal surat pengalihan hak cipta.",
    ],
    next: ["Selesaikan cerita merek (2–3 kalimat).", "Pilih dua sampai empat warna merek."],
  },
  ip: {
    shared: [
      "Mengecek nama merek di PDKI bersama; tidak ditemukan merek serupa di kelas yang sama.",
      "Menjelaskan biaya pendaftaran merek untuk UMK Rp500.000 per kelas dan surat keterangan UMK.",
      "Menjelaskan lisensi font dan musik untuk video promosi.",
    ],
    private: [
      "Pemilik belum yakin mendaftarkan merek tahun ini karena biaya.",
      "Surat keterangan UMK dari Dinas KUKM masih diproses.",
    ],
    next: ["Minta surat keterangan UMK ke Dinas KUKM.", "Isi pernyataan hak cipta di tugas Merek & hak cipta."],
  },
  products: {
    shared: [
      "Memotret produk dengan latar putih dan cahaya jendela; hasilnya sudah bagus.",
      "Memeriksa label kemasan: komposisi, berat bersih, tanggal kedaluwarsa dan nomor izin.",
      "Menyusun deskripsi produk dan harga jual untuk marketplace.",
    ],
    private: [
      "Kemasan masih plastik polos; biaya cetak stiker label sekitar Rp300.000.",
      "Harga jual ukuran kecil di bawah modal; perlu dihitung ulang.",
      "Stok bahan baku sering kosong saat musim hujan.",
    ],
    next: [
      "Ganti foto utama dengan latar putih polos.",
      "Cetak label baru dengan tanggal kedaluwarsa.",
      "Tambahkan produk kedua ke katalog.",
    ],
  },
  channels: {
    shared: [
      "Membuka toko Shopee bersama dan mengunggah produk pertama.",
      "Mendaftarkan usaha di Google Bisnisku agar muncul di Maps.",
      "Mengaktifkan QRIS dan katalog WhatsApp Business.",
    ],
    private: [
      "Pemilik khawatir soal ongkos kirim dan retur; jelaskan program gratis ongkir.",
      "Rekening bank belum atas nama usaha; QRIS masih atas nama pribadi.",
    ],
    next: ["Unggah lima produk lagi ke toko online.", "Balas chat pembeli paling lambat satu jam."],
  },
  final_review: {
    shared: [
      "Memeriksa semua tugas sebelum pengajuan Go Online; semua sudah lengkap.",
      "Menjelaskan tinjauan akhir dan sertifikat Go Online.",
    ],
    private: ["Layak dijadikan contoh di laporan triwulan.", "Pemilik sangat aktif; bisa diajak jadi mentor sebaya."],
    next: ["Ajukan tinjauan akhir Go Online."],
  },
  growth: {
    shared: [
      "Merayakan penjualan online pertama dan merencanakan promosi bulan depan.",
      "Mengecek omzet bulanan dan membahas iklan berbayar di marketplace.",
      "Membahas ulasan pembeli dan cara membalasnya dengan sopan.",
    ],
    private: ["Omzet naik, tapi stok bahan baku sering habis.", "Pertimbangkan usulan KUR untuk alat produksi."],
    next: ["Catat omzet bulanan untuk laporan dampak.", "Coba promo gratis ongkir akhir bulan."],
  },
};

// ─── Plans ────────────────────────────────────────────────────────────────────────────────────

type Stage = "registered" | "usaha" | "merek" | "produk" | "online" | "selesai" | "go_online";
const STAGE_SHARE: [Stage, number][] = [
  ["registered", 15],
  ["usaha", 20],
  ["merek", 20],
  ["produk", 15],
  ["online", 10],
  ["selesai", 8],
  ["go_online", 12],
];

/** When enterprises of each stage signed up, in days before today (go-online ones: from their journey). */
const JOINED_DAYS_AGO: Partial<Record<Stage, [number, number]>> = {
  usaha: [10, 150],
  merek: [25, 180],
  produk: [40, 190],
  online: [50, 200],
  selesai: [60, 210],
};

type Op =
  | { kind: "profile"; mode: "draft" | "finish"; flawed?: boolean }
  | { kind: "legality"; mode: "draft" | "finish" }
  | { kind: "brand"; mode: "draft" | "finish" }
  | { kind: "ip"; mode: "draft" | "finish" }
  | { kind: "product"; index: number; ready: boolean }
  | { kind: "finishProducts" }
  | { kind: "channels"; mode: "draft" | "finish" }
  | { kind: "finalReview" }
  | { kind: "review"; task: TaskKey; decision: "approve" | "request_changes" }
  | { kind: "comment"; task: TaskKey; text: "reply" | "question" };

const TASK_OF: Record<Exclude<Op["kind"], "review" | "comment">, TaskKey> = {
  profile: "profile",
  legality: "legality",
  brand: "brand",
  ip: "ip",
  product: "products",
  finishProducts: "products",
  channels: "channels",
  finalReview: "final_review",
};
const taskOf = (op: Op): TaskKey => ("task" in op ? op.task : TASK_OF[op.kind]);

/** The owner's ops that finish a task (send it for review, or mark it done). */
function finishOps(rng: Rng, task: TaskKey, products: number, flawed = false): Op[] {
  switch (task) {
    case "profile":
      return [
        ...(chance(rng, 0.3) ? [{ kind: "profile", mode: "draft" } as Op] : []),
        { kind: "profile", mode: "finish", flawed },
      ];
    case "legality":
    case "brand":
    case "ip":
    case "channels":
      return [
        ...(chance(rng, 0.35) ? [{ kind: task, mode: "draft" } as Op] : []),
        { kind: task, mode: "finish" } as Op,
      ];
    case "products":
      return [
        ...Array.from({ length: products }, (_, index): Op => ({ kind: "product", index, ready: true })),
        { kind: "finishProducts" },
      ];
    case "final_review":
      return [{ kind: "finalReview" }];
  }
}

/** The owner's ops after a mentor asked for changes: perhaps a reply, then the task sent again. */
function resubmitOps(rng: Rng, task: TaskKey): Op[] {
  const reply: Op[] = chance(rng, 0.4) ? [{ kind: "comment", task, text: "reply" }] : [];
  if (task === "products") return [...reply, { kind: "product", index: 0, ready: true }, { kind: "finishProducts" }];
  if (task === "profile") return [...reply, { kind: "profile", mode: "finish" }];
  return [...reply, { kind: task, mode: "finish" } as Op];
}

type Plan = { ops: Op[]; lastIsWaiting: boolean };

/**
 * The ops that bring an enterprise to its stage, in order. Unless `allowWaiting` is false, the
 * task finished before the current one may still be waiting for the mentor's review.
 */
function planOps(rng: Rng, stage: Stage, allowWaiting: boolean, products: number): Plan {
  const ops: Op[] = [];
  const review = (task: TaskKey, decision: "approve" | "request_changes"): Op => ({ kind: "review", task, decision });
  /** Sent, perhaps sent back once, then approved. */
  const approved = (task: TaskKey) => {
    const roundOfChanges = task !== "brand" && task !== "final_review" && chance(rng, 0.22);
    ops.push(...finishOps(rng, task, products, roundOfChanges));
    if (task === "brand") return;
    if (roundOfChanges) ops.push(review(task, "request_changes"), ...resubmitOps(rng, task));
    ops.push(review(task, "approve"));
  };
  /** Sent (perhaps a second time, after changes) and not reviewed yet. */
  const waiting = (task: TaskKey) => {
    const resubmission = chance(rng, 0.35);
    ops.push(...finishOps(rng, task, products, resubmission));
    if (resubmission) ops.push(review(task, "request_changes"), ...resubmitOps(rng, task));
    else if (chance(rng, 0.15)) ops.push({ kind: "comment", task, text: "question" });
  };
  const sentBack = (task: TaskKey) => {
    ops.push(...finishOps(rng, task, products, true), review(task, "request_changes"));
  };
  const draft = (task: TaskKey) => {
    if (task === "products") {
      ops.push({ kind: "product", index: 0, ready: false });
      if (products > 1) ops.push({ kind: "product", index: 1, ready: chance(rng, 0.5) });
    } else if (task === "profile") ops.push({ kind: "profile", mode: "draft" });
    else ops.push({ kind: task, mode: "draft" } as Op);
  };
  const maybeWaiting = (task: TaskKey, p = 0.3) =>
    allowWaiting && chance(rng, p) ? (waiting(task), true) : (approved(task), false);
  const frontier = (task: TaskKey, options: [string, number][]) => {
    const variant = weighted(rng, options);
    if (variant === "draft") draft(task);
    if (variant === "changes") sentBack(task);
    return variant;
  };

  let lastIsWaiting = false;
  switch (stage) {
    case "registered":
      break;
    case "usaha": {
      const variant = weighted(rng, [
        ["profileDraft", 30],
        ["profileChanges", 15],
        ["profileWaiting", allowWaiting ? 20 : 0],
        ["legalityDraft", 25],
        ["legalityChanges", 10],
      ] as [string, number][]);
      if (variant === "profileDraft") draft("profile");
      else if (variant === "profileChanges") sentBack("profile");
      else if (variant === "profileWaiting") {
        waiting("profile");
        if (chance(rng, 0.4)) draft("legality");
        else lastIsWaiting = true;
      } else {
        approved("profile");
        if (variant === "legalityDraft") draft("legality");
        else sentBack("legality");
      }
      break;
    }
    case "merek": {
      approved("profile");
      const legalityWaiting = maybeWaiting("legality");
      const variant = weighted(rng, [
        ["none", 20],
        ["brandDraft", 20],
        ["ipNone", 15],
        ["ipDraft", 30],
        ["ipChanges", 15],
      ] as [string, number][]);
      if (variant === "brandDraft") draft("brand");
      if (variant.startsWith("ip")) approved("brand");
      if (variant === "ipDraft") draft("ip");
      if (variant === "ipChanges") sentBack("ip");
      lastIsWaiting = legalityWaiting && variant === "none";
      break;
    }
    case "produk": {
      approved("profile");
      approved("legality");
      approved("brand");
      const ipWaiting = maybeWaiting("ip");
      const variant = frontier("products", [
        ["none", 20],
        ["draft", 55],
        ["changes", 25],
      ]);
      if (chance(rng, 0.3)) draft("channels");
      lastIsWaiting = ipWaiting && variant === "none" && ops[ops.length - 1]?.kind !== "channels";
      break;
    }
    case "online": {
      for (const task of ["profile", "legality", "brand", "ip"] as const) approved(task);
      const productsWaiting = maybeWaiting("products");
      const variant = frontier("channels", [
        ["none", 20],
        ["draft", 55],
        ["changes", 25],
      ]);
      lastIsWaiting = productsWaiting && variant === "none";
      break;
    }
    case "selesai":
    case "go_online":
      for (const task of ["profile", "legality", "brand", "ip", "products", "channels"] as const) approved(task);
      ops.push({ kind: "finalReview" });
      if (stage === "go_online") ops.push(review("final_review", "approve"));
      lastIsWaiting = stage === "selesai";
      break;
  }
  return { ops, lastIsWaiting };
}

/** Days between an op and the one before it. */
function gapDays(rng: Rng, op: Op, previous: Op | undefined): number {
  if (op.kind === "review") return between(rng, 0.2, 4);
  if (op.kind === "comment") return op.text === "reply" ? between(rng, 0.05, 1.5) : between(rng, 0.1, 2);
  if (previous?.kind === "review" && previous.decision === "request_changes") return between(rng, 1, 6);
  if (op.kind === "product" && previous?.kind === "product") return between(rng, 0.02, 1);
  if (op.kind === "finishProducts" && previous?.kind === "product") return between(rng, 0.05, 2);
  if (previous && "mode" in previous && previous.mode === "draft" && taskOf(previous) === taskOf(op)) {
    return between(rng, 0.1, 4);
  }
  return between(rng, 1, 7);
}

/** The index of the earliest op that sent a task still waiting for review at the end, or -1. */
function firstWaiting(ops: Op[]): number {
  const lastSent = new Map<TaskKey, number>();
  ops.forEach((op, i) => {
    const sends =
      (("mode" in op && op.mode === "finish") || op.kind === "finishProducts" || op.kind === "finalReview") &&
      op.kind !== "brand";
    if (sends) lastSent.set(taskOf(op), i);
    if (op.kind === "review" || op.kind === "product") lastSent.delete(taskOf(op));
  });
  return lastSent.size ? Math.min(...lastSent.values()) : -1;
}

// ─── Generation ───────────────────────────────────────────────────────────────────────────────

type Spec = {
  index: number;
  email: string;
  phone: string;
  owner: Owner;
  kind: Kind;
  name: string;
  province: string;
  regency: string;
  mentor: { id: number; title: string };
  stage: Stage;
  stalled: boolean;
  followUpPassed: boolean;
};

function stageCounts(size: number): Stage[] {
  const total = STAGE_SHARE.reduce((s, [, w]) => s + w, 0);
  const exact = STAGE_SHARE.map(([stage, w]) => ({ stage, n: (size * w) / total }));
  const counts = exact.map((e) => ({ stage: e.stage, n: Math.floor(e.n), rest: e.n - Math.floor(e.n) }));
  let missing = size - counts.reduce((s, c) => s + c.n, 0);
  for (const c of [...counts].sort((a, b) => b.rest - a.rest)) {
    if (missing-- <= 0) break;
    c.n += 1;
  }
  return counts.flatMap((c) => Array.from({ length: c.n }, () => c.stage));
}

export function seedDemoCaseload(db: Db): void {
  if (db.prepare("SELECT 1 FROM user WHERE email = ?").get(FIRST_OWNER_EMAIL)) return;
  const template = db
    .prepare("SELECT password_hash AS hash, privacy_consent_version AS consent FROM user WHERE email = ?")
    .get("siti@demo.umkm.id") as { hash: string; consent: string | null } | undefined;
  const mentors = CASELOADS.map(
    (c) =>
      db.prepare("SELECT id FROM user WHERE email = ? AND role = 'mentor'").pluck().get(c.email) as number | undefined,
  );
  if (!template || mentors.some((id) => id === undefined)) {
    console.warn("Demo caseload skipped: the demo owner siti@demo.umkm.id or a demo mentor is missing.");
    return;
  }
  const regions = new Set(db.prepare("SELECT code FROM region WHERE level = 'regency'").pluck().all() as string[]);
  const regionName = db.prepare("SELECT name FROM region WHERE code = ?").pluck();
  const place = (code: string) => (regionName.get(code) as string).replace(/^(Kabupaten|Kota Administrasi|Kota) /, "");

  const rng = mulberry32(SEED);
  const realNow = Date.now();
  const now = Math.floor(realNow / 1000);
  const today = todayInIndonesia(new Date(realNow));

  // Who is who: owners, their enterprises and where each one stands.
  const specs: Spec[] = [];
  const names = new Set(db.prepare("SELECT name FROM enterprise WHERE name IS NOT NULL").pluck().all() as string[]);
  const phones = new Set(db.prepare("SELECT phone FROM user WHERE phone IS NOT NULL").pluck().all() as string[]);
  CASELOADS.forEach((caseload, m) => {
    const stages = shuffle(rng, stageCounts(caseload.size));
    const unfinished = shuffle(
      rng,
      stages.map((s, i) => (s === "selesai" || s === "go_online" ? -1 : i)).filter((i) => i >= 0),
    );
    const stalled = new Set(unfinished.slice(0, caseload.stalled));
    const followUp = new Set(
      unfinished
        .slice(caseload.stalled)
        .filter((i) => stages[i] !== "registered")
        .slice(0, caseload.followUpPassed),
    );
    stages.forEach((stage, i) => {
      const index = specs.length + 1;
      const kind = pick(rng, KINDS);
      const candidates = kind.regencies.filter((code) => regions.has(code));
      const regency = candidates.length ? pick(rng, candidates) : "33.72";
      const province = regency.slice(0, 2);
      const owner = ownerName(rng, province);
      let name = "";
      for (let attempt = 0; attempt < 50 && (!name || names.has(name)); attempt += 1) {
        name = chance(rng, 0.55)
          ? `${kind.label} ${honorific(rng, province, owner.female, kind)} ${owner.nick}`
          : `${kind.label} ${pick(rng, WORDS)}`;
      }
      if (names.has(name)) name = `${kind.label} ${owner.fullName}`;
      names.add(name);
      let phone = "";
      while (!phone || phones.has(phone)) phone = `+62812${int(rng, 1, 9)}${digits(rng, 7)}`;
      phones.add(phone);
      specs.push({
        index,
        email: `umkm${String(index).padStart(3, "0")}@demo.umkm.id`,
        phone,
        owner,
        kind,
        name,
        province,
        regency,
        mentor: { id: mentors[m]!, title: caseload.title },
        stage,
        stalled: stalled.has(i),
        followUpPassed: followUp.has(i),
      });
    });
  });

  const files: { path: string; bytes: Buffer }[] = [];
  const seeded: number[] = [];
  const clock = { ms: realNow };
  const realDateNow = Date.now;
  const at = (seconds: number) => (clock.ms = Math.min(Math.round(seconds * 1000), realNow - 1000));
  const addUser = db.prepare(
    `INSERT INTO user (role, full_name, email, phone, password_hash, locale, privacy_consent_version, privacy_consent_at, created_at, updated_at)
     VALUES ('owner', ?, ?, ?, ?, 'id', ?, ?, ?, ?)`,
  );
  const addUpload = db.prepare(
    `INSERT INTO upload (id, enterprise_id, uploaded_by, purpose, media_type, byte_size, width, height, has_thumbnail, original_name, created_at)
     VALUES (?, ?, ?, 'product_photo', 'image/webp', ?, 500, 500, 0, ?, ?)`,
  );
  const dateOf = (seconds: number) => todayInIndonesia(new Date(seconds * 1000));
  const noonOf = (date: string) => Math.floor(Date.parse(`${date}T12:00:00+07:00`) / 1000);

  Date.now = () => clock.ms;
  try {
    db.transaction(() => {
      for (const spec of specs) seedEnterprise(spec);
      markNotificationsRead();
    })();
  } finally {
    Date.now = realDateNow;
  }
  if (files.length) fs.mkdirSync(uploadDir(), { recursive: true });
  for (const file of files) fs.writeFileSync(file.path, file.bytes);
  console.log(`Seeded the demo caseload: ${specs.length} enterprises with their owners (umkm001…@demo.umkm.id).`);

  function seedEnterprise(spec: Spec) {
    const r = mulberry32(SEED + spec.index * 7919);
    const { kind, owner } = spec;
    const category = kind.categories[0]!;
    const productCount = chance(r, 0.45) ? 2 : 1;
    const plan = planOps(r, spec.stage, !spec.stalled, productCount);
    const ops = plan.ops;

    // When it all happened: the last op first, then backwards.
    let endAt: number;
    if (spec.stalled) endAt = now - between(r, 20, 60) * DAY;
    else if (spec.stage === "go_online") endAt = now - between(r, 3, 150) * DAY;
    else if (plan.lastIsWaiting) endAt = now - (chance(r, 0.85) ? between(r, 1, 12) : between(r, 12, 20)) * DAY;
    else if (spec.followUpPassed) endAt = now - between(r, 0.2, 6) * DAY;
    else endAt = now - between(r, 0.05, 11) * DAY;
    // Owners keep their own pace: some finish a task a week, others take a month.
    const pace = between(r, 0.8, 2.4);
    const times: number[] = new Array<number>(ops.length);
    for (let i = ops.length - 1; i >= 0; i -= 1) {
      times[i] = i === ops.length - 1 ? endAt : times[i + 1]! - gapDays(r, ops[i + 1]!, ops[i]) * pace * DAY;
    }
    // Most enterprises signed up weeks or months before their latest step: the earlier steps are
    // stretched back towards a sign-up date in the program's first half year.
    let joinedAt = ops.length ? times[0]! - between(r, 0.05, 10) * pace * DAY : endAt;
    const joinedRange = JOINED_DAYS_AGO[spec.stage];
    const target = joinedRange ? now - between(r, ...joinedRange) * DAY : joinedAt;
    if (target < joinedAt) {
      if (ops.length > 1) {
        const first = target + (times[0]! - joinedAt);
        const k = (endAt - first) / (endAt - times[0]!);
        for (let i = 0; i < ops.length; i += 1) times[i] = endAt - (endAt - times[i]!) * k;
      }
      joinedAt = target;
    }
    // A task still waiting for review was sent in the last three weeks at most: the owner's later
    // work is squeezed in after it.
    const waitingSince = firstWaiting(ops);
    const oldest = Math.min(now - between(r, 5, 19) * DAY, endAt - 0.5 * DAY);
    if (waitingSince >= 0 && !spec.stalled && times[waitingSince]! < oldest && endAt > oldest) {
      const from = times[waitingSince]!;
      for (let i = waitingSince; i < ops.length; i += 1) {
        times[i] = oldest + ((times[i]! - from) / (endAt - from)) * (endAt - oldest);
      }
    }

    // The owner signs up, and the administrator assigns the mentor.
    at(joinedAt);
    const ownerId = Number(
      addUser.run(
        owner.fullName,
        spec.email,
        spec.phone,
        template!.hash,
        template!.consent,
        Math.floor(joinedAt),
        Math.floor(joinedAt),
        Math.floor(joinedAt),
      ).lastInsertRowid,
    );
    // as at registration: the current privacy notice and terms (else the login asks for them)
    recordConsents(db, ownerId, undefined, Math.floor(joinedAt));
    const enterprise: EnterpriseRef = getOrCreateEnterprise(db, ownerId);
    db.prepare("UPDATE enterprise SET mentor_user_id = ? WHERE id = ?").run(spec.mentor.id, enterprise.id);
    enterprise.mentorUserId = spec.mentor.id;
    seeded.push(enterprise.id);
    const mentor = { id: spec.mentor.id, role: "mentor" as const };
    const ownerUser = { id: ownerId, role: "owner" as const };

    // The business itself.
    const yearStarted = int(r, 1998, 2025);
    const small = chance(r, 0.1);
    const monthly = small ? roundTo(between(r, 180, 600) * 1e6, 1e6) : roundTo(between(r, 2, 45) * 1e6, 5e5);
    const annualSales = roundTo(monthly * 12 * between(r, 0.85, 1.1), 1e6);
    const capital = small ? roundTo(between(r, 400, 3000) * 1e6, 1e7) : roundTo(between(r, 3, 250) * 1e6, 1e6);
    const employees = small ? int(r, 6, 30) : int(r, 0, 5);
    const legalForm = weighted<LegalForm>(r, [
      ["perorangan", small ? 10 : 65],
      ["ud", 12],
      ["cv", small ? 30 : 8],
      ["koperasi", 5],
      ["pt_perorangan", 5],
      ["pt", small ? 20 : 2],
    ]);
    const baseline: BaselineChannel[] = chance(r, 0.35)
      ? ["offline_only"]
      : [
          ...new Set<BaselineChannel>([
            chance(r, 0.5) ? "offline_only" : "whatsapp",
            "whatsapp",
            ...(chance(r, 0.4) ? (["instagram"] as const) : []),
            ...(chance(r, 0.25) ? (["facebook"] as const) : []),
            ...(chance(r, 0.15) ? (["tiktok"] as const) : []),
            ...(chance(r, 0.15) ? (["marketplace"] as const) : []),
            ...(chance(r, 0.2) ? (["qris"] as const) : []),
            ...(category === "ready_meal" && chance(r, 0.4) ? (["food_delivery"] as const) : []),
          ]),
        ];
    const town = place(spec.regency);
    const fullAddress = `Jl. ${pick(r, STREETS)} No. ${int(r, 1, 120)}, RT ${String(int(r, 1, 9)).padStart(2, "0")}/RW ${String(int(r, 1, 12)).padStart(2, "0")}, ${town}`;
    let flaw: ProfileFlaw | null = null;
    const houseValue = roundTo(between(r, 300, 900) * 1e6, 1e7);
    const profile = (mode: "draft" | "finish", flawed: boolean) => {
      flaw = flawed ? pick(r, Object.keys(PROFILE_FLAWS) as ProfileFlaw[]) : null;
      return {
        intent: mode,
        name: spec.name,
        legalForm: mode === "draft" && chance(r, 0.4) ? undefined : legalForm,
        categories: kind.categories,
        provinceCode: spec.province,
        regencyCode: spec.regency,
        address: mode === "draft" ? undefined : flaw === "address" ? `Jl. ${pick(r, STREETS)}` : fullAddress,
        whatsapp: spec.phone,
        yearStarted,
        employees: mode === "draft" ? undefined : employees,
        capital: mode === "draft" ? undefined : flaw === "capital" ? capital + houseValue : capital,
        annualSales: mode === "draft" ? undefined : flaw === "sales" ? monthly * 3 : annualSales,
        baselineMonthlyRevenue: mode === "draft" ? undefined : monthly,
        baselineChannels: mode === "draft" ? [] : baseline,
      };
    };

    const brandName = spec.name.length <= 60 ? spec.name : spec.name.slice(0, 60).trim();
    const slug = brandName.toLowerCase().replace(/[^a-z0-9]/g, "");
    const classes = suggestedClasses(kind.categories).slice(0, 2);
    const legality = (mode: "draft" | "finish"): Record<string, object> => {
      const answers: Record<string, object> = {
        nib: mode === "draft" ? { status: "in_progress" } : { status: "have", number: `9120${digits(r, 9)}` },
      };
      if (mode === "draft") return answers;
      if (chance(r, 0.4)) answers.npwp = { status: "have", number: `3${digits(r, 15)}` };
      const expires = (years: number) => `${Number(today.slice(0, 4)) + years}-${today.slice(5, 7)}-28`;
      if (category === "processed_food") {
        answers.spp_irt = chance(r, 0.75)
          ? {
              status: "have",
              number: `2${spec.regency.replace(".", "")}${digits(r, 10)}`,
              expiresOn: expires(int(r, 1, 4)),
            }
          : { status: "in_progress" };
      }
      if (["processed_food", "ready_meal", "cosmetics_jamu"].includes(category)) {
        answers.halal = chance(r, 0.5)
          ? { status: "have", number: `ID${spec.province}${digits(r, 15)}`, expiresOn: expires(4) }
          : { status: "in_progress" };
      }
      if (category === "cosmetics_jamu") {
        answers.bpom_notifikasi = chance(r, 0.5)
          ? { status: "have", number: `NA18${digits(r, 9)}`, expiresOn: expires(3) }
          : { status: "in_progress" };
      }
      if (category === "fashion_textile" || category === "craft") {
        answers.sni = { status: "not_needed", reason: "Bukan pakaian bayi, mainan atau produk wajib SNI lainnya." };
      }
      if (category === "fresh_produce") answers.psat = { status: "in_progress" };
      return answers;
    };
    const ipAnswers = (mode: "draft" | "finish") => {
      const filed = chance(r, 0.15);
      return {
        brandCheck: { acknowledged: [] },
        pdki: { result: mode === "draft" && chance(r, 0.5) ? undefined : "none_similar" },
        trademark: filed
          ? { status: "filed", classes, applicationNumber: `DID${today.slice(0, 4)}${digits(r, 6)}` }
          : {
              status: weighted(r, [
                ["preparing", 60],
                ["not_planned", 40],
              ] as [string, number][]),
              classes,
            },
        own_photos: { declared: true },
        logo_rights: { declared: mode === "finish" },
        fonts_licensed: { declared: mode === "finish" },
        music_licensed: { declared: chance(r, 0.5) },
      };
    };
    const channelAnswers = (mode: "draft" | "finish", seconds: number) => {
      const food = category === "processed_food" || category === "ready_meal";
      const keys = [
        category === "ready_meal" ? "gofood" : category === "services" ? "google_business" : "shopee",
        ...(category === "services" ? ["whatsapp_business"] : []),
        ...(chance(r, 0.5) ? ["instagram"] : []),
        ...(chance(r, 0.3) ? [food ? "grabfood" : "tiktok_tokopedia"] : []),
        ...(category !== "services" && chance(r, 0.3) ? ["google_business"] : []),
        "qris",
      ];
      const url: Record<string, string> = {
        shopee: `https://shopee.co.id/${slug}`,
        gofood: `https://gofood.co.id/${town.toLowerCase().replace(/[^a-z]/g, "")}/restaurant/${slug}`,
        grabfood: `https://food.grab.com/id/id/restaurant/${slug}-delivery`,
        tiktok_tokopedia: `https://www.tokopedia.com/${slug}`,
        instagram: `https://instagram.com/${slug}`,
        google_business: `https://maps.app.goo.gl/${slug.slice(0, 10)}`,
        whatsapp_business: `https://wa.me/${spec.phone.slice(1)}`,
      };
      const answers: Record<string, object> = {};
      keys.forEach((key, i) => {
        const link = url[key] ? { url: url[key] } : {};
        if (mode === "draft")
          answers[key] = i === 0 && chance(r, 0.5) ? { status: "open", ...link } : { status: "planned" };
        else if (i === 0 && chance(r, 0.7)) {
          answers[key] = { status: "first_sale", ...link, firstSaleOn: dateOf(seconds - between(r, 1, 20) * DAY) };
        } else answers[key] = { status: chance(r, 0.8) ? "open" : "planned", ...link };
      });
      return answers;
    };

    const productIds: (number | undefined)[] = [];
    const saveProductOp = (index: number, ready: boolean, seconds: number) => {
      const product = kind.products[index]!;
      const photos: string[] = [];
      const photoCount = ready ? int(r, 1, 2) : chance(r, 0.5) ? 1 : 0;
      for (let i = 0; i < photoCount; i += 1) {
        // Random like every upload id (storeUpload's), so file addresses cannot be guessed.
        const id = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)));
        const bytes = Buffer.from(PHOTO_WEBP[category], "base64");
        addUpload.run(
          id,
          enterprise.id,
          ownerId,
          bytes.byteLength,
          `IMG_${dateOf(seconds).replace(/-/g, "")}_${1000 + i}.jpg`,
          Math.floor(seconds),
        );
        files.push({ path: uploadPath(id, "main"), bytes });
        photos.push(id);
      }
      const items = productItems(productsTask(db, enterprise), category);
      const checklist = Object.fromEntries(
        (ready ? items : items.slice(0, Math.floor(items.length / 2))).map((item) => [
          item.key,
          { status: "done" as const },
        ]),
      );
      const id = saveProduct(db, {
        enterprise,
        actorUserId: ownerId,
        productId: productIds[index] ?? null,
        values: {
          name: product.name,
          category,
          description: product.description,
          priceRupiah: product.price,
          netAmount: product.net?.[0] ?? null,
          netUnit: product.net?.[1] ?? null,
          photos,
          checklist,
        },
      });
      if (id === null) throw new Error(`demo product of ${spec.email} was not saved`);
      productIds[index] = id;
    };

    const save = (taskKey: TaskKey, mode: "draft" | "finish", answers: object) =>
      saveTaskAnswers(db, {
        enterpriseId: enterprise.id,
        taskKey,
        actorUserId: ownerId,
        mode,
        needsReview: true,
        answers,
      });
    const title = spec.mentor.title;
    const changesComment = (task: TaskKey) =>
      task === "profile" && flaw ? PROFILE_FLAWS[flaw] : pick(r, CHANGES[task] ?? ["Mohon dilengkapi lagi."]);

    const run = (op: Op, seconds: number) => {
      at(seconds);
      switch (op.kind) {
        case "profile":
          saveProfile(db, enterprise.id, ownerId, profile(op.mode, op.flawed ?? false), op.mode, true);
          break;
        case "legality":
          save("legality", op.mode, legality(op.mode));
          break;
        case "brand": {
          const palette = pick(r, PALETTES[category]);
          const story = `Sejak ${yearStarted}, ${owner.nick} membuat ${kind.label.toLowerCase()} di ${town} dengan cara kerja keluarga. Kini ${spec.name} dikenal pelanggan karena mutunya yang terjaga.`;
          const tagline = pick(r, TAGLINES).replace("{place}", town).replace("{year}", String(yearStarted));
          const values =
            op.mode === "draft"
              ? {
                  intent: "draft" as const,
                  name: brandName,
                  tagline,
                  story: null,
                  logo: null,
                  colours: palette.slice(0, 1),
                }
              : { intent: "finish" as const, name: brandName, tagline, story, logo: null, colours: palette };
          saveBrand(db, enterprise.id, ownerId, values, false, brandClasses(db, enterprise.id));
          // As the brand page does: the name is checked when it is saved.
          runEnterpriseBrandCheck(db, {
            enterpriseId: enterprise.id,
            checkedBy: ownerId,
            name: brandName,
            classes: brandClasses(db, enterprise.id),
          });
          break;
        }
        case "ip":
          save("ip", op.mode, ipAnswers(op.mode));
          break;
        case "product":
          saveProductOp(op.index, op.ready, seconds);
          break;
        case "finishProducts": {
          for (let i = 0; i < productCount; i += 1) if (productIds[i] === undefined) saveProductOp(i, true, seconds);
          const result = finishProducts(db, enterprise, ownerId);
          if (!result.ok) throw new Error(`demo products of ${spec.email} are not ready: ${JSON.stringify(result)}`);
          break;
        }
        case "channels":
          save("channels", op.mode, channelAnswers(op.mode, seconds));
          break;
        case "finalReview":
          save(
            "final_review",
            "finish",
            goOnlineSummary(db, enterprise.id, getJourneyTemplate(db, enterprise.templateVersion), "id"),
          );
          break;
        case "review": {
          const result = reviewTask(
            db,
            mentor,
            enterprise.id,
            op.task,
            op.decision === "approve"
              ? { decision: "approve" }
              : { decision: "request_changes", comment: changesComment(op.task) },
          );
          if (!result.ok) throw new Error(`demo review of ${op.task} for ${spec.email}: ${result.reason}`);
          break;
        }
        case "comment": {
          const body = pick(r, op.text === "reply" ? OWNER_REPLIES : OWNER_QUESTIONS).replace("{title}", title);
          if (!addTaskComment(db, ownerUser, enterprise.id, op.task, body.charAt(0).toUpperCase() + body.slice(1))) {
            throw new Error(`demo comment of ${spec.email} was refused`);
          }
          break;
        }
      }
    };

    // Mentoring sessions, between the enterprise's first day and today (or its last activity, if stalled).
    type Event = { at: number; run: () => void };
    const events: Event[] = ops.map((op, i) => ({ at: times[i]!, run: () => run(op, times[i]!) }));
    const sessionShare = spec.stage === "registered" ? 0.4 : spec.stage === "go_online" ? 0.85 : 0.78;
    if (spec.followUpPassed || chance(r, sessionShare)) {
      const from = Math.max(joinedAt + 0.3 * DAY, now - 182 * DAY);
      let to = spec.stalled ? endAt : now - 0.1 * DAY;
      if (spec.followUpPassed) to = now - between(r, 7, 13) * DAY;
      if (to > from) {
        const span = (to - from) / DAY;
        const count = Math.max(
          1,
          Math.min(6, Math.round((span / 28) * between(r, 0.6, 1.4)) + (chance(r, 0.3) ? 1 : 0)),
        );
        const days = new Set<string>();
        const moments: number[] = [];
        if (spec.followUpPassed) {
          moments.push(to);
          days.add(dateOf(to));
        }
        for (let attempt = 0; moments.length < count && attempt < 40; attempt += 1) {
          const moment = between(r, from, spec.followUpPassed ? to - DAY : to);
          if (moment <= from || days.has(dateOf(moment))) continue;
          days.add(dateOf(moment));
          moments.push(moment);
        }
        moments.sort((a, b) => a - b);
        moments.forEach((moment, i) => {
          const latest = i === moments.length - 1;
          const heldOn = dateOf(moment);
          const heldAt = noonOf(heldOn);
          // Logged the same afternoon or evening (never in the future).
          const loggedAt = Math.min(heldAt + between(r, 2, 9) * 3600, now - 120);
          const next = ops.findIndex((_, k) => times[k]! > heldAt);
          const topic: SessionTopic | "growth" =
            spec.stage === "registered"
              ? "profile"
              : next === -1
                ? spec.stage === "go_online"
                  ? "growth"
                  : taskOf(ops[ops.length - 1]!)
                : taskOf(ops[next]!);
          const before = topic === "growth" ? undefined : SESSION_TOPICS[SESSION_TOPICS.indexOf(topic) - 1];
          const topics: SessionTopic[] =
            topic === "growth" ? ["channels", "products"] : before && chance(r, 0.3) ? [before, topic] : [topic];
          const pool = NOTES[topic];
          const mode = weighted<SessionMode>(r, [
            ["kunjungan", 35],
            ["whatsapp", 25],
            ["telepon", 20],
            ["video_call", 10],
            ["pelatihan", 10],
          ]);
          const [min, max] = {
            kunjungan: [45, 120],
            whatsapp: [15, 30],
            telepon: [15, 40],
            video_call: [30, 60],
            pelatihan: [90, 120],
          }[mode];
          const after = (n: number) => dateOf(heldAt + n * DAY);
          let followUpOn: string | null = null;
          if (!latest) followUpOn = chance(r, 0.5) ? after(int(r, 5, 14)) : null;
          else if (spec.followUpPassed) followUpOn = after(int(r, 2, 5));
          else if (spec.stalled) followUpOn = chance(r, 0.5) ? after(int(r, 5, 14)) : null;
          else if (heldAt > now - 10 * DAY && chance(r, 0.75)) {
            const planned = after(int(r, 7, 21));
            followUpOn = planned > today ? planned : null;
          }
          events.push({
            at: loggedAt,
            run: () => {
              at(loggedAt);
              const id = logSession(db, mentor, enterprise.id, {
                heldOn,
                mode,
                durationMinutes: roundTo(between(r, min!, max!), 5),
                topics,
                sharedNotes: chance(r, 0.85) ? pick(r, pool.shared) : null,
                privateNotes: chance(r, 0.5) ? pick(r, pool.private) : null,
                nextAction: followUpOn || chance(r, 0.3) ? pick(r, pool.next) : null,
                followUpOn,
              });
              if (id === null) throw new Error(`demo session of ${spec.email} was refused`);
            },
          });
        });
      }
    }

    // How the business did after it went online: monthly snapshots from the mentor or the owner.
    if (spec.stage === "go_online") {
      const graduated = endAt;
      const moments: number[] = [];
      for (let month = 1; month <= 3 && graduated + month * 30 * DAY < now - 0.5 * DAY; month += 1) {
        moments.push(graduated + month * 30 * DAY + between(r, -3, 3) * DAY);
      }
      if (moments.length === 0 && now - graduated > 2 * DAY) moments.push(graduated + (now - graduated) / 2);
      let growth = between(r, 0.05, 0.25);
      moments.forEach((moment, i) => {
        const snapshotAt = Math.min(moment, now - 3600);
        const user = chance(r, 0.6) ? mentor : ownerUser;
        const revenue = roundTo(monthly * (1 + growth), 1e5);
        growth += between(r, 0, 0.15);
        events.push({
          at: snapshotAt,
          run: () => {
            at(snapshotAt);
            const channels = (db
              .prepare("SELECT answers FROM enterprise_task WHERE enterprise_id = ? AND task_key = 'channels'")
              .pluck()
              .get(enterprise.id) ?? "{}") as string;
            const parsed = JSON.parse(channels) as Record<string, { status?: string; firstSaleOn?: string }>;
            const live = Object.values(parsed).filter((c) => c.status === "open" || c.status === "first_sale");
            const firstSale =
              live
                .map((c) => c.firstSaleOn)
                .filter((d): d is string => !!d)
                .sort()[0] ?? null;
            const ok = recordImpact(db, user, enterprise.id, {
              recordedOn: dateOf(snapshotAt),
              monthlyRevenue: revenue,
              employees: employees + (i > 0 && chance(r, 0.3) ? 1 : 0),
              onlineChannels: live.length + (i > 0 && chance(r, 0.3) ? 1 : 0),
              firstOnlineSaleOn: i === 0 ? firstSale : null,
            });
            if (!ok) throw new Error(`demo impact of ${spec.email} was refused`);
          },
        });
      });
    }

    events.sort((a, b) => a.at - b.at);
    for (const event of events) event.run();
  }

  /** Older notifications have been read; each mentor's latest few and everyone's last two days' stay unread. */
  function markNotificationsRead() {
    const rows = db
      .prepare(
        `SELECT n.id, n.created_at AS createdAt, u.role = 'mentor' AS forMentor,
                row_number() OVER (PARTITION BY n.user_id ORDER BY n.created_at DESC, n.id DESC) AS recency
         FROM notification n JOIN user u ON u.id = n.user_id
         WHERE n.enterprise_id IN (SELECT value FROM json_each(?)) AND n.read_at IS NULL ORDER BY n.id`,
      )
      .all(JSON.stringify(seeded)) as { id: number; createdAt: number; forMentor: 0 | 1; recency: number }[];
    const read = db.prepare("UPDATE notification SET read_at = ? WHERE id = ?");
    const r = mulberry32(SEED + 1);
    for (const row of rows) {
      const readAt = Math.min(now - 60, Math.floor(row.createdAt + between(r, 0.05, 2) * DAY));
      if (row.createdAt > now - 2 * DAY || row.recency <= (row.forMentor ? 8 : 1)) continue;
      read.run(readAt, row.id);
    }
  }
}
