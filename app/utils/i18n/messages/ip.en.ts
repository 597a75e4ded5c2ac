// English: the trademark & copyright task. Translates every key of ip.id.ts, checked by the type.
import type { Translation } from "../types";
import type { ipId } from "./ip.id";

export const ipEn: Translation<typeof ipId> = {
  "field.niceClass.invalid": "Write class numbers from 1 to 45, separated by commas.",
  "field.niceClass.required": "Choose at least one trademark class.",
  "field.applicationNumber.invalid":
    "An application number is DID or JID followed by 10 digits, for example DID2025012345.",
  "field.applicationNumber.required": "Write your trademark application number.",
  "field.registrationNumber.invalid": "A registration number is IDM followed by 9 digits, for example IDM000123456.",
  "field.registrationNumber.required": "Write your trademark registration number.",
  "field.pdki.required": "Search PDKI for your brand name, then choose what you found.",
  "field.pdki.noteRequired": "Write the similar mark and your plan.",
  "field.trademarkStatus.required": "Choose your trademark’s status.",
  "field.declaration.required": "Tick this declaration. If it is not true yet, put it right first, then tick it.",
  "field.brandCheck.required": "Check your brand name first with the “Check the brand name” button.",
  "field.brandCheck.acknowledge":
    "Tick each high or medium risk mark once you have read it, or change your brand name.",
  "ip.declare": "I declare this is true: {item}",
  "ip.pdki.title": "Confirm it yourself on PDKI",
  "ip.pdki.lead":
    "Before you print labels and promote, make sure “{name}” is not the same as or like someone else’s brand.",
  "ip.pdki.search": "Search PDKI for “{name}”",
  "ip.pdki.tip1": "Look for marks that are written, sound or mean alike, not only exact matches.",
  "ip.pdki.tip2":
    "What matters most: marks in your class of goods/services (class {classes}), and well-known marks in any class.",
  "ip.pdki.tip3": "Check each mark’s status too: registered and pending marks are both to be avoided.",
  "ip.pdki.noBrand": "First fill in your brand name in the Brand identity task.",
  "ip.pdki.toBrand": "Open Brand identity",
  "ip.pdki.legend": "What your PDKI search found",
  "ip.pdki.result.none_similar": "No similar marks",
  "ip.pdki.result.similar_found": "A similar mark exists",
  "ip.pdki.note": "Which mark did you find, and what will you do?",
  "ip.pdki.noteHint":
    "For example: “Sari Rasa” in class 30 belongs to someone else; I will change my name or ask my mentor.",
  "ip.pdki.changeName": "Change the brand name",
  "ip.copyright.title": "Copyright",
  "ip.copyright.lead":
    "Copyright protects photos, logos, texts, fonts and music. Use only what is yours or what you may use.",
  "ip.tm.title": "Trademark registration plan",
  "ip.tm.lead":
    "Registering a trademark is optional but protects your name: in Indonesia, whoever files first is protected. Protection lasts 10 years from the filing date and can be renewed.",
  "ip.tm.statusLegend": "Your trademark’s status",
  "ip.tm.status.not_planned": "Not planning to register yet",
  "ip.tm.status.preparing": "Preparing to file",
  "ip.tm.status.filed": "Application filed",
  "ip.tm.status.registered": "Registered",
  "ip.tm.classes": "Classes suggested for your products",
  "ip.tm.classesHint": "A class is a group of goods or services. The fee is per class.",
  "ip.tm.class": "Class {value}: {label}",
  "ip.tm.otherClasses": "Other classes",
  "ip.tm.otherClassesHint": "Optional. Class numbers 1–45, separated by commas, for example: 35, 43.",
  "ip.tm.fee": "Filing fee for {count} classes: {umk} at the UMK rate (general {general}).",
  "ip.tm.feeNeeds":
    "The UMK rate needs a UMK letter from a Dinas KUKM or ministry, dated in the filing year (one mark per letter), and a statement with a duty stamp (meterai). Your mentor can help.",
  "ip.tm.applicationNumber": "Application number",
  "ip.tm.applicationNumberHint": "For example DID2025012345 (goods) or JID2025012345 (services)",
  "ip.tm.filedOn": "Filing date",
  "ip.tm.registrationNumber": "Trademark registration number",
  "ip.tm.registrationNumberHint": "For example IDM000123456, on the trademark certificate",
  "ip.tm.registeredOn": "Registration date",
  "ip.tm.fileAt": "File at merek.dgip.go.id",
};
