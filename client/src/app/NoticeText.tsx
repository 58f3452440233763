// A notice or error in words: its message, and the engine's reason when there is one.
import type { Notice } from '../state/store.ts';
import { hasUi, say, t } from '../i18n/index.ts';
import { roleName } from '../ui/words.ts';

const ROLE_PARAMS = new Set(['role', 'side', 'to', 'from']);

/** Role ids in a notice's parameters become role names. */
function localised(params: Notice['params']): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params ?? {})) out[k] = ROLE_PARAMS.has(k) && typeof v === 'string' && hasUi(`roleShort.${v}`) ? roleName(v) : v;
  return out;
}

export function noticeText(n: Omit<Notice, 'id'>): string {
  const key = hasUi(n.key, n.params) ? n.key : n.tone === 'error' ? 'error.internal' : 'notice.generic';
  return t(key, localised(n.params));
}

export function NoticeText({ notice }: { notice: Omit<Notice, 'id'> }) {
  return (
    <span class="notice-text">
      {noticeText(notice)}
      {notice.reason ? <span class="notice-reason"> {say(notice.reason)}</span> : null}
    </span>
  );
}
