import { parseWithZod } from "@conform-to/zod/v4";
import { beforeEach, describe, expect, it } from "vitest";
import { JOURNEY_TEMPLATE } from "../../../db/journey-template";
import type { Db } from "../db.server";
import { countRows, createJourneyTestDb, insertTestEnterprise, insertTestUser } from "../test-db.server";
import { getJourneyTemplate, getOrCreateEnterprise, loadChecklistTask, loadJourney } from "./journey.server";
import {
  discardDraft,
  editableTemplate,
  getTemplateDraft,
  listTemplateVersions,
  publishDraft,
  saveDraftTask,
} from "./template-editor.server";
import { applicableItems } from "~/utils/journey/checklist";
import { taskEditOf, templateChanges, type TaskEdit } from "~/utils/journey/template-edit";
import type { JourneyTemplate, ProductCategory, TaskKey } from "~/utils/journey/template-types";
import { TASK_KEYS } from "~/utils/journey/template-types";
import { productReadiness } from "~/utils/products/readiness";
import { channelsSchema } from "~/utils/validation/channels";
import { taskEditSchema } from "~/utils/validation/checklist";
import { ipSchema } from "~/utils/validation/ip";
import { legalitySchema } from "~/utils/validation/legality";
import { productSchema } from "~/utils/validation/product";

let db: Db;
let adminId: number;

beforeEach(async () => {
  db = await createJourneyTestDb();
  adminId = insertTestUser(db, { role: "admin", fullName: "Rina Admin" });
});

const actor = () => ({ userId: adminId, ip: "203.0.113.9" });

