// Copy a text to the clipboard and say so for a moment. False when the page may not use
// the clipboard (an insecure page): the caller shows the text to select instead.
import { useState } from 'preact/hooks';

export function useCopy(): { copied: boolean; copy: (text: string) => Promise<boolean> } {
  const [copied, setCopied] = useState(false);
  const copy = async (text: string): Promise<boolean> => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      return false;
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2500);
    return true;
  };
  return { copied, copy };
}
