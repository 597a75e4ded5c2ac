/** A translation of every key of the Indonesian texts `T`, and of no other key. */
export type Translation<T> = { readonly [K in keyof T]: string };