function task(template: JourneyTemplate, key: TaskKey) {
  const found = template.tasks.find((t) => t.key === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
}

/** The task's current content with its Indonesian help changed. */
function withHelp(template: JourneyTemplate, key: TaskKey, help: string): TaskEdit {
  const edit = taskEditOf(task(template, key));
  return { ...edit, help: { ...edit.help, id: help } };
}

function auditActions(): { action: string; subject_id: string; ip: string; details: string }[] {
  return db.prepare("SELECT action, subject_id, ip, details FROM audit_log ORDER BY id").all() as never;
}

function publishedRow(version: number) {
  return db
    .prepare("SELECT version, content, published_by, note, enterprise_count FROM journey_template WHERE version = ?")
    .get(version) as
    | { version: number; content: string; published_by: number; note: string; enterprise_count: number }
    | undefined;
}

describe("saveDraftTask", () => {
  it("makes the draft from the latest version on the first edit and changes only that field", () => {
    expect(getTemplateDraft(db)).toBeNull();
    saveDraftTask(db, actor(), "profile", withHelp(JOURNEY_TEMPLATE, "profile", "Panduan baru."));
    const draft = getTemplateDraft(db)!;
    expect(draft.baseVersion).toBe(1);
    expect(draft.updatedByName).toBe("Rina Admin");
    expect(task(draft.template, "profile").help).toEqual({
      id: "Panduan baru.",
      en: task(JOURNEY_TEMPLATE, "profile").help.en,
    });
    expect(templateChanges(JOURNEY_TEMPLATE, draft.template)).toEqual([
      { key: "profile", title: task(JOURNEY_TEMPLATE, "profile").title, fields: [{ field: "help.id" }], items: [] },
    ]);
    // The published version is untouched, and so is the cached copy the app serves.
    expect(JSON.parse(publishedRow(1)!.content)).toEqual(JOURNEY_TEMPLATE);
    expect(getJourneyTemplate(db, 1)).toEqual(JOURNEY_TEMPLATE);
    expect(auditActions()).toEqual([
      { action: "checklist.start_draft", subject_id: "1", ip: "203.0.113.9", details: '{"task":"profile"}' },
    ]);
  });

  it("keeps earlier edits of other tasks when a later one is saved", () => {
    saveDraftTask(db, actor(), "profile", withHelp(JOURNEY_TEMPLATE, "profile", "Satu."));
    saveDraftTask(db, actor(), "brand", withHelp(editableTemplate(db).template, "brand", "Dua."));
    const changes = templateChanges(JOURNEY_TEMPLATE, getTemplateDraft(db)!.template);
    expect(changes.map((c) => c.key)).toEqual(["profile", "brand"]);
    expect(auditActions().map((a) => a.action)).toEqual(["checklist.start_draft", "checklist.edit_task"]);
  });

  it("edits an item's texts, required flag and categories, leaving its key, link and other items alone", () => {
    const edit = taskEditOf(task(JOURNEY_TEMPLATE, "legality"));
    edit.items.npwp = { ...edit.items.npwp!, required: true, categories: ["services", "craft"] };
    edit.items.spp_irt = { ...edit.items.spp_irt!, categories: null, title: { id: "PIRT", en: "PIRT" } };
    saveDraftTask(db, actor(), "legality", edit);
    const legality = task(getTemplateDraft(db)!.template, "legality");
    const npwp = legality.items!.find((i) => i.key === "npwp")!;
    expect(npwp.required).toBe(true);
    // Stored in the enum's order, whatever order the form sent.
    expect(npwp.categories).toEqual(["craft", "services"]);
    expect(npwp.link).toEqual(task(JOURNEY_TEMPLATE, "legality").items!.find((i) => i.key === "npwp")!.link);
    const sppIrt = legality.items!.find((i) => i.key === "spp_irt")!;
    expect("categories" in sppIrt).toBe(false);
    expect(legality.items!.map((i) => i.key)).toEqual(task(JOURNEY_TEMPLATE, "legality").items!.map((i) => i.key));
    const changes = templateChanges(JOURNEY_TEMPLATE, getTemplateDraft(db)!.template)[0]!;
    expect(changes.items).toEqual([
      {
        key: "npwp",
        title: npwp.title,
        fields: [
          { field: "required", before: false, after: true },
          { field: "categories", before: null, after: ["craft", "services"] },
        ],
      },
      {
        key: "spp_irt",
        title: { id: "PIRT", en: "PIRT" },
        fields: [
          { field: "title.id" },
          { field: "title.en" },
          { field: "categories", before: ["processed_food"], after: null },
        ],
      },
    ]);
  });

  it("never changes the final review's flags, nor categories of tasks without them", () => {
    const finalEdit = { ...taskEditOf(task(JOURNEY_TEMPLATE, "final_review")), required: false, needsReview: false };
    saveDraftTask(db, actor(), "final_review", finalEdit);
    const ipEdit = taskEditOf(task(JOURNEY_TEMPLATE, "ip"));
    ipEdit.items.own_photos = { ...ipEdit.items.own_photos!, categories: ["craft"] };
    saveDraftTask(db, actor(), "ip", ipEdit);
    const draft = getTemplateDraft(db)!.template;
    expect(task(draft, "final_review")).toMatchObject({ required: true, needsReview: true });
    expect(task(draft, "ip").items!.find((i) => i.key === "own_photos")!.categories).toBeUndefined();
    expect(templateChanges(JOURNEY_TEMPLATE, draft)).toEqual([]);
  });
});

describe("taskEditSchema", () => {
  const legality = task(JOURNEY_TEMPLATE, "legality");

  /** The form as the browser posts it for the task's current content. */
  function formOf(edit: TaskEdit, extra: Record<string, string | string[] | undefined> = {}): FormData {
    const form = new FormData();
    const put = (name: string, value: string | string[] | undefined) => {
      if (value === undefined) return;
      for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
    };
    const fields: Record<string, string | string[] | undefined> = {
      "title.id": edit.title.id,
      "title.en": edit.title.en,
      "summary.id": edit.summary.id,
      "summary.en": edit.summary.en,
      "help.id": edit.help.id,
      "help.en": edit.help.en,
      required: edit.required ? "on" : undefined,
      needsReview: edit.needsReview ? "on" : undefined,
    };
    for (const [key, item] of Object.entries(edit.items)) {
      fields[`items.${key}.title.id`] = item.title.id;
      fields[`items.${key}.title.en`] = item.title.en;
      fields[`items.${key}.help.id`] = item.help.id;
      fields[`items.${key}.help.en`] = item.help.en;
      fields[`items.${key}.required`] = item.required ? "on" : undefined;
      fields[`items.${key}.appliesTo`] = item.categories ? "some" : "all";
      fields[`items.${key}.categories`] = item.categories ?? undefined;
    }
    for (const [name, value] of Object.entries({ ...fields, ...extra })) put(name, value);
    return form;
  }

  it("reads back the current content unchanged (textareas' line breaks and spaces aside)", () => {
    const edit = taskEditOf(legality);
    const submission = parseWithZod(formOf(edit, { "help.en": `  ${edit.help.en.replace(". ", ".\r\n")}  ` }), {
      schema: taskEditSchema(legality),
    });
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(submission.value).toEqual(edit);
  });

  it("puts each error at its field: empty texts, too long, no category ticked, a category not in the list", () => {
    const edit = taskEditOf(legality);
    const submission = parseWithZod(
      formOf(edit, {
        "title.en": "   ",
        "summary.id": "x".repeat(201),
        "items.nib.help.id": "",
        "items.npwp.appliesTo": "some",
        "items.spp_irt.categories": ["processed_food", "furniture"],
      }),
      { schema: taskEditSchema(legality) },
    );
    expect(submission.status).toBe("error");
    expect(submission.status === "error" ? submission.error : null).toEqual({
      "title.en": ["adminChecklist.error.required"],
      "summary.id": ["adminChecklist.error.max200"],
      "items.nib.help.id": ["adminChecklist.error.required"],
      "items.npwp.categories": ["adminChecklist.error.categories"],
      "items.spp_irt.categories": ["field.choice.invalid"],
    });
  });
});

describe("publishDraft", () => {
  function draftWithNewHelp(help = "Panduan versi dua.") {
    saveDraftTask(db, actor(), "profile", withHelp(editableTemplate(db).template, "profile", help));
    return getTemplateDraft(db)!;
  }

  it("stores version 2 with the draft's content, the note and the publisher, removes the draft and audits it", () => {
    const draft = draftWithNewHelp();
    const result = publishDraft(db, actor(), { note: "Panduan profil lebih jelas.", draftHash: draft.hash });
    expect(result).toEqual({ ok: true, version: 2 });
    const row = publishedRow(2)!;
    expect(row).toMatchObject({
      version: 2,
      published_by: adminId,
      note: "Panduan profil lebih jelas.",
      enterprise_count: 0,
    });
    const content = JSON.parse(row.content) as JourneyTemplate;
    expect(content).toEqual({ ...draft.template, version: 2 });
    expect(task(content, "profile").help.id).toBe("Panduan versi dua.");
    expect(getJourneyTemplate(db, 2)).toEqual(content);
    expect(getTemplateDraft(db)).toBeNull();
    const audit = auditActions().at(-1)!;
    expect(audit).toMatchObject({ action: "checklist.publish", subject_id: "2", ip: "203.0.113.9" });
    expect(JSON.parse(audit.details)).toEqual({
      baseVersion: 1,
      note: "Panduan profil lebih jelas.",
      changedTasks: ["profile"],
    });
  });

  it("gives new enterprises the new version while enterprises under way keep theirs, and counts each", () => {
    const before = insertTestEnterprise(db).enterprise;
    publishDraft(db, actor(), { note: "v2", draftHash: draftWithNewHelp().hash });
    const after = insertTestEnterprise(db).enterprise;
    expect(before.templateVersion).toBe(1);
    expect(getOrCreateEnterprise(db, insertTestUser(db)).templateVersion).toBe(2);
    expect(after.templateVersion).toBe(2);
    expect(task(loadJourney(db, before).template, "profile").help.id).toBe(task(JOURNEY_TEMPLATE, "profile").help.id);
    expect(task(loadJourney(db, after).template, "profile").help.id).toBe("Panduan versi dua.");
    expect(listTemplateVersions(db, 1).rows.map((r) => [r.version, r.enterprises, r.publishedByName, r.note])).toEqual([
      [2, 2, "Rina Admin", "v2"],
      [1, 1, null, null],
    ]);
  });

  it("numbers versions on: a second draft becomes version 3, based on version 2", () => {
    publishDraft(db, actor(), { note: "v2", draftHash: draftWithNewHelp("Dua.").hash });
    const draft = draftWithNewHelp("Tiga.");
    expect(draft.baseVersion).toBe(2);
    expect(publishDraft(db, actor(), { note: "v3", draftHash: draft.hash })).toEqual({ ok: true, version: 3 });
    expect(JSON.parse(publishedRow(3)!.content).version).toBe(3);
  });

  it.each([
    ["noDraft", false],
    ["changed", true],
  ] as const)("refuses (%s) and writes nothing", (reason, makeDraft) => {
    const input = () => ({ note: "x", draftHash: "0".repeat(64) });
    if (makeDraft) draftWithNewHelp();
    const audits = countRows(db, "audit_log");
    expect(publishDraft(db, actor(), input())).toEqual({ ok: false, reason });
    expect(countRows(db, "journey_template")).toBe(1);
    expect(countRows(db, "audit_log")).toBe(audits);
    expect(getTemplateDraft(db) !== null).toBe(makeDraft);
  });

  it("refuses a draft equal to its base, and one whose base is no longer the latest", () => {
    saveDraftTask(db, actor(), "profile", taskEditOf(task(JOURNEY_TEMPLATE, "profile")));
    const same = getTemplateDraft(db)!;
    expect(publishDraft(db, actor(), { note: "x", draftHash: same.hash })).toEqual({ ok: false, reason: "noChanges" });

    const draft = draftWithNewHelp();
    // A newer version arrives meanwhile (e.g. a new db/journey-template.ts at start-up).
    db.prepare("INSERT INTO journey_template (version, content, published_at) VALUES (2, ?, 0)").run(
      JSON.stringify({ ...JOURNEY_TEMPLATE, version: 2 }),
    );
    expect(publishDraft(db, actor(), { note: "x", draftHash: draft.hash })).toEqual({ ok: false, reason: "outdated" });
    expect(countRows(db, "journey_template")).toBe(2);
    expect(getTemplateDraft(db)).not.toBeNull();
  });
});

describe("listTemplateVersions", () => {
  it("keeps each version's enterprise count through inserts, moves and deletes", () => {
    publishDraft(db, actor(), {
      note: "v2",
      draftHash:
        (saveDraftTask(db, actor(), "profile", withHelp(JOURNEY_TEMPLATE, "profile", "Dua.")),
        getTemplateDraft(db)!.hash),
    });
    const a = insertTestEnterprise(db).enterprise;
    const b = insertTestEnterprise(db).enterprise;
    const counts = () => listTemplateVersions(db, 1).rows.map((r) => [r.version, r.enterprises]);
    expect(counts()).toEqual([
      [2, 2],
      [1, 0],
    ]);
    db.prepare("UPDATE enterprise SET template_version = 1 WHERE id = ?").run(a.id);
    expect(counts()).toEqual([
      [2, 1],
      [1, 1],
    ]);
    db.prepare("DELETE FROM enterprise WHERE id = ?").run(b.id);
    expect(counts()).toEqual([
      [2, 0],
      [1, 1],
    ]);
  });

  it("pages newest first", () => {
    for (let v = 2; v <= 25; v++)
      db.prepare("INSERT INTO journey_template (version, content, published_at) VALUES (?, '{}', 0)").run(v);
    const first = listTemplateVersions(db, 1);
    expect(first).toMatchObject({ total: 25, pageCount: 2 });
    expect(first.rows.map((r) => r.version)).toEqual(Array.from({ length: 20 }, (_, i) => 25 - i));
    expect(listTemplateVersions(db, 2).rows.map((r) => r.version)).toEqual([5, 4, 3, 2, 1]);
  });
});

describe("discardDraft", () => {
  it("removes the draft and audits it; without a draft it does nothing", () => {
    saveDraftTask(db, actor(), "profile", withHelp(JOURNEY_TEMPLATE, "profile", "Buang saya."));
    expect(discardDraft(db, actor())).toBe(true);
    expect(getTemplateDraft(db)).toBeNull();
    expect(auditActions().at(-1)).toMatchObject({ action: "checklist.discard_draft", details: '{"changedTasks":1}' });
    expect(discardDraft(db, actor())).toBe(false);
    expect(countRows(db, "audit_log")).toBe(2);
  });
});

/**
 * A republished template whose every text differs must behave exactly like the original: the
 * code that reads templates (task states, checklist items by category, the task schemas, product
 * readiness) keys on structure, never on wording.
 */
describe("a republished template with every text edited", () => {
  function everyTextEdited(template: JourneyTemplate, key: TaskKey): TaskEdit {
    const edit = taskEditOf(task(template, key));
    const mark = (text: { id: string; en: string }) => ({ id: `${text.id} (diubah)`, en: `${text.en} (edited)` });
    return {
      ...edit,
      title: mark(edit.title),
      summary: mark(edit.summary),
      help: mark(edit.help),
      items: Object.fromEntries(
        Object.entries(edit.items).map(([k, item]) => [k, { ...item, title: mark(item.title), help: mark(item.help) }]),
      ),
    };
  }

  const categories: ProductCategory[] = ["processed_food", "ready_meal"];

  function enterpriseOn(version: number) {
    const { enterprise } = insertTestEnterprise(db);
    expect(enterprise.templateVersion).toBe(version);
    for (const c of categories)
      db.prepare("INSERT INTO enterprise_category (enterprise_id, category) VALUES (?, ?)").run(enterprise.id, c);
    const now = Math.floor(Date.now() / 1000);
    db.prepare(
      "INSERT INTO enterprise_task (enterprise_id, task_key, status, updated_at) VALUES (?, 'profile', 'done', ?), (?, 'brand', 'submitted', ?)",
    ).run(enterprise.id, now, enterprise.id, now);
    return enterprise;
  }

  it("gives identical task states, items and validation results", () => {
    const v1 = enterpriseOn(1);
    for (const key of TASK_KEYS) saveDraftTask(db, actor(), key, everyTextEdited(editableTemplate(db).template, key));
    const draft = getTemplateDraft(db)!;
    expect(templateChanges(JOURNEY_TEMPLATE, draft.template)).toHaveLength(TASK_KEYS.length);
    expect(publishDraft(db, actor(), { note: "Semua teks", draftHash: draft.hash })).toMatchObject({ ok: true });
    const v2 = enterpriseOn(2);

    const shape = (enterprise: typeof v1) => {
      const journey = loadJourney(db, enterprise);
      return {
        states: journey.states.map((s) => ({ key: s.task.key, status: s.status, waitingFor: s.waitingFor })),
        summary: { done: journey.summary.done, total: journey.summary.total, next: journey.summary.next?.task.key },
        items: Object.fromEntries(
          (["legality", "ip", "products", "channels"] as const).map((k) => [
            k,
            loadChecklistTask(db, enterprise, k).items.map((i) => [i.key, i.required, i.categories ?? null]),
          ]),
        ),
      };
    };
    expect(shape(v2)).toEqual(shape(v1));
    expect(shape(v1).states.find((s) => s.key === "legality")?.status).toBe("not_started");

    const templates = [getJourneyTemplate(db, 1), getJourneyTemplate(db, 2)];
    expect(task(templates[1]!, "legality").help.id).toMatch(/\(diubah\)$/);
    const outcome = (result: { status?: string; error?: unknown; value?: unknown }) => ({
      status: result.status,
      error: result.error,
      value: result.value,
    });
    const forms: [
      TaskKey,
      Record<string, string>,
      (t: JourneyTemplate) => Parameters<typeof parseWithZod>[1]["schema"],
    ][] = [
      [
        "legality",
        { intent: "finish", "nib.status": "have", "nib.number": "1234", "spp_irt.status": "not_needed" },
        (t) => legalitySchema(applicableItems(task(t, "legality"), categories)),
      ],
      [
        "channels",
        { intent: "finish", "gofood.status": "open", "shopee.status": "open", "shopee.url": "https://example.com" },
        (t) => channelsSchema(applicableItems(task(t, "channels"), categories), "2026-01-15"),
      ],
      [
        "ip",
        { intent: "finish", own_photos: "on" },
        (t) => ipSchema(applicableItems(task(t, "ip"), categories), "2026-01-15"),
      ],
      [
        "products",
        { name: "Keripik", category: "processed_food", "item_label_contents.status": "not_applicable" },
        (t) => productSchema(categories, applicableItems(task(t, "products"), ["processed_food"])),
      ],
    ];
    for (const [key, fields, schemaOf] of forms) {
      const results = templates.map((t) => {
        const form = new FormData();
        for (const [name, value] of Object.entries(fields)) form.append(name, value);
        return outcome(parseWithZod(form, { schema: schemaOf(t) }));
      });
      expect(results[0]!.status, key).toBe("error");
      expect(results[1], key).toEqual(results[0]);
    }

    const facts = {
      name: "Keripik",
      category: "processed_food" as const,
      description: "Renyah",
      priceRupiah: 15000,
      netAmount: 100,
      netUnit: "g" as const,
      photoCount: 1,
      checklist: { label_contents: { status: "done" as const } },
    };
    const readiness = templates.map((t) =>
      productReadiness(facts, applicableItems(task(t, "products"), ["processed_food"])),
    );
    expect(readiness[1]).toEqual(readiness[0]);
    expect(readiness[0]!.ready).toBe(false);
  });
});
