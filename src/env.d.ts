// Starlight's virtual modules are typed inside its own package only; the Search override imports this one.
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
