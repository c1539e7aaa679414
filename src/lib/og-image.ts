/**
 * Link-preview images: one 1200 × 630 PNG per page and locale, drawn from the page's own title and
 * description (src/integrations/og-images.ts renders them after the build; src/route-middleware.ts
 * points each page's `og:image` at its file). Chinese glyphs come from the Noto Sans SC font
 * installed from npm, so the images look the same on every build machine.
 */
import { PLANNED_SIDEBAR } from './sidebar.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** `/stack/training/` → `/og/stack/training.png`, `/` → `/og/index.png`, `/zh-cn/` → `/og/zh-cn.png`. */
export function ogImagePath(pagePath: string): string {
  return `/og/${pagePath.replace(/^\/+|\/+$/g, '') || 'index'}.png`;
}

/** The sidebar group a page belongs to, as a small label above the title ("Tech stack", "学习路线"). */
export function sectionLabel(pagePath: string, locale: 'en' | 'zh-cn'): string | undefined {
  const slug = pagePath.replace(/^\/+|\/+$/g, '').replace(/^zh-cn(\/|$)/, '');
  const group = PLANNED_SIDEBAR.find((candidate) => candidate.slugs.includes(slug));
  return group ? (locale === 'zh-cn' ? group.zhLabel : group.label) : undefined;
}

export interface OgCard {
  title: string;
  description: string;
  locale: 'en' | 'zh-cn';
  section: string | undefined;
  /** What the card shows as the address, e.g. `atlas.example.org/zh-cn/stack/`. */
  address: string;
}

/** Shortens text to at most `max` characters, ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | Node[] | string | undefined; [key: string]: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: Node | Node[] | string): Node => ({ type, props: { style, children } });

/** The card as the element tree Satori draws (the same shape JSX would produce). */
export function ogCardTree(card: OgCard): Node {
  const zh = card.locale === 'zh-cn';
  const title = clip(card.title, zh ? 28 : 60);
  return el(
    'div',
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      padding: '64px 72px 56px',
      boxSizing: 'border-box',
      backgroundColor: '#0b1f1d',
      backgroundImage: 'linear-gradient(135deg, #0b3431 0%, #0b1f1d 55%, #12201f 100%)',
      color: '#f2f7f6',
      fontFamily: 'Noto Sans SC',
    },
    [
      el('div', { display: 'flex', alignItems: 'center', gap: 20, fontSize: 30, color: '#a6ece2' }, [
        el('div', { width: 44, height: 44, borderRadius: 10, backgroundColor: '#12857b', display: 'flex' }),
        el('div', { display: 'flex' }, zh ? '深度学习技术栈图谱 · DL Stack Atlas' : 'DL Stack Atlas · 深度学习技术栈图谱'),
      ]),
      el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, gap: 20, width: OG_WIDTH - 144 }, [
        ...(card.section ? [el('div', { display: 'flex', fontSize: 28, color: '#7fd6c9', textTransform: 'uppercase', letterSpacing: zh ? 4 : 2 }, card.section)] : []),
        el('div', { display: 'flex', fontSize: [...title].length > (zh ? 16 : 30) ? 56 : 72, fontWeight: 700, lineHeight: 1.2, }, title),
        el('div', { display: 'flex', fontSize: 30, lineHeight: 1.5, color: '#c9dcd9'}, clip(card.description, zh ? 90 : 150)),
      ]),
      el('div', { display: 'flex', justifyContent: 'space-between', width: OG_WIDTH - 144, fontSize: 24, color: '#8fb3ae' }, [
        el('div', { display: 'flex' }, card.address),
        el('div', { display: 'flex' }, zh ? '简体中文' : 'English'),
      ]),
    ],
  );
}
