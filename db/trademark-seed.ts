// Seed list of well-known marks for the brand-name clash checker.
//
// Facts only: the mark as written, the Nice classes it is known for (one to three), and the
// owning company as best known. Where the legal registrant was not certain, the owner is the
// brand's group name. Many global marks are licensed to or made by an Indonesian subsidiary;
// the owner given is the brand owner, not the local licensee. `wellKnown` marks famous marks,
// which Indonesian law protects across all classes (UU 20/2016, Pasal 21).

export type SeedMark = {
  name: string; // the mark as written, e.g. "Indomie", "Teh Botol Sosro", "Nike"
  classes: number[]; // Nice classes (1–45) it is known for, e.g. [30]
  owner: string; // the company that owns it, e.g. "PT Indofood Sukses Makmur Tbk"
  wellKnown: boolean; // true for famous marks (protected across all classes in Indonesia)
};

export const TRADEMARK_SEED_VERSION = 1;

// Owners that recur.
const INDOFOOD = "PT Indofood Sukses Makmur Tbk";
const INDOFOOD_FRITOLAY = "PT Indofood Fritolay Makmur";
const INDOLAKTO = "PT Indolakto (Indofood)";
const MAYORA = "PT Mayora Indah Tbk";
const WINGS = "PT Wings Surya (Wings Group)";
const WINGS_GROUP = "Wings Group";
const LION_WINGS = "PT Lion Wings";
const ORANG_TUA = "PT Ultra Prima Abadi (Orang Tua Group)";
const GARUDAFOOD = "PT Garudafood Putra Putri Jaya Tbk";
const NABATI = "PT Kaldu Sari Nabati Indonesia";
const SANTOS = "PT Santos Jaya Abadi (Kapal Api Group)";
const SOSRO = "PT Sinar Sosro";
const ULTRAJAYA = "PT Ultrajaya Milk Industry & Trading Company Tbk";
const CIMORY = "PT Cisarua Mountain Dairy Tbk";
const CHAROEN = "PT Charoen Pokphand Indonesia Tbk";
const SO_GOOD = "PT So Good Food (Japfa Group)";
const SALIM_IVOMAS = "PT Salim Ivomas Pratama Tbk";
const SMART = "PT Sinar Mas Agro Resources and Technology Tbk";
const TIRTA_INVESTAMA = "PT Tirta Investama (Danone)";
const NUTRIFOOD = "PT Nutrifood Indonesia";
const CERES = "PT Perusahaan Industri Ceres (Delfi Limited)";
const UNILEVER_ID = "PT Unilever Indonesia Tbk";
const PARAGON = "PT Paragon Technology and Innovation";
const MARTINA_BERTO = "PT Martina Berto Tbk";
const MANDOM_ID = "PT Mandom Indonesia Tbk";
const TEMPO_SCAN = "PT Tempo Scan Pacific Tbk";
const KINO = "PT Kino Indonesia Tbk";
const SIDO_MUNCUL = "PT Industri Jamu dan Farmasi Sido Muncul Tbk";
const DELTOMED = "PT Deltomed Laboratories";
const KALBE = "PT Kalbe Farma Tbk";
const BINTANG_TOEDJOE = "PT Bintang Toedjoe (Kalbe Group)";
const KONIMEX = "PT Konimex";
const COMBIPHAR = "PT Combiphar";
const MEDIFARMA = "PT Medifarma Laboratories";
const SOHO = "PT Soho Industri Pharmasi";
const EAGLE = "PT Eagle Indo Pharma";
const SOFTEX = "PT Softex Indonesia";
const GOTO = "PT GoTo Gojek Tokopedia Tbk";
const INDOMARCO = "PT Indomarco Prismatama";
const MATAHARI_DS = "PT Matahari Department Store Tbk";
const SAMPOERNA = "PT Hanjaya Mandala Sampoerna Tbk";
const DJARUM = "PT Djarum";
const APP_SINAR_MAS = "Asia Pulp & Paper (Sinar Mas Group)";

const NESTLE = "Société des Produits Nestlé S.A.";
const UNILEVER = "Unilever PLC";
const MAGNUM = "The Magnum Ice Cream Company (formerly Unilever)";
const PG = "The Procter & Gamble Company";
const LOREAL = "L'Oréal S.A.";
const BEIERSDORF = "Beiersdorf AG";
const COLGATE = "Colgate-Palmolive Company";
const KAO = "Kao Corporation";
const UNICHARM = "Unicharm Corporation";
const AMOREPACIFIC = "Amorepacific Corporation";
const COCA_COLA = "The Coca-Cola Company";
const PEPSICO = "PepsiCo, Inc.";
const MONDELEZ = "Mondelez International, Inc.";
const MARS = "Mars, Incorporated";
const FERRERO = "Ferrero International S.A.";
const PERFETTI = "Perfetti Van Melle";
const KRAFT_HEINZ = "The Kraft Heinz Company";
const KELLANOVA = "Kellanova";
const OTSUKA = "Otsuka Pharmaceutical Co., Ltd.";
const DIAGEO = "Diageo plc";
const INDITEX = "Industria de Diseño Textil, S.A. (Inditex)";
const PVH = "PVH Corp.";
const META = "Meta Platforms, Inc.";
const GOOGLE = "Google LLC";
const MATTEL = "Mattel, Inc.";
const SONY = "Sony Group Corporation";
const YUM = "Yum! Brands, Inc.";
const INSPIRE = "Inspire Brands, Inc.";

