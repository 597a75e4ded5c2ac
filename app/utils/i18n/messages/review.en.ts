// English: reviews and task conversations. Translates every key of review.id.ts, checked by the type.
import type { Translation } from "../types";
import type { reviewId } from "./review.id";

export const reviewEn: Translation<typeof reviewId> = {
  "comment.required": "Write your message.",
  "review.comment.required": "Write what needs fixing, so the owner knows what to do.",
  "reviews.title": "Task reviews",
  "thread.empty": "No conversation on this task yet.",
  "thread.someone": "(deleted account)",
  "thread.kind.comment": "message",
  "thread.kind.submit": "sent for review",
  "thread.kind.complete": "marked done",
  "thread.kind.approve": "approved",
  "thread.kind.request_changes": "asked for changes",
  "reviews.lead": "{count} tasks are waiting for your review, the longest-waiting first.",
  "reviews.empty": "No tasks are waiting for review. Well done!",
  "reviews.waiting": "Waiting {days} days (sent {date})",
  "reviews.resubmitted": "sent again after changes",
  "reviews.approvedNotice": "Task approved. The owner has been told.",
  "reviews.sentBackNotice": "Task sent back with your comment. The owner has been told.",
  "reviews.back": "Back to the review list",
  "review.sentOn": "Sent {date}",
  "review.answers": "What the owner entered",
  "review.graduationLead": "The owner asks you to confirm Go Online. Check the summary below.",
  "review.decisionTitle": "Your decision",
  "review.graduationTitle": "Confirm Go Online",
  "review.comment": "Comment for the owner",
  "review.commentHint": "Required when asking for changes: say what to change. The owner will read it.",
  "review.approve": "Approve",
  "review.confirmGraduation": "Confirm Go Online",
  "review.requestChanges": "Ask for changes",
  "review.notWaiting": "This task is not waiting for review.",
  "review.error.formChanged":
    "The decision could not be read: this page was changed or is out of date. Reload the page and try again.",
  "review.notSubmitted":
    "This task is no longer waiting for review (it may have been reviewed, or the owner is changing it).",
  "review.prerequisitesOpen": "The owner reopened another task. Review that task first.",
  "thread.title": "Conversation",
  "thread.sent": "Message sent.",
  "thread.write": "Write a message",
  "thread.send": "Send message",
};
