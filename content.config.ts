// Astro looks for the content config in `srcDir`, which is the project root here so that Starlight
// reads pages from the top-level `content/docs/`. The collections themselves live with the code.
export { collections } from './src/content.config';
