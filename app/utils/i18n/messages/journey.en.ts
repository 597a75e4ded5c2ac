// English: the owner's task list and the frame of each task page. Translates every key of journey.id.ts, checked by the type.
import type { Translation } from "../types";
import type { journeyId } from "./journey.id";

export const journeyEn: Translation<typeof journeyId> = {
  "owner.title": "Business home",
  "owner.greeting": "Welcome, {name}",
  "owner.lead":
    "Here you will follow a task list to take your business online: profile and NIB, brand, product quality, and your online shop.",
  "owner.account.title": "Your account",
  "owner.mentor.title": "Your mentor",
  "owner.mentor.none":
    "No mentor has been assigned yet. The programme's administrators will assign a mentor in your area.",
  "journey.title": "Your business task list",
  "journey.progress": "{done} of {total} tasks done",
  "journey.next": "Next step",
  "journey.allDone": "Every task is done. Well done!",
  "journey.step": "Step {n}",
  "journey.waitingFor": "First finish: {tasks}",
  "journey.preparing": "This task's page is being prepared and can be filled in soon.",
  "journey.profileMissing": "Start with your business profile.",
  "owner.mentor.whatsapp": "Chat on WhatsApp with {name}",
  "owner.mentor.assigned": "{name} is mentoring your business.",
  "task.backToList": "Back to the task list",
  "task.statusLabel": "Task status: {status}",
  "task.reviewComment": "Your mentor's note",
  "task.submittedNotice":
    "Your mentor is reviewing this task. You can still change it; once you mark it done again, your mentor reviews it again.",
  "task.saveDraft": "Save draft",
  "task.finish": "Mark as done",
  "task.savedDraft": "Draft saved. You can carry on at any time.",
  "task.sentForReview": "Task marked as done and sent to your mentor for review.",
  "task.markedDone": "Task marked as done.",
  "task.draftHint": "Save a draft at any time. To mark it done, every required field must be filled in.",
  "task.cannotStart": "This task cannot start yet. First finish: {tasks}",
  "journey.goOnline": "Congratulations! Your business is officially Go Online.",
  "owner.sessions.title": "Mentoring notes",
  "owner.sessions.lead": "Your meetings with your mentor and the notes they wrote for you.",
  "owner.messages.title": "Conversation: {task}",
  "owner.messages.write": "Write a message to your mentor",
  "owner.messages.noMentor": "You do not have a mentor yet. You can send messages once one is assigned.",
  "owner.messages.open": "Conversation with your mentor about this task",
  "owner.home.notes": "Notes and progress",
  "owner.home.sessionsLink": "Mentoring notes ({count})",
  "owner.home.impactLink": "Record your business progress",
};
