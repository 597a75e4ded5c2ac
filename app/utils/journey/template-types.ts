// The shape of a journey template: the content of the owner's task list. Templates are
// data, seeded from db/journey-template.ts into the journey_template table and versioned;
// an enterprise keeps the version it started with.

export type Text = { id: string; en: string };

export const PRODUCT_CATEGORIES = [
  "processed_food", // makanan & minuman olahan (kemasan)
  "ready_meal", // makanan siap saji / pesan-antar
  "cosmetics_jamu", // kosmetik & jamu
  "fashion_textile", // fesyen & tekstil
  "craft", // kerajinan
  "fresh_produce", // hasil segar (pertanian, perikanan)
  "services", // jasa
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const TASK_KEYS = ["profile", "legality", "brand", "ip", "products", "channels", "final_review"] as const;
export type TaskKey = (typeof TASK_KEYS)[number];

export type ChecklistItem = {
  key: string;
  title: Text;
  help: Text;
  /** Categories the item applies to; absent = every category. */
  categories?: ProductCategory[];
  required: boolean;
  /** Official portal that owns the rule, when there is one. */
  link?: { label: Text; url: string };
};

export type TaskTemplate = {
  key: TaskKey;
  title: Text;
  /** One line under the title in the task list. */
  summary: Text;
  /** Longer guidance at the top of the task page. */
  help: Text;
  /** A mentor must approve it (Menunggu tinjauan), or the owner's "done" is final. */
  needsReview: boolean;
  required: boolean;
  /**
   * Tasks the owner must have finished before this one can start. Finished means sent for
   * review or done, unless requiresApproval is set: then the mentor must have approved them.
   */
  requires: TaskKey[];
  requiresApproval?: boolean;
  /** Checklist items of the task (permits, declarations, quality items, channels). */
  items?: ChecklistItem[];
};

export type StepTemplate = { key: string; title: Text; tasks: TaskKey[] };

export type JourneyTemplate = {
  version: number;
  steps: StepTemplate[];
  tasks: TaskTemplate[];
};