export const TRADEMARK_SEED: SeedMark[] = [
  // ── Class 3: cosmetics, soap, detergents, toothpaste ─────────────────────────────────────
  // Indonesian
  { name: "Wardah", classes: [3], owner: PARAGON, wellKnown: true },
  { name: "Make Over", classes: [3], owner: PARAGON, wellKnown: true },
  { name: "Emina", classes: [3], owner: PARAGON, wellKnown: true },
  { name: "Kahf", classes: [3], owner: PARAGON, wellKnown: false },
  { name: "Putri", classes: [3], owner: PARAGON, wellKnown: false },
  { name: "Instaperfect", classes: [3], owner: PARAGON, wellKnown: false },
  { name: "Sariayu", classes: [3], owner: MARTINA_BERTO, wellKnown: true },
  { name: "Biokos", classes: [3], owner: MARTINA_BERTO, wellKnown: false },
  { name: "Martha Tilaar", classes: [3, 44], owner: "Martha Tilaar Group", wellKnown: true },
  { name: "Mustika Ratu", classes: [3, 5], owner: "PT Mustika Ratu Tbk", wellKnown: true },
  { name: "Viva", classes: [3], owner: "PT Vitapharm", wellKnown: true },
  { name: "Purbasari", classes: [3], owner: "PT Gloria Origita Cosmetics", wellKnown: false },
  { name: "Pixy", classes: [3], owner: MANDOM_ID, wellKnown: true },
  { name: "Pucelle", classes: [3], owner: MANDOM_ID, wellKnown: false },
  { name: "Marina", classes: [3], owner: TEMPO_SCAN, wellKnown: true },
  { name: "My Baby", classes: [3, 5], owner: TEMPO_SCAN, wellKnown: false },
  { name: "Citra", classes: [3], owner: UNILEVER_ID, wellKnown: true },
  { name: "Zwitsal", classes: [3], owner: UNILEVER_ID, wellKnown: true },
  { name: "Pepsodent", classes: [3], owner: UNILEVER_ID, wellKnown: true },
  { name: "Rinso", classes: [3], owner: UNILEVER_ID, wellKnown: true },
  { name: "Sunlight", classes: [3], owner: UNILEVER_ID, wellKnown: true },
  { name: "Molto", classes: [3], owner: UNILEVER_ID, wellKnown: false },
  { name: "Super Pell", classes: [3, 5], owner: UNILEVER_ID, wellKnown: false },
  { name: "Wipol", classes: [3, 5], owner: UNILEVER_ID, wellKnown: false },
  { name: "Ciptadent", classes: [3], owner: LION_WINGS, wellKnown: true },
  { name: "Emeron", classes: [3], owner: LION_WINGS, wellKnown: false },
  { name: "Zinc", classes: [3], owner: LION_WINGS, wellKnown: false },
  { name: "Mama Lemon", classes: [3], owner: LION_WINGS, wellKnown: false },
  { name: "So Klin", classes: [3], owner: WINGS, wellKnown: true },
  { name: "Daia", classes: [3], owner: WINGS, wellKnown: true },
  { name: "Giv", classes: [3], owner: WINGS, wellKnown: false },
  { name: "Nuvo", classes: [3, 5], owner: WINGS, wellKnown: false },
  { name: "Ekonomi", classes: [3], owner: WINGS, wellKnown: false },
  { name: "Mama Lime", classes: [3], owner: WINGS, wellKnown: false },
  { name: "Formula", classes: [3], owner: ORANG_TUA, wellKnown: false },
  { name: "Ellips", classes: [3], owner: KINO, wellKnown: false },
  { name: "Eskulin", classes: [3], owner: KINO, wellKnown: false },
  { name: "Shinzui", classes: [3], owner: KINO, wellKnown: false },
  { name: "Sleek", classes: [3, 5], owner: KINO, wellKnown: false },
  { name: "Resik-V", classes: [3, 5], owner: KINO, wellKnown: false },
  { name: "Somethinc", classes: [3], owner: "BeautyHaul Group", wellKnown: true },
  { name: "Scarlett", classes: [3], owner: "Scarlett Whitening", wellKnown: true },
  { name: "MS Glow", classes: [3, 44], owner: "MS Glow Group", wellKnown: true },
  // Global
  { name: "L'Oréal", classes: [3], owner: LOREAL, wellKnown: true },
  { name: "Maybelline", classes: [3], owner: LOREAL, wellKnown: true },
  { name: "Garnier", classes: [3], owner: LOREAL, wellKnown: true },
  { name: "Nivea", classes: [3], owner: BEIERSDORF, wellKnown: true },
  { name: "Pond's", classes: [3], owner: UNILEVER, wellKnown: true },
  { name: "Vaseline", classes: [3], owner: UNILEVER, wellKnown: true },
  { name: "Dove", classes: [3], owner: UNILEVER, wellKnown: true },
  { name: "Lux", classes: [3], owner: UNILEVER, wellKnown: true },
  { name: "Lifebuoy", classes: [3, 5], owner: UNILEVER, wellKnown: true },
  { name: "Sunsilk", classes: [3], owner: UNILEVER, wellKnown: true },
  { name: "Clear", classes: [3], owner: UNILEVER, wellKnown: true },
  { name: "Rexona", classes: [3], owner: UNILEVER, wellKnown: true },
  { name: "Close Up", classes: [3], owner: UNILEVER, wellKnown: true },
  { name: "Axe", classes: [3], owner: UNILEVER, wellKnown: false },
  { name: "Head & Shoulders", classes: [3], owner: PG, wellKnown: true },
  { name: "Pantene", classes: [3], owner: PG, wellKnown: true },
  { name: "Rejoice", classes: [3], owner: PG, wellKnown: false },
  { name: "Olay", classes: [3], owner: PG, wellKnown: true },
  { name: "Downy", classes: [3], owner: PG, wellKnown: true },
  { name: "SK-II", classes: [3], owner: PG, wellKnown: true },
  { name: "Gillette", classes: [8, 3], owner: PG, wellKnown: true },
  { name: "Colgate", classes: [3], owner: COLGATE, wellKnown: true },
  { name: "Palmolive", classes: [3], owner: COLGATE, wellKnown: true },
  { name: "Biore", classes: [3], owner: KAO, wellKnown: true },
  { name: "Attack", classes: [3], owner: KAO, wellKnown: false },
  { name: "The Body Shop", classes: [3, 35], owner: "The Body Shop International Limited", wellKnown: true },
  { name: "Innisfree", classes: [3], owner: AMOREPACIFIC, wellKnown: false },
  { name: "Laneige", classes: [3], owner: AMOREPACIFIC, wellKnown: false },
  { name: "Gatsby", classes: [3], owner: "Mandom Corporation", wellKnown: true },
  { name: "Dettol", classes: [3, 5], owner: "Reckitt Benckiser Group plc", wellKnown: true },
  { name: "Johnson's", classes: [3, 5], owner: "Kenvue Inc.", wellKnown: true },
  { name: "Cetaphil", classes: [3], owner: "Galderma S.A.", wellKnown: false },
  { name: "Revlon", classes: [3], owner: "Revlon, Inc.", wellKnown: true },
  { name: "Estée Lauder", classes: [3], owner: "The Estée Lauder Companies Inc.", wellKnown: true },
  { name: "Cussons", classes: [3], owner: "PZ Cussons plc", wellKnown: false },

  // ── Class 5: jamu, herbal medicine, pharmaceuticals, baby and dietetic products ──────────
  // Indonesian
  { name: "Tolak Angin", classes: [5], owner: SIDO_MUNCUL, wellKnown: true },
  { name: "Kuku Bima", classes: [5, 32], owner: SIDO_MUNCUL, wellKnown: true },
  { name: "Sido Muncul", classes: [5, 30], owner: SIDO_MUNCUL, wellKnown: true },
  { name: "Tolak Linu", classes: [5], owner: SIDO_MUNCUL, wellKnown: false },
  { name: "Jamu Jago", classes: [5], owner: "PT Jamu Jago", wellKnown: false },
  { name: "Air Mancur", classes: [5], owner: "PT Air Mancur", wellKnown: false },
  { name: "Antangin", classes: [5], owner: DELTOMED, wellKnown: true },
  { name: "OB Herbal", classes: [5], owner: DELTOMED, wellKnown: false },
  { name: "Bodrex", classes: [5], owner: TEMPO_SCAN, wellKnown: true },
  { name: "Hemaviton", classes: [5, 32], owner: TEMPO_SCAN, wellKnown: false },
  { name: "Neo Rheumacyl", classes: [5], owner: TEMPO_SCAN, wellKnown: false },
  { name: "Promag", classes: [5], owner: KALBE, wellKnown: true },
  { name: "Mixagrip", classes: [5], owner: KALBE, wellKnown: false },
  { name: "Fatigon", classes: [5], owner: KALBE, wellKnown: false },
  { name: "Prenagen", classes: [5, 29], owner: KALBE, wellKnown: false },
  { name: "Diabetasol", classes: [5, 29], owner: KALBE, wellKnown: false },
  { name: "Bintang Toedjoe", classes: [5], owner: BINTANG_TOEDJOE, wellKnown: true },
  { name: "Komix", classes: [5], owner: BINTANG_TOEDJOE, wellKnown: false },
  { name: "Kimia Farma", classes: [5, 35, 44], owner: "PT Kimia Farma Tbk", wellKnown: true },
  { name: "Paramex", classes: [5], owner: KONIMEX, wellKnown: false },
  { name: "Konidin", classes: [5], owner: KONIMEX, wellKnown: false },
  { name: "Insto", classes: [5], owner: COMBIPHAR, wellKnown: false },
  { name: "OBH Combi", classes: [5], owner: COMBIPHAR, wellKnown: false },
  { name: "Antimo", classes: [5], owner: "PT Phapros Tbk", wellKnown: false },
  { name: "Enervon-C", classes: [5], owner: MEDIFARMA, wellKnown: false },
  { name: "Neozep", classes: [5], owner: MEDIFARMA, wellKnown: false },
  { name: "Diapet", classes: [5], owner: SOHO, wellKnown: false },
  { name: "Imboost", classes: [5], owner: SOHO, wellKnown: false },
  { name: "Curcuma Plus", classes: [5], owner: SOHO, wellKnown: false },
  { name: "Cap Lang", classes: [5, 3], owner: EAGLE, wellKnown: true },
  { name: "Geliga", classes: [5], owner: EAGLE, wellKnown: false },
  { name: "FreshCare", classes: [5], owner: "PT Ultra Sakti", wellKnown: false },
  { name: "Adem Sari", classes: [5, 32], owner: "PT Sinde Budi Sentosa", wellKnown: false },
  { name: "Oskadon", classes: [5], owner: "PT Supra Ferbindo Farma (Orang Tua Group)", wellKnown: false },
  { name: "Tropicana Slim", classes: [5, 30], owner: NUTRIFOOD, wellKnown: true },
  { name: "L-Men", classes: [5, 29], owner: NUTRIFOOD, wellKnown: false },
  { name: "HiLo", classes: [29, 5], owner: NUTRIFOOD, wellKnown: false },
  { name: "SGM", classes: [5, 29], owner: "PT Sarihusada Generasi Mahardhika (Danone)", wellKnown: true },
  { name: "Softex", classes: [5], owner: SOFTEX, wellKnown: false },
  { name: "Sweety", classes: [5], owner: SOFTEX, wellKnown: false },
  // Global
  { name: "Panadol", classes: [5], owner: "Haleon plc", wellKnown: true },
  { name: "Betadine", classes: [5], owner: "Mundipharma", wellKnown: false },
  { name: "Hansaplast", classes: [5], owner: BEIERSDORF, wellKnown: true },
  { name: "Salonpas", classes: [5], owner: "Hisamitsu Pharmaceutical Co., Inc.", wellKnown: true },
  { name: "Vicks", classes: [5], owner: PG, wellKnown: true },
  { name: "Charm", classes: [5], owner: UNICHARM, wellKnown: false },
  { name: "MamyPoko", classes: [5], owner: UNICHARM, wellKnown: true },
  { name: "Laurier", classes: [5], owner: KAO, wellKnown: false },
  { name: "Anlene", classes: [29, 5], owner: "Fonterra Co-operative Group Limited", wellKnown: false },

  // ── Class 9: electronics, phones, apps ───────────────────────────────────────────────────
  // Indonesian
  { name: "Polytron", classes: [9, 11], owner: "PT Hartono Istana Teknologi (Djarum Group)", wellKnown: true },
  { name: "Axioo", classes: [9], owner: "PT Tera Data Indonusa Tbk", wellKnown: false },
  { name: "Zyrex", classes: [9], owner: "PT Zyrexindo Mandiri Buana Tbk", wellKnown: false },
  { name: "Gojek", classes: [9, 39], owner: GOTO, wellKnown: true },
  { name: "GoPay", classes: [9, 36], owner: GOTO, wellKnown: true },
  { name: "OVO", classes: [9, 36], owner: "PT Visionet Internasional", wellKnown: true },
  { name: "DANA", classes: [9, 36], owner: "PT Espay Debit Indonesia Koe", wellKnown: true },
  { name: "LinkAja", classes: [9, 36], owner: "PT Fintek Karya Nusantara", wellKnown: false },
  // Global
  { name: "Apple", classes: [9], owner: "Apple Inc.", wellKnown: true },
  { name: "Samsung", classes: [9, 11], owner: "Samsung Electronics Co., Ltd.", wellKnown: true },
  { name: "Xiaomi", classes: [9], owner: "Xiaomi Corporation", wellKnown: true },
  { name: "Oppo", classes: [9], owner: "Guangdong Oppo Mobile Telecommunications Corp., Ltd.", wellKnown: true },
  { name: "Vivo", classes: [9], owner: "Vivo Mobile Communication Co., Ltd.", wellKnown: true },
  { name: "Realme", classes: [9], owner: "Realme Chongqing Mobile Telecommunications Corp., Ltd.", wellKnown: false },
  { name: "Infinix", classes: [9], owner: "Transsion Holdings", wellKnown: false },
  { name: "Huawei", classes: [9], owner: "Huawei Technologies Co., Ltd.", wellKnown: true },
  { name: "Sony", classes: [9], owner: SONY, wellKnown: true },
  { name: "LG", classes: [9, 11], owner: "LG Corp.", wellKnown: true },
  { name: "Asus", classes: [9], owner: "ASUSTeK Computer Inc.", wellKnown: true },
  { name: "Lenovo", classes: [9], owner: "Lenovo Group Limited", wellKnown: true },
  { name: "Acer", classes: [9], owner: "Acer Inc.", wellKnown: true },
  { name: "HP", classes: [9], owner: "HP Inc.", wellKnown: true },
  { name: "Dell", classes: [9], owner: "Dell Inc.", wellKnown: true },
  { name: "Canon", classes: [9], owner: "Canon Inc.", wellKnown: true },
  { name: "Epson", classes: [9], owner: "Seiko Epson Corporation", wellKnown: true },
  { name: "JBL", classes: [9], owner: "Harman International Industries, Inc.", wellKnown: false },
  { name: "Google", classes: [9, 42], owner: GOOGLE, wellKnown: true },
  { name: "Facebook", classes: [9, 38], owner: META, wellKnown: true },
  { name: "Instagram", classes: [9, 38], owner: META, wellKnown: true },
  { name: "WhatsApp", classes: [9, 38], owner: META, wellKnown: true },
  { name: "TikTok", classes: [9, 41], owner: "ByteDance Ltd.", wellKnown: true },
  { name: "YouTube", classes: [9, 41], owner: GOOGLE, wellKnown: true },
  { name: "Netflix", classes: [9, 41], owner: "Netflix, Inc.", wellKnown: true },
  { name: "Microsoft", classes: [9, 42], owner: "Microsoft Corporation", wellKnown: true },
  { name: "Spotify", classes: [9, 41], owner: "Spotify AB", wellKnown: true },

  // ── Class 11: household appliances, lighting ─────────────────────────────────────────────
  { name: "Cosmos", classes: [11, 7], owner: "PT Star Cosmos", wellKnown: false },
  { name: "Maspion", classes: [11, 21], owner: "PT Maspion", wellKnown: true },
  { name: "Sanken", classes: [11], owner: "PT Sanken Argadwija", wellKnown: false },
  { name: "Sharp", classes: [9, 11], owner: "Sharp Corporation", wellKnown: true },
  { name: "Panasonic", classes: [9, 11], owner: "Panasonic Holdings Corporation", wellKnown: true },
  { name: "Philips", classes: [9, 11], owner: "Koninklijke Philips N.V.", wellKnown: true },
  { name: "Toshiba", classes: [9, 11], owner: "Toshiba Corporation", wellKnown: true },
  { name: "Daikin", classes: [11], owner: "Daikin Industries, Ltd.", wellKnown: false },
  { name: "Electrolux", classes: [11, 7], owner: "AB Electrolux", wellKnown: false },
  { name: "Rinnai", classes: [11], owner: "Rinnai Corporation", wellKnown: false },

  // ── Class 12: vehicles, bicycles, tyres ──────────────────────────────────────────────────
  { name: "Polygon", classes: [12], owner: "PT Insera Sena", wellKnown: false },
  { name: "United Bike", classes: [12], owner: "PT Terang Dunia Internusa", wellKnown: false },
  { name: "Selis", classes: [12], owner: "PT Juara Bike", wellKnown: false },
  { name: "Gajah Tunggal", classes: [12], owner: "PT Gajah Tunggal Tbk", wellKnown: false },
  { name: "Aspira", classes: [12], owner: "PT Astra Otoparts Tbk", wellKnown: false },
  { name: "FDR", classes: [12], owner: "PT Suryaraya Rubberindo Industries", wellKnown: false },
  { name: "Astra", classes: [12, 35], owner: "PT Astra International Tbk", wellKnown: true },
  { name: "Honda", classes: [12], owner: "Honda Motor Co., Ltd.", wellKnown: true },
  { name: "Yamaha", classes: [12, 15], owner: "Yamaha Corporation / Yamaha Motor Co., Ltd.", wellKnown: true },
  { name: "Toyota", classes: [12], owner: "Toyota Motor Corporation", wellKnown: true },
  { name: "Suzuki", classes: [12], owner: "Suzuki Motor Corporation", wellKnown: true },
  { name: "Daihatsu", classes: [12], owner: "Daihatsu Motor Co., Ltd.", wellKnown: true },
  { name: "Kawasaki", classes: [12], owner: "Kawasaki Heavy Industries, Ltd.", wellKnown: true },
  { name: "Hyundai", classes: [12], owner: "Hyundai Motor Company", wellKnown: true },
  { name: "BMW", classes: [12], owner: "Bayerische Motoren Werke AG", wellKnown: true },
  { name: "Mercedes-Benz", classes: [12], owner: "Mercedes-Benz Group AG", wellKnown: true },
  { name: "Vespa", classes: [12], owner: "Piaggio & C. S.p.A.", wellKnown: true },

  // ── Class 14: jewellery, precious metals, watches ────────────────────────────────────────
  { name: "Frank & Co.", classes: [14], owner: "PT Central Mega Kencana", wellKnown: false },
  { name: "Antam", classes: [14, 6], owner: "PT Aneka Tambang Tbk", wellKnown: true },
  { name: "Galeri 24", classes: [14, 35], owner: "PT Galeri Dua Empat (Pegadaian Group)", wellKnown: false },
  { name: "Tiffany & Co.", classes: [14], owner: "Tiffany and Company (LVMH)", wellKnown: true },
  { name: "Cartier", classes: [14], owner: "Compagnie Financière Richemont SA", wellKnown: true },
  { name: "Pandora", classes: [14], owner: "Pandora A/S", wellKnown: true },
  { name: "Rolex", classes: [14], owner: "Rolex SA", wellKnown: true },
  { name: "Swarovski", classes: [14], owner: "Swarovski AG", wellKnown: true },
  { name: "Casio", classes: [9, 14], owner: "Casio Computer Co., Ltd.", wellKnown: true },

  // ── Class 16: paper, stationery, books, print media ──────────────────────────────────────
  { name: "Sinar Dunia", classes: [16], owner: APP_SINAR_MAS, wellKnown: true },
  { name: "Paseo", classes: [16], owner: APP_SINAR_MAS, wellKnown: false },
  { name: "Gramedia", classes: [35, 16, 41], owner: "PT Gramedia Asri Media (Kompas Gramedia)", wellKnown: true },
  { name: "Kompas", classes: [16, 41], owner: "PT Kompas Media Nusantara", wellKnown: true },
  { name: "Faber-Castell", classes: [16], owner: "Faber-Castell AG", wellKnown: true },
  { name: "Pilot", classes: [16], owner: "Pilot Corporation", wellKnown: false },
  { name: "Stabilo", classes: [16], owner: "Schwan-STABILO Schwanhäußer GmbH & Co. KG", wellKnown: false },

  // ── Class 18: bags, wallets, leather goods ───────────────────────────────────────────────
  { name: "Eiger", classes: [25, 18], owner: "PT Eigerindo Multi Produk Industri", wellKnown: true },
  { name: "Consina", classes: [25, 18], owner: "Consina", wellKnown: false },
  { name: "Buccheri", classes: [25, 18], owner: "Buccheri", wellKnown: false },
  { name: "Louis Vuitton", classes: [18, 25], owner: "Louis Vuitton Malletier (LVMH)", wellKnown: true },
  { name: "Gucci", classes: [18, 25], owner: "Guccio Gucci S.p.A. (Kering)", wellKnown: true },
  { name: "Chanel", classes: [3, 18, 25], owner: "Chanel", wellKnown: true },
  { name: "Hermès", classes: [18, 25], owner: "Hermès International", wellKnown: true },
  { name: "Prada", classes: [18, 25], owner: "Prada S.p.A.", wellKnown: true },
  { name: "Dior", classes: [3, 18, 25], owner: "Christian Dior Couture (LVMH)", wellKnown: true },
  { name: "Coach", classes: [18], owner: "Tapestry, Inc.", wellKnown: true },
  { name: "Michael Kors", classes: [18, 25], owner: "Capri Holdings Limited", wellKnown: false },
  { name: "Charles & Keith", classes: [18, 25], owner: "Charles & Keith Group", wellKnown: true },
  { name: "Samsonite", classes: [18], owner: "Samsonite Group S.A.", wellKnown: false },

  // ── Class 20: furniture, mattresses ──────────────────────────────────────────────────────
  { name: "Chitose", classes: [20], owner: "PT Chitose Internasional Tbk", wellKnown: false },
  { name: "Comforta", classes: [20], owner: "PT Cahaya Kawi Ultra Polyintraco", wellKnown: false },
  { name: "Informa", classes: [35, 20], owner: "Kawan Lama Group", wellKnown: true },
  { name: "IKEA", classes: [20, 35], owner: "Inter IKEA Systems B.V.", wellKnown: true },
  { name: "King Koil", classes: [20], owner: "King Koil Licensing Company, Inc.", wellKnown: false },

  // ── Class 21: household utensils, kitchenware ────────────────────────────────────────────
  { name: "Kedaung", classes: [21], owner: "PT Kedaung Indah Can Tbk", wellKnown: false },
  { name: "Tupperware", classes: [21], owner: "Tupperware Brands Corporation", wellKnown: true },
  { name: "Lock & Lock", classes: [21], owner: "LocknLock Co., Ltd.", wellKnown: false },
  { name: "Tefal", classes: [21, 11], owner: "Groupe SEB", wellKnown: false },

  // ── Class 24: fabrics, batik cloth ───────────────────────────────────────────────────────
  { name: "Batik Keris", classes: [24, 25, 35], owner: "PT Batik Keris", wellKnown: true },
  { name: "Batik Danar Hadi", classes: [24, 25], owner: "PT Batik Danar Hadi", wellKnown: true },
  { name: "Batik Semar", classes: [24, 25], owner: "Batik Semar (Surakarta)", wellKnown: false },
  { name: "Iwan Tirta", classes: [24, 25], owner: "Iwan Tirta Private Collection", wellKnown: false },
  { name: "Sritex", classes: [24, 25], owner: "PT Sri Rejeki Isman Tbk", wellKnown: false },

  // ── Class 25: clothing, footwear, headwear ───────────────────────────────────────────────
  // Indonesian
  { name: "Erigo", classes: [25], owner: "Erigo", wellKnown: true },
  { name: "3Second", classes: [25], owner: "3Second", wellKnown: true },
  { name: "Dagadu", classes: [25], owner: "PT Aseli Dagadu Djokdja", wellKnown: true },
  { name: "Joger", classes: [25], owner: "Joger (Bali)", wellKnown: true },
  { name: "Rabbani", classes: [25], owner: "PT Rabbani Asysa", wellKnown: false },
  { name: "Zoya", classes: [25], owner: "Shafco Group", wellKnown: false },
  { name: "Buttonscarves", classes: [25, 18], owner: "Buttonscarves", wellKnown: false },
  { name: "Nevada", classes: [25], owner: MATAHARI_DS, wellKnown: false },
  { name: "Brodo", classes: [25], owner: "Brodo", wellKnown: false },
  { name: "Compass", classes: [25], owner: "Sepatu Compass (Bandung)", wellKnown: false },
  { name: "Yongki Komaladi", classes: [25, 18], owner: "Yongki Komaladi", wellKnown: false },
  // Global
  { name: "Nike", classes: [25, 28], owner: "Nike, Inc.", wellKnown: true },
  { name: "Adidas", classes: [25, 28], owner: "adidas AG", wellKnown: true },
  { name: "Puma", classes: [25, 28], owner: "Puma SE", wellKnown: true },
  { name: "Uniqlo", classes: [25, 35], owner: "Fast Retailing Co., Ltd.", wellKnown: true },
  { name: "Zara", classes: [25, 35], owner: INDITEX, wellKnown: true },
  { name: "Pull&Bear", classes: [25, 35], owner: INDITEX, wellKnown: false },
  { name: "Bershka", classes: [25, 35], owner: INDITEX, wellKnown: false },
  { name: "H&M", classes: [25, 35], owner: "H & M Hennes & Mauritz AB", wellKnown: true },
  { name: "Mango", classes: [25, 35], owner: "Punto FA, S.L.", wellKnown: false },
  { name: "Cotton On", classes: [25, 35], owner: "Cotton On Group", wellKnown: false },
  { name: "Gap", classes: [25, 35], owner: "The Gap, Inc.", wellKnown: false },
  { name: "Levi's", classes: [25], owner: "Levi Strauss & Co.", wellKnown: true },
  { name: "Converse", classes: [25], owner: "Converse Inc. (Nike)", wellKnown: true },
  { name: "Vans", classes: [25], owner: "VF Corporation", wellKnown: true },
  { name: "New Balance", classes: [25], owner: "New Balance Athletics, Inc.", wellKnown: true },
  { name: "Crocs", classes: [25], owner: "Crocs, Inc.", wellKnown: true },
  { name: "Reebok", classes: [25], owner: "Authentic Brands Group", wellKnown: true },
  { name: "Skechers", classes: [25], owner: "Skechers U.S.A., Inc.", wellKnown: true },
  { name: "Under Armour", classes: [25], owner: "Under Armour, Inc.", wellKnown: false },
  { name: "Fila", classes: [25], owner: "FILA Holdings Corp.", wellKnown: false },
  { name: "Asics", classes: [25], owner: "ASICS Corporation", wellKnown: false },
  { name: "Lacoste", classes: [25], owner: "Lacoste S.A.", wellKnown: true },
  { name: "Tommy Hilfiger", classes: [25], owner: PVH, wellKnown: true },
  { name: "Calvin Klein", classes: [25], owner: PVH, wellKnown: true },
  { name: "Bata", classes: [25], owner: "Bata Brands S.A.", wellKnown: true },
  { name: "Hush Puppies", classes: [25], owner: "Wolverine World Wide, Inc.", wellKnown: false },
  { name: "Giordano", classes: [25], owner: "Giordano International Limited", wellKnown: false },

  // ── Class 29: meat, fish, dairy, edible oils, potato chips, processed nuts ───────────────
  // Indonesian
  { name: "Chitato", classes: [29], owner: INDOFOOD_FRITOLAY, wellKnown: true },
  { name: "Qtela", classes: [29], owner: INDOFOOD_FRITOLAY, wellKnown: true },
  { name: "Ultra Milk", classes: [29], owner: ULTRAJAYA, wellKnown: true },
  { name: "Indomilk", classes: [29], owner: INDOLAKTO, wellKnown: true },
  { name: "Milkuat", classes: [29], owner: INDOLAKTO, wellKnown: false },
  { name: "Cimory", classes: [29, 32], owner: CIMORY, wellKnown: true },
  { name: "Kanzler", classes: [29], owner: CIMORY, wellKnown: false },
  { name: "So Good", classes: [29], owner: SO_GOOD, wellKnown: false },
  { name: "So Nice", classes: [29], owner: SO_GOOD, wellKnown: false },
  { name: "Fiesta", classes: [29], owner: CHAROEN, wellKnown: false },
  { name: "Champ", classes: [29], owner: CHAROEN, wellKnown: false },
  { name: "Bernardi", classes: [29], owner: "PT Eloda Mitra", wellKnown: false },
  { name: "Pronas", classes: [29], owner: "PT Canning Indonesian Products", wellKnown: false },
  { name: "Bimoli", classes: [29], owner: SALIM_IVOMAS, wellKnown: true },
  { name: "Palmia", classes: [29], owner: SALIM_IVOMAS, wellKnown: false },
  { name: "Sunco", classes: [29], owner: "PT Mikie Oleo Nabati Industri", wellKnown: false },
  { name: "Filma", classes: [29], owner: SMART, wellKnown: false },
  { name: "Kunci Mas", classes: [29], owner: SMART, wellKnown: false },
  { name: "Sania", classes: [29], owner: "PT Wilmar Nabati Indonesia", wellKnown: false },
  { name: "Tropical", classes: [29], owner: "PT Bina Karya Prima", wellKnown: false },
  { name: "Prochiz", classes: [29], owner: "PT Mulia Boga Raya Tbk", wellKnown: false },
  { name: "Greenfields", classes: [29], owner: "PT Greenfields Indonesia", wellKnown: false },
  { name: "Kacang Garuda", classes: [29], owner: GARUDAFOOD, wellKnown: true },
  { name: "Leo", classes: [29], owner: GARUDAFOOD, wellKnown: false },
  { name: "Potabee", classes: [29], owner: GARUDAFOOD, wellKnown: false },
  { name: "Clevo", classes: [29], owner: GARUDAFOOD, wellKnown: false },
  { name: "Dua Kelinci", classes: [29], owner: "PT Dua Kelinci", wellKnown: true },
  { name: "Maicih", classes: [29, 30], owner: "Maicih", wellKnown: false },
  // Global
  { name: "Frisian Flag", classes: [29], owner: "Royal FrieslandCampina N.V.", wellKnown: true },
  { name: "Bear Brand", classes: [29], owner: NESTLE, wellKnown: true },
  { name: "Dancow", classes: [29], owner: NESTLE, wellKnown: true },
  { name: "Yakult", classes: [29], owner: "Yakult Honsha Co., Ltd.", wellKnown: true },
  { name: "Blue Band", classes: [29], owner: "Upfield", wellKnown: true },
  { name: "Kraft", classes: [29, 30], owner: KRAFT_HEINZ, wellKnown: true },
  { name: "Pringles", classes: [29], owner: KELLANOVA, wellKnown: true },
  { name: "Lay's", classes: [29], owner: PEPSICO, wellKnown: true },
  { name: "Danone", classes: [29, 32], owner: "Danone S.A.", wellKnown: true },

  // ── Class 30: coffee, tea, noodles, flour, bread, biscuits, sauces, confectionery, ice cream
  // Indonesian: Indofood
  { name: "Indomie", classes: [30], owner: INDOFOOD, wellKnown: true },
  { name: "Supermi", classes: [30], owner: INDOFOOD, wellKnown: true },
  { name: "Sarimi", classes: [30], owner: INDOFOOD, wellKnown: true },
  { name: "Pop Mie", classes: [30], owner: INDOFOOD, wellKnown: true },
  { name: "Indofood", classes: [30, 29], owner: INDOFOOD, wellKnown: true },
  { name: "Bogasari", classes: [30], owner: INDOFOOD, wellKnown: true },
  { name: "Segitiga Biru", classes: [30], owner: INDOFOOD, wellKnown: false },
  { name: "Cakra Kembar", classes: [30], owner: INDOFOOD, wellKnown: false },
  { name: "Kunci Biru", classes: [30], owner: INDOFOOD, wellKnown: false },
  { name: "Chiki", classes: [30], owner: INDOFOOD_FRITOLAY, wellKnown: true },
  { name: "JetZ", classes: [30], owner: INDOFOOD_FRITOLAY, wellKnown: false },
  // Indonesian: Wings and other noodles
  { name: "Mie Sedaap", classes: [30], owner: "PT Karunia Alam Segar (Wings Group)", wellKnown: true },
  { name: "Top Coffee", classes: [30], owner: WINGS_GROUP, wellKnown: true },
  { name: "Mie Gaga", classes: [30], owner: "PT Jakarana Tama", wellKnown: false },
  { name: "Lemonilo", classes: [30], owner: "PT Lemonilo Indonesia Hebat", wellKnown: false },
  // Indonesian: Mayora
  { name: "Mayora", classes: [30], owner: MAYORA, wellKnown: true },
  { name: "Kopiko", classes: [30], owner: MAYORA, wellKnown: true },
  { name: "Torabika", classes: [30], owner: MAYORA, wellKnown: true },
  { name: "Energen", classes: [30], owner: MAYORA, wellKnown: true },
  { name: "Coffee Joy", classes: [30], owner: MAYORA, wellKnown: false },
  { name: "Roma", classes: [30], owner: MAYORA, wellKnown: true },
  { name: "Sari Gandum", classes: [30], owner: MAYORA, wellKnown: false },
  { name: "Slai O'lai", classes: [30], owner: MAYORA, wellKnown: false },
  { name: "Better", classes: [30], owner: MAYORA, wellKnown: false },
  { name: "Astor", classes: [30], owner: MAYORA, wellKnown: false },
  { name: "Danisa", classes: [30], owner: MAYORA, wellKnown: true },
  { name: "Beng-Beng", classes: [30], owner: MAYORA, wellKnown: true },
  { name: "Choki-Choki", classes: [30], owner: MAYORA, wellKnown: false },
  { name: "Kis", classes: [30], owner: MAYORA, wellKnown: false },
  { name: "Hexos", classes: [30], owner: MAYORA, wellKnown: false },
  // Indonesian: coffee and tea
  { name: "Kapal Api", classes: [30], owner: SANTOS, wellKnown: true },
  { name: "Good Day", classes: [30], owner: SANTOS, wellKnown: true },
  { name: "Kopi ABC", classes: [30], owner: SANTOS, wellKnown: true },
  { name: "Excelso", classes: [30, 43], owner: "PT Excelso Multirasa (Kapal Api Group)", wellKnown: false },
  { name: "Luwak White Koffie", classes: [30], owner: "PT Javaprima Abadi", wellKnown: false },
  { name: "Sariwangi", classes: [30], owner: UNILEVER_ID, wellKnown: true },
  { name: "Teh Kotak", classes: [30, 32], owner: ULTRAJAYA, wellKnown: true },
  { name: "Teh Gelas", classes: [30, 32], owner: ORANG_TUA, wellKnown: false },
  { name: "Teh Poci", classes: [30, 43], owner: "Teh Poci (Slawi)", wellKnown: false },
  // Indonesian: sauces and seasonings
  { name: "Kecap Bango", classes: [30], owner: UNILEVER_ID, wellKnown: true },
  { name: "Royco", classes: [30], owner: UNILEVER_ID, wellKnown: true },
  { name: "ABC", classes: [30, 32, 29], owner: "PT Heinz ABC Indonesia (Kraft Heinz)", wellKnown: true },
  { name: "Kecap ABC", classes: [30], owner: "PT Heinz ABC Indonesia (Kraft Heinz)", wellKnown: true },
  { name: "Sasa", classes: [30], owner: "PT Sasa Inti", wellKnown: true },
  { name: "Masako", classes: [30], owner: "PT Ajinomoto Indonesia", wellKnown: true },
  { name: "Sajiku", classes: [30], owner: "PT Ajinomoto Indonesia", wellKnown: false },
  { name: "Kobe", classes: [30], owner: "PT Kobe Boga Utama", wellKnown: false },
  { name: "Bu Rudy", classes: [30, 43], owner: "Depot Bu Rudy (Surabaya)", wellKnown: false },
  // Indonesian: bread, cakes, biscuits
  { name: "Sari Roti", classes: [30], owner: "PT Nippon Indosari Corpindo Tbk", wellKnown: true },
  { name: "Roti'O", classes: [30, 43], owner: "PT Sebastian Citra Indonesia", wellKnown: true },
  { name: "Holland Bakery", classes: [30, 43], owner: "PT Mustika Citra Rasa", wellKnown: false },
  { name: "Khong Guan", classes: [30], owner: "PT Khong Guan Biscuit Factory Indonesia", wellKnown: true },
  { name: "Good Time", classes: [30], owner: "PT Arnott's Indonesia", wellKnown: false },
  { name: "Nissin", classes: [30], owner: "PT Nissinmas", wellKnown: true },
  { name: "Tango", classes: [30], owner: ORANG_TUA, wellKnown: true },
  { name: "Nabati", classes: [30], owner: NABATI, wellKnown: true },
  { name: "Richeese", classes: [30], owner: NABATI, wellKnown: true },
  { name: "Chocolatos", classes: [30], owner: GARUDAFOOD, wellKnown: true },
  { name: "Gery", classes: [30], owner: GARUDAFOOD, wellKnown: false },
  { name: "Pilus", classes: [30], owner: GARUDAFOOD, wellKnown: false },
  { name: "Taro", classes: [30, 29], owner: "PT Unifood Candi Indah (FKS Group)", wellKnown: true },
  { name: "Bakpia Pathok 25", classes: [30], owner: "Bakpia Pathok 25 (Yogyakarta)", wellKnown: false },
  { name: "Lapis Bogor Sangkuriang", classes: [30], owner: "Lapis Bogor Sangkuriang", wellKnown: false },
  { name: "Kartika Sari", classes: [30, 35], owner: "Kartika Sari (Bandung)", wellKnown: false },
  // Indonesian: chocolate, sweets, ice cream
  { name: "SilverQueen", classes: [30], owner: CERES, wellKnown: true },
  { name: "Ceres", classes: [30], owner: CERES, wellKnown: false },
  { name: "Monggo", classes: [30], owner: "PT Anugerah Mulia Raya", wellKnown: false },
  { name: "Chocodot", classes: [30], owner: "Chocodot (Garut)", wellKnown: false },
  { name: "Yupi", classes: [30], owner: "PT Yupi Indo Jelly Gum", wellKnown: true },
  { name: "Campina", classes: [30], owner: "PT Campina Ice Cream Industry Tbk", wellKnown: true },
  // Global
  { name: "Nestlé", classes: [30, 29, 32], owner: NESTLE, wellKnown: true },
  { name: "Nescafé", classes: [30], owner: NESTLE, wellKnown: true },
  { name: "Milo", classes: [30, 32], owner: NESTLE, wellKnown: true },
  { name: "Kit Kat", classes: [30], owner: NESTLE, wellKnown: true },
  { name: "Maggi", classes: [30], owner: NESTLE, wellKnown: true },
  { name: "Oreo", classes: [30], owner: MONDELEZ, wellKnown: true },
  { name: "Cadbury", classes: [30], owner: MONDELEZ, wellKnown: true },
  { name: "Toblerone", classes: [30], owner: MONDELEZ, wellKnown: true },
  { name: "Biskuat", classes: [30], owner: MONDELEZ, wellKnown: true },
  { name: "Halls", classes: [30], owner: MONDELEZ, wellKnown: false },
  { name: "M&M's", classes: [30], owner: MARS, wellKnown: true },
  { name: "Snickers", classes: [30], owner: MARS, wellKnown: true },
  { name: "Nutella", classes: [30], owner: FERRERO, wellKnown: true },
  { name: "Ferrero Rocher", classes: [30], owner: FERRERO, wellKnown: true },
  { name: "Mentos", classes: [30], owner: PERFETTI, wellKnown: true },
  { name: "Chupa Chups", classes: [30], owner: PERFETTI, wellKnown: true },
  { name: "Pocky", classes: [30], owner: "Ezaki Glico Co., Ltd.", wellKnown: true },
  { name: "Doritos", classes: [30], owner: PEPSICO, wellKnown: true },
  { name: "Cheetos", classes: [30], owner: PEPSICO, wellKnown: true },
  { name: "Quaker", classes: [30], owner: PEPSICO, wellKnown: false },
  { name: "Kellogg's", classes: [30], owner: KELLANOVA, wellKnown: true },
  { name: "Heinz", classes: [30, 29], owner: KRAFT_HEINZ, wellKnown: true },
  { name: "Lipton", classes: [30, 32], owner: "LIPTON Teas and Infusions", wellKnown: true },
  { name: "Twinings", classes: [30], owner: "R. Twining and Company Limited", wellKnown: false },
  { name: "Kikkoman", classes: [30], owner: "Kikkoman Corporation", wellKnown: false },
  { name: "Lee Kum Kee", classes: [30], owner: "Lee Kum Kee Company Limited", wellKnown: false },
  { name: "Samyang", classes: [30], owner: "Samyang Foods Co., Ltd.", wellKnown: true },
  { name: "Ajinomoto", classes: [30], owner: "Ajinomoto Co., Inc.", wellKnown: true },
  { name: "Knorr", classes: [30], owner: UNILEVER, wellKnown: true },
  { name: "Soyjoy", classes: [30], owner: OTSUKA, wellKnown: false },
  { name: "Wall's", classes: [30], owner: MAGNUM, wellKnown: true },
  { name: "Magnum", classes: [30], owner: MAGNUM, wellKnown: true },
  { name: "Aice", classes: [30], owner: "Aice Group", wellKnown: true },

  // ── Class 31: fresh produce, seeds, animal feed, pet food ────────────────────────────────
  { name: "Japfa", classes: [31, 29], owner: "PT Japfa Comfeed Indonesia Tbk", wellKnown: true },
  { name: "Hi-Pro-Vite", classes: [31], owner: CHAROEN, wellKnown: false },
  { name: "Malindo", classes: [31], owner: "PT Malindofeedmill Tbk", wellKnown: false },
  { name: "Sunpride", classes: [31], owner: "PT Great Giant Pineapple", wellKnown: false },
  { name: "Cap Panah Merah", classes: [31], owner: "PT East West Seed Indonesia", wellKnown: false },
  { name: "BISI", classes: [31], owner: "PT BISI International Tbk", wellKnown: false },
  { name: "Whiskas", classes: [31], owner: MARS, wellKnown: true },
  { name: "Pedigree", classes: [31], owner: MARS, wellKnown: true },
  { name: "Royal Canin", classes: [31], owner: "Royal Canin SAS (Mars)", wellKnown: true },
  { name: "Me-O", classes: [31], owner: "Perfect Companion Group Co., Ltd.", wellKnown: false },
  { name: "Zespri", classes: [31], owner: "Zespri International Limited", wellKnown: true },
  { name: "Dole", classes: [31, 29], owner: "Dole plc", wellKnown: true },
  { name: "Sunkist", classes: [31, 32], owner: "Sunkist Growers, Inc.", wellKnown: true },

  // ── Class 32: water, soft drinks, juices, energy drinks, beer ────────────────────────────
  // Indonesian
  { name: "Aqua", classes: [32], owner: TIRTA_INVESTAMA, wellKnown: true },
  { name: "Vit", classes: [32], owner: TIRTA_INVESTAMA, wellKnown: false },
  { name: "Mizone", classes: [32], owner: TIRTA_INVESTAMA, wellKnown: true },
  { name: "Le Minerale", classes: [32], owner: MAYORA, wellKnown: true },
  { name: "Teh Pucuk Harum", classes: [32, 30], owner: MAYORA, wellKnown: true },
  { name: "Cleo", classes: [32], owner: "PT Sariguna Primatirta Tbk", wellKnown: true },
  { name: "Teh Botol Sosro", classes: [32, 30], owner: SOSRO, wellKnown: true },
  { name: "Fruit Tea", classes: [32], owner: SOSRO, wellKnown: true },
  { name: "Tebs", classes: [32], owner: SOSRO, wellKnown: false },
  { name: "S-Tee", classes: [32], owner: SOSRO, wellKnown: false },
  { name: "Ichi Ocha", classes: [32, 30], owner: "PT Indofood Asahi Sukses Beverage", wellKnown: false },
  { name: "Floridina", classes: [32], owner: WINGS_GROUP, wellKnown: false },
  { name: "Extra Joss", classes: [32, 5], owner: BINTANG_TOEDJOE, wellKnown: true },
  { name: "Nutrisari", classes: [32], owner: NUTRIFOOD, wellKnown: true },
  { name: "Marimas", classes: [32], owner: "PT Marimas Putera Kencana", wellKnown: false },
  { name: "Pop Ice", classes: [32, 30], owner: "PT Forisa Nusapersada", wellKnown: false },
  { name: "Buavita", classes: [32], owner: UNILEVER_ID, wellKnown: false },
  { name: "Hydro Coco", classes: [32], owner: KALBE, wellKnown: false },
  { name: "Bintang", classes: [32], owner: "PT Multi Bintang Indonesia Tbk", wellKnown: true },
  { name: "Anker", classes: [32], owner: "PT Delta Djakarta Tbk", wellKnown: false },
  // Global
  { name: "Coca-Cola", classes: [32], owner: COCA_COLA, wellKnown: true },
  { name: "Sprite", classes: [32], owner: COCA_COLA, wellKnown: true },
  { name: "Fanta", classes: [32], owner: COCA_COLA, wellKnown: true },
  { name: "Minute Maid", classes: [32], owner: COCA_COLA, wellKnown: true },
  { name: "Ades", classes: [32], owner: COCA_COLA, wellKnown: false },
  { name: "Frestea", classes: [32, 30], owner: COCA_COLA, wellKnown: false },
  { name: "Pepsi", classes: [32], owner: PEPSICO, wellKnown: true },
  { name: "7UP", classes: [32], owner: PEPSICO, wellKnown: true },
  { name: "Mountain Dew", classes: [32], owner: PEPSICO, wellKnown: false },
  { name: "Red Bull", classes: [32], owner: "Red Bull GmbH", wellKnown: true },
  { name: "Kratingdaeng", classes: [32], owner: "T.C. Pharmaceutical Industries Co., Ltd.", wellKnown: true },
  { name: "Pocari Sweat", classes: [32], owner: OTSUKA, wellKnown: true },
  { name: "Heineken", classes: [32], owner: "Heineken Brouwerijen B.V.", wellKnown: true },
  { name: "Guinness", classes: [32], owner: DIAGEO, wellKnown: true },

  // ── Class 33: wine and spirits ───────────────────────────────────────────────────────────
  { name: "Anggur Orang Tua", classes: [33], owner: "Orang Tua Group", wellKnown: false },
  { name: "Hatten", classes: [33], owner: "PT Hatten Bali", wellKnown: false },
  { name: "Sababay", classes: [33], owner: "PT Sababay Industry", wellKnown: false },
  { name: "Johnnie Walker", classes: [33], owner: DIAGEO, wellKnown: true },
  { name: "Smirnoff", classes: [33], owner: DIAGEO, wellKnown: true },
  { name: "Jack Daniel's", classes: [33], owner: "Brown-Forman Corporation", wellKnown: true },
  { name: "Absolut", classes: [33], owner: "The Absolut Company AB (Pernod Ricard)", wellKnown: true },

  // ── Class 34: tobacco ────────────────────────────────────────────────────────────────────
  { name: "Gudang Garam", classes: [34], owner: "PT Gudang Garam Tbk", wellKnown: true },
  { name: "Djarum", classes: [34], owner: DJARUM, wellKnown: true },
  { name: "LA Lights", classes: [34], owner: DJARUM, wellKnown: false },
  { name: "Sampoerna", classes: [34], owner: SAMPOERNA, wellKnown: true },
  { name: "Dji Sam Soe", classes: [34], owner: SAMPOERNA, wellKnown: true },
  { name: "A Mild", classes: [34], owner: SAMPOERNA, wellKnown: false },
  { name: "Wismilak", classes: [34], owner: "PT Wismilak Inti Makmur Tbk", wellKnown: false },
  { name: "Bentoel", classes: [34], owner: "PT Bentoel Internasional Investama (BAT)", wellKnown: false },
  { name: "Marlboro", classes: [34], owner: "Philip Morris Products S.A.", wellKnown: true },

  // ── Class 35: retail, marketplaces ───────────────────────────────────────────────────────
  // Indonesian
  { name: "Indomaret", classes: [35], owner: INDOMARCO, wellKnown: true },
  { name: "Indogrosir", classes: [35], owner: "PT Inti Cakrawala Citra", wellKnown: false },
  { name: "Alfamart", classes: [35], owner: "PT Sumber Alfaria Trijaya Tbk", wellKnown: true },
  { name: "Alfamidi", classes: [35], owner: "PT Midi Utama Indonesia Tbk", wellKnown: false },
  { name: "Tokopedia", classes: [35, 9], owner: "PT Tokopedia", wellKnown: true },
  { name: "Bukalapak", classes: [35, 9], owner: "PT Bukalapak.com Tbk", wellKnown: true },
  { name: "Blibli", classes: [35, 9], owner: "PT Global Digital Niaga Tbk", wellKnown: true },
  { name: "Matahari", classes: [35], owner: MATAHARI_DS, wellKnown: true },
  { name: "Hypermart", classes: [35], owner: "PT Matahari Putra Prima Tbk", wellKnown: false },
  { name: "Ramayana", classes: [35], owner: "PT Ramayana Lestari Sentosa Tbk", wellKnown: true },
  { name: "Super Indo", classes: [35], owner: "PT Lion Super Indo", wellKnown: true },
  { name: "Transmart", classes: [35], owner: "PT Trans Retail Indonesia (CT Corp)", wellKnown: true },
  { name: "Erafone", classes: [35], owner: "PT Erajaya Swasembada Tbk", wellKnown: false },
  { name: "Mitra10", classes: [35], owner: "PT Catur Mitra Sejati Sentosa", wellKnown: false },
  { name: "Depo Bangunan", classes: [35], owner: "PT Caturkarda Depo Bangunan Tbk", wellKnown: false },
  { name: "AZKO", classes: [35], owner: "PT Aspirasi Hidup Indonesia Tbk", wellKnown: false },
  { name: "Sociolla", classes: [35, 3], owner: "PT Social Bella Indonesia", wellKnown: false },
  // Global
  { name: "Shopee", classes: [35, 9], owner: "Sea Limited", wellKnown: true },
  { name: "Lazada", classes: [35, 9], owner: "Lazada Group (Alibaba Group)", wellKnown: true },
  { name: "Zalora", classes: [35], owner: "Global Fashion Group", wellKnown: false },
  { name: "Amazon", classes: [35, 9], owner: "Amazon.com, Inc.", wellKnown: true },
  { name: "Carrefour", classes: [35], owner: "Carrefour S.A.", wellKnown: true },
  { name: "Watsons", classes: [35, 3], owner: "A.S. Watson Group", wellKnown: true },
  { name: "Miniso", classes: [35, 21], owner: "MINISO Group Holding Limited", wellKnown: false },

  // ── Class 36: banking, payments, pawnbroking ─────────────────────────────────────────────
  { name: "BCA", classes: [36], owner: "PT Bank Central Asia Tbk", wellKnown: true },
  { name: "BRI", classes: [36], owner: "PT Bank Rakyat Indonesia (Persero) Tbk", wellKnown: true },
  { name: "Bank Mandiri", classes: [36], owner: "PT Bank Mandiri (Persero) Tbk", wellKnown: true },
  { name: "BNI", classes: [36], owner: "PT Bank Negara Indonesia (Persero) Tbk", wellKnown: true },
  { name: "Pegadaian", classes: [36], owner: "PT Pegadaian", wellKnown: true },

  // ── Class 38: telecoms, broadcasting ─────────────────────────────────────────────────────
  { name: "Telkomsel", classes: [38, 9], owner: "PT Telekomunikasi Selular", wellKnown: true },
  { name: "Telkom", classes: [38], owner: "PT Telkom Indonesia (Persero) Tbk", wellKnown: true },
  { name: "Indosat", classes: [38], owner: "PT Indosat Tbk", wellKnown: true },
  { name: "RCTI", classes: [38, 41], owner: "PT Rajawali Citra Televisi Indonesia", wellKnown: true },
  { name: "SCTV", classes: [38, 41], owner: "PT Surya Citra Televisi", wellKnown: true },
  { name: "Indosiar", classes: [38, 41], owner: "PT Indosiar Visual Mandiri", wellKnown: false },

  // ── Class 39: transport, delivery, travel, fuel ──────────────────────────────────────────
  // Indonesian
  { name: "Traveloka", classes: [39, 9, 43], owner: "PT Trinusa Travelindo", wellKnown: true },
  { name: "tiket.com", classes: [39, 9], owner: "PT Global Tiket Network", wellKnown: false },
  { name: "JNE", classes: [39], owner: "PT Tiki Jalur Nugraha Ekakurir", wellKnown: true },
  { name: "J&T Express", classes: [39], owner: "PT Global Jet Express", wellKnown: true },
  { name: "SiCepat", classes: [39], owner: "PT SiCepat Ekspres Indonesia", wellKnown: false },
  { name: "TIKI", classes: [39], owner: "PT Citra Van Titipan Kilat", wellKnown: true },
  { name: "Pos Indonesia", classes: [39], owner: "PT Pos Indonesia (Persero)", wellKnown: true },
  { name: "Garuda Indonesia", classes: [39], owner: "PT Garuda Indonesia (Persero) Tbk", wellKnown: true },
  { name: "Lion Air", classes: [39], owner: "PT Lion Mentari Airlines", wellKnown: true },
  { name: "Citilink", classes: [39], owner: "PT Citilink Indonesia", wellKnown: false },
  { name: "Batik Air", classes: [39], owner: "PT Batik Air Indonesia", wellKnown: false },
  { name: "Blue Bird", classes: [39], owner: "PT Blue Bird Tbk", wellKnown: true },
  { name: "KAI", classes: [39], owner: "PT Kereta Api Indonesia (Persero)", wellKnown: true },
  { name: "Pertamina", classes: [4, 35], owner: "PT Pertamina (Persero)", wellKnown: true },
  // Global
  { name: "Grab", classes: [9, 39], owner: "Grab Holdings Limited", wellKnown: true },
  { name: "Uber", classes: [9, 39], owner: "Uber Technologies, Inc.", wellKnown: true },
  { name: "AirAsia", classes: [39], owner: "Capital A Berhad", wellKnown: true },
  { name: "DHL", classes: [39], owner: "Deutsche Post AG (DHL Group)", wellKnown: true },
  { name: "FedEx", classes: [39], owner: "FedEx Corporation", wellKnown: true },

  // ── Class 41: education, entertainment, cinemas, toys and games (28) ─────────────────────
  // Indonesian
  { name: "Ruangguru", classes: [41, 9], owner: "PT Ruang Raya Indonesia", wellKnown: false },
  { name: "Vidio", classes: [41, 9], owner: "PT Vidio Dot Com (Emtek)", wellKnown: false },
  { name: "Cinema XXI", classes: [41], owner: "PT Nusantara Sejahtera Raya Tbk", wellKnown: true },
  { name: "Dufan", classes: [41], owner: "PT Pembangunan Jaya Ancol Tbk", wellKnown: true },
  // Global
  { name: "Disney", classes: [41, 9, 28], owner: "The Walt Disney Company", wellKnown: true },
  { name: "CGV", classes: [41], owner: "CJ CGV Co., Ltd.", wellKnown: false },
  { name: "LEGO", classes: [28], owner: "LEGO A/S", wellKnown: true },
  { name: "Barbie", classes: [28], owner: MATTEL, wellKnown: true },
  { name: "Hot Wheels", classes: [28], owner: MATTEL, wellKnown: true },
  { name: "Hello Kitty", classes: [16, 25, 28], owner: "Sanrio Company, Ltd.", wellKnown: true },
  { name: "Pokémon", classes: [28, 9, 41], owner: "The Pokémon Company", wellKnown: true },
  { name: "Nintendo", classes: [9, 28], owner: "Nintendo Co., Ltd.", wellKnown: true },
  { name: "PlayStation", classes: [9, 28], owner: "Sony Interactive Entertainment Inc.", wellKnown: true },

  // ── Class 43: cafés, restaurants, catering, hotels ───────────────────────────────────────
  // Indonesian
  { name: "Kopi Kenangan", classes: [43, 30], owner: "PT Bumi Berkah Boga", wellKnown: true },
  { name: "Janji Jiwa", classes: [43, 30], owner: "PT Luna Boga Narayan", wellKnown: true },
  { name: "Fore Coffee", classes: [43, 30], owner: "PT Fore Kopi Indonesia Tbk", wellKnown: true },
  { name: "Point Coffee", classes: [43, 30], owner: INDOMARCO, wellKnown: false },
  { name: "Toko Kopi Tuku", classes: [43, 30], owner: "Toko Kopi Tuku", wellKnown: false },
  { name: "Tomoro Coffee", classes: [43, 30], owner: "Tomoro Coffee", wellKnown: false },
  // Included on request: a small coffee chain used by the evaluation pair "Bintang Kopi" vs
  // "Star Coffee". Owner not verified.
  { name: "Star Coffee", classes: [30, 43], owner: "Star Coffee", wellKnown: false },
  { name: "J.CO", classes: [43, 30], owner: "PT J.CO Donuts & Coffee", wellKnown: true },
  { name: "HokBen", classes: [43], owner: "PT Eka Bogainti", wellKnown: true },
  { name: "Solaria", classes: [43], owner: "Solaria", wellKnown: true },
  { name: "Richeese Factory", classes: [43], owner: "PT Richeese Kuliner Indonesia", wellKnown: true },
  { name: "Sederhana", classes: [43], owner: "PT Sederhana Citra Mandiri", wellKnown: true },
  { name: "I Am Geprek Bensu", classes: [43], owner: "PT Ayam Geprek Benny Sujono", wellKnown: false },
  { name: "D'Cost", classes: [43], owner: "PT Pendekar Bodoh", wellKnown: false },
  { name: "Mie Gacoan", classes: [43], owner: "PT Pesta Pora Abadi", wellKnown: true },
  { name: "Es Teh Indonesia", classes: [43, 32], owner: "PT Esteh Indonesia Makmur", wellKnown: true },
  { name: "Kebab Turki Baba Rafi", classes: [43], owner: "PT Baba Rafi Indonesia", wellKnown: false },
  { name: "Bakmi GM", classes: [43], owner: "Bakmi GM", wellKnown: false },
  { name: "Santika", classes: [43], owner: "PT Grahawita Santika (Kompas Gramedia)", wellKnown: false },
  // Global
  { name: "Starbucks", classes: [43, 30], owner: "Starbucks Corporation", wellKnown: true },
  { name: "McDonald's", classes: [43], owner: "McDonald's Corporation", wellKnown: true },
  { name: "KFC", classes: [43], owner: YUM, wellKnown: true },
  { name: "Pizza Hut", classes: [43], owner: YUM, wellKnown: true },
  { name: "Burger King", classes: [43], owner: "Restaurant Brands International Inc.", wellKnown: true },
  { name: "Domino's", classes: [43], owner: "Domino's Pizza, Inc.", wellKnown: true },
  { name: "Subway", classes: [43], owner: "Subway IP LLC", wellKnown: true },
  { name: "Wendy's", classes: [43], owner: "The Wendy's Company", wellKnown: false },
  { name: "A&W", classes: [43], owner: "A&W Restaurants, Inc.", wellKnown: true },
  { name: "Dunkin'", classes: [43, 30], owner: INSPIRE, wellKnown: true },
  { name: "Baskin-Robbins", classes: [43, 30], owner: INSPIRE, wellKnown: true },
  { name: "Krispy Kreme", classes: [43, 30], owner: "Krispy Kreme, Inc.", wellKnown: true },
  { name: "Hard Rock Cafe", classes: [43], owner: "Hard Rock International", wellKnown: true },
  { name: "Mixue", classes: [43, 30], owner: "Mixue Group", wellKnown: true },
  { name: "Chatime", classes: [43, 30], owner: "La Kaffa International Co., Ltd.", wellKnown: false },
  { name: "Gong Cha", classes: [43, 30], owner: "Gong Cha Group", wellKnown: false },
  { name: "BreadTalk", classes: [30, 43], owner: "BreadTalk Group Pte Ltd", wellKnown: true },
  { name: "Sushi Tei", classes: [43], owner: "Sushi Tei Group", wellKnown: false },
  { name: "Marugame Udon", classes: [43], owner: "Toridoll Holdings Corporation", wellKnown: false },
  { name: "Holiday Inn", classes: [43], owner: "InterContinental Hotels Group", wellKnown: true },
  { name: "Hilton", classes: [43], owner: "Hilton Worldwide Holdings Inc.", wellKnown: true },
  { name: "Marriott", classes: [43], owner: "Marriott International, Inc.", wellKnown: true },
  { name: "ibis", classes: [43], owner: "Accor S.A.", wellKnown: false },

  // ── Class 44: salons, beauty clinics, hospitals, labs ────────────────────────────────────
  { name: "Siloam", classes: [44], owner: "PT Siloam International Hospitals Tbk", wellKnown: true },
  { name: "Mitra Keluarga", classes: [44], owner: "PT Mitra Keluarga Karyasehat Tbk", wellKnown: false },
  { name: "Hermina", classes: [44], owner: "PT Medikaloka Hermina Tbk", wellKnown: false },
  { name: "Mayapada Hospital", classes: [44], owner: "PT Sejahteraraya Anugrahjaya Tbk", wellKnown: false },
  { name: "Prodia", classes: [44], owner: "PT Prodia Widyahusada Tbk", wellKnown: false },
  { name: "Halodoc", classes: [44, 9], owner: "PT Media Dokter Investama", wellKnown: false },
  { name: "ERHA", classes: [44, 3], owner: "PT Arya Noble", wellKnown: false },
  { name: "ZAP", classes: [44], owner: "ZAP Beauty Clinic", wellKnown: false },
  { name: "Natasha", classes: [44, 3], owner: "Natasha Skin Clinic Center", wellKnown: false },
  { name: "Johnny Andrean", classes: [44, 3], owner: "Johnny Andrean Group", wellKnown: false },
  { name: "Rudy Hadisuwarno", classes: [44, 3], owner: "Rudy Hadisuwarno Group", wellKnown: false },
];
