// Hand-labelled pairs for measuring the brand-name clash check: would a careful examiner at the
// trademark office (DJKI), or the owner of the earlier mark, want a warning? Indonesian law
// refuses a mark similar in essence (persamaan pada pokoknya: in writing, sound, meaning or a
// dominant element) to an earlier mark for related goods, and protects well-known marks in
// every class (UU 20/2016 Pasal 21). The non-clashes are hard negatives: names that share only a
// generic product word or a city, the same word in an unrelated class, or a few letters.
// Notes marked "real dispute" mirror court cases; the other names are illustrations.

export type ClashKind = "spelling" | "sound" | "meaning" | "containment" | "well_known_other_class" | "exact";

export type EvaluationPair = {
  candidate: { name: string; classes: number[] };
  existing: { name: string; classes: number[]; wellKnown: boolean };
  /** Would a careful examiner / owner want to be warned? */
  clash: boolean;
  /** For clashes, what makes them alike; for non-clashes, why they are not ("generic_only", "city_only", "different_class", "different_name"). */
  kind: ClashKind | "generic_only" | "city_only" | "different_class" | "different_name";
  note?: string; // e.g. the real dispute this mirrors, with year
};

type ExistingMark = EvaluationPair["existing"];
type NonClashKind = "generic_only" | "city_only" | "different_class" | "different_name";

const mark = (name: string, classes: number[], wellKnown: boolean): ExistingMark => ({ name, classes, wellKnown });

function clash(
  name: string,
  classes: number[],
  existing: ExistingMark,
  kind: ClashKind,
  note?: string,
): EvaluationPair {
  const pair: EvaluationPair = {
    candidate: { name, classes },
    existing: { ...existing, classes: [...existing.classes] },
    clash: true,
    kind,
  };
  return note ? { ...pair, note } : pair;
}

function noClash(
  name: string,
  classes: number[],
  existing: ExistingMark,
  kind: NonClashKind,
  note?: string,
): EvaluationPair {
  const pair: EvaluationPair = {
    candidate: { name, classes },
    existing: { ...existing, classes: [...existing.classes] },
    clash: false,
    kind,
  };
  return note ? { ...pair, note } : pair;
}

