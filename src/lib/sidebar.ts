/**
 * The planned sidebar. A group or link appears only once its page exists in the content tree,
 * so the navigation never points at a page that has not been written yet.
 */
export interface PlannedGroup {
  label: string;
  zhLabel: string;
  /** Page slugs (English paths without locale prefix), in reading order. */
  slugs: string[];
}

export const PLANNED_SIDEBAR: PlannedGroup[] = [
  { label: 'Start here', zhLabel: '从这里开始', slugs: ['quickstart', 'setup', 'roadmap'] },
  {
    label: 'Tech stack',
    zhLabel: '技术栈',
    slugs: [
      'stack',
      'stack/hardware',
      'stack/numerics',
      'stack/frameworks',
      'stack/models-data',
      'stack/training',
      'stack/tracking',
      'stack/deployment',
      'stack/environment',
    ],
  },
  {
    label: 'Learning path',
    zhLabel: '学习路线',
    slugs: [
      'learn',
      'learn/math',
      'learn/ml-fundamentals',
      'learn/deep-learning',
      'learn/pytorch',
      'learn/engineering',
      'learn/projects',
      'learn/interview',
      'learn/resources',
    ],
  },
];

export type SidebarGroup = { label: string; translations: Record<string, string>; items: { slug: string }[] };

/** Keeps only the pages that exist; drops groups left empty. */
export function buildSidebar(planned: PlannedGroup[], pageExists: (slug: string) => boolean): SidebarGroup[] {
  return planned
    .map((group) => ({
      label: group.label,
      translations: { 'zh-CN': group.zhLabel },
      items: group.slugs.filter(pageExists).map((slug) => ({ slug })),
    }))
    .filter((group) => group.items.length > 0);
}
