import { translator } from "../i18n";

/** A wa.me link that opens a chat with `phone` (E.164) and a message typed in. */
export function whatsappLink(phone: string, message: string): string {
  return `https://wa.me/${phone.replace(/^\+/, "")}?text=${encodeURIComponent(message)}`;
}

/**
 * The message a mentor sends to a quiet enterprise: always in Indonesian, the owner's language,
 * whatever language the mentor reads the app in.
 */
export function checkInMessage(ownerName: string, mentorName: string, enterpriseName: string | null): string {
  const t = translator("id");
  return enterpriseName
    ? t("mentor.whatsapp.checkIn", { owner: ownerName, mentor: mentorName, enterprise: enterpriseName })
    : t("mentor.whatsapp.checkInNoName", { owner: ownerName, mentor: mentorName });
}
