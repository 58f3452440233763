/// <reference types="vite/client" />

/** The English words of the home page (scripts/firstWords.ts). */
declare module 'virtual:first-words' {
  const words: { ui: Record<string, object>; engine: Record<string, object> };
  export default words;
}
