// The origin an invite link should carry. A page opened as localhost (a teacher's laptop
// running the server) would give students a link their phones cannot open, so the server
// is asked for this machine's network address (GET /api/lan, answered to the machine only).
import { useEffect, useState } from 'preact/hooks';
import { inviteLink, serverOrigin } from './endpoint.ts';
import { withLanguage } from '../i18n/language.ts';
import { useLanguage } from '../ui/LanguagePicker.tsx';

export type InviteOrigin =
  /** The page's own address works for everyone. */
  | { kind: 'page'; origin: string }
  /** Opened as localhost: the network address to give students instead. */
  | { kind: 'network'; origin: string }
  /** Opened as localhost and no network address is known: students cannot reach this link. */
  | { kind: 'unreachable'; origin: string };

export const isLocalHost = (hostname: string): boolean => hostname === 'localhost' || /^127\./.test(hostname) || hostname === '[::1]';

let asked: Promise<string[]> | undefined;

function networkOrigins(): Promise<string[]> {
  asked ??= fetch(`${serverOrigin()}/api/lan`)
    .then(async (r) => (r.ok ? ((await r.json()) as { origins?: string[] }).origins ?? [] : []))
    .catch(() => []);
  return asked;
}

export function useInviteOrigin(): InviteOrigin {
  const page: InviteOrigin = { kind: 'page', origin: location.origin };
  const local = isLocalHost(location.hostname) && !import.meta.env.DEV;
  const [found, setFound] = useState<InviteOrigin>(page);
  useEffect(() => {
    if (!local) return;
    let live = true;
    void networkOrigins().then((list) => {
      if (live) setFound(list[0] ? { kind: 'network', origin: list[0] } : { kind: 'unreachable', origin: location.origin });
    });
    return () => {
      live = false;
    };
  }, [local]);
  return local ? found : page;
}

/** The invite link of a match for people on other devices, suggesting this page's language. */
export function useInviteLink(code: string): { url: string; origin: InviteOrigin } {
  const origin = useInviteOrigin();
  const lang = useLanguage();
  return { url: withLanguage(inviteLink(code, origin.origin), lang), origin };
}
