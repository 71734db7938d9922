import { useId, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useI18n } from '@/i18n/i18n';
import type { CreatedApiToken } from '../api/tokens';

/**
 * The new token's secret, the one time it exists outside the other system: a warning, the secret
 * ready to copy, and a copy button. Closing means it is gone (only its hash is stored).
 */
export function TokenSecretDialog({ created, onClose }: { created: CreatedApiToken; onClose: () => void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied('yes');
    } catch {
      // No clipboard (an insecure page, a refused permission): select it for Ctrl+C instead.
      input.current?.select();
      setCopied('failed');
    }
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('tokens.createdTitle', { name: created.token.name })}
      footer={
        <Button onClick={onClose}>
          {t('tokens.done')}
        </Button>
      }
    >
      <Alert tone="warning" title={t('tokens.onceTitle')} live={false}>
        <p>{t('tokens.onceBody')}</p>
      </Alert>
      <div className="field section" style={{ marginTop: 12 }}>
        <label htmlFor={id} className="field__label">
          {t('tokens.secret')}
        </label>
        <div className="secret-row">
          <input ref={input} id={id} className="input secret" readOnly value={created.secret} onFocus={(e) => e.target.select()} spellCheck={false} />
          <Button variant="primary" onClick={() => void copy()}>
            {t('tokens.copy')}
          </Button>
        </div>
        <span role="status" className="field__hint">
          {copied === 'yes' ? `✓ ${t('tokens.copied')}` : copied === 'failed' ? t('tokens.copyFailed') : t('tokens.usage')}
        </span>
      </div>
    </Dialog>
  );
}
