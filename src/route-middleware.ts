import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from './lib/with-base.ts';

/**
 * Hero actions in frontmatter (`link: /stack/`) are written from the site root, like links in the
 * text; under a sub-path deploy they get the base in front (src/plugins/base-links.ts does the same
 * for links in the text).
 */
export const onRequest = defineRouteMiddleware((context) => {
  const hero = context.locals.starlightRoute.entry.data.hero;
  if (!hero?.actions) return;
  hero.actions = hero.actions.map((action) => ({ ...action, link: withBase(import.meta.env.BASE_URL, action.link) }));
});
