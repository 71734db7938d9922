import type { FormEventHandler, ReactNode } from 'react';
import { useI18n } from '@/i18n/i18n';
import type { FieldProblem } from '@/lib/problem';
import { Button } from './button';
import { Dialog } from './dialog';
import { FormProblem } from './form';

export interface FormDialogProps {
  /** The form's id, so the footer's submit button (outside the form) still submits it. */
  id: string;
  title: ReactNode;
  /** Closing without saving: the ✕, Escape and Cancel. */
  onCancel: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  busy: boolean;
  /** The save's failure: what no input shows is summed up above the fields. */
  error: unknown;
  unplaced?: FieldProblem[];
  submitLabel?: string;
  wide?: boolean;
  children: ReactNode;
}

/** An edit dialog around a two-column form: the failure summary first, Cancel and Save below. */
export function FormDialog({ id, title, onCancel, onSubmit, busy, error, unplaced, submitLabel, wide = true, children }: FormDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog
      open
      wide={wide}
      onClose={onCancel}
      title={title}
      footer={
        <>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" form={id} variant="primary" busy={busy}>
            {submitLabel ?? t('common.save')}
          </Button>
        </>
      }
    >
      <form id={id} onSubmit={onSubmit} noValidate className="form-grid form-grid--2">
        <div className="span-all">
          <FormProblem error={error} unplaced={unplaced} />
        </div>
        {children}
      </form>
    </Dialog>
  );
}
