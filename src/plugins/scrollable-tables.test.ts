import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { scrollableTables } from './scrollable-tables.ts';

const render = async (source: string) =>
  (await markdownToHtml(source, { features: { headingAttributes: true }, hastPlugins: [scrollableTables()] })).html;

describe('scrollable-tables plugin', () => {
  it('wraps a table in a keyboard-focusable region labelled by its section heading', async () => {
    const html = await render('## 按瓶颈加工具 {#by-bottleneck}\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
    expect(html).toMatch(/<div class="table-scroll" tabindex="0" role="region" aria-labelledby="by-bottleneck"><table>/);
  });

  it('labels each table by the nearest heading before it', async () => {
    const html = await render('## One {#one}\n\n| a |\n| - |\n| 1 |\n\n### Two {#two}\n\n| b |\n| - |\n| 2 |\n');
    expect(html.match(/aria-labelledby="(\w+)"/g)).toEqual(['aria-labelledby="one"', 'aria-labelledby="two"']);
  });

  it('still gives a name to a table before any heading', async () => {
    expect(await render('| a |\n| - |\n| 1 |\n')).toContain('aria-label="Table"');
  });
});
