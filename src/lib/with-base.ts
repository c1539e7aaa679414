/** `/stack/` under base `/atlas/` is `/atlas/stack/`; other links, and links already under the base, stay. */
export function withBase(base: string, href: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (prefix === '' || !href.startsWith('/') || href.startsWith('//') || href === prefix || href.startsWith(`${prefix}/`)) return href;
  return `${prefix}${href}`;
}
