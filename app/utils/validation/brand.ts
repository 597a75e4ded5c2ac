import { z } from "zod";
import { COLOUR_SLOTS, HEX_COLOUR } from "~/utils/brand";
import type { MessageKey } from "~/utils/i18n";
import { UPLOAD_ID_PATTERN } from "~/utils/uploads/uploads";

const msg = (key: MessageKey) => ({ message: key });

const colour = z.string().trim().regex(HEX_COLOUR, msg("field.colour.invalid")).optional();
const used = z.literal("on").optional();

/**
 * The brand identity. Each of four colour slots has a colour field (a native colour picker,
 * which works without JavaScript) and a "use this colour" checkbox. A draft may be partial;
 * finishing needs a name, a story and two to four colours.
 */
export const brandSchema = z
  .object({
    intent: z.enum(["draft", "finish"]),
    name: z.string().trim().max(60, msg("field.brandName.tooLong")).optional(),
    tagline: z.string().trim().max(120, msg("field.tooLong")).optional(),
    story: z.string().trim().max(2000, msg("field.tooLong")).optional(),
    logo: z.string().regex(UPLOAD_ID_PATTERN, msg("upload.unreadable")).optional(),
    colour1: colour,
    colour2: colour,
    colour3: colour,
    colour4: colour,
    useColour1: used,
    useColour2: used,
    useColour3: used,
    useColour4: used,
  })
  // Finishing checks run even when a field above failed (`when`), so the owner sees every problem at once.
  .refine((v) => v.intent !== "finish" || !!text(v.name), { path: ["name"], message: "field.brandName.required", when })
  .refine((v) => v.intent !== "finish" || !text(v.name) || text(v.name).length >= 2, {
    path: ["name"],
    message: "field.brandName.tooShort",
    when,
  })
  .refine((v) => v.intent !== "finish" || !!text(v.story), {
    path: ["story"],
    message: "field.brandStory.required",
    when,
  })
  .refine((v) => v.intent !== "finish" || chosenColours(v).length >= 2, {
    path: ["colours"],
    message: "field.colours.count",
    when,
  })
  .transform((value) => ({
    intent: value.intent,
    name: value.name || null,
    tagline: value.tagline || null,
    story: value.story || null,
    logo: value.logo ?? null,
    colours: chosenColours(value),
  }));

function when() {
  return true;
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/** The ticked colours, lowercased; the same colour ticked twice counts once. */
function chosenColours(value: Partial<Record<`colour${1 | 2 | 3 | 4}` | `useColour${1 | 2 | 3 | 4}`, unknown>>) {
  const colours = COLOUR_SLOTS.flatMap((slot) => {
    const hex = value[`colour${slot}`];
    return value[`useColour${slot}`] && typeof hex === "string" && HEX_COLOUR.test(hex) ? [hex.toLowerCase()] : [];
  });
  return [...new Set(colours)];
}

export type BrandValues = z.output<typeof brandSchema>;
