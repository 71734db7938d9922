import { useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, type ButtonProps } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { ErrorState } from '@/components/ui/states';
import { useI18n, type I18n } from '@/i18n/i18n';

/** An action that waits for a yes in a dialog; `run` answers the notice to show once done. */
export interface Confirmation {
  title: string;
  body: string;
  confirmLabel: string;
  run: () => Promise<string>;
}

/**
 * The state every admin list keeps: which item the edit dialog is open on (or a new one), the
 * notice of the last thing done, the action waiting for confirmation and what failed.
 * Failures of a confirmed action stay in its dialog (e.g. "used by a target"); those of an
 * action run at once (activate) are shown above the list.
 */
export function useAdminScreen<T>() {
  const [editing, setEditing] = useState<{ item?: T } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState<Confirmation | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [confirmFailure, setConfirmFailure] = useState<unknown>(null);

  async function run(action: () => Promise<string>, onError: (error: unknown) => void) {
    setBusy(true);
    try {
      setNotice(await action());
      return true;
    } catch (error) {
      onError(error);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return {
    editing,
    notice,
    failure,
    create: () => {
      setNotice(null);
      setEditing({});
    },
    edit: (item: T) => {
      setNotice(null);
      setEditing({ item });
    },
    /** Closes the edit dialog, with a notice when something was saved. */
    closeEditor: (savedNotice?: string | null) => {
      setEditing(null);
      if (savedNotice) setNotice(savedNotice);
    },
    /** Asks first: the confirmation dialog runs the action. */
    ask: (confirmation: Confirmation) => {
      setConfirmFailure(null);
      setPending(confirmation);
    },
    /** Runs at once (nothing to lose, e.g. activating again). */
    runNow: (action: () => Promise<string>) => {
      setNotice(null);
      setFailure(null);
      void run(action, setFailure);
    },
    setNotice,
    confirmation: {
      pending,
      busy,
      error: confirmFailure,
      close: () => setPending(null),
      confirm: async () => {
        if (!pending) return;
        if (await run(pending.run, setConfirmFailure)) setPending(null);
      },
    },
  };
}

export type AdminScreen<T> = ReturnType<typeof useAdminScreen<T>>;

/**
 * "Delete P01?" (the API refuses what is still used, and the dialog says why) or "Deactivate
 * P01?" (kept with its history, no longer offered for new work).
 */
export function confirmation(kind: 'delete' | 'deactivate', { t }: Pick<I18n, 't'>, name: string, action: () => Promise<unknown>): Confirmation {
  const remove = kind === 'delete';
  return {
    title: t(remove ? 'admin.deleteConfirmTitle' : 'admin.deactivateConfirmTitle', { name }),
    body: t(remove ? 'admin.deleteConfirmBody' : 'admin.deactivateConfirmBody'),
    confirmLabel: t(remove ? 'common.delete' : 'common.deactivate'),
    run: async () => {
      await action();
      return t(remove ? 'common.deleted' : 'common.saved');
    },
  };
}

/**
 * An admin list: its heading with the count and the create button, an optional introduction
 * and filters, the last notice or failure, the list itself and the confirmation dialog.
 */
export function AdminSection<T>({
  id,
  title,
  count,
  screen,
  intro,
  toolbar,
  children,
}: {
  id: string;
  title: string;
  count: number;
  screen: AdminScreen<T>;
  intro?: ReactNode;
  toolbar?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { confirmation } = screen;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="page-head">
        <h2 id={`${id}-title`} style={{ margin: 0 }}>
          {title} <span className="muted small">({count})</span>
        </h2>
        <Button variant="primary" onClick={screen.create}>
          + {t('common.create')}
        </Button>
      </div>
      {intro && <p className="muted small">{intro}</p>}
      {toolbar}
      {screen.notice && <Alert tone="success">{screen.notice}</Alert>}
      {screen.failure ? <ErrorState error={screen.failure} /> : null}
      {children}
      <ConfirmDialog
        open={!!confirmation.pending}
        title={confirmation.pending?.title ?? ''}
        body={confirmation.pending?.body ?? ''}
        confirmLabel={confirmation.pending?.confirmLabel ?? ''}
        busy={confirmation.busy}
        onClose={confirmation.close}
        onConfirm={() => void confirmation.confirm()}
        error={confirmation.error ? <ErrorState error={confirmation.error} /> : undefined}
      />
    </section>
  );
}

/** The last cell of an admin row: its buttons, right-aligned. */
export function RowActions({ children }: { children: ReactNode }) {
  return (
    <td className="actions">
      <span className="btn-row" style={{ justifyContent: 'flex-end' }}>
        {children}
      </span>
    </td>
  );
}

/** A small row button whose accessible name says which row it acts on ("Sửa: P01"). */
export function RowButton({ action, name, ...button }: { action: string; name: string } & Omit<ButtonProps, 'children' | 'size'>) {
  return (
    <Button size="small" aria-label={`${action}: ${name}`} {...button}>
      {action}
    </Button>
  );
}
