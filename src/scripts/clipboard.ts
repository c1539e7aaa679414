/**
 * Copies text for the site's copy buttons and links. Plain-HTTP hosts other than localhost have no
 * async clipboard; there it falls back to copying a selection. Resolves to whether it worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = Object.assign(document.createElement('textarea'), { value: text, readOnly: true });
    field.className = 'atlas-copy-buffer';
    document.body.append(field);
    field.select();
    const copied = document.execCommand('copy');
    field.remove();
    return copied;
  }
}
