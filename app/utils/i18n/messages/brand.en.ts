// English: the brand identity task. Translates every key of brand.id.ts, checked by the type.
import type { Translation } from "../types";
import type { brandId } from "./brand.id";

export const brandEn: Translation<typeof brandId> = {
  "field.brandName.required": "Write your brand name.",
  "field.brandName.tooShort": "A brand name needs at least 2 letters.",
  "field.brandName.tooLong": "A brand name is at most 60 letters.",
  "field.brandStory.required": "Write a short story of your brand, 2–5 sentences.",
  "field.colours.count": "Tick at least 2 brand colours.",
  "field.colour.invalid": "Choose a colour from the colour box.",
  "brand.name": "Brand name",
  "brand.nameHint":
    "A distinctive name that is easy to remember, 2 to 60 letters. It may be the same as your business name or different.",
  "brand.tagline": "Tagline",
  "brand.taglineHint": "Optional. One short sentence, for example: Crunchy, from a Garut kitchen.",
  "brand.story": "Brand story",
  "brand.storyHint":
    "Who you are, since when, where your recipe or materials come from, what is special about your region. 2–5 sentences are enough.",
  "brand.colours": "Brand colours",
  "brand.coloursHint":
    "Choose 2 to 4 colours and use them everywhere: labels, packs and online shops. Tick the colours you use, then tap a colour box to change it.",
  "brand.useColour": "Use colour {n}",
  "brand.colourN": "Colour {n}",
  "brand.logoHint":
    "Optional. A photo or picture of your logo, JPG, PNG or WebP, at least 200 × 200 pixels, at most 10 MB.",
  "brand.preview.title": "Preview",
  "brand.preview.hint": "Roughly how buyers will see your brand in an online shop.",
  "brand.preview.noName": "Your brand name",
  "brand.warning.generic":
    "This name only has common words (like the kind of product, or “tasty”). Such names are hard to protect as a trademark and easily confused with other sellers. Add a distinctive word, such as your name or a special place name.",
  "brand.warning.healthClaim":
    "This name has a word that promises a health benefit. For food, BPOM does not allow trade names with health claims. Better choose another name.",
  "brand.nameCheck.risky":
    "“{name}” is like {count} existing marks, for example “{top}”. Better change the name before printing labels, or read the risks first.",
  "brand.nameCheck.clear": "No marks like “{name}” were found in our index.",
  "brand.nameCheck.details": "See the details in the Trademark & copyright task",
};
