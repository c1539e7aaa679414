import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { OG_HEIGHT, OG_WIDTH, ogImagePath } from './lib/og-image.ts';
import { withBase } from './lib/with-base.ts';

/**
 * Hero actions in frontmatter (`link: /stack/`) are written from the site root, like links in the
 * text; under a sub-path deploy they get the base in front (src/plugins/base-links.ts does the same
 * for links in the text).
 */
export const onRequest = defineRouteMiddleware((context) => {
  addPreviewImage(context);
  const hero = context.locals.starlightRoute.entry.data.hero;
  if (!hero?.actions) return;
  hero.actions = hero.actions.map((action) => ({ ...action, link: withBase(import.meta.env.BASE_URL, action.link) }));
});

/**
 * Link previews: each page's `og:image` is its own card, drawn after the build by
 * src/integrations/og-images.ts at the path ogImagePath() gives for the page.
 */
function addPreviewImage(context: Parameters<Parameters<typeof defineRouteMiddleware>[0]>[0]) {
  const route = context.locals.starlightRoute;
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const pagePath = context.url.pathname.slice(base.length) || '/';
  const image = new URL(`${base}${ogImagePath(pagePath)}`, context.site ?? context.url).href;
  const alt = route.entry.data.title;
  route.head.push(
    { tag: 'meta', attrs: { property: 'og:image', content: image } },
    { tag: 'meta', attrs: { property: 'og:image:type', content: 'image/png' } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: String(OG_WIDTH) } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: String(OG_HEIGHT) } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: alt } },
    { tag: 'meta', attrs: { name: 'twitter:image', content: image } },
  );
}
