/**
 * Plain-text versions of the atlas for language-model assistants (https://llmstxt.org): `llms.txt`
 * lists every page with its description, `llms-full.txt` holds the text of every page. Only the
 * article is kept: headings, paragraphs, lists, tables and code; never navigation or other UI.
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';

export interface LlmsPage {
  url: string;
  title: string;
  description: string;
  lang: string;
  markdown: string;
}

const text = (el: HTMLElement | Node) => el.textContent.replace(/\s+/g, ' ').trim();

function blockToMarkdown(el: HTMLElement): string[] {
  const tag = el.tagName?.toLowerCase();
  if (!tag) return [];
  if (el.classList.contains('sl-anchor-link') || el.classList.contains('sr-only') || tag === 'noscript' || tag === 'script' || tag === 'style') return [];
  if (el.classList.contains('expressive-code')) {
    const code = el.querySelector('button[data-code]')?.getAttribute('data-code')?.replace(/\u007f/g, '\n');
    const lang = el.querySelector('pre')?.getAttribute('data-language') ?? '';
    return code ? [`\`\`\`${lang}\n${code}\n\`\`\``] : [];
  }
  if (/^h[2-4]$/.test(tag)) return [`${'#'.repeat(Number(tag[1]))} ${text(el)}`];
  if (tag === 'p' || tag === 'figcaption' || tag === 'caption') return text(el) ? [text(el)] : [];
  if (tag === 'ul' || tag === 'ol') {
    return [el.querySelectorAll(':scope > li').map((li, i) => `${tag === 'ol' ? `${i + 1}.` : '-'} ${text(li)}`).join('\n')];
  }
  if (tag === 'table') {
    const rows = el.querySelectorAll('tr').map((tr) => `| ${tr.querySelectorAll('th, td').map(text).join(' | ')} |`);
    return rows.length > 0 ? [rows.join('\n')] : [];
  }
  if (tag === 'dl') return [el.querySelectorAll('div').map((row) => text(row)).join('\n')];
  return el.childNodes.flatMap((child) => ('tagName' in child && child.tagName ? blockToMarkdown(child as HTMLElement) : []));
}

/** Reads one built page; undefined for pages that are not indexed for search (such as the 404 pages). */
export function readPage(url: string, html: string): LlmsPage | undefined {
  const root = parse(html);
  const article = root.querySelector('.sl-markdown-content');
  if (!article || !root.querySelector('main[data-pagefind-body]')) return undefined;
  // Decorative or screen-reader-only chrome inside the article: step numbers, "Section titled …".
  for (const el of article.querySelectorAll('[aria-hidden="true"], .sr-only, .sl-anchor-link, noscript')) el.remove();
  const title = text(root.querySelector('h1') ?? root.querySelector('title')!);
  return {
    url,
    title,
    description: root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    lang: root.querySelector('html')?.getAttribute('lang') ?? 'en',
    markdown: blockToMarkdown(article).join('\n\n'),
  };
}

export function llmsIndex(site: { title: string; summary: string }, pages: LlmsPage[]): string {
  const section = (lang: string, heading: string) =>
    [`## ${heading}`, '', ...pages.filter((page) => page.lang === lang).map((page) => `- [${page.title}](${page.url}): ${page.description}`)].join('\n');
  return [`# ${site.title}`, '', `> ${site.summary}`, '', section('en', 'English'), '', section('zh-CN', '简体中文'), ''].join('\n');
}

export function llmsFull(pages: LlmsPage[]): string {
  return pages.map((page) => `# ${page.title}\n\nSource: ${page.url}\n\n${page.markdown}\n`).join('\n---\n\n');
}

/** Strings of the site's interface that must never end up in the text for assistants. */
export const UI_CHROME = ['Skip to content', 'On this page', 'Select theme', 'Section titled', '跳转到内容', '本页内容', '选择主题', '本节链接', 'Copy to clipboard', '复制到剪贴板'];

/** Every indexed page is listed in llms.txt, in both languages; llms-full.txt has both languages and no UI chrome. */
export function checkLlmsFiles(index: string, full: string, pageUrls: string[]): string[] {
  const problems: string[] = [];
  for (const url of pageUrls) if (!index.includes(`](${url})`)) problems.push(`llms.txt does not list ${url}.`);
  if (!index.includes('## English') || !index.includes('## 简体中文')) problems.push('llms.txt must have an English and a 简体中文 section.');
  if ((full.match(/[\u4e00-\u9fff]/g) ?? []).length < 20 || !/\b(the|and|with)\b/.test(full)) problems.push('llms-full.txt must contain both the English and the Chinese pages.');
  for (const chrome of UI_CHROME) if (full.includes(chrome)) problems.push(`llms-full.txt contains interface text "${chrome}"; only article text belongs there.`);
  return problems;
}
