/**
 * Progress checklists of the learning path (src/components/learn/ProgressRoot.astro): ticks kept in
 * localStorage, per-stage and total completion, reset, and export/import as a file or a link. The
 * page stays a plain reading list until this runs; the model lives in src/lib/progress.ts.
 */
import {
  completion,
  decodeLink,
  emptyProgress,
  encodeLink,
  exportFile,
  FILE_NAME,
  isProgressLink,
  LINK_PREFIX,
  parseFile,
  parseStored,
  serialize,
  STORAGE_KEY,
  toggle,
  type Notice,
  type ParseResult,
  type Progress,
} from '../lib/progress';
import { copyText } from './clipboard.ts';

const root = document.querySelector<HTMLElement>('[data-progress-root]');
if (root) start(root);

function start(root: HTMLElement): void {
  const known = (root.dataset['topics'] ?? '').split(' ').filter(Boolean);
  const strings = JSON.parse(root.dataset['i18n'] ?? '{}') as Record<string, string>;
  const say = (name: string, values: Record<string, string | number> = {}) =>
    (strings[name] ?? '').replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
  const all = <T extends Element = HTMLElement>(selector: string) => [...document.querySelectorAll<T>(selector)];
  const one = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);

  const announce = (text: string) => {
    for (const region of all('[data-progress-status]')) region.textContent = text;
  };
  const explain = (notices: Notice[], source: string) =>
    notices
      .map((notice) =>
        notice.kind === 'unknown-topics'
          ? say('noticeUnknown', { count: notice.count })
          : say(notice.kind === 'corrupt' ? 'noticeCorrupt' : 'noticeVersion', { source: say(source) }),
      )
      .join(' ');
  const failed = (result: ParseResult) => result.notices.some((notice) => notice.kind !== 'unknown-topics');

  let storageBlocked = false;
  const load = (): string | null => {
    try {
      return localStorage.getItem(STORAGE_KEY);
    } catch {
      storageBlocked = true;
      return null;
    }
  };
  const save = () => {
    try {
      localStorage.setItem(STORAGE_KEY, serialize(progress, known));
    } catch {
      announce(say('storageBlocked'));
    }
  };

  const loaded = parseStored(load(), known);
  let progress: Progress = loaded.progress;

  const linkOutput = one<HTMLInputElement>('[data-link-output]');
  const render = () => {
    for (const box of all<HTMLInputElement>('input[data-topic]')) box.checked = progress.done.has(box.dataset['topic'] ?? '');
    const show = (element: HTMLElement, keys: string[], name: string) => {
      const counts = completion(progress, keys);
      const bar = element.querySelector('progress');
      if (bar) bar.value = counts.done;
      const label = element.querySelector('[data-text]');
      if (label) label.textContent = say(name, { ...counts });
    };
    for (const element of all('[data-stage-progress]')) {
      show(element, known.filter((key) => key.startsWith(`${element.dataset['stageProgress']}/`)), 'stageProgress');
    }
    for (const element of all('[data-total-progress]')) show(element, known, 'totalProgress');
    if (linkOutput) linkOutput.value = `${location.origin}${location.pathname}#${LINK_PREFIX}${encodeLink(progress, known)}`;
  };
  const replace = (next: Progress) => {
    progress = next;
    save();
    render();
  };

  for (const element of all('[data-progress-js]')) element.hidden = false;
  for (const element of all('[data-progress-nojs]')) element.hidden = true;
  render();
  if (storageBlocked) announce(say('storageBlocked'));
  else if (loaded.notices.length > 0) announce(explain(loaded.notices, 'storedSource'));

  document.addEventListener('change', (event) => {
    const box = event.target;
    if (box instanceof HTMLInputElement && box.dataset['topic']) replace(toggle(progress, box.dataset['topic'], box.checked));
  });
  // Another tab of the site changed the progress.
  addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY) return;
    progress = parseStored(event.newValue, known).progress;
    render();
  });

  one('[data-reset]')?.addEventListener('click', () => {
    if (!confirm(say('resetConfirm'))) return;
    replace(emptyProgress());
    announce(say('resetDone'));
  });

  one('[data-export-file]')?.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([exportFile(progress, known, new Date())], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: FILE_NAME });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce(say('exported', { count: progress.done.size }));
  });

  const adopt = (result: ParseResult, source: string) => {
    if (failed(result)) {
      announce(explain(result.notices, source));
      return;
    }
    replace(result.progress);
    announce(`${say('imported', { count: result.progress.done.size })} ${explain(result.notices, source)}`.trim());
  };

  const fileInput = one<HTMLInputElement>('[data-import-file]');
  fileInput?.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    adopt(parseFile(await file.text(), known), 'fileSource');
    fileInput.value = '';
  });

  one('[data-copy-link]')?.addEventListener('click', async () => {
    if (!linkOutput) return;
    if (await copyText(linkOutput.value)) return announce(say('linkCopied'));
    linkOutput.select();
    announce(say('linkCopyFailed'));
  });

  // Opened from a progress link (or one pasted into this page): offer to import it, never import silently.
  const offer = one('[data-import-offer]');
  if (!offer) return;
  let pending: ParseResult | undefined;
  const finish = (message: string) => {
    pending = undefined;
    offer.hidden = true;
    history.replaceState(null, '', `${location.pathname}${location.search}#progress`);
    announce(message);
  };
  const offerFromHash = () => {
    if (!isProgressLink(location.hash)) return;
    const result = decodeLink(location.hash, known);
    if (failed(result)) {
      finish(explain(result.notices, 'linkSource'));
      return;
    }
    pending = result;
    const text = one('[data-offer-text]');
    if (text) text.textContent = say('importOffer', { count: result.progress.done.size, current: progress.done.size });
    offer.hidden = false;
    offer.scrollIntoView({ block: 'center' });
    offer.focus();
  };
  one('[data-offer-accept]')?.addEventListener('click', () => {
    if (!pending) return;
    const result = pending;
    replace(result.progress);
    finish(`${say('imported', { count: result.progress.done.size })} ${explain(result.notices, 'linkSource')}`.trim());
  });
  one('[data-offer-dismiss]')?.addEventListener('click', () => finish(say('importDismissed')));
  addEventListener('hashchange', offerFromHash);
  offerFromHash();
}
