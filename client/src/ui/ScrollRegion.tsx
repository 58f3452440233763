// A table that may scroll sideways on a phone: a named region that the keyboard can reach and
// scroll (axe: scrollable-region-focusable), so every such table gets the same wrapper.
import type { ComponentChildren } from 'preact';

export function ScrollRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
