import { useId, type ReactNode } from 'react';
import { useI18n } from '@/i18n/i18n';
import { cn } from '@/utils/cn';

/** The props a control needs to be tied to its label, hint and error message. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
}

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
  /** Hide the label visually (it stays available to screen readers). */
  hideLabel?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with an optional hint and an error announced with the control. */
export function Field({ label, hint, error, required, className, hideLabel, children }: FieldProps) {
  const id = useId();
  const { t } = useI18n();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('field', className)}>
      <label htmlFor={id} className={cn('field__label', hideLabel && 'visually-hidden')}>
        {label}
        {required && <span className="muted" aria-hidden="true"> *</span>}
        {required && <span className="visually-hidden"> ({t('common.required')})</span>}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, 'aria-required': required || undefined })}
      {error && (
        <span id={errorId} className="field__error" role="alert">
          {error}
        </span>
      )}
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
    </div>
  );
}

export function FieldError({ id, message }: { id?: string; message?: string }) {
  if (!message) return null;
  return (
    <span id={id} className="field__error" role="alert">
      {message}
    </span>
  );
}
