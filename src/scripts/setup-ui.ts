/**
 * The install selector in the browser: reads the form, renders the commands with the shared
 * generator, keeps the selection in the query string (back and forward restore it) and announces
 * each change in a live region. The data comes from the `data-setup` attribute, not from the network.
 */
import { generateSetup, parseSelection, scriptText, selectionQuery, type Block, type Localized, type Selection, type SetupFacts, type SetupTools } from '../lib/setup';
import { copyText } from './clipboard.ts';

interface Payload {
  facts: SetupFacts;
  tools: SetupTools;
  strings: Record<string, string>;
  locale: keyof Localized;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

function copyButton(text: string, label: string, visible: string, className: string): HTMLButtonElement {
  const button = el('button', { type: 'button', className, textContent: visible });
  button.dataset['copy'] = text;
  if (label !== visible) button.setAttribute('aria-label', label);
  return button;
}

function init(root: HTMLElement): void {
  const { facts, tools, strings, locale } = JSON.parse(root.dataset['setup'] ?? '{}') as Payload;
  const form = root.querySelector('form')!;
  const result = root.querySelector<HTMLElement>('[data-result]')!;
  const live = root.querySelector<HTMLElement>('[data-live]')!;
  const cudaFieldset = root.querySelector<HTMLElement>('[data-cuda]');
  const s = (key: string) => strings[key] ?? key;

  const read = (): Selection => {
    const data = new FormData(form);
    return parseSelection(
      facts,
      new URLSearchParams({
        os: String(data.get('os')),
        acc: String(data.get('acc')),
        cuda: String(data.get('cuda')),
        pm: String(data.get('pm')),
        extras: data.getAll('extras').map(String).join(','),
      }),
    );
  };

  const write = (selection: Selection) => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
      const value = input.name === 'extras' ? selection.extras.includes(input.value) : selection[input.name as 'os' | 'acc' | 'cuda' | 'pm'] === input.value;
      input.checked = value;
    }
  };

  const summary = (selection: Selection) => {
    const label = <T extends { id: string; label: Localized }>(list: T[], id: string) => list.find((item) => item.id === id)?.label[locale] ?? id;
    const parts = [label(facts.os, selection.os), label(facts.accelerators, selection.acc)];
    if (selection.acc === 'cuda') parts.push(selection.cuda);
    parts.push(label(facts.managers, selection.pm));
    parts.push(...selection.extras.map((id) => label(facts.extras, id)));
    return parts.join(' · ');
  };

  const codeBlock = (block: Block) => {
    const title = block.file ?? s('terminal');
    const caption = el('figcaption', {}, el('span', { className: 'title', textContent: title }), copyButton(block.code, `${s('copy')}: ${s(`step.${block.step}`)}`, s('copy'), 'setup-copy'));
    const pre = el('pre', {}, el('code', { textContent: block.code }));
    pre.dataset['language'] = block.lang;
    const figure = el('figure', { className: 'setup-code' }, caption, pre);
    figure.dataset['step'] = block.step;
    return figure;
  };

  const render = (selection: Selection, announce: boolean) => {
    if (cudaFieldset) cudaFieldset.hidden = selection.acc !== 'cuda';
    const outcome = generateSetup(facts, tools, selection);
    if (!outcome.ok) {
      const reason = outcome.reason[locale];
      const box = el('div', { className: 'setup-refused' }, el('p', {}, el('strong', { textContent: s('refused') })), el('p', { textContent: reason }));
      box.setAttribute('role', 'note');
      box.dataset['refused'] = '';
      result.replaceChildren(box);
      if (announce) live.textContent = s('announceRefused').replace('{{selection}}', summary(selection)).replace('{{reason}}', reason);
      return;
    }
    const commands = scriptText(outcome.blocks, outcome.shell);
    const list = el(
      'ol',
      {},
      ...outcome.blocks.map((block) => el('li', {}, el('p', { className: 'setup-step-title', textContent: s(`step.${block.step}`) }), codeBlock(block))),
    );
    const notes = outcome.notes.map((note) => el('p', { className: 'setup-notes', textContent: s(`note.${note}`) }));
    result.replaceChildren(el('p', {}, copyButton(commands, s('copyAll'), s('copyAll'), 'setup-copy-all')), list, ...notes);
    if (announce) live.textContent = s('announce').replace('{{selection}}', summary(selection));
  };

  const url = (selection: Selection) => `${location.pathname}?${selectionQuery(selection)}`;

  form.addEventListener('change', () => {
    const selection = read();
    history.pushState(null, '', url(selection));
    render(selection, true);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  window.addEventListener('popstate', () => {
    const selection = parseSelection(facts, location.search);
    write(selection);
    render(selection, true);
  });
  result.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
    if (!button) return;
    live.textContent = s((await copyText(button.dataset['copy'] ?? '')) ? 'copied' : 'copyFailed');
  });

  const selection = parseSelection(facts, location.search);
  write(selection);
  render(selection, false);
  // A shared link with unknown or partial values shows the defaults it fell back to.
  if (location.search) history.replaceState(null, '', url(selection) + location.hash);
  root.hidden = false;
}

const root = document.querySelector<HTMLElement>('[data-setup]');
if (root) init(root);
