// "Are you sure?" for the destructive controls (`confirm: true` in the table): a modal
// dialog that keeps the keyboard inside, Escape or Cancel to step back.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/index.ts';

export function ConfirmDialog({ question, yes, onYes, onNo }: { question: string; yes: string; onYes: () => void; onNo: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog ref={ref} class="confirm-dialog" aria-labelledby="confirm-question" onCancel={(e) => (e.preventDefault(), onNo())} data-testid="confirm-dialog">
      <p id="confirm-question" class="confirm-question" data-testid="confirm-question">
        {question}
      </p>
      <div class="button-row">
        <button type="button" class="btn btn-large" onClick={onNo} autoFocus data-testid="confirm-no">
          {t('common.cancel')}
        </button>
        <button type="button" class="btn btn-large btn-danger" onClick={onYes} data-testid="confirm-yes">
          {yes}
        </button>
      </div>
    </dialog>
  );
}
