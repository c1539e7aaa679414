/** Splits data text on backticks so `code` spans render as <code>, as they would in Markdown. */
export function splitInlineCode(text: string): { code: boolean; text: string }[] {
  return text
    .split(/(`[^`]+`)/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 2 ? { code: true, text: part.slice(1, -1) } : { code: false, text: part }));
}