// Earlier marks, each with one set of classes and one well-known flag wherever it appears.
// Well-known: famous brands the public knows across Indonesia (or that a court declared well-known).
const INDOMIE = mark("Indomie", [30], true);
const KOPIKO = mark("Kopiko", [30], true);
const AQUA = mark("Aqua", [32], true);
const CHITATO = mark("Chitato", [29], true);
const SILVERQUEEN = mark("SilverQueen", [30], true);
const WARDAH = mark("Wardah", [3], true);
const MS_GLOW = mark("MS Glow", [3], false);
const KARISMA = mark("Karisma", [12], true);
const GUDANG_GARAM = mark("Gudang Garam", [34], true);
const SARIMI = mark("Sarimi", [30], true);
const TEH_BOTOL_SOSRO = mark("Teh Botol Sosro", [32], true);
const SOSRO = mark("Sosro", [30, 32], true);
const BENG_BENG = mark("Beng-Beng", [30], true);
const TOKOPEDIA = mark("Tokopedia", [9, 35, 42], true);
const SAMPOERNA = mark("Sampoerna", [34], true);
const JANJI_JIWA = mark("Janji Jiwa", [30, 43], false);
const CAP_KAKI_TIGA = mark("Cap Kaki Tiga", [32], true);
const LARUTAN_CAP_KAKI_TIGA = mark("Larutan Penyegar Cap Kaki Tiga", [32], true);
const NIKE = mark("Nike", [25], true);
const ADIDAS = mark("Adidas", [25], true);
const MCDONALDS = mark("McDonald's", [43], true);
const YUPI = mark("Yupi", [30], false);
const KHONG_GUAN = mark("Khong Guan", [30], true);
const POCARI_SWEAT = mark("Pocari Sweat", [32], true);
const KOPI_KENANGAN = mark("Kopi Kenangan", [30, 43], false);
const EIGER = mark("Eiger", [18, 25, 35], false);
const GEPREK_BENSU = mark("Geprek Bensu", [43], false);
const I_AM_GEPREK_BENSU = mark("I Am Geprek Bensu", [43], false);
const MIE_GACOAN = mark("Mie Gacoan", [43], false);
const SAMBAL_BU_RUDY = mark("Sambal Bu Rudy", [30], false);
const ROTI_O = mark("Roti O", [30, 43], false);
const GUCCI = mark("Gucci", [18, 25], true);
const STARBUCKS = mark("Starbucks", [30, 43], true);
const HARLEY_DAVIDSON = mark("Harley-Davidson", [12, 25], true);
const SUPERMAN_DC = mark("Superman", [16, 41], true);
const GOJEK = mark("Gojek", [9, 39, 42], true);
const CHANEL = mark("Chanel", [3, 14, 18, 25], true);
const IKEA = mark("IKEA", [20, 21, 35], true);
const PIERRE_CARDIN = mark("Pierre Cardin", [25], true);
const KERIPIK_MAICIH = mark("Keripik Maicih", [29], false);
const ES_TEH_INDONESIA = mark("Es Teh Indonesia", [43], false);
const BATIK_KERIS = mark("Batik Keris", [24, 25], false);
const RED_BULL = mark("Red Bull", [32], true);
const BLUE_BAND = mark("Blue Band", [29], true);
const WHITE_HORSE = mark("White Horse", [33], true);
const BINTANG = mark("Bintang", [32], true);
const MATAHARI = mark("Matahari Department Store", [35], true);
const KAPAL_API = mark("Kapal Api", [30], true);
const GAJAH_DUDUK = mark("Gajah Duduk", [24, 25], true);
const DUA_KELINCI = mark("Dua Kelinci", [29], true);
const TIGA_RODA = mark("Tiga Roda", [19], true);
const TIGER_BALM = mark("Tiger Balm", [5], true);
const BINTANG_TOEDJOE = mark("Bintang Toedjoe", [5], true);
const SATE_KHAS_SENAYAN = mark("Sate Khas Senayan", [43], false);
const BAKSO_BOEDJANGAN = mark("Bakso Boedjangan", [43], false);
const JAMU_JAGO = mark("Jamu Jago", [5], true);
const RUDY_HADISUWARNO = mark("Rudy Hadisuwarno Salon", [44], false);
const BOLU_MERANTI = mark("Bolu Meranti", [30], false);
const MARTABAK_PECENONGAN = mark("Martabak Pecenongan 65A", [43], false);
const NASGOR_KEBON_SIRIH = mark("Nasi Goreng Kambing Kebon Sirih", [43], false);
const AYAM_PENYET_RIA = mark("Ayam Penyet Ria", [43], false);
const BEBEK_H_SLAMET = mark("Bebek Goreng H. Slamet", [43], false);
const RM_SEDERHANA = mark("Rumah Makan Sederhana", [43], false);
const KOPI_KAPAL_API = mark("Kopi Kapal Api", [30], true);
const PEMPEK_CANDY = mark("Pempek Candy", [29, 43], false);
const GUDEG_BU_TJITRO = mark("Gudeg Bu Tjitro", [29, 43], false);
const PISANG_BU_NANIK = mark("Pisang Goreng Madu Bu Nanik", [30, 43], false);
const INDOMILK = mark("Indomilk", [29], true);
const BAKMI_NAGA = mark("Bakmi Naga", [43], false);
const GUDEG_YU_DJUM = mark("Gudeg Yu Djum Jogja", [29, 43], false);
const KOPI_GARUT_AROMA = mark("Kopi Garut Aroma", [30], false);
const SATE_PADANG_AJO_RAMON = mark("Sate Padang Ajo Ramon", [43], false);
const JENANG_KUDUS_MUBAROK = mark("Jenang Kudus Mubarok", [30], false);
const DANAR_HADI = mark("Batik Danar Hadi Solo", [24, 25], false);
const PECEL_MADIUN = mark("Pecel Madiun Mbok Darmo", [29, 43], false);
const APEL_MALANG = mark("Keripik Apel Malang Bu Tutik", [29], false);
const BANDENG_SIDOARJO = mark("Bandeng Sidoarjo Pak Kaji", [29], false);
const UCOK_DURIAN = mark("Ucok Durian Medan", [31, 43], false);
const LUNPIA_SEMARANG = mark("Lunpia Semarang Gang Lombok", [30, 43], false);
const ZARA = mark("Zara", [25], true);

