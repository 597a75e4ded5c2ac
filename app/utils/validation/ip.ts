import { z } from "zod";
import type { MessageKey } from "~/utils/i18n";
import type { ChecklistItem } from "~/utils/journey/template-types";
import { isIsoDate } from "~/utils/legality";
import {
  normalizeApplicationNumber,
  PDKI_RESULTS,
  normalizeRegistrationNumber,
  TRADEMARK_STATUSES,
  type TrademarkStatus,
} from "~/utils/trademark";

const msg = (key: MessageKey) => ({ message: key });

const declaration = z.object({ declared: z.literal("on").optional() }).optional();

const classList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v, ctx) => {
    const raw = v === undefined ? [] : Array.isArray(v) ? v : [v];
    const numbers = raw.flatMap((s) => s.split(/[\s,;]+/)).filter(Boolean);
    const classes: number[] = [];
    for (const n of numbers) {
      const value = Number(n);
      if (!/^\d{1,2}$/.test(n) || value < 1 || value > 45) {
        ctx.addIssue({ code: "custom", message: "field.niceClass.invalid" satisfies MessageKey });
        return z.NEVER;
      }
      classes.push(value);
    }
    return [...new Set(classes)].sort((a, b) => a - b);
  });

export type PdkiAnswer = { result?: (typeof PDKI_RESULTS)[number]; note?: string };
export type TrademarkAnswer = {
  status?: TrademarkStatus;
  classes: number[];
  applicationNumber?: string;
  filedOn?: string;
  registrationNumber?: string;
  registeredOn?: string;
};
/** Stored answers: `pdki`, `trademark`, and one `{ declared }` per copyright declaration. */
export type IpAnswers = Record<string, PdkiAnswer | TrademarkAnswer | { declared: boolean }>;

/**
 * The "Merek & hak cipta" task: the owner's own search of PDKI for their brand name, the
 * copyright declarations (the task's items), and the trademark plan. Numbers and dates are
 * checked whenever they are filled in; finishing needs the search answered, every required
 * declaration made, and a plan status (with its number once filed or registered; dates are optional).
 */
