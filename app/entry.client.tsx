import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { MessagePreloadsContext, messagePreloadsInDocument } from "~/components/message-preloads";

// Remix's default entry, plus the dictionary preload links the server rendered, so that
// hydration renders the same <head>.
const messagePreloads = messagePreloadsInDocument();

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <MessagePreloadsContext.Provider value={messagePreloads}>
        <RemixBrowser />
      </MessagePreloadsContext.Provider>
    </StrictMode>,
  );
});
