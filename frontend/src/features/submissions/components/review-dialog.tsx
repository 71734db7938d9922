import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorState } from '@/components/ui/states';
import { useI18n } from '@/i18n/i18n';

/** Confirms a review step; returning and reopening need a reason the unit will read. */
export function ReviewDialog({
  title,
  body,
  confirmLabel,
  reasonLabel,
  reasonRequired,
  reasonHint,
  missingMessage,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  title: string;
  body?: string;
  confirmLabel: string;
  reasonLabel?: string;
  reasonRequired?: boolean;
  /** Shown under the reason box (e.g. who will read it). */
  reasonHint?: string;
  /** What to say when a required reason is left empty. */
  missingMessage?: string;
  busy: boolean;
  error: unknown;
  onConfirm: (comment: string | null) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const id = useId();
  const missing = reasonRequired && comment.trim() === '';
  return (
    <Dialog
      open
      onClose={onClose}
      title={title}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            variant="primary"
            busy={busy}
            onClick={() => {
              setTried(true);
              if (!missing) onConfirm(comment.trim() || null);
            }}
          >
            {confirmLabel}
          </Button>
        </>
      }
    >
      {body && <p>{body}</p>}
      {reasonLabel && (
        <div className="field">
          <label htmlFor={id} className="field__label">
            {reasonLabel}
            {reasonRequired && <span className="muted" aria-hidden="true"> *</span>}
          </label>
          <textarea
            id={id}
            className="textarea"
            rows={3}
            value={comment}
            maxLength={2000}
            aria-invalid={tried && missing ? true : undefined}
            aria-required={reasonRequired || undefined}
            aria-describedby={[tried && missing ? `${id}-error` : '', reasonHint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined}
            onChange={(e) => setComment(e.target.value)}
            autoFocus
          />
          {tried && missing && (
            <span id={`${id}-error`} className="field__error" role="alert">
              {missingMessage ?? t('validation.required')}
            </span>
          )}
          {reasonHint && (
            <span id={`${id}-hint`} className="field__hint">
              {reasonHint}
            </span>
          )}
        </div>
      )}
      {error ? (
        <div style={{ marginTop: 12 }}>
          <ErrorState error={error} />
        </div>
      ) : null}
      {!reasonLabel && !body && <Alert tone="info">{title}</Alert>}
    </Dialog>
  );
}
