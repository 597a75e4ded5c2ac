/**
 * Turns an Indonesian mobile number typed as 08…, 628… or +628… (spaces, dots,
 * dashes and brackets allowed) into E.164 (+628…), or null when it is not one.
 * Mobile numbers have 9 to 12 digits after the country code, starting with 8.
 */
export function normalizeIndonesianMobile(input: string): string | null {
  const compact = input.trim().replace(/[\s.\-()]/g, "");
  let national: string;
  if (/^\+62\d+$/.test(compact)) national = compact.slice(3);
  else if (/^62\d+$/.test(compact)) national = compact.slice(2);
  else if (/^0\d+$/.test(compact)) national = compact.slice(1);
  else return null;
  if (!/^8\d{8,11}$/.test(national)) return null;
  return `+62${national}`;
}

/** +6281234567890 → 0812-3456-7890, as people in Indonesia write it. */
export function formatIndonesianMobile(e164: string): string {
  if (!e164.startsWith("+62")) return e164;
  const local = `0${e164.slice(3)}`;
  return local.replace(/^(\d{4})(\d{4})(\d+)$/, "$1-$2-$3");
}
