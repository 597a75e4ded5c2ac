import sharp from "sharp";
import type { Db } from "../app/lib/db.server";
import { saveBrand } from "../app/lib/brand/brand.server";
import { runEnterpriseBrandCheck } from "../app/lib/brand-check/brand-check.server";
import { brandClasses } from "../app/lib/brand-check/classes.server";
import { saveProfile } from "../app/lib/enterprise/profile.server";
import { getOrCreateEnterprise, saveTaskAnswers } from "../app/lib/journey/journey.server";
import { reviewTask } from "../app/lib/journey/review.server";
import { goOnlineSummary } from "../app/lib/journey/go-online.server";
import { getJourneyTemplate } from "../app/lib/journey/journey.server";
import { finishProducts, productItems, productsTask, saveProduct } from "../app/lib/products/products.server";
import { storeUpload } from "../app/lib/uploads/uploads.server";
import type { ProductCategory, TaskKey } from "../app/utils/journey/template-types";
import type { NetUnit } from "../app/utils/products/readiness";
import type { ProfileValues } from "../app/utils/validation/profile";

// Demo enterprises at every stage of the journey, written through the same functions the
// pages use, with generated photos. Demo data only: `npm start` never loads it.

type Stage =
  | "new" // registered, nothing filled in
  | "profile_draft" // the profile half done
  | "sent_back" // the profile sent back by the mentor with a comment
  | "mid_journey" // profile approved, brand done, products and shops under way
  | "awaiting_graduation" // every task approved, the final review requested
  | "go_online"; // confirmed by the mentor, with a certificate

type DemoProduct = {
  name: string;
  category: ProductCategory;
  description: string;
  price: number;
  net: [number, NetUnit] | null;
  colour: string;
  photos: number;
  /** Every checklist item in order (ready to list), or only the facts. */
  ready: boolean;
};

type DemoEnterprise = {
  ownerEmail: string;
  mentorEmail: string | null;
  stage: Stage;
  profile: Omit<ProfileValues, "intent"> | null;
  brand?: { name: string; tagline: string; story: string; colours: string[] };
  legality?: Record<string, object>;
  ip?: Record<string, object>;
  products?: DemoProduct[];
  channels?: Record<string, object>;
};

const FULL_IP = {
  pdki: { result: "none_similar" },
  trademark: { status: "preparing", classes: [29, 30] },
  own_photos: { declared: true },
  logo_rights: { declared: true },
  fonts_licensed: { declared: true },
  music_licensed: { declared: false },
};

