// English: notifications. Translates every key of notifications.id.ts, checked by the type.
import type { Translation } from "../types";
import type { notificationsId } from "./notifications.id";

export const notificationsEn: Translation<typeof notificationsId> = {
  "notifications.title": "Notifications",
  "notifications.markAll": "Mark all as read",
  "notifications.none": "No notifications yet.",
  "notifications.new": "New",
  "notifications.kind.submitted": "{actor} sent “{task}” of {enterprise} for review",
  "notifications.kind.resubmitted": "{actor} sent “{task}” of {enterprise} again after changes",
  "notifications.kind.graduation_requested": "{enterprise} asks you to confirm Go Online",
  "notifications.kind.changes_requested": "Your mentor asked for changes to “{task}”",
  "notifications.kind.approved": "Your mentor approved “{task}”",
  "notifications.kind.graduated": "Congratulations! {enterprise} is officially online. Your certificate is ready.",
  "notifications.kind.session_notes": "{actor} wrote mentoring notes for you",
  "notifications.kind.comment": "{actor} wrote a message about “{task}”",
};
