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
  .transform((value, ctx) => {
    // The same colour ticked twice counts once.
    const colours = [
      ...new Set(
        COLOUR_SLOTS.flatMap((slot) => {
          const hex = value[`colour${slot}`];
          return value[`useColour${slot}`] && hex ? [hex.toLowerCase()] : [];
        }),
      ),
    ];
    if (value.intent === "finish") {
      const issue = (path: string, key: MessageKey) => ctx.addIssue({ code: "custom", path: [path], message: key });
      if (!value.name) issue("name", "field.brandName.required");
      else if (value.name.length < 2) issue("name", "field.brandName.tooShort");
      if (!value.story) issue("story", "field.brandStory.required");
      if (colours.length < 2) issue("colours", "field.colours.count");
    }
    return {
      intent: value.intent,
      name: value.name || null,
      tagline: value.tagline || null,
      story: value.story || null,
      logo: value.logo ?? null,
      colours,
    };
  });

export type BrandValues = z.output<typeof brandSchema>;
