// Texts for the products task. Importing this module waits until they are loaded in the page's language (../load.ts).
import { loadNamespace } from "../load";

export const productTexts = await loadNamespace("product", {
  id: () => import("../messages/product.id").then((m) => m.productId),
  en: () => import("../messages/product.en").then((m) => m.productEn),
});
