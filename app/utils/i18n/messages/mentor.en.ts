// English: the mentor as shown to owners and in the mentor workspace. Translates every key of mentor.id.ts, checked by the type.
import type { Translation } from "../types";
import type { mentorId } from "./mentor.id";

export const mentorEn: Translation<typeof mentorId> = {
  "mentor.title": "Mentor home",
  "mentor.greeting": "Welcome, {name}",
  "mentor.lead": "Your enterprises, tasks waiting for review, and who needs a call.",
  "mentor.caseload.title": "Your enterprises",
  "mentor.caseload.empty": "No enterprises have been assigned to you yet.",
  "mentor.answer.notApplicable": "Not applicable",
  "mentor.answer.declared": "Declared",
  "mentor.answer.notDeclared": "Not declared",
  "mentor.answer.classes": "Trademark classes",
  "mentor.answer.firstSale": "First sale",
  "mentor.answer.notAnswered": "Not answered",
  "mentor.today": "today",
  "mentor.daysAgo": "{days} days ago",
  "mentor.whatsapp.checkIn":
    "Halo {owner}, saya {mentor}, pendamping UMKM Go Online. Bagaimana kabar {enterprise}? Ada yang bisa saya bantu untuk langkah berikutnya?",
  "mentor.whatsapp.checkInNoName":
    "Halo {owner}, saya {mentor}, pendamping UMKM Go Online. Bagaimana kabar usaha Anda? Ada yang bisa saya bantu untuk langkah berikutnya?",
  "mentor.count.waiting": "tasks waiting for review",
  "mentor.count.stalled": "stalled (no activity for {days} days, or follow-up overdue)",
  "mentor.count.total": "enterprises in your caseload",
  "mentor.count.graduated": "gone online",
  "mentor.nav": "Mentor menu",
  "mentor.unnamed": "(no name yet)",
  "mentor.backHome": "Back to the mentor home",
  "mentor.answer.baselineChannels": "How they sold when joining",
  "mentor.answer.sizeClass": "Size class",
};
