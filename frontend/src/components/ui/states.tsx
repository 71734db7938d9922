import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n, type I18n } from '@/i18n/i18n';
import { ApiError } from '@/lib/problem';
import { Alert } from './alert';
import { Button } from './button';

export function LoadingState({ label, rows = 3 }: { label?: string; rows?: number }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" className="loading-state">
      <p className="muted">
        <span className="spinner" aria-hidden="true" /> {label ?? t('state.loading')}
      </p>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton" style={{ height: 18, margin: '10px 0', width: `${90 - i * 15}%` }} aria-hidden="true" />
      ))}
    </div>
  );
}

export function EmptyState({ title, children, action }: { title?: ReactNode; children?: ReactNode; action?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="state">
      <p className="state__title">{title ?? t('state.empty')}</p>
      {children && <div>{children}</div>}
      {action && <div style={{ marginTop: 12 }}>{action}</div>}
    </div>
  );
}

/** What to tell a person about a failed request: the API's own localized title and detail when there is one. */
export function describeError(error: unknown, i18n: Pick<I18n, 't'>): { title: string; detail: string } {
  if (error instanceof ApiError) {
    const { problem } = error;
    if (problem.detail || problem.title) {
      return { title: problem.title || i18n.t('state.error'), detail: problem.detail || '' };
    }
    return { title: i18n.t('state.error'), detail: i18n.t('state.unexpected', { status: error.status }) };
  }
  if (error instanceof TypeError) {
    // fetch() rejects with a TypeError when the network or the server is unreachable.
    return { title: i18n.t('state.error'), detail: i18n.t('state.networkError') };
  }
  return { title: i18n.t('state.error'), detail: error instanceof Error ? error.message : String(error) };
}

export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const i18n = useI18n();
  const described = describeError(error, i18n);
  const fields = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <Alert
      tone="error"
      title={title ?? described.title}
      actions={onRetry && <Button onClick={onRetry}>{i18n.t('state.retry')}</Button>}
    >
      {described.detail && <p>{described.detail}</p>}
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={`${f.field}-${f.code}`}>
              <code>{f.field}</code>: {f.message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

/**
 * Renders the loading, error and empty states of a query in one place so no screen is ever blank.
 */
export function QueryState<T>({
  query,
  isEmpty,
  empty,
  loading,
  children,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  loading?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <>{loading ?? <LoadingState />}</>;
  if (query.error || query.data === undefined) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <>{empty ?? <EmptyState />}</>;
  return <>{children(query.data)}</>;
}

/** A screen the signed-in person's role does not open: said plainly, with the way back. */
export function NoAccessState({ message }: { message: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="card">
      <div className="state" role="alert">
        <p className="state__title">
          <span aria-hidden="true">✕ </span>
          {t('state.noAccessTitle')}
        </p>
        <p>{message}</p>
        <Link className="btn" to="/">
          {t('state.backHome')}
        </Link>
      </div>
    </div>
  );
}
