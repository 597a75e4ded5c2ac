import type { JourneyTemplate } from "../app/utils/journey/template-types";

// The owner's task list, version 1. Content rests on the project's domain brief (domain.md §2–6). Facts the
// brief marks as unconfirmed (M) are phrased cautiously ("umumnya", "periksa ketentuan terbaru").
// This is guidance, never legal advice: each rule links to the official portal that owns it.

const OSS = { label: { id: "OSS (oss.go.id)", en: "OSS (oss.go.id)" }, url: "https://oss.go.id" };
const SIHALAL = {
  label: { id: "SIHALAL (ptsp.halal.go.id)", en: "SIHALAL (ptsp.halal.go.id)" },
  url: "https://ptsp.halal.go.id",
};
const NOTIFKOS = {
  label: { id: "Notifikasi kosmetik BPOM", en: "BPOM cosmetics notification" },
  url: "https://notifkos.pom.go.id",
};
const BPOM_UMKM = { label: { id: "Istana UMKM BPOM", en: "BPOM Istana UMKM" }, url: "https://istanaumkm.pom.go.id" };

export const JOURNEY_TEMPLATE: JourneyTemplate = {
  version: 1,
  steps: [
    { key: "usaha", title: { id: "Dasar usaha", en: "Business basics" }, tasks: ["profile", "legality"] },
    { key: "merek", title: { id: "Merek", en: "Brand" }, tasks: ["brand", "ip"] },
    { key: "produk", title: { id: "Produk", en: "Products" }, tasks: ["products"] },
    { key: "online", title: { id: "Jualan online", en: "Selling online" }, tasks: ["channels"] },
    { key: "selesai", title: { id: "Go Online", en: "Go Online" }, tasks: ["final_review"] },
  ],
  tasks: [
    // 1 ─────────────────────────────────────────────────────────────────────────────────────
    {
      key: "profile",
      title: { id: "Profil usaha", en: "Business profile" },
      summary: {
        id: "Nama, alamat, jenis produk, modal dan omzet usaha Anda.",
        en: "Your business name, address, product types, capital and turnover.",
      },
      help: {
        id: "Isi data dasar usaha Anda: nama, alamat, jenis produk, modal dan omzet per tahun. Modal dihitung tanpa tanah dan bangunan. Data ini dipakai untuk menentukan kelas usaha (mikro, kecil atau menengah) dan tugas yang cocok untuk Anda. Perkiraan yang jujur sudah cukup; pendamping akan memeriksanya.",
        en: "Enter your business basics: name, address, product types, capital and yearly turnover. Capital excludes land and buildings. We use this to work out your size class (micro, small or medium) and the tasks that fit you. An honest estimate is enough; your mentor will check it.",
      },
      needsReview: true,
      required: true,
      requires: [],
    },

    // 2 ─────────────────────────────────────────────────────────────────────────────────────
    {
      key: "legality",
      title: { id: "Legalitas usaha", en: "Business permits" },
      summary: {
        id: "NIB dan izin produk yang sesuai dengan usaha Anda.",
        en: "Your NIB and the product permits your business needs.",
      },
      help: {
        id: "Mulai dari NIB di OSS: gratis, dan untuk usaha mikro dan kecil berisiko rendah, NIB umumnya sudah menjadi izin usaha satu-satunya. Setelah itu, urus izin produk. Daftar di bawah hanya menampilkan izin untuk kategori produk Anda. Ini panduan, bukan nasihat hukum: aturan bisa berubah, jadi periksa ketentuan terbaru di portal resmi atau tanyakan pendamping.",
        en: "Start with an NIB in OSS: it is free, and for low-risk micro and small businesses the NIB is usually their only business permit. Then sort out your product permits. The list below shows only the permits for your product categories. This is guidance, not legal advice: rules change, so check the latest rules on the official portal or ask your mentor.",
      },
      needsReview: true,
      required: true,
      requires: ["profile"],
      items: [
        {
          key: "nib",
          title: { id: "NIB (Nomor Induk Berusaha)", en: "NIB (Business Identification Number)" },
          help: {
            id: "NIB adalah nomor identitas usaha Anda. Daftar gratis di OSS dengan KTP/NIK, e-mail, nomor HP dan kode KBLI (kode jenis usaha). Satu usaha cukup satu NIB. Saat mendaftar, Anda menyetujui pernyataan tentang keamanan, SNI, halal, tata ruang dan lingkungan; bacalah dulu. Kini berlaku KBLI 2025: periksa apakah kode lama Anda perlu disesuaikan.",
            en: "The NIB is your business identity number. Register for free in OSS with your KTP/NIK, e-mail, phone number and a KBLI code (business type code). One business needs only one NIB. When registering you agree to statements on safety, SNI, halal, spatial planning and environment; read them first. KBLI 2025 now applies: check whether your old code needs updating.",
          },
          required: true,
          link: OSS,
        },
        {
          key: "npwp",
          title: { id: "NPWP (nomor pajak)", en: "NPWP (tax number)" },
          help: {
            id: "Untuk perorangan, NIK 16 digit di KTP kini berfungsi sebagai NPWP. Menurut PP 55/2022, omzet perorangan sampai Rp500 juta per tahun umumnya tidak kena pajak; omzet sampai Rp4,8 miliar dikenai pajak final 0,5%. Periksa ketentuan terbaru di DJP atau tanyakan ke kantor pajak.",
            en: "For individuals, the 16-digit NIK on your KTP now serves as the NPWP. Under PP 55/2022, an individual’s first Rp500 million of yearly turnover is generally tax-free; turnover up to Rp4.8 billion pays a 0.5% final tax. Check the latest rules with the tax office (DJP).",
          },
          required: false,
          link: {
            label: { id: "Direktorat Jenderal Pajak", en: "Directorate General of Taxes" },
            url: "https://pajak.go.id",
          },
        },
        {
          key: "spp_irt",
          title: { id: "SPP-IRT / P-IRT (izin pangan rumahan)", en: "SPP-IRT / P-IRT (home food permit)" },
          help: {
            id: "Untuk pangan kemasan buatan rumah dengan alat sederhana, yang awet lebih dari 7 hari di suhu ruang. Ajukan lewat OSS setelah NIB. Syarat: sertifikat penyuluhan keamanan pangan (PKP), pemeriksaan tempat produksi dan label yang sesuai. Berlaku 5 tahun. Makanan siap saji (menu pesan-antar) tidak perlu PIRT maupun MD. Jika produk Anda wajib BPOM MD, PIRT tidak berlaku.",
            en: "For packaged food made at home with simple tools that keeps more than 7 days at room temperature. Apply in OSS after your NIB. You need a food-safety counselling certificate (PKP), an inspection of where you cook, and a compliant label. Valid 5 years. Ready meals (delivery menus) need neither PIRT nor MD. If your product needs BPOM MD, PIRT does not apply.",
          },
          categories: ["processed_food"],
          required: true,
          link: OSS,
        },
        {
          key: "bpom_md",
          title: { id: "Izin edar BPOM MD", en: "BPOM MD registration" },
          help: {
            id: "Wajib sebagai ganti PIRT untuk: produk susu; daging, ikan dan unggas beku atau dingin serta makanan beku (nugget, bakso); produk pasteurisasi atau sterilisasi dan kalengan; makanan bayi atau diet khusus; minuman beralkohol; air minum kemasan; bahan tambahan pangan; minuman seduh dengan air; pangan wajib SNI; dan produk yang dibuat di luar rumah.",
            en: "Needed instead of PIRT for: dairy; frozen or chilled meat, fish and poultry and frozen food (nugget, bakso); pasteurised, sterilised or canned products; baby or special-diet food; alcoholic drinks; bottled water; food additives; drinks made up with water; foods under a mandatory SNI; and anything produced outside the home.",
          },
          categories: ["processed_food"],
          required: false,
          link: BPOM_UMKM,
        },
        {
          key: "halal",
          title: { id: "Sertifikat halal", en: "Halal certificate" },
          help: {
            id: "Ajukan di SIHALAL. Jalur gratis self-declare (SEHATI): punya NIB, omzet ≤ Rp500 juta, bahan berisiko rendah, proses rumahan sederhana, alat terpisah dari yang tidak halal, diverifikasi Pendamping PPH. Jalur reguler sekitar Rp650.000 untuk UMK. Batas wajib: makanan & minuman UMK Oktober 2026; kosmetik 17 Oktober 2026 (jamu: periksa ketentuan terbaru). Produk tidak halal wajib diberi keterangan tidak halal.",
            en: "Apply in SIHALAL. Free self-declare route (SEHATI): you have an NIB, turnover ≤ Rp500 million, low-risk ingredients, a simple home process, tools kept apart from non-halal use, verified by a halal assistant (Pendamping PPH). The regular route costs about Rp650,000 for UMK. Deadlines: UMK food & drink October 2026; cosmetics 17 October 2026 (jamu: check the latest rules). Non-halal products must say so.",
          },
          categories: ["processed_food", "ready_meal", "cosmetics_jamu"],
          required: true,
          link: SIHALAL,
        },
        {
          key: "bpom_notifikasi",
          title: { id: "Notifikasi kosmetik BPOM", en: "BPOM cosmetics notification" },
          help: {
            id: "Kosmetik wajib dinotifikasi ke BPOM lewat notifkos. Prosesnya sekitar 14 hari kerja (parfum 3 hari) dan berlaku 3 tahun; UMK membayar 50% dari biayanya. Satu nama produk hanya boleh dinotifikasi satu perusahaan: pembuat, pemesan maklon (produksi di pabrik lain), atau importir. Untuk jamu, tanyakan izin yang sesuai kepada pendamping.",
            en: "Cosmetics must be notified to BPOM through notifkos. It takes about 14 working days (3 for perfume) and is valid 3 years; UMK pay 50% of the fee. Only one company may notify a product name: the maker, the maklon client (made in another factory), or the importer. For jamu, ask your mentor which permit applies.",
          },
          categories: ["cosmetics_jamu"],
          required: true,
          link: NOTIFKOS,
        },
        {
          key: "psat",
          title: { id: "Pendaftaran pangan segar (PSAT)", en: "Fresh produce registration (PSAT)" },
          help: {
            id: "Pangan segar asal tumbuhan (PSAT), seperti sayur, buah atau beras, didaftarkan ke dinas pertanian (OKKPD) sebagai PD, PL atau PDUK. Tanyakan kepada dinas pertanian setempat atau pendamping apakah produk Anda perlu didaftarkan dan jenis pendaftaran mana yang sesuai.",
            en: "Fresh food of plant origin (PSAT), such as vegetables, fruit or rice, is registered with the agriculture office (OKKPD) as PD, PL or PDUK. Ask your local agriculture office or your mentor whether your product needs registering and which type fits.",
          },
          categories: ["fresh_produce"],
          required: false,
        },
        {
          key: "sni",
          title: { id: "SNI wajib", en: "Mandatory SNI" },
          help: {
            id: "Beberapa produk wajib memenuhi SNI (Standar Nasional Indonesia). Contoh: pakaian bayi usia 0–36 bulan wajib SNI 7617:2013 (batas zat warna azo, formaldehida dan logam), dengan sertifikat SPPT-SNI dari lembaga sertifikasi (LSPro) dan tanda SNI. Mainan dan helm umumnya juga wajib SNI. Jika produk Anda tidak termasuk, lewati butir ini.",
            en: "Some products must meet an SNI (Indonesian National Standard). For example, baby clothes for ages 0–36 months must meet SNI 7617:2013 (limits on azo dyes, formaldehyde and metals), with SPPT-SNI certification from a certification body (LSPro) and the SNI mark. Toys and helmets are generally covered too. If your product is not covered, skip this item.",
          },
          categories: ["fashion_textile", "craft"],
          required: false,
          link: {
            label: { id: "Badan Standardisasi Nasional", en: "National Standardization Agency" },
            url: "https://bsn.go.id",
          },
        },
      ],
    },

    // 3 ─────────────────────────────────────────────────────────────────────────────────────
    {
      key: "brand",
      title: { id: "Identitas merek", en: "Brand identity" },
      summary: {
        id: "Nama, logo, warna dan cerita merek Anda.",
        en: "Your brand name, logo, colours and story.",
      },
      help: {
        id: "Susun identitas merek: nama, logo (versi utama dan satu warna), slogan, cerita usaha, 2–4 warna dan gaya foto. Pilih nama yang khas, bukan kata umum seperti “Keripik Enak”, dan tidak mirip merek orang lain. Untuk pangan, nama dagang tidak boleh berisi klaim kesehatan. Cek juga apakah nama akun media sosial dan domain masih tersedia.",
        en: "Build your brand identity: name, logo (main and one-colour versions), tagline, business story, 2–4 colours and photo style. Choose a distinctive name, not a generic phrase like “Tasty Chips”, and not like anyone else’s brand. For food, trade names must not make health claims. Also check that the social media handle and domain are still free.",
      },
      needsReview: false,
      required: true,
      requires: ["profile"],
    },

    // 4 ─────────────────────────────────────────────────────────────────────────────────────
    {
      key: "ip",
      title: { id: "Merek & hak cipta", en: "Trademark & copyright" },
      summary: {
        id: "Cek nama merek di PDKI; pastikan foto, logo, font dan musik boleh Anda pakai.",
        en: "Check your brand name in PDKI; make sure you may use your photos, logo, fonts and music.",
      },
      help: {
        id: "Cari nama merek Anda di PDKI agar tidak mirip merek terdaftar di kelas (kelompok barang/jasa) yang sama. Mendaftarkan merek bersifat pilihan, di merek.dgip.go.id. Biaya untuk UMK Rp500.000 per kelas (umum Rp1.800.000), dengan surat keterangan UMK dari Dinas KUKM atau kementerian bertanggal tahun pendaftaran, dan surat pernyataan bermeterai.",
        en: "Search PDKI for your brand name so it is not like a registered mark in the same class (group of goods/services). Registering a trademark is optional, at merek.dgip.go.id. The UMK fee is Rp500,000 per class (general Rp1,800,000), with a UMK letter from a Dinas KUKM or ministry dated in the filing year, and a statement with a duty stamp (meterai).",
      },
      needsReview: true,
      required: true,
      requires: ["brand"],
      items: [
        {
          key: "own_photos",
          title: { id: "Foto milik sendiri atau berlisensi", en: "Photos are my own or licensed" },
          help: {
            id: "Pakai foto yang Anda ambil sendiri atau yang izinnya jelas. Jangan mengambil foto dari internet atau toko lain: foto dilindungi hak cipta selama 50 tahun sejak pertama diterbitkan, dan marketplace menerima laporan pelanggaran hak cipta.",
            en: "Use photos you took yourself or that you clearly have permission to use. Do not take photos from the internet or other shops: photos are protected by copyright for 50 years from first publication, and marketplaces accept copyright infringement reports.",
          },
          required: true,
        },
        {
          key: "logo_rights",
          title: {
            id: "Logo buatan sendiri atau dialihkan tertulis",
            en: "Logo made by me or assigned to me in writing",
          },
          help: {
            id: "Jika logo dibuat orang lain (desainer, teman atau jasa online), mintalah surat pengalihan hak cipta tertulis kepada Anda, agar jelas logo itu milik Anda. Hak cipta lahir otomatis saat karya dibuat; mencatatkannya umumnya bersifat pilihan.",
            en: "If someone else made your logo (a designer, a friend or an online service), ask for a written copyright assignment to you, so it is clear the logo is yours. Copyright arises automatically when a work is made; recording it is generally optional.",
          },
          required: true,
        },
        {
          key: "fonts_licensed",
          title: { id: "Font berlisensi OFL atau dibeli", en: "Fonts are OFL or licensed" },
          help: {
            id: "Font “gratis” belum tentu boleh dipakai untuk usaha. Pakai font berlisensi OFL (Open Font License, boleh untuk usaha) atau font yang lisensinya Anda beli. Periksa lisensinya di situs tempat Anda mengunduh.",
            en: "A “free” font is not always allowed for business use. Use fonts under the OFL (Open Font License, fine for business) or fonts whose licence you bought. Check the licence on the site you downloaded it from.",
          },
          required: true,
        },
        {
          key: "music_licensed",
          title: { id: "Musik video berlisensi platform", en: "Video music is platform-licensed" },
          help: {
            id: "Untuk video promosi, umumnya aman memakai musik dari pustaka musik resmi platform yang diizinkan untuk akun usaha. Jangan menempelkan lagu populer tanpa izin. Periksa ketentuan terbaru tiap platform.",
            en: "For promotional videos, it is generally safe to use music from the platform’s official library that is cleared for business accounts. Do not add popular songs without permission. Check each platform’s latest rules.",
          },
          required: false,
        },
      ],
    },

    // 5 ─────────────────────────────────────────────────────────────────────────────────────
    {
      key: "products",
      title: { id: "Produk", en: "Products" },
      summary: {
        id: "Periksa label, kemasan dan foto setiap produk.",
        en: "Check the label, packaging and photos of each product.",
      },
      help: {
        id: "Cocokkan setiap produk dengan daftar periksa mutu di bawah. Yang tampil hanya butir untuk kategori produk Anda. Label yang lengkap, kemasan yang rapi dan foto yang jujur membuat pembeli lebih percaya. Pendamping akan memeriksa dan memberi masukan.",
        en: "Check each product against the quality checklist below. Only the items for your product categories are shown. A complete label, neat packaging and honest photos make buyers trust you more. Your mentor will review and give feedback.",
      },
      needsReview: true,
      required: true,
      requires: ["profile"],
      items: [
        // Processed food (Perban BPOM 31/2018)
        {
          key: "label_contents",
          title: { id: "Isi label pangan lengkap", en: "Complete food label" },
          help: {
            id: "Label memuat: nama produk (jenis + nama dagang), daftar bahan, berat atau isi bersih, nama dan alamat produsen, serta kode dan tanggal produksi, dalam Bahasa Indonesia. Nama, berat bersih, produsen, tanda halal, kedaluwarsa dan nomor izin ada di bagian utama label. Beri peringatan bila ada pemanis buatan atau alergen.",
            en: "The label shows: product name (type + trade name), ingredients, net weight or volume, producer’s name and address, and production code and date, in Bahasa Indonesia. Name, net weight, producer, halal mark, expiry and permit number go on the main panel. Add a warning for artificial sweetener or allergens.",
          },
          categories: ["processed_food"],
          required: true,
          link: BPOM_UMKM,
        },
        {
          key: "label_expiry",
          title: { id: "Tanggal kedaluwarsa lengkap", en: "Full expiry date" },
          help: {
            id: "Tulis tanggal kedaluwarsa lengkap dengan urutan hari-bulan-tahun, misalnya 31-12-2026, di bagian utama label.",
            en: "Print the full expiry date in day-month-year order, for example 31-12-2026, on the main panel of the label.",
          },
          categories: ["processed_food"],
          required: true,
          link: BPOM_UMKM,
        },
        {
          key: "label_permit_number",
          title: { id: "Nomor izin di label", en: "Permit number on the label" },
          help: {
            id: "Cantumkan nomor izin di bagian utama label: P-IRT (15 digit, misalnya 1234567890123-45) atau BPOM MD. Nomornya harus sama persis dengan izin yang Anda miliki.",
            en: "Print your permit number on the main panel: P-IRT (15 digits, e.g. 1234567890123-45) or BPOM MD. It must match the permit you hold exactly.",
          },
          categories: ["processed_food"],
          required: true,
          link: BPOM_UMKM,
        },
        {
          key: "label_halal",
          title: { id: "Label Halal Indonesia", en: "Halal Indonesia label" },
          help: {
            id: "Jika produk sudah bersertifikat halal, pasang label ungu “Halal Indonesia” (berlaku sejak 1 Maret 2022) di bagian utama label. Jangan memasang logo halal sebelum sertifikat terbit. Produk yang tidak halal wajib diberi keterangan tidak halal.",
            en: "If the product is halal-certified, put the purple “Halal Indonesia” label (in use since 1 March 2022) on the main panel. Do not use a halal logo before the certificate is issued. Non-halal products must say they are not halal.",
          },
          categories: ["processed_food"],
          required: false,
          link: SIHALAL,
        },
        {
          key: "packaging_food_grade",
          title: { id: "Kemasan aman untuk pangan", en: "Food-safe packaging" },
          help: {
            id: "Pakai kemasan khusus pangan (food grade) yang tertutup rapat atau tersegel, dengan label yang mudah dibaca dan isi bersih sesuai yang tertulis. Untuk pengiriman, beri pelindung agar tidak rusak di jalan.",
            en: "Use food-grade packaging that is tightly closed or sealed, with a legible label and the net quantity stated. For delivery, add padding so it is not damaged on the way.",
          },
          categories: ["processed_food"],
          required: true,
        },

        // Ready meals
        {
          key: "menu_price_final",
          title: { id: "Menu dengan harga akhir", en: "Menu with final prices" },
          help: {
            id: "Siapkan daftar menu dengan harga akhir, yaitu harga yang dibayar pembeli. Layanan pesan-antar seperti GoFood meminta menu ini saat mendaftar.",
            en: "Prepare a menu with final prices, meaning the price the buyer pays. Delivery services such as GoFood ask for this menu when you sign up.",
          },
          categories: ["ready_meal"],
          required: true,
        },
        {
          key: "food_photo_real",
          title: { id: "Foto makanan asli", en: "Real food photos" },
          help: {
            id: "Foto menu yang benar-benar Anda jual, difoto sendiri dengan cahaya terang. Jangan memakai foto dari internet: pembeli harus melihat makanan yang akan mereka terima.",
            en: "Photograph the dishes you really sell, yourself, in good light. Do not use photos from the internet: buyers must see the food they will receive.",
          },
          categories: ["ready_meal"],
          required: true,
        },

        // Cosmetics and jamu
        {
          key: "cosmetic_notification_number",
          title: { id: "Nomor notifikasi BPOM", en: "BPOM notification number" },
          help: {
            id: "Setiap produk kosmetik perlu nomor notifikasi BPOM yang masih berlaku (3 tahun) sebelum dijual. Catat nomornya dan tanggal habis berlakunya. Untuk jamu, tanyakan izin yang sesuai kepada pendamping.",
            en: "Each cosmetic product needs a valid BPOM notification number (3 years) before it is sold. Note the number and its expiry date. For jamu, ask your mentor which permit applies.",
          },
          categories: ["cosmetics_jamu"],
          required: true,
          link: NOTIFKOS,
        },
        {
          key: "cosmetic_label",
          title: { id: "Label kosmetik", en: "Cosmetics label" },
          help: {
            id: "Nama produk di label harus sama dengan nama yang dinotifikasi, dan nomor notifikasi tertulis jelas. Untuk isi label selengkapnya, periksa ketentuan BPOM terbaru atau tanyakan pendamping.",
            en: "The product name on the label must match the notified name, and the notification number must be clearly printed. For the full label contents, check BPOM’s latest rules or ask your mentor.",
          },
          categories: ["cosmetics_jamu"],
          required: true,
          link: NOTIFKOS,
        },

        // Fashion and textiles
        {
          key: "fibre_composition",
          title: { id: "Komposisi bahan (%)", en: "Fibre composition (%)" },
          help: {
            id: "Tulis komposisi serat dalam persen, misalnya “Katun 100%” atau “Katun 60%, poliester 40%”, di label dan deskripsi produk.",
            en: "State the fibre composition in percent, e.g. “Cotton 100%” or “Cotton 60%, polyester 40%”, on the label and in the product description.",
          },
          categories: ["fashion_textile"],
          required: true,
        },
        {
          key: "size_chart_cm",
          title: { id: "Tabel ukuran dalam cm", en: "Size chart in cm" },
          help: {
            id: "Sertakan tabel ukuran dalam sentimeter (misalnya lingkar dada dan panjang badan), bukan hanya S/M/L, agar pembeli tidak salah ukuran.",
            en: "Include a size chart in centimetres (e.g. chest and body length), not just S/M/L, so buyers pick the right size.",
          },
          categories: ["fashion_textile"],
          required: true,
        },
        {
          key: "care_label",
          title: { id: "Petunjuk perawatan", en: "Care label" },
          help: {
            id: "Cantumkan simbol atau petunjuk perawatan: cara mencuci, suhu setrika dan cara menjemur.",
            en: "Include care symbols or instructions: how to wash, iron temperature and how to dry.",
          },
          categories: ["fashion_textile"],
          required: true,
        },

        // Crafts
        {
          key: "craft_materials",
          title: { id: "Bahan kerajinan", en: "Craft materials" },
          help: {
            id: "Sebutkan bahan utama (misalnya rotan, kayu jati atau perak) dan bahan pelapis bila ada.",
            en: "State the main material (e.g. rattan, teak or silver) and any finish or coating.",
          },
          categories: ["craft"],
          required: true,
        },
        {
          key: "craft_dimensions_weight",
          title: { id: "Ukuran dan berat", en: "Dimensions and weight" },
          help: {
            id: "Tulis ukuran (panjang × lebar × tinggi, dalam cm) dan berat (gram atau kg). Berat juga dipakai untuk menghitung ongkos kirim.",
            en: "State the dimensions (length × width × height, in cm) and weight (grams or kg). The weight is also used to work out shipping costs.",
          },
          categories: ["craft"],
          required: true,
        },
        {
          key: "craft_handmade_note",
          title: { id: "Catatan buatan tangan", en: "Handmade note" },
          help: {
            id: "Tambahkan catatan bahwa produk dibuat dengan tangan, sehingga warna, motif atau ukurannya bisa sedikit berbeda dari foto.",
            en: "Add a note that the item is handmade, so its colour, pattern or size may differ slightly from the photo.",
          },
          categories: ["craft"],
          required: true,
        },
        {
          key: "batik_technique",
          title: { id: "Teknik batik", en: "Batik technique" },
          help: {
            id: "Untuk batik, sebutkan tekniknya dengan jujur: tulis (digambar dengan canting), cap (dicap dengan cetakan) atau print (dicetak mesin).",
            en: "For batik, state the technique honestly: tulis (hand-drawn with a canting), cap (stamped with a block) or print (machine-printed).",
          },
          categories: ["fashion_textile", "craft"],
          required: false,
        },

        // Fresh produce (Peraturan Bapanas 1/2023)
        {
          key: "fresh_label",
          title: { id: "Label pangan segar", en: "Fresh produce label" },
          help: {
            id: "Menurut Peraturan Bapanas 1/2023, label memuat: nama produk, berat bersih, nama produsen, tanggal atau tanggal kedaluwarsa, dan asal produk. Tambahkan label halal bila diwajibkan.",
            en: "Under Bapanas Regulation 1/2023, the label shows: product name, net weight, producer, a date or expiry date, and origin. Add a halal label where required.",
          },
          categories: ["fresh_produce"],
          required: true,
        },
        {
          key: "fresh_packaging",
          title: { id: "Kemasan pangan segar", en: "Fresh produce packaging" },
          help: {
            id: "Pakai kemasan bersih yang aman untuk pangan dan tertutup rapi, dengan label yang terbaca dan berat bersih yang sesuai. Untuk pengiriman, lindungi dari benturan.",
            en: "Use clean, food-safe packaging that closes neatly, with a legible label and the correct net weight. For delivery, protect it from knocks.",
          },
          categories: ["fresh_produce"],
          required: true,
        },

        // Services
        {
          key: "price_list",
          title: { id: "Daftar harga jasa", en: "Service price list" },
          help: {
            id: "Buat daftar harga yang jelas untuk setiap jenis jasa, termasuk apa saja yang sudah termasuk dalam harga.",
            en: "Make a clear price list for each service, including what the price covers.",
          },
          categories: ["services"],
          required: true,
        },
        {
          key: "portfolio_own_work",
          title: { id: "Portofolio hasil kerja sendiri", en: "Portfolio of my own work" },
          help: {
            id: "Tampilkan hanya foto hasil kerja Anda sendiri. Memakai foto karya orang lain bisa melanggar hak cipta dan menyesatkan pembeli.",
            en: "Show only photos of your own work. Using photos of other people’s work can infringe copyright and mislead buyers.",
          },
          categories: ["services"],
          required: true,
        },

        // All categories
        {
          key: "photo_main_white",
          title: { id: "Foto utama berlatar putih", en: "Main photo on white" },
          help: {
            id: "Foto utama persegi, sebaiknya minimal 1000 × 1000 px dan paling besar 2 MB, berlatar putih polos, dengan produk mengisi sekitar 80% bingkai. Tanpa nomor HP, tulisan, tanda air, merek lain atau foto pinjaman. Ukuran ini umumnya memenuhi syarat marketplace besar.",
            en: "A square main photo, ideally at least 1000 × 1000 px and at most 2 MB, on a plain white background, with the product filling about 80% of the frame. No phone numbers, text, watermarks, other brands or borrowed photos. This size generally meets the big marketplaces’ rules.",
          },
          required: true,
        },
        {
          key: "photo_set",
          title: { id: "Foto pelengkap", en: "Extra photos" },
          help: {
            id: "Tambahkan foto label belakang, detail, produk saat dipakai atau di samping benda lain (agar ukurannya terlihat), dan kemasan. Lazada menyarankan minimal 3 foto.",
            en: "Add photos of the back label, details, the product in use or next to another object (to show its size), and the pack. Lazada advises at least 3 photos.",
          },
          required: false,
        },
      ],
    },

    // 6 ─────────────────────────────────────────────────────────────────────────────────────
    {
      key: "channels",
      title: { id: "Saluran online", en: "Online channels" },
      summary: {
        id: "Pilih tempat jualan online yang cocok, lalu daftar.",
        en: "Pick the online channels that fit, then sign up.",
      },
      help: {
        id: "Pilih saluran yang cocok, tidak perlu semuanya; satu marketplace dan QRIS sudah awal yang baik. Media sosial untuk promosi, penjualan lewat marketplace. Bukalapak berhenti menjual barang fisik sejak Februari 2025, dan Blanja.com serta MatahariMall sudah tutup, jadi tidak ada di daftar ini.",
        en: "Pick the channels that fit; you do not need them all. One marketplace plus QRIS is a good start. Social media is for promotion, with sales through a marketplace. Bukalapak stopped selling physical goods in February 2025, and Blanja.com and MatahariMall have closed, so they are not listed.",
      },
      needsReview: true,
      required: true,
      requires: ["profile"],
      items: [
        {
          key: "shopee",
          title: { id: "Shopee", en: "Shopee" },
          help: {
            id: "Penjual perorangan perlu KTP, nomor HP dan rekening bank; satu KTP bisa untuk sampai 5 toko. Untuk Shopee Mall perlu sertifikat merek, serta BPOM/PIRT untuk pangan dan kosmetik. Umumnya bisa memuat sampai 9 foto persegi.",
            en: "Individual sellers need a KTP, phone number and bank account; one KTP can hold up to 5 shops. Shopee Mall needs a trademark certificate, plus BPOM/PIRT for food and cosmetics. Generally up to 9 square photos per product.",
          },
          required: false,
        },
        {
          key: "tiktok_tokopedia",
          title: { id: "TikTok Shop by Tokopedia", en: "TikTok Shop by Tokopedia" },
          help: {
            id: "Tokopedia kini bergabung dengan TikTok Shop. Penjual perorangan perlu KTP, nomor HP dan rekening bank. Foto JPG/PNG maksimal 5 MB dan lebih dari 300 × 300 px; video MP4 maksimal 20 MB dan di bawah 60 detik. Produk yang ditampilkan harus produk asli.",
            en: "Tokopedia has merged with TikTok Shop. Individual sellers need a KTP, phone number and bank account. Photos JPG/PNG up to 5 MB and over 300 × 300 px; videos MP4 up to 20 MB and under 60 seconds. Listings must show the real product.",
          },
          required: false,
          link: {
            label: { id: "Pusat Penjual Tokopedia", en: "Tokopedia Seller Center" },
            url: "https://seller-id.tokopedia.com",
          },
        },
        {
          key: "lazada",
          title: { id: "Lazada", en: "Lazada" },
          help: {
            id: "Penjual perorangan perlu KTP, nomor HP dan rekening bank. Foto: 1–8 gambar (disarankan minimal 3), persegi 500–2000 px, latar putih, produk mengisi 80% bingkai, tanpa tanda air, tulisan atau logo.",
            en: "Individual sellers need a KTP, phone number and bank account. Photos: 1–8 images (at least 3 advised), square, 500–2000 px, white background, product filling 80% of the frame, no watermark, text or logo.",
          },
          required: false,
        },
        {
          key: "blibli",
          title: { id: "Blibli", en: "Blibli" },
          help: {
            id: "Penjual perorangan umumnya perlu KTP, nomor HP dan rekening bank; badan usaha perlu NIB, akta dan NPWP. Periksa syarat terbaru di Blibli.",
            en: "Individual sellers generally need a KTP, phone number and bank account; companies need an NIB, deed and NPWP. Check Blibli’s latest requirements.",
          },
          required: false,
        },
        {
          key: "gofood",
          title: { id: "GoFood (aplikasi GoBiz)", en: "GoFood (GoBiz app)" },
          help: {
            id: "Daftar lewat aplikasi GoBiz. Siapkan KTP, nomor HP dan e-mail yang belum terdaftar di GoBiz, buku tabungan, menu dengan harga akhir dan foto makanan. NPWP hanya perlu jika kena pajak restoran (PB1). Dua mitra pengemudi akan datang memotret tempat usaha Anda.",
            en: "Sign up in the GoBiz app. Have your KTP, a phone number and e-mail not yet registered with GoBiz, your bank book, a menu with final prices and food photos. An NPWP is needed only if restaurant tax (PB1) applies. Two drivers will visit to photograph your outlet.",
          },
          categories: ["ready_meal", "processed_food"],
          required: false,
        },
        {
          key: "grabfood",
          title: { id: "GrabFood", en: "GrabFood" },
          help: {
            id: "Syaratnya umumnya mirip GoFood: KTP, rekening bank, menu dengan harga akhir dan foto makanan. Periksa ketentuan terbaru di Grab.",
            en: "Requirements are generally similar to GoFood: KTP, bank account, a menu with final prices and food photos. Check Grab’s latest requirements.",
          },
          categories: ["ready_meal", "processed_food"],
          required: false,
        },
        {
          key: "shopeefood",
          title: { id: "ShopeeFood", en: "ShopeeFood" },
          help: {
            id: "Syaratnya umumnya mirip GoFood: KTP, rekening bank, menu dengan harga akhir dan foto makanan. Periksa ketentuan terbaru di Shopee.",
            en: "Requirements are generally similar to GoFood: KTP, bank account, a menu with final prices and food photos. Check Shopee’s latest requirements.",
          },
          categories: ["ready_meal", "processed_food"],
          required: false,
        },
        {
          key: "google_business",
          title: { id: "Google Business Profile (Google Maps)", en: "Google Business Profile (Google Maps)" },
          help: {
            id: "Agar usaha muncul di Google Maps. Isi nama, kategori, alamat atau area layanan, jam buka dan foto. Verifikasi lewat telepon atau video: rekam papan nama, jalan di depan, dan Anda membuka tempat usaha.",
            en: "Puts your business on Google Maps. Fill in the name, category, address or service area, opening hours and photos. Verify by phone or video: film your signage, the street outside, and yourself unlocking the premises.",
          },
          required: false,
          link: {
            label: { id: "Google Business Profile", en: "Google Business Profile" },
            url: "https://business.google.com",
          },
        },
        {
          key: "instagram",
          title: { id: "Instagram", en: "Instagram" },
          help: {
            id: "Untuk promosi: tampilkan foto produk dan cerita usaha, lalu arahkan pembeli ke toko marketplace Anda. Transaksi dilakukan di marketplace, bukan di dalam aplikasi media sosial.",
            en: "For promotion: show product photos and your story, then send buyers to your marketplace shop. Sales go through the marketplace, not inside the social media app.",
          },
          required: false,
        },
        {
          key: "facebook",
          title: { id: "Facebook", en: "Facebook" },
          help: {
            id: "Untuk promosi: buat halaman usaha, bagikan foto produk, lalu arahkan pembeli ke toko marketplace Anda. Transaksi dilakukan di marketplace, bukan di dalam aplikasi media sosial.",
            en: "For promotion: create a business page, share product photos, then send buyers to your marketplace shop. Sales go through the marketplace, not inside the social media app.",
          },
          required: false,
        },
        {
          key: "whatsapp_business",
          title: { id: "WhatsApp Business", en: "WhatsApp Business" },
          help: {
            id: "Untuk menjawab pertanyaan pembeli dan promosi. Cantumkan tautan toko marketplace Anda di profil.",
            en: "For answering buyers’ questions and promotion. Put a link to your marketplace shop in your profile.",
          },
          required: false,
        },
        {
          key: "website",
          title: { id: "Situs web sendiri", en: "Own website" },
          help: {
            id: "Pilihan tambahan sebagai etalase dan sumber informasi usaha. Usahakan nama domain sama dengan nama merek Anda.",
            en: "An optional extra, as a showcase and information source for your business. Try to get a domain that matches your brand name.",
          },
          required: false,
        },
        {
          key: "qris",
          title: { id: "QRIS", en: "QRIS" },
          help: {
            id: "Daftar di bank atau dompet digital berizin mana pun. Sejak 1 Desember 2024, biaya (MDR) untuk usaha mikro 0% bagi pembayaran sampai Rp500.000; di atas itu 0,3%. Usaha non-mikro 0,7%. Biaya ini tidak boleh dibebankan kepada pembeli.",
            en: "Register with any licensed bank or e-wallet. Since 1 December 2024, the merchant fee (MDR) for micro merchants is 0% on payments up to Rp500,000, otherwise 0.3%. Non-micro merchants pay 0.7%. The fee must never be passed on to the buyer.",
          },
          required: false,
        },
      ],
    },

    // 7 ─────────────────────────────────────────────────────────────────────────────────────
    {
      key: "final_review",
      title: { id: "Tinjauan akhir", en: "Final review" },
      summary: {
        id: "Pendamping memeriksa semuanya; usaha Anda resmi “Go Online”.",
        en: "Your mentor checks everything; your business becomes “Go Online”.",
      },
      help: {
        id: "Setelah semua tugas selesai, pendamping memeriksa ulang data usaha Anda. Jika sudah sesuai, pendamping mengonfirmasi dan usaha Anda berstatus “Go Online”. Anda bisa mencetak sertifikat sebagai tanda capaian ini. Sertifikat ini bukan izin usaha.",
        en: "Once all tasks are done, your mentor reviews your business again. If all is in order, the mentor confirms and your business becomes “Go Online”. You can print a certificate to mark this achievement. The certificate is not a business permit.",
      },
      needsReview: true,
      required: true,
      requires: ["profile", "legality", "brand", "ip", "products", "channels"],
      requiresApproval: true,
    },
  ],
};
