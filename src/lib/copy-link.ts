/**
 * Pure helpers for the copy-link behaviour of heading and code-block anchors
 * (src/scripts/copy-link.ts wires them to the page).
 */

/** The full address a teammate can open: the current page with the anchor's `#section`, no search terms. */
export function sectionUrl(pageHref: string, anchorHref: string): string {
  const url = new URL(anchorHref, pageHref);
  // `?highlight=` is added by search results; a shared link should not carry someone else's query.
  url.searchParams.delete('highlight');
  return url.href;
}

/** Only a plain primary click or Enter copies; modified clicks keep their usual meaning (new tab, …). */
export function isPlainActivation(event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
