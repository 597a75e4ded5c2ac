import { createContext, useContext } from "react";

/**
 * The dictionary chunks the page's modules import in its language. The server works them out
 * (lib/i18n/preloads.server.ts); the browser reads them back from the document before it
 * hydrates (entry.client.tsx), so both render the same links.
 */
export const MessagePreloadsContext = createContext<readonly string[]>([]);

const MARK = "data-messages";

/** <link rel="modulepreload"> for each: fetched with the route's modules, not after them. */
export function MessagePreloads() {
  const hrefs = useContext(MessagePreloadsContext);
  return (
    <>
      {hrefs.map((href) => (
        <link key={href} rel="modulepreload" href={href} {...{ [MARK]: "" }} />
      ))}
    </>
  );
}

export function messagePreloadsInDocument(): string[] {
  return Array.from(document.querySelectorAll(`link[${MARK}]`), (link) => link.getAttribute("href") ?? "");
}
