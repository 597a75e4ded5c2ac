import { createContext, useContext } from "react";

/**
 * This response's Content-Security-Policy nonce (entry.server.tsx makes one per HTML response).
 * Only the server render has it; in the browser it is undefined, and scripts added after hydration
 * are loaded from this origin ('self'), not inline.
 */
export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