const DEMO_ENTERPRISES: DemoEnterprise[] = [
  {
    ownerEmail: "siti@demo.umkm.id",
    mentorEmail: "budi.mentor@demo.umkm.id",
    stage: "mid_journey",
    profile: {
      name: "Keripik Teh Siti",
      legalForm: "perorangan",
      categories: ["processed_food"],
      provinceCode: "32",
      regencyCode: "32.05",
      address: "Jl. Cimanuk No. 12, RT 02/RW 05, Tarogong Kidul, Garut",
      whatsapp: "+6281200000001",
      yearStarted: 2019,
      employees: 3,
      capital: 15_000_000,
      annualSales: 96_000_000,
      baselineMonthlyRevenue: 8_000_000,
      baselineChannels: ["offline_only", "whatsapp"],
    },
    brand: {
      name: "Keripik Teh Siti",
      tagline: "Renyahnya dari dapur Garut",
      story:
        "Sejak 2019 Bu Siti menggoreng keripik singkong dari kebun tetangga di Garut, dengan bumbu daun jeruk resep ibunya.",
      colours: ["#9a3412", "#fef3c7", "#166534"],
    },
    legality: {
      nib: { status: "have", number: "9120001234567" },
      spp_irt: { status: "have", number: "206320501012327", expiresOn: "2027-03-31" },
      halal: { status: "in_progress" },
    },
    products: [
      {
        name: "Keripik Singkong Pedas Daun Jeruk 250 g",
        category: "processed_food",
        description: "Keripik singkong tipis dengan bumbu pedas daun jeruk, tanpa pengawet. Simpan di tempat kering.",
        price: 15_000,
        net: [250, "g"],
        colour: "#d97706",
        photos: 3,
        ready: true,
      },
      {
        name: "Keripik Tempe Original 200 g",
        category: "processed_food",
        description: "Keripik tempe renyah.",
        price: 12_000,
        net: [200, "g"],
        colour: "#a16207",
        photos: 1,
        ready: false,
      },
    ],
    channels: {
      shopee: { status: "open", url: "https://shopee.co.id/keripiktehsiti" },
      qris: { status: "open" },
      instagram: { status: "planned" },
    },
  },
  {
    ownerEmail: "agus@demo.umkm.id",
    mentorEmail: "dewi.mentor@demo.umkm.id",
    stage: "profile_draft",
    profile: {
      name: "Batik Tulis Agus",
      legalForm: "ud",
      categories: ["fashion_textile", "craft"],
      provinceCode: "33",
      regencyCode: "33.75",
      whatsapp: "+6281200000002",
      capital: 60_000_000,
      baselineChannels: [],
    },
  },
  { ownerEmail: "nur@demo.umkm.id", mentorEmail: null, stage: "new", profile: null },
  {
    ownerEmail: "dedi@demo.umkm.id",
    mentorEmail: "dewi.mentor@demo.umkm.id",
    stage: "sent_back",
    profile: {
      name: "Nasi Bakar Kang Dedi",
      legalForm: "perorangan",
      categories: ["ready_meal"],
      provinceCode: "32",
      regencyCode: "32.73",
      address: "Jl. Dago",
      whatsapp: "+6281200000004",
      yearStarted: 2022,
      employees: 2,
      capital: 8_000_000,
      annualSales: 70_000_000,
      baselineMonthlyRevenue: 6_000_000,
      baselineChannels: ["whatsapp", "instagram"],
    },
  },
  {
    ownerEmail: "rina@demo.umkm.id",
    mentorEmail: "budi.mentor@demo.umkm.id",
    stage: "awaiting_graduation",
    profile: {
      name: "Jamu Mbok Rina",
      legalForm: "perorangan",
      categories: ["processed_food"],
      provinceCode: "33",
      regencyCode: "33.72",
      address: "Jl. Slamet Riyadi No. 40, RT 01/RW 03, Laweyan, Surakarta",
      whatsapp: "+6281200000005",
      yearStarted: 2015,
      employees: 4,
      capital: 30_000_000,
      annualSales: 240_000_000,
      baselineMonthlyRevenue: 20_000_000,
      baselineChannels: ["offline_only"],
    },
    brand: {
      name: "Jamu Mbok Rina",
      tagline: "Segarnya jamu gendong Solo",
      story: "Resep kunyit asam dan beras kencur turun-temurun dari nenek, dibuat segar setiap pagi di Laweyan.",
      colours: ["#ca8a04", "#14532d"],
    },
    legality: {
      nib: { status: "have", number: "9120007654321" },
      spp_irt: { status: "have", number: "206337201004425", expiresOn: "2028-06-30" },
      halal: { status: "have", number: "ID33110000123450823" },
    },
    ip: FULL_IP,
    products: [
      {
        name: "Kunyit Asam Botol 250 ml",
        category: "processed_food",
        description:
          "Minuman kunyit asam dari kunyit segar, asam jawa dan gula aren. Simpan di lemari es, habiskan dalam 3 hari.",
        price: 10_000,
        net: [250, "ml"],
        colour: "#ca8a04",
        photos: 2,
        ready: true,
      },
    ],
    channels: {
      gofood: {
        status: "first_sale",
        url: "https://gofood.co.id/solo/restaurant/jamu-mbok-rina",
        firstSaleOn: "2026-09-02",
      },
      qris: { status: "open" },
    },
  },
  {
    ownerEmail: "wayan@demo.umkm.id",
    mentorEmail: "dewi.mentor@demo.umkm.id",
    stage: "go_online",
    profile: {
      name: "Anyaman Bambu Wayan",
      legalForm: "perorangan",
      categories: ["craft"],
      provinceCode: "51",
      regencyCode: "51.04",
      address: "Banjar Tegal, Desa Tegallalang, Gianyar",
      whatsapp: "+6281200000006",
      yearStarted: 2012,
      employees: 6,
      capital: 40_000_000,
      annualSales: 300_000_000,
      baselineMonthlyRevenue: 25_000_000,
      baselineChannels: ["offline_only", "instagram"],
    },
    brand: {
      name: "Bambu Tegal",
      tagline: "Anyaman tangan dari Tegallalang",
      story:
        "Tiga generasi penganyam bambu di Tegallalang. Setiap keranjang dianyam tangan oleh perajin di banjar kami.",
      colours: ["#365314", "#fefce8", "#78350f"],
    },
    legality: { nib: { status: "have", number: "9120001112223" } },
    ip: {
      ...FULL_IP,
      trademark: { status: "filed", classes: [20, 21], applicationNumber: "DID2026031234", filedOn: "2026-03-02" },
    },
    products: [
      {
        name: "Keranjang Bambu Anyam Besar",
        category: "craft",
        description: "Keranjang bambu anyam tangan, diameter 40 cm, tinggi 30 cm, dengan pegangan rotan.",
        price: 185_000,
        net: [1, "pcs"],
        colour: "#92400e",
        photos: 2,
        ready: true,
      },
    ],
    channels: {
      shopee: { status: "first_sale", url: "https://shopee.co.id/bambutegal", firstSaleOn: "2026-05-20" },
      instagram: { status: "open", url: "https://instagram.com/bambutegal" },
      qris: { status: "open" },
    },
  },
];

