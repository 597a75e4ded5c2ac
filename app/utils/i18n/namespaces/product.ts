// Texts for the products task. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const productTexts = await loadNamespace(
  "product",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/product.id").then((m) => m.productId),
    en: () => import("../messages/product.en").then((m) => m.productEn),
  },
);
