// One conversation: its messages and, for players, a line to write in.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChatMessage } from '../../../shared/protocol/index.ts';
import { LIMITS } from '../../../shared/protocol/index.ts';
import { formatTime, t } from '../i18n/index.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';

export function ChatChannel({ messages, canWrite, onSend, hint, me }: { messages: ChatMessage[]; canWrite: boolean; onSend: (text: string) => void; hint: string; me?: string }) {
  const [text, setText] = useState('');
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length]);
  const send = (e: Event) => {
    e.preventDefault();
    const v = text.trim();
    if (!v) return;
    onSend(v);
    setText('');
  };
  return (
    <div class="chat">
      <p class="muted small chat-hint">{hint}</p>
      <ol class="chat-list" ref={list} aria-live="polite" data-testid="chat-list">
        {messages.length === 0 ? <li class="muted small">{t('talk.noMessages')}</li> : null}
        {messages.map((m) => (
          <li key={m.id} class={`chat-msg${m.from.playerId === me ? ' chat-mine' : ''}`}>
            <div class="chat-meta">
              <RoleBadge role={m.from.role} />
              <span class="chat-nick">{m.from.nickname}</span>
              <span class="muted small">{t('talk.when', { turn: m.turn, time: formatTime(m.at) })}</span>
            </div>
            <p class="chat-text">{m.text}</p>
          </li>
        ))}
      </ol>
      {canWrite ? (
        <form class="chat-form" onSubmit={send}>
          <label class="visually-hidden" for="chat-input">
            {t('talk.write')}
          </label>
          <input id="chat-input" type="text" value={text} maxLength={LIMITS.chatChars} placeholder={t('talk.placeholder')} onInput={(e) => setText((e.target as HTMLInputElement).value)} data-testid="chat-input" />
          <button type="submit" class="btn btn-small btn-primary" data-testid="chat-send">
            {t('talk.send')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
