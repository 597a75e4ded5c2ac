// The mentoring forms' schemas, one module per form so a page's modules name only its own
// messages (utils/i18n/namespaces.test.ts follows imports): session.ts, impact.ts, comment.ts.
export { correctionSchema, sessionSchema, type CorrectionInput, type SessionInput } from "./session";
export { impactSchema, type ImpactInput } from "./impact";
export { commentSchema, reviewSchema } from "./comment";
