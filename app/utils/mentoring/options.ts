// Choices of the mentor's forms, shared by the forms (browser) and their schemas (server).
// Free of zod so the browser bundle does not carry it.
export const SESSION_MODES = ["kunjungan", "telepon", "whatsapp", "video_call", "pelatihan"] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

/** A session's topics are the journey's areas: its tasks. */
export const SESSION_TOPICS = ["profile", "legality", "brand", "ip", "products", "channels", "final_review"] as const;
export type SessionTopic = (typeof SESSION_TOPICS)[number];

/** Sessions can be edited for this long after they were logged; later, corrections are appended. */
export const SESSION_EDIT_DAYS = 7;
