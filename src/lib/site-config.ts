/** Where the site is deployed. Both can be set per deploy without touching the config. */
export function readDeployTarget(env: Record<string, string | undefined>): { site: string; base: string } {
  const site = env['ATLAS_SITE'] || 'http://localhost:4321';
  const rawBase = env['ATLAS_BASE'] || '/';
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '') + '/';
  try {
    new URL(site);
  } catch {
    throw new Error(`ATLAS_SITE must be an absolute URL such as https://atlas.example.org, got "${site}".`);
  }
  return { site, base };
}
