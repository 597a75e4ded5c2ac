// English: the public landing page. Translates every key of landing.id.ts, checked by the type.
import type { Translation } from "../types";
import type { landingId } from "./landing.id";

export const landingEn: Translation<typeof landingId> = {
  "landing.title": "Take your business online, step by step",
  "landing.lead":
    "UMKM Go Online helps owners of micro, small and medium enterprises get their business licence (NIB) and product permits, build a brand, check the brand name, and open shop on marketplaces, food delivery, Google Business Profile and QRIS — with a government mentor beside them.",
  "landing.cta.register": "Register my business",
  "landing.cta.login": "I already have an account",
  "landing.how.title": "How it works",
  "landing.how.step1.title": "Register for free",
  "landing.how.step1.body": "Just your name, email, mobile number and a password. Works on a phone.",
  "landing.how.step2.title": "Follow the task list",
  "landing.how.step2.body":
    "Business profile and NIB, brand, product quality, then your online shop. One small task at a time.",
  "landing.how.step3.title": "Checked by your mentor",
  "landing.how.step3.body": "Your mentor reviews each step and gives advice, in the app or on WhatsApp.",
  "landing.who.title": "Who is it for?",
  "landing.who.body":
    "For small-business owners across Indonesia — from home-made chips to hand-drawn batik — and the mentors (PLUT, local offices, the ministry) who guide them.",
};
