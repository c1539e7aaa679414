/**
 * Copy link: a plain click (or Enter) on a heading's or code block's anchor link still follows the
 * link, and also copies the section's full address. A short "copied" note appears beside the link
 * without moving anything, and a live region says the same to screen readers.
 */
import { isPlainActivation, sectionUrl } from '../lib/copy-link.ts';
import { copyText } from './clipboard.ts';

const ANCHOR_SELECTOR = '.sl-markdown-content a.sl-anchor-link';

function setUp(root: HTMLElement): void {
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const messages = { copied: root.dataset['copied'] ?? 'Link copied', failed: root.dataset['failed'] ?? 'Could not copy the link' };
  let timer: number | undefined;

  document.addEventListener('click', async (event) => {
    if (!(event.target instanceof Element) || !isPlainActivation(event)) return;
    const link = event.target.closest<HTMLAnchorElement>(ANCHOR_SELECTOR);
    if (!link) return;
    const copied = await copyText(sectionUrl(location.href, link.getAttribute('href') ?? ''));
    const message = copied ? messages.copied : messages.failed;
    document.querySelectorAll('.atlas-copied').forEach((note) => note.remove());
    const note = Object.assign(document.createElement('span'), { className: 'atlas-copied', textContent: message });
    note.setAttribute('aria-hidden', 'true');
    link.append(note);
    // Clear, then set on the next frame, so the same message is announced again on a second copy.
    if (status) {
      status.textContent = '';
      requestAnimationFrame(() => (status.textContent = message));
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(() => note.remove(), 2000);
  });
}

const root = document.querySelector<HTMLElement>('atlas-copy-link');
if (root) setUp(root);
