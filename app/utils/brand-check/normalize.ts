// Step 1 of the brand-name check: reduce a name to what makes it distinctive. Case,
// diacritics and punctuation go; digits written for letters are read as letters; repeated
// letters collapse; legal forms, generic product words and place names are set aside.

const LEGAL_FORMS = new Set(
  "pt cv ud tbk persero koperasi kop firma fa inc ltd llc co corp corporation company gmbh bv sa ag plc".split(" "),
);

// Words that say what is sold or that it is good, not whose it is (UU 20/2016 Pasal 20).
const GENERIC_WORDS = new Set(
  (
    "kopi coffee kafe cafe kedai warung warteg toko shop store official resto restoran restaurant rumah makan " +
    "dapur kitchen bakery roti bread kue cake keripik kripik chips kerupuk krupuk snack snacks camilan cemilan " +
    "jajanan makanan minuman food foods drink drinks minum makan catering katering frozen olahan " +
    "teh tea susu milk jus juice es ice sambal sambel saus sauce kecap bumbu rempah madu honey bir beer " +
    "larutan penyegar bakmi bakso martabak soto gudeg pempek siomay cilok seblak donat donut pizza burger " +
    "singkong ubi pisang tempe tahu bakso mie mi noodle noodles nasi ayam bebek sapi ikan seafood sate " +
    "pedas manis gurih asin original asli enak lezat nikmat mantap maknyus spesial special super premium " +
    "batik tenun songket kain fabric fashion busana baju kaos tshirt hijab tas bag bags sepatu shoes sandal " +
    "kerajinan craft crafts anyaman handmade collection koleksi store gallery galeri " +
    "salon spa beauty kosmetik cosmetics skincare jamu herbal " +
    "laundry bengkel service jasa studio " +
    "khas cap merek brand the and dan of by n & ibu bu bapak pak mbak mas kak mbok kang teh uda uni " +
    "indonesia nusantara id"
  ).split(/\s+/),
);

// Cities, regencies and regions that often stand in names; a shared place is not a clash.
const PLACE_WORDS = new Set(
  (
    "jakarta bandung garut bogor bekasi depok tangerang cirebon tasikmalaya sukabumi cianjur karawang purwakarta " +
    "subang sumedang majalengka kuningan indramayu banten serang cilegon semarang solo surakarta jogja yogya " +
    "yogyakarta jogjakarta sleman bantul magelang klaten boyolali kudus jepara pati pekalongan tegal brebes " +
    "banyumas purwokerto cilacap kebumen wonosobo surabaya malang batu kediri blitar madiun jember banyuwangi " +
    "madura sidoarjo gresik mojokerto pasuruan probolinggo lumajang tuban bojonegoro lamongan ponorogo " +
    "bali denpasar gianyar badung ubud tabanan singaraja lombok mataram sumbawa bima kupang flores " +
    "medan aceh padang bukittinggi pekanbaru riau palembang jambi bengkulu lampung batam bangka belitung " +
    "pontianak banjarmasin balikpapan samarinda palangkaraya makassar manado gorontalo palu kendari toraja " +
    "ambon ternate papua jayapura sorong kalimantan sumatra sumatera jawa java sulawesi maluku betawi sunda " +
    "priangan parahyangan minang"
  ).split(/\s+/),
);

export function isGenericWord(token: string): boolean {
  return GENERIC_WORDS.has(token);
}

export function isPlaceWord(token: string): boolean {
  return PLACE_WORDS.has(token);
}

const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "@": "a",
  $: "s",
};

/** Digits and symbols written for letters inside a word ("Ind0mie", "K0p1k0"); numbers alone stay. */
function readLeet(token: string): string {
  if (!/[a-z]/.test(token)) return token;
  return token.replace(/[0134578@$]/g, (c) => LEET[c] ?? c);
}

/** Lowercase ASCII words: diacritics dropped, "&" read as "dan", apostrophes joined (McDonald's). */
export function foldName(raw: string): string[] {
  return raw
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/&/g, " dan ")
    .split(/[^a-z0-9@$]+/)
    .filter(Boolean)
    .map(readLeet)
    .map((token) => token.replace(/[@$]/g, ""))
    .filter(Boolean);
}

/** "kopikoo" → "kopiko", "aquaa" → "aqua": a run of one letter counts once. */
export function collapseRepeats(token: string): string {
  return token.replace(/(.)\1+/g, "$1");
}

/**
 * Old (pre-1972) spellings read the modern way: "Tjap" is "Cap", "Djanji" is "Janji",
 * "Sampoerna" "Sampurna". (Old "nj" and "sj" stay: "janji" has a modern "nj" too.)
 */
export function modernSpelling(token: string): string {
  return token.replace(/oe/g, "u").replace(/dj/g, "j").replace(/tj/g, "c");
}

export type NormalizedName = {
  /** Every word, folded. */
  tokens: string[];
  /** The words that make the name distinctive (no legal forms, generic words or places), repeats collapsed. */
  distinctive: string[];
  /** The same words as written (repeats kept), for looking up their meaning. */
  words: string[];
  /** The distinctive words joined and with repeats collapsed: the name's key. */
  key: string;
  /** True when nothing distinctive is left (then `key` is made of every word). */
  onlyGeneric: boolean;
};

export function normalizeName(raw: string): NormalizedName {
  const tokens = foldName(raw)
    .filter((t) => !LEGAL_FORMS.has(t))
    .map(modernSpelling);
  const distinctive = tokens.filter((t) => !GENERIC_WORDS.has(t) && !PLACE_WORDS.has(t));
  const onlyGeneric = distinctive.length === 0;
  const keyTokens = onlyGeneric ? tokens : distinctive;
  return {
    tokens,
    distinctive: distinctive.map(collapseRepeats),
    words: onlyGeneric ? tokens : distinctive,
    key: collapseRepeats(keyTokens.join("")),
    onlyGeneric,
  };
}