export const EVALUATION_PAIRS: EvaluationPair[] = [
  // ── Clashes: written alike ──────────────────────────────────────────────────────────────
  clash("Indomi", [30], INDOMIE, "spelling", "one letter dropped"),
  clash("Kopikoo", [30], KOPIKO, "spelling", "one letter doubled"),
  clash("Aqva", [32], AQUA, "spelling", "u written as v"),
  clash("Chitatto", [29], CHITATO, "spelling", "one letter doubled"),
  clash("SilverQuin", [30], SILVERQUEEN, "spelling"),
  clash("Wardha", [3], WARDAH, "spelling", "two letters swapped"),
  clash("Sarimie", [30], SARIMI, "spelling"),
  clash("Teh Botol Sostro", [32], TEH_BOTOL_SOSRO, "spelling"),
  clash("BengBeng", [30], BENG_BENG, "spelling", "only the hyphen differs"),
  clash("Tokopedya", [35], TOKOPEDIA, "spelling"),
  clash(
    "PS Glow",
    [3],
    MS_GLOW,
    "spelling",
    "real dispute, 2022: MS Glow (Shandy Purnamasari, registered 2016) vs PS Glow / PStore Glow (Putra Siregar, 2021), cosmetics; the Medan Commercial Court (June 2022) and the Surabaya Commercial Court (July 2022) ruled in opposite directions",
  ),
  clash(
    "Krisma",
    [12],
    KARISMA,
    "spelling",
    "real dispute, 2005: PT Astra Honda Motor (Honda Karisma) vs Gunawan Chandra of PT Tossa Shakti (Tossa Krisma), motorcycles; Supreme Court 031 K/N/HAKI/2005 held Krisma similar in essence to Karisma. Also alike in sound",
  ),
  clash(
    "Gudang Baru",
    [34],
    GUDANG_GARAM,
    "spelling",
    "real dispute, 2012–2022: PT Gudang Garam vs Ali Khosin's Gudang Baru cigarettes; criminal conviction 2012, civil suits from 2013; in 2021 the Surabaya Commercial Court declared Gudang Garam well-known and cancelled the Gudang Baru marks as similar in essence (name and label)",
  ),

  // ── Clashes: sound alike ────────────────────────────────────────────────────────────────
  clash("Kopikoh", [30], KOPIKO, "sound"),
  clash("Indomy", [30], INDOMIE, "sound", "y for ie"),
  clash("Sampurna", [34], SAMPOERNA, "sound", "oe is the old spelling of u"),
  clash("Djanji Djiwa", [30, 43], JANJI_JIWA, "sound", "dj is the pre-1972 spelling of j"),
  clash("Tjap Kaki Tiga", [32], CAP_KAKI_TIGA, "sound", "tj is the pre-1972 spelling of c"),
  clash("Nyke", [25], NIKE, "sound"),
  clash("Addidas", [25], ADIDAS, "sound"),
  clash("Aqwa", [32], AQUA, "sound", "qu and qw sound alike"),
  clash("Mak Donal", [43], MCDONALDS, "sound", "written as Indonesians say it"),
  clash("Sosroe", [32], SOSRO, "sound", "oe is the old spelling of u"),
  clash("Yuppy", [30], YUPI, "sound"),
  clash("Kong Kwan", [30], KHONG_GUAN, "sound"),
  clash("Pokari Swet", [32], POCARI_SWEAT, "sound"),

  // ── Clashes: same meaning in the other language ─────────────────────────────────────────
  clash("Banteng Merah", [32], RED_BULL, "meaning", "banteng = bull, merah = red"),
  clash("Pita Biru", [29], BLUE_BAND, "meaning", "pita = band (ribbon), biru = blue"),
  clash("Kuda Putih", [33], WHITE_HORSE, "meaning", "kuda = horse, putih = white; White Horse is a Scotch whisky"),
  clash("Star Beer", [32], BINTANG, "meaning", "Bir Bintang; bintang = star, beer is generic"),
  clash("Sun Department Store", [35], MATAHARI, "meaning", "matahari = sun"),
  clash(
    "Fire Ship Coffee",
    [30],
    KAPAL_API,
    "meaning",
    "kapal api = fire ship (steamship); word order reversed in English",
  ),
  clash("Sitting Elephant", [24], GAJAH_DUDUK, "meaning", "gajah duduk = sitting elephant (sarong brand)"),
  clash("Two Rabbits", [29], DUA_KELINCI, "meaning", "dua kelinci = two rabbits (snack nuts)"),
  clash("Three Wheels", [19], TIGA_RODA, "meaning", "tiga roda = three wheels (cement)"),
  clash("Balsem Macan", [5], TIGER_BALM, "meaning", "macan = tiger, balsem = balm"),
  clash("Memory Coffee", [43], KOPI_KENANGAN, "meaning", "kenangan = memory"),
  clash("Soul Promise", [43], JANJI_JIWA, "meaning", "janji = promise, jiwa = soul"),
  clash("Salt Warehouse", [34], GUDANG_GARAM, "meaning", "gudang = warehouse, garam = salt"),
  clash(
    "Ratu Perak",
    [30],
    SILVERQUEEN,
    "meaning",
    "ratu = queen, perak = silver; the earlier mark is written as one word",
  ),
  clash("Seven Stars", [5], BINTANG_TOEDJOE, "meaning", "bintang = star, toedjoe = tujuh (old spelling) = seven"),
  clash("Three Legs", [32], CAP_KAKI_TIGA, "meaning", "kaki = leg, tiga = three; cap (brand) is generic"),

  // ── Clashes: the earlier mark stands whole in the new name ──────────────────────────────
  clash("Aqua Bandung", [32], AQUA, "containment", "the earlier mark plus a city"),
  clash("Kopi Kenangan Mantan", [43], KOPI_KENANGAN, "containment"),
  clash("Indomie Goreng Bu Siti", [30], INDOMIE, "containment"),
  clash(
    "Warung Chitato",
    [43],
    CHITATO,
    "containment",
    "food stall (43) and snacks (29) are related; Chitato is also well-known",
  ),
  clash("Eiger Adventure Store", [35], EIGER, "containment"),
  clash("Geprek Bensu Jaya", [43], GEPREK_BENSU, "containment", "jaya (glorious) is a common laudatory addition"),
  clash(
    "Geprek Bensu",
    [43],
    I_AM_GEPREK_BENSU,
    "containment",
    "real dispute, 2018–2020: Ruben Onsu's Geprek Bensu vs PT Ayam Geprek Benny Sujono's I Am Geprek Bensu (filed 2017); the Central Jakarta Commercial Court (January 2020), upheld by the Supreme Court (2020), cancelled Ruben Onsu's marks",
  ),
  clash("Mie Gacoan Express", [43], MIE_GACOAN, "containment"),
  clash("Sambal Bu Rudy Asli", [30], SAMBAL_BU_RUDY, "containment", "asli (original) adds nothing distinctive"),
  clash("Wardah Beauty House", [44], WARDAH, "containment", "beauty salon (44) and cosmetics (3) are related"),
  clash("Roti O Premium", [30], ROTI_O, "containment"),
  clash("Warung Janji Jiwa", [43], JANJI_JIWA, "containment"),

  // ── Clashes: a well-known mark used for other goods ─────────────────────────────────────
  clash("Indomie", [25], INDOMIE, "well_known_other_class", "clothing under a famous noodle brand"),
  clash("Aqua", [3], AQUA, "well_known_other_class", "cosmetics under a famous water brand"),
  clash("Gucci Keripik", [29], GUCCI, "well_known_other_class"),
  clash("Tokopedia Laundry", [37], TOKOPEDIA, "well_known_other_class"),
  clash("Starbucks Salon", [44], STARBUCKS, "well_known_other_class"),
  clash("Nike Bakery", [30], NIKE, "well_known_other_class"),
  clash(
    "Starbucks",
    [34],
    STARBUCKS,
    "well_known_other_class",
    "real dispute, 2021–2023: Starbucks Corporation vs PT Sumatra Tobacco Trading Company's Starbucks cigarettes (class 34); lost at the Central Jakarta Commercial Court (December 2021), won on cassation (May 2022) as a well-known mark registered in bad faith; review rejected 2023",
  ),
  clash(
    "Harley Davidson Blend",
    [30],
    HARLEY_DAVIDSON,
    "well_known_other_class",
    "real dispute, 2017: Harley-Davidson vs PT Sumatra Tobacco Trading Company's Harley Davidson Blend coffee (classes 29, 30, 32); the Central Jakarta Commercial Court declared Harley-Davidson well-known and cancelled the coffee marks (29 November 2017)",
  ),
  clash(
    "Superman",
    [30],
    SUPERMAN_DC,
    "well_known_other_class",
    "real dispute, 2018–2020: DC Comics vs PT Marxing Fam Makmur's Superman wafers (registered since 1993); DC's first suit failed (Supreme Court 1105 K/Pdt.Sus-HKI/2018, claim unclear), a later class-30 suit was granted by the Central Jakarta Commercial Court on well-known-mark grounds. DC's classes here are illustrative",
  ),
  clash("Gojek Skincare", [3], GOJEK, "well_known_other_class"),
  clash("Chanel Sambal", [30], CHANEL, "well_known_other_class"),

  // ── Clashes: the same name ──────────────────────────────────────────────────────────────
  clash("Kopi Kenangan", [43], KOPI_KENANGAN, "exact"),
  clash(
    "IKEA",
    [20],
    IKEA,
    "exact",
    "real dispute, 2013–2015: PT Ratania Khatulistiwa of Surabaya (IKEA = Intan Khatulistiwa Esa Abadi, rattan furniture) vs Inter IKEA Systems B.V.; Inter IKEA's class 20 and 21 registrations were removed for non-use (Central Jakarta Commercial Court 2014, Supreme Court 264 K/Pdt.Sus-HKI/2015, 12 May 2015). The case turned on non-use, not likeness: the names are identical",
  ),
  clash(
    "Pierre Cardin",
    [25],
    PIERRE_CARDIN,
    "exact",
    "real dispute, 2015–2018: Pierre Cardin (Paris) vs Alexander Satryo Wibowo, whose local Pierre Cardin mark dates from a 1977 Indonesian filing; the Commercial Court (2015), cassation (2016) and review (2018) let the local mark stand on time-bar and earlier-filing grounds. The names are identical, which is what a checker must flag",
  ),
  clash("Keripik Maicih", [29], KERIPIK_MAICIH, "exact"),
  clash("Sambal Bu Rudy", [30], SAMBAL_BU_RUDY, "exact"),
  clash("Es Teh Indonesia", [43], ES_TEH_INDONESIA, "exact"),
  clash("Batik Keris", [24], BATIK_KERIS, "exact"),
  clash("Mie Gacoan", [43], MIE_GACOAN, "exact"),
  clash("WARDAH", [3], WARDAH, "exact", "differs only in case"),
  clash("JANJI JIWA", [43], JANJI_JIWA, "exact", "differs only in case"),
  clash("Roti O", [43], ROTI_O, "exact"),

  // ── Not clashes: only a generic product word is shared ──────────────────────────────────
  noClash(
    "Keripik Singkong Pedas Garut",
    [29],
    KERIPIK_MAICIH,
    "generic_only",
    "keripik, singkong, pedas and Garut are all descriptive",
  ),
  noClash("Kopi Bu Siti", [30], KOPI_KENANGAN, "generic_only"),
  noClash("Toko Roti Ibu Ani", [30], ROTI_O, "generic_only", "the single letter O must not match inside other words"),
  noClash("Warung Sate Pak Kumis", [43], SATE_KHAS_SENAYAN, "generic_only"),
  noClash(
    "Batik Sekar Jagad",
    [24],
    BATIK_KERIS,
    "generic_only",
    "the distinctive part of Batik Keris is Keris; Sekar Jagad (a batik motif) is different",
  ),
  noClash("Teh Tarik Mbak Siti", [30], TEH_BOTOL_SOSRO, "generic_only", "shares only teh (tea)"),
  noClash(
    "Larutan Penyegar Cap Badak",
    [32],
    LARUTAN_CAP_KAKI_TIGA,
    "generic_only",
    "both are sold side by side (Cap Badak by PT Sinde Budi Sentosa, Cap Kaki Tiga by Wen Ken Drug); larutan penyegar (refreshing solution) and cap (brand) are descriptive",
  ),
  noClash(
    "Ayam Geprek Mbak Rina",
    [43],
    I_AM_GEPREK_BENSU,
    "generic_only",
    "ayam geprek is a dish; the distinctive part is Bensu",
  ),
  noClash("Mie Ayam Pak Darto", [43], MIE_GACOAN, "generic_only"),
  noClash("Sambal Nyonya Tuti", [30], SAMBAL_BU_RUDY, "generic_only"),
  noClash(
    "Es Teh Manis Pak Udin",
    [43],
    ES_TEH_INDONESIA,
    "generic_only",
    "es teh manis (sweet iced tea) is a drink name; Indonesia is generic",
  ),
  noClash("Jamu Gendong Mbok Darmi", [5], JAMU_JAGO, "generic_only"),
  noClash("Salon Rambut Dewi", [44], RUDY_HADISUWARNO, "generic_only"),
  noClash("Bolu Kukus Mekar Sari", [30], BOLU_MERANTI, "generic_only"),
  noClash("Keripik Tempe Bu Tin", [29], KERIPIK_MAICIH, "generic_only"),
  noClash("Martabak Manis Bang Ucok", [43], MARTABAK_PECENONGAN, "generic_only"),
  noClash("Nasi Goreng Mas Bejo", [43], NASGOR_KEBON_SIRIH, "generic_only"),
  noClash(
    "Mie Sedaap",
    [30],
    INDOMIE,
    "generic_only",
    "mie appears inside Indomie, but the two noodle brands have coexisted for decades",
  ),
  noClash("Teh Pucuk Harum", [32], TEH_BOTOL_SOSRO, "generic_only", "competing bottled teas"),
  noClash("Kopi Tuku", [43], KOPI_KENANGAN, "generic_only", "competing coffee chains"),
  noClash(
    "Fore Coffee",
    [43],
    KOPI_KENANGAN,
    "generic_only",
    "coffee and kopi mean the same but are generic; the distinctive parts differ",
  ),
  noClash("Ayam Bakar Wong Solo", [43], AYAM_PENYET_RIA, "generic_only"),
  noClash("Bebek Kaleyo", [43], BEBEK_H_SLAMET, "generic_only"),
  noClash("Rumah Kue Bunda", [30], RM_SEDERHANA, "generic_only", "rumah is generic in rumah kue and rumah makan"),
  noClash("Kopi Gayo Aroma Pagi", [30], KOPI_KAPAL_API, "generic_only"),
  noClash("Pempek Cek Mirna", [29], PEMPEK_CANDY, "generic_only"),
  noClash("Gudeg Mbak Yanti", [43], GUDEG_BU_TJITRO, "generic_only"),
  noClash(
    "Keripik Pisang Bu Ani",
    [29],
    PISANG_BU_NANIK,
    "generic_only",
    "pisang and the honorific bu are shared, nothing else",
  ),
  noClash("Ultra Milk", [29], INDOMILK, "generic_only", "milk is generic even inside Indomilk"),
  noClash("Bakmi GM", [43], BAKMI_NAGA, "generic_only"),

  // ── Not clashes: only a city is shared ──────────────────────────────────────────────────
  noClash("Bakpia Jogja Mbak Rini", [30], GUDEG_YU_DJUM, "city_only"),
  noClash("Dodol Garut Cap Nenas", [30], KOPI_GARUT_AROMA, "city_only"),
  noClash("Keripik Balado Padang Uni Ema", [29], SATE_PADANG_AJO_RAMON, "city_only"),
  noClash("Soto Kudus Pak Min", [43], JENANG_KUDUS_MUBAROK, "city_only"),
  noClash(
    "Batik Solo Laweyan Ayu",
    [24],
    DANAR_HADI,
    "city_only",
    "batik is generic, Solo a city; Danar Hadi is the distinctive part",
  ),
  noClash("Brem Madiun Cap Suling", [30], PECEL_MADIUN, "city_only"),
  noClash("Bakso Malang Cak Kar", [43], APEL_MALANG, "city_only"),
  noClash("Kerupuk Sidoarjo Bu Atik", [29], BANDENG_SIDOARJO, "city_only"),
  noClash("Bika Ambon Medan Nyonya Ling", [30], UCOK_DURIAN, "city_only"),
  noClash("Bandeng Presto Semarang Bu Yuli", [29], LUNPIA_SEMARANG, "city_only"),

  // ── Not clashes: same word, unrelated goods, earlier mark not well-known ────────────────
  noClash("Mawar Salon", [44], mark("Mawar", [30], false), "different_class"),
  noClash("Melati Laundry", [37], mark("Melati", [30], false), "different_class"),
  noClash("Cahaya Kosmetik", [3], mark("Cahaya", [19], false), "different_class"),
  noClash("Anugrah Motor", [12], mark("Anugrah", [30], false), "different_class"),
  noClash("Berkah Jaya Laundry", [37], mark("Berkah Jaya", [29], false), "different_class"),
  noClash("Mentari Tas", [18], mark("Mentari", [32], false), "different_class"),
  noClash("Kenanga Salon", [44], mark("Kenanga", [24], false), "different_class"),
  noClash("Rajawali Bengkel", [37], mark("Rajawali", [30], false), "different_class"),
  noClash("Sekar Ayu Kebaya", [25], mark("Sekar Ayu", [3], false), "different_class"),
  noClash("Lestari Mebel", [20], mark("Lestari", [29], false), "different_class"),

  // ── Not clashes: different names in the same class ──────────────────────────────────────
  noClash("Aqil", [32], AQUA, "different_name", "short names sharing two letters; neither look nor sound alike"),
  noClash("Le Minerale", [32], AQUA, "different_name", "competing bottled waters"),
  noClash("Piattos", [29], CHITATO, "different_name", "competing potato chips"),
  noClash("Torabika", [30], KOPIKO, "different_name"),
  noClash("Pixy", [3], WARDAH, "different_name"),
  noClash(
    "Erigo",
    [25],
    EIGER,
    "different_name",
    "nearly the same letters in another order, but they neither look nor sound alike; both Indonesian apparel brands",
  ),
  noClash("Bukalapak", [35], TOKOPEDIA, "different_name", "competing marketplaces"),
  noClash("Kusuka", [29], CHITATO, "different_name"),
  noClash("Indosari", [30], INDOMIE, "different_name", "Indo- is a very common prefix (Indomaret, Indofood, Indosat)"),
  noClash("Good Day", [30], KOPIKO, "different_name"),
  noClash("Roma Kelapa", [30], KHONG_GUAN, "different_name", "competing biscuits"),
  noClash("Tango", [30], BENG_BENG, "different_name", "competing wafers"),
  noClash("Zoya", [25], ZARA, "different_name", "four letters, two shared; Zoya is an Indonesian Muslim-fashion brand"),
];