/** A square photo on white, as the checklist asks: a shape in the product's colour and its name. */
async function productPhoto(label: string, colour: string, variant: number): Promise<Buffer> {
  const text = label.replace(/[<&>]/g, "").split(" ").slice(0, 2).join(" ");
  const shape =
    variant % 2 === 0
      ? `<rect x="220" y="160" width="560" height="680" rx="48" fill="${colour}"/>`
      : `<circle cx="500" cy="500" r="340" fill="${colour}"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="1000"><rect width="1000" height="1000" fill="#ffffff"/>${shape}<text x="500" y="530" font-family="sans-serif" font-size="64" font-weight="bold" text-anchor="middle" fill="#ffffff">${text}</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

async function logo(initials: string, colours: string[]): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><rect width="400" height="400" fill="${colours[1] ?? "#ffffff"}"/><circle cx="200" cy="200" r="170" fill="${colours[0]}"/><text x="200" y="245" font-family="serif" font-size="130" font-weight="bold" text-anchor="middle" fill="${colours[1] ?? "#ffffff"}">${initials}</text></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

const STAGE_ORDER: Stage[] = ["new", "profile_draft", "sent_back", "mid_journey", "awaiting_graduation", "go_online"];
const reached = (stage: Stage, at: Stage) => STAGE_ORDER.indexOf(stage) >= STAGE_ORDER.indexOf(at);

async function seedOne(db: Db, demo: DemoEnterprise, ownerId: number, mentorId: number | null) {
  const enterprise = getOrCreateEnterprise(db, ownerId);
  db.prepare("UPDATE enterprise SET mentor_user_id = ? WHERE id = ?").run(mentorId, enterprise.id);
  const mentor = mentorId === null ? null : { id: mentorId, role: "mentor" as const };
  const decide = (task: TaskKey) => mentor && reviewTask(db, mentor, enterprise.id, task, { decision: "approve" });
  const save = (taskKey: TaskKey, answers: object, mode: "draft" | "finish" = "finish") =>
    saveTaskAnswers(db, {
      enterpriseId: enterprise.id,
      taskKey,
      actorUserId: ownerId,
      mode,
      needsReview: true,
      answers,
    });

  if (!demo.profile) return;
  const draft = demo.stage === "profile_draft";
  saveProfile(
    db,
    enterprise.id,
    ownerId,
    { ...demo.profile, intent: draft ? "draft" : "finish" },
    draft ? "draft" : "finish",
    true,
  );
  if (demo.stage === "sent_back" && mentor) {
    reviewTask(db, mentor, enterprise.id, "profile", {
      decision: "request_changes",
      comment: "Alamat belum lengkap: tulis nomor rumah, RT/RW dan kelurahan, agar mudah ditemukan kurir.",
    });
  }
  if (!reached(demo.stage, "mid_journey")) return;
  decide("profile");

  if (demo.brand) {
    const stored = await storeUpload(db, {
      enterpriseId: enterprise.id,
      uploadedBy: ownerId,
      purpose: "logo",
      bytes: await logo(
        demo.brand.name
          .split(" ")
          .slice(0, 2)
          .map((w) => w[0])
          .join(""),
        demo.brand.colours,
      ),
      originalName: "logo.png",
    });
    const classes = brandClasses(db, enterprise.id);
    saveBrand(db, enterprise.id, ownerId, { intent: "finish", ...demo.brand, logo: stored.id }, false, classes);
    // As the brand page does: the name is checked when it is saved.
    runEnterpriseBrandCheck(db, { enterpriseId: enterprise.id, checkedBy: ownerId, name: demo.brand.name, classes });
  }
  if (demo.legality) save("legality", demo.legality);
  if (demo.ip) save("ip", demo.ip, reached(demo.stage, "awaiting_graduation") ? "finish" : "draft");

  const task = productsTask(db, enterprise);
  for (const product of demo.products ?? []) {
    const photos: string[] = [];
    for (let i = 0; i < product.photos; i += 1) {
      const bytes = await productPhoto(product.name, product.colour, i);
      photos.push(
        (
          await storeUpload(db, {
            enterpriseId: enterprise.id,
            uploadedBy: ownerId,
            purpose: "product_photo",
            bytes,
            originalName: `foto-${i + 1}.jpg`,
          })
        ).id,
      );
    }
    const checklist = product.ready
      ? Object.fromEntries(productItems(task, product.category).map((item) => [item.key, { status: "done" as const }]))
      : {};
    saveProduct(db, {
      enterprise,
      actorUserId: ownerId,
      productId: null,
      values: {
        name: product.name,
        category: product.category,
        description: product.description,
        priceRupiah: product.price,
        netAmount: product.net?.[0] ?? null,
        netUnit: product.net?.[1] ?? null,
        photos,
        checklist,
      },
    });
  }
  if (demo.channels) save("channels", demo.channels, reached(demo.stage, "awaiting_graduation") ? "finish" : "draft");
  if (!reached(demo.stage, "awaiting_graduation")) return;

  const finished = finishProducts(db, enterprise, ownerId);
  if (!finished.ok) throw new Error(`demo products of ${demo.ownerEmail} are not ready`);
  for (const key of ["legality", "ip", "products", "channels"] as const) decide(key);
  const template = getJourneyTemplate(db, enterprise.templateVersion);
  save("final_review", goOnlineSummary(db, enterprise.id, template, "id"));
  if (demo.stage === "go_online") decide("final_review");
}

/** Seeds the demo enterprises of the demo owners that have not started yet (re-running adds nothing). */
export async function seedDemoEnterprises(db: Db): Promise<void> {
  const userId = (email: string) =>
    db.prepare("SELECT id FROM user WHERE email = ?").pluck().get(email) as number | undefined;
  for (const demo of DEMO_ENTERPRISES) {
    const ownerId = userId(demo.ownerEmail);
    if (ownerId === undefined) continue;
    const existing = db
      .prepare("SELECT 1 FROM enterprise e JOIN enterprise_task t ON t.enterprise_id = e.id WHERE e.owner_user_id = ?")
      .get(ownerId);
    if (existing) continue;
    const mentorId = demo.mentorEmail ? (userId(demo.mentorEmail) ?? null) : null;
    await seedOne(db, demo, ownerId, mentorId);
  }
}
