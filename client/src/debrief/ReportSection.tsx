// One part of the debrief: a card with its heading (which names it for screen readers)
// and, where it helps, a line on how to read it.
import type { ComponentChildren } from 'preact';

export function ReportSection({ id, title, lead, children }: { id: string; title: string; lead?: string; children: ComponentChildren }) {
  return (
    <section class={`card debrief-${id}`} aria-labelledby={`${id}-title`} data-testid={`debrief-${id}`}>
      {/* One block, so that paper never leaves a heading or its lead alone at the foot of a page. */}
      <div class="report-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {lead ? <p class="muted small">{lead}</p> : null}
      </div>
      {children}
    </section>
  );
}