export function ipSchema(
  items: ChecklistItem[],
  today: string,
  /** The latest brand-name check of the current brand name (null when there is none), and its risky marks. */
  brandCheck: { risky: string[] } | null = null,
) {
  const shape: Record<string, typeof declaration> = {};
  for (const item of items) shape[item.key] = declaration;
  const always = () => true;
  const head = z.object({
    intent: z.enum(["draft", "finish"]),
    ack: z
      .union([z.string().max(200), z.array(z.string().max(200))])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
    pdki: z
      .object({
        result: z.enum(PDKI_RESULTS, msg("field.choice.invalid")).optional(),
        note: z.string().trim().max(1000, msg("field.tooLong")).optional(),
      })
      .optional(),
    trademark: z
      .object({
        status: z.enum(TRADEMARK_STATUSES, msg("field.choice.invalid")).optional(),
        classes: classList,
        otherClasses: classList,
        applicationNumber: z.string().trim().max(40, msg("field.applicationNumber.invalid")).optional(),
        filedOn: z.string().trim().max(10, msg("field.date.invalid")).optional(),
        registrationNumber: z.string().trim().max(40, msg("field.registrationNumber.invalid")).optional(),
        registeredOn: z.string().trim().max(10, msg("field.date.invalid")).optional(),
      })
      .optional(),
  });
  const base = head.extend(shape);
  // The declarations' index signature blurs the named fields' types, so they are read through `head`.
  type Value = z.output<typeof head>;
  const finishing = (v: Value) => v.intent === "finish";
  const tm = (v: Value) => v.trademark ?? { classes: [], otherClasses: [] };
  type Schema = z.ZodType<z.output<typeof base>>;
  const check = (schema: Schema, test: (v: Value) => boolean, path: (string | number)[], message: MessageKey) =>
    schema.refine((v) => test(v as unknown as Value), { path, message, when: always });
  const declared = (v: Value, key: string) =>
    (v as unknown as Record<string, { declared?: string } | undefined>)[key]?.declared === "on";

  let schema: Schema = base;
  // The checks run even when a field failed its own type (`when: always`), so a field posted twice
  // arrives here as an array: read only strings.
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const date = (value: unknown) => !text(value) || (isIsoDate(text(value)!) && text(value)! <= today);
  schema = check(schema, (v) => date(tm(v).filedOn), ["trademark", "filedOn"], "field.date.invalid");
  schema = check(schema, (v) => date(tm(v).registeredOn), ["trademark", "registeredOn"], "field.date.invalid");
  schema = check(
    schema,
    (v) => !text(tm(v).applicationNumber) || normalizeApplicationNumber(text(tm(v).applicationNumber)!) !== null,
    ["trademark", "applicationNumber"],
    "field.applicationNumber.invalid",
  );
  schema = check(
    schema,
    (v) => !text(tm(v).registrationNumber) || normalizeRegistrationNumber(text(tm(v).registrationNumber)!) !== null,
    ["trademark", "registrationNumber"],
    "field.registrationNumber.invalid",
  );
  schema = check(schema, (v) => !finishing(v) || brandCheck !== null, ["ack"], "field.brandCheck.required");
  schema = check(
    schema,
    (v) =>
      !finishing(v) ||
      !brandCheck ||
      brandCheck.risky.every((name) => (Array.isArray(v.ack) ? v.ack : []).includes(name)),
    ["ack"],
    "field.brandCheck.acknowledge",
  );
  schema = check(schema, (v) => !finishing(v) || !!v.pdki?.result, ["pdki", "result"], "field.pdki.required");
  schema = check(
    schema,
    (v) => !finishing(v) || v.pdki?.result !== "similar_found" || !!v.pdki.note,
    ["pdki", "note"],
    "field.pdki.noteRequired",
  );
  schema = check(
    schema,
    (v) => !finishing(v) || !!tm(v).status,
    ["trademark", "status"],
    "field.trademarkStatus.required",
  );
  for (const item of items.filter((i) => i.required)) {
    schema = check(
      schema,
      (v) => !finishing(v) || declared(v, item.key),
      [item.key, "declared"],
      "field.declaration.required",
    );
  }
  // A class list that failed its own check holds zod's "aborted" marker, not an array: its own
  // error says what is wrong, so "choose a class" is not added on top.
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
  const filedOrRegistered = (v: Value) => tm(v).status === "filed" || tm(v).status === "registered";
  schema = check(
    schema,
    (v) => !finishing(v) || !filedOrRegistered(v) || [...list(tm(v).classes), ...list(tm(v).otherClasses)].length > 0,
    ["trademark", "classes"],
    "field.niceClass.required",
  );
  schema = check(
    schema,
    (v) => !finishing(v) || tm(v).status !== "filed" || !!tm(v).applicationNumber,
    ["trademark", "applicationNumber"],
    "field.applicationNumber.required",
  );
  schema = check(
    schema,
    (v) => !finishing(v) || tm(v).status !== "registered" || !!tm(v).registrationNumber,
    ["trademark", "registrationNumber"],
    "field.registrationNumber.required",
  );

  return schema.transform((value) => {
    const v = value as unknown as Value;
    const t = tm(v);
    const answers: IpAnswers = {};
    Object.assign(answers, {
      brandCheck: { acknowledged: (v.ack ?? []).filter((name) => brandCheck?.risky.includes(name)) },
      pdki: { result: v.pdki?.result, note: v.pdki?.result === "similar_found" ? v.pdki.note || undefined : undefined },
      trademark: {
        status: t.status,
        classes: [...new Set([...(t.classes ?? []), ...(t.otherClasses ?? [])])].sort((a, b) => a - b),
        applicationNumber: t.applicationNumber
          ? (normalizeApplicationNumber(t.applicationNumber) ?? undefined)
          : undefined,
        filedOn: t.filedOn || undefined,
        registrationNumber: t.registrationNumber
          ? (normalizeRegistrationNumber(t.registrationNumber) ?? undefined)
          : undefined,
        registeredOn: t.registeredOn || undefined,
      },
    });
    for (const item of items) {
      answers[item.key] = { declared: declared(v, item.key) };
    }
    return { intent: v.intent, answers };
  });
}
