/// <reference types="vite/client" />

/** The English words of the home page (scripts/firstWords.ts). */
declare module 'virtual:first-words' {
  const words: { ui: Record<string, object>; engine: Record<string, object> };
  export default words;
}

/** The rest of the English words (scripts/firstWords.ts), loaded with the first screen that needs them. */
declare module 'virtual:later-words' {
  const words: { ui: Record<string, object>; engine: Record<string, object> };
  export default words;
}
