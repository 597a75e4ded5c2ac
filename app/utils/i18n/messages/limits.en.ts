// English: rate limits and upload limits (issue 8). Translates every key of limits.id.ts, checked by the type.
import type { Translation } from "../types";
import type { limitsId } from "./limits.id";

export const limitsEn: Translation<typeof limitsId> = {
  "limits.tooMany": "Too many attempts. Try again in {minutes} minutes.",
  "limits.title": "Too many attempts",
  "limits.linkBody":
    "Too many attempts. Try again in {minutes} minutes. Make sure you open the whole link as it was sent to you.",
  "limits.uploads":
    "Too many files sent in one hour. Try again in {minutes} minutes; the files already saved are safe.",
  "limits.pixels":
    "This image has too many pixels (over {megapixels} megapixels). Make the photo smaller or take it again at the camera's normal resolution, then send it again.",
  "limits.quota":
    "Your business's storage is nearly full: {used} MB of {limit} MB used, and this file is {size} MB. First remove old files you no longer need (tick “Remove this file”, then save), then send it again. Replacing a file you already have with a new one still works.",
};
