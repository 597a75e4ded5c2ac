import type { mentoringId } from "./mentoring.id";

// The mentor's workspace in English: every key of mentoring.id.ts, checked by the type.
export const mentoringEn: { readonly [K in keyof typeof mentoringId]: string } = {
  "field.number.invalid": "Enter a whole number, for example 3.",
  "session.heldOn.required": "Enter the date of the session.",
  "session.heldOn.future": "The date cannot be in the future.",
  "session.mode.required": "Choose how the session took place.",
  "session.duration.invalid": "Enter the length in minutes, 1 to 720.",
  "session.topics.required": "Choose at least one topic.",
  "session.followUp.beforeHeld": "The follow-up date cannot be before the session date.",
  "session.correction.required": "Write the correction in the note for the owner or the private note.",
  "impact.recordedOn.required": "Enter the date of the record.",
  "impact.empty": "Fill in at least one figure: turnover, employees, online channels or first online sale.",
  "comment.required": "Write your message.",
  "review.comment.required": "Write what needs fixing, so the owner knows what to do.",
  "mentor.answer.notApplicable": "Not applicable",
  "mentor.answer.declared": "Declared",
  "mentor.answer.notDeclared": "Not declared",
  "mentor.answer.classes": "Trademark classes",
  "mentor.answer.firstSale": "First sale",
  "mentor.answer.notAnswered": "Not answered",
};
