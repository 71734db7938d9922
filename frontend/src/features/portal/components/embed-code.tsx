import { useId } from 'react';
import { Link } from 'react-router';
import { useI18n } from '@/i18n/i18n';
import { embedPath, embedSnippet } from '../utils/portal';

/** The `<iframe>` code for the district news site, ready to copy, and a link to what it shows. */
export function EmbedCode({ planCode, targetCode, title }: { planCode: string; targetCode: string; title: string }) {
  const { t } = useI18n();
  const id = useId();
  const snippet = embedSnippet(window.location.origin, planCode, targetCode, title);
  return (
    <details className="embed-code">
      <summary>{t('portal.embedTitle')}</summary>
      <label htmlFor={id} className="small">
        {t('portal.embedHint')}
      </label>
      <textarea id={id} className="textarea embed-code__snippet" readOnly rows={3} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      <p className="small" style={{ margin: 0 }}>
        <Link to={embedPath(planCode, targetCode)} target="_blank" rel="noreferrer">
          {t('portal.embedPreview')}
          <span className="visually-hidden"> {t('portal.newTab')}</span>
        </Link>
      </p>
    </details>
  );
}
