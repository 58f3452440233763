// A role always shown with its colour and its name, never colour alone.
import { roleName } from './words.ts';

export function RoleBadge({ role, full, suffix }: { role: string; full?: boolean; suffix?: string }) {
  return (
    <span class={`role-badge role-${role}${full ? ' role-badge-full' : ''}`}>
      <span class="role-swatch" aria-hidden="true" />
      <span class="role-name">{roleName(role)}</span>
      {suffix ? <span class="role-suffix">{suffix}</span> : null}
    </span>
  );
}
