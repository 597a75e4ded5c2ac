// English: privacy. Translates every key of privacy.id.ts, checked by the type.
import type { Translation } from "../types";
import type { privacyId } from "./privacy.id";

export const privacyEn: Translation<typeof privacyId> = {
  "privacy.notice.title": "Privacy notice and terms of use",
  "privacy.notice.version": "Version {version}, in force since {date}",
  "privacy.document.privacy": "Privacy notice",
  "privacy.document.terms": "Terms of use",
  "privacy.notice.p1":
    "The UMKM Go Online programme is run by the ministry, the controller of your personal data under Law No. 27 of 2022 on Personal Data Protection (UU PDP).",
  "privacy.notice.p2":
    "What we keep: your name, email, mobile number, password (only as a scrambled form nobody can read), your business data (address, NIB, NPWP/NIK, permits, capital and sales, brand, products, online shops), the files you upload, your messages with your mentor, and when and from which IP address you signed in.",
  "privacy.notice.p3":
    "It has one purpose: to mentor your business until it sells online. Your data is seen by you, your mentor and the programme's administrators at the ministry. It is never sold or shared for advertising.",
  "privacy.notice.p4":
    "Programme statistics (such as the number of businesses per province) contain no names and nothing that points to you.",
  "privacy.notice.p5":
    "Your rights: to see and download all your data, to correct it, and to ask for your account to be deleted, at any time, on the Data and privacy page of your account. After deletion your personal data is erased; anonymous statistics are kept.",
  "privacy.notice.p6":
    "Data is kept while you take part in the programme, until you ask for deletion. Security records (times and IP addresses) are kept without your name.",
  "privacy.terms.p1":
    "This app is free and is used for the UMKM mentoring programme. Enter true information; your mentor checks your tasks before they count as done.",
  "privacy.terms.p2": "Keep your password safe. Do not upload files that belong to others or that break the law.",
  "privacy.terms.p3":
    "Brand-name checks and your mentor's advice are help, not legal advice; trademark registration is decided by DJKI.",
  "privacy.terms.p4":
    "When these terms or the privacy notice change, you are asked to read and accept them again at your next sign-in.",

  "privacy.account.title": "My data and privacy",
  "privacy.account.lead":
    "Download a copy of your data, see what you have agreed to, or ask for your account to be deleted.",
  "privacy.account.link": "Data and privacy: download your data or delete your account",
  "privacy.noticeLink": "Read the privacy notice and terms of use",
  "privacy.download.title": "Download your data",
  "privacy.download.body":
    "One JSON file with your account, business profile, legality, brand and brand-name checks, trademark plan, products, online shops, the list of your uploads (with their links), tasks and reviews, messages, and the mentoring session notes shared with you. Mentors' private notes are not included.",
  "privacy.download.link": "Download my data (JSON)",
  "privacy.consents.title": "What you have agreed to",
  "privacy.consents.item": "{document} version {version}, accepted {date}",
  "privacy.consents.none": "No consent recorded yet.",
  "privacy.delete.title": "Delete my account",
  "privacy.delete.what": "What happens when your account is deleted:",
  "privacy.delete.point1":
    "Your name, email, mobile number, password, address, NIB, NPWP/NIK, task answers, brand, products, messages and uploaded files are erased.",
  "privacy.delete.point2": "Your mentor's notes about you are erased too.",
  "privacy.delete.point3":
    "Anonymous statistics are kept: your business still counts in the programme's figures (province, regency, product type, size class, step), but can no longer be linked to you.",
  "privacy.delete.point4": "You can no longer sign in. Once confirmed, the deletion cannot be undone.",
  "privacy.delete.time":
    "An administrator checks and completes your request, normally within {days} days. Until then you can keep using your account and cancel the request.",
  "privacy.delete.downloadFirst": "Want to keep a copy? Download your data first.",
  "privacy.delete.password": "Your password",
  "privacy.delete.passwordHint": "To make sure it really is you asking.",
  "privacy.delete.passwordRequired": "Enter your password.",
  "privacy.delete.wrongPassword": "The password is wrong.",
  "privacy.delete.throttled": "Too many wrong passwords. For your security, try again in {minutes} minutes.",
  "privacy.delete.submit": "Ask for my account to be deleted",
  "privacy.delete.requested": "Your request to delete your account has been sent.",
  "privacy.delete.cancelled": "The deletion request is cancelled. Your account stays active.",
  "privacy.delete.pending":
    "You asked for your account to be deleted on {date}. The request is waiting for an administrator.",
  "privacy.delete.cancel": "Cancel the deletion request",
  "privacy.delete.declined": "Your deletion request of {date} was declined by an administrator. The reason: {reason}",

  "privacy.consent.title": "Please read and accept",
  "privacy.consent.lead": "We have updated the documents below. Read them, then accept to continue.",
  "privacy.consent.read": "Read the full document",
  "privacy.consent.agree": "I have read the documents above and accept them.",
  "privacy.consent.required": "Tick the box to accept and continue.",
  "privacy.consent.submit": "Accept and continue",
  "privacy.consent.decline":
    "Do not agree? You can log out now. To ask for your account to be deleted, accept first and then open Data and privacy, or contact your mentor.",
  "privacy.consent.logout": "Log out",

  "privacy.admin.title": "Account deletion requests",
  "privacy.admin.lead":
    "Business owners who asked for their account to be deleted, oldest first. Confirming erases their personal data; statistics are kept.",
  "privacy.admin.empty": "No requests are waiting.",
  "privacy.admin.count": "{count} requests waiting",
  "privacy.admin.col.requested": "Asked",
  "privacy.admin.col.owner": "Business owner",
  "privacy.admin.col.enterprise": "Business",
  "privacy.admin.col.waiting": "Waiting",
  "privacy.admin.days": "{days} days",
  "privacy.admin.open": "Check the request from {name}",
  "privacy.admin.pager": "Pages of requests",
  "privacy.admin.detailTitle": "Account deletion request",
  "privacy.admin.name": "Name",
  "privacy.admin.email": "Email",
  "privacy.admin.enterprise": "Business",
  "privacy.admin.requestedAt": "Asked on",
  "privacy.admin.noEnterprise": "None yet",
  "privacy.admin.effect":
    "Confirming will, in one step: erase the name, email, mobile number, password and sessions; the business's name, address, WhatsApp and NIB; every task answer (NPWP/NIK included), the brand, products, messages, uploaded files and mentoring session notes. The business still counts, without a name, in the statistics. The account can no longer sign in. This cannot be undone.",
  "privacy.admin.confirmTitle": "Confirm the deletion",
  "privacy.admin.confirmCheck": "I have checked that no legal duty requires keeping this personal data.",
  "privacy.admin.confirmRequired": "Tick this box to confirm.",
  "privacy.admin.confirm": "Erase the personal data now",
  "privacy.admin.declineTitle": "Decline the request",
  "privacy.admin.reason": "Reason for declining",
  "privacy.admin.reasonHint": "The business owner reads this reason on their Data and privacy page.",
  "privacy.admin.reasonRequired": "Write the reason, at most 1,000 characters.",
  "privacy.admin.decline": "Decline the request",
  "privacy.admin.confirmed": "The personal data of account number {id} has been erased.",
  "privacy.admin.declined": "The request is declined. The business owner sees the reason.",
  "privacy.admin.notPending": "This request has already been decided or cancelled.",
  "privacy.admin.back": "Back to the list of requests",
};
