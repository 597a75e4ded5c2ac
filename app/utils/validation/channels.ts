import { z } from "zod";
import { CHANNEL_STATUSES, CHANNELS_WITHOUT_LINK, checkShopUrl } from "~/utils/channels";
import type { MessageKey } from "~/utils/i18n";
import { UPLOAD_ID_PATTERN } from "~/utils/uploads/uploads";
import type { ChecklistItem } from "~/utils/journey/template-types";
import { isIsoDate } from "~/utils/legality";

const msg = (key: MessageKey) => ({ message: key });

const channelAnswer = z
  .object({
    status: z.enum(CHANNEL_STATUSES, msg("field.choice.invalid")).optional(),
    url: z.string().trim().max(300, msg("field.tooLong")).optional(),
    firstSaleOn: z.string().trim().max(10, msg("field.date.invalid")).optional(),
    evidence: z.string().regex(UPLOAD_ID_PATTERN, msg("upload.unreadable")).optional(),
  })
  .optional();

export type ChannelAnswer = NonNullable<z.output<typeof channelAnswer>>;

/**
 * The channels task for the channels that apply to this enterprise. Links are checked
 * against each channel's own sites; an open shop needs its link, a first sale its date
 * (not in the future); finishing needs at least one shop open.
 */
export function channelsSchema(items: ChecklistItem[], today: string) {
  const shape: Record<string, typeof channelAnswer> = {};
  for (const item of items) shape[item.key] = channelAnswer;
  return z
    .object({ intent: z.enum(["draft", "finish"]) })
    .extend(shape)
    .transform((value, ctx) => {
      const { intent } = value as unknown as { intent: "draft" | "finish" };
      const answers: Record<string, ChannelAnswer> = {};
      for (const item of items) {
        const answer = { ...((value as unknown as Record<string, ChannelAnswer | undefined>)[item.key] ?? {}) };
        const issue = (field: keyof ChannelAnswer, key: MessageKey) =>
          ctx.addIssue({ code: "custom", path: [item.key, field], message: key });
        const live = answer.status === "open" || answer.status === "first_sale";
        if (answer.url) {
          const check = checkShopUrl(item.key, answer.url);
          if (check.ok) answer.url = check.url;
          else issue("url", check.reason === "invalid" ? "field.url.invalid" : "field.url.wrongSite");
        } else if (live && !CHANNELS_WITHOUT_LINK.has(item.key)) {
          issue("url", "field.url.required");
        }
        if (answer.firstSaleOn) {
          if (!isIsoDate(answer.firstSaleOn)) issue("firstSaleOn", "field.date.invalid");
          else if (answer.firstSaleOn > today) issue("firstSaleOn", "field.date.future");
        } else if (answer.status === "first_sale") {
          issue("firstSaleOn", "field.firstSale.required");
        }
        answers[item.key] = answer;
      }
      if (
        intent === "finish" &&
        !Object.values(answers).some((a) => a.status === "open" || a.status === "first_sale")
      ) {
        ctx.addIssue({ code: "custom", path: [], message: "field.channels.oneOpen" satisfies MessageKey });
      }
      return { intent, answers };
    });
}
