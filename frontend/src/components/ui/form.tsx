import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { get, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { Alert } from './alert';
import { Field } from './field';
import { describeError } from './states';
import { useI18n } from '@/i18n/i18n';
import { ApiError, type FieldProblem } from '@/lib/problem';

/** Inputs bound to a react-hook-form form, each with its label and its (client or API) error. */
interface BoundProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
}

export function errorOf<T extends FieldValues>(form: UseFormReturn<T>, name: string): string | undefined {
  return (get(form.formState.errors, name) as { message?: string } | undefined)?.message;
}

export function TextField<T extends FieldValues>({
  form, name, label, hint, required, className, ...input
}: BoundProps<T> & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'form'>) {
  return (
    <Field label={label} hint={hint} required={required} error={errorOf(form, name)} className={className}>
      {(control) => <input {...control} className="input" autoComplete="off" {...input} {...form.register(name)} />}
    </Field>
  );
}

export function TextareaField<T extends FieldValues>({
  form, name, label, hint, required, className, ...input
}: BoundProps<T> & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'form'>) {
  return (
    <Field label={label} hint={hint} required={required} error={errorOf(form, name)} className={className}>
      {(control) => <textarea {...control} className="textarea" {...input} {...form.register(name)} />}
    </Field>
  );
}

export function SelectField<T extends FieldValues>({
  form, name, label, hint, required, className, children, ...select
}: BoundProps<T> & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'form'> & { children: ReactNode }) {
  return (
    <Field label={label} hint={hint} required={required} error={errorOf(form, name)} className={className}>
      {(control) => (
        <select {...control} className="select" {...select} {...form.register(name)}>
          {children}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField<T extends FieldValues>({ form, name, label, className }: Omit<BoundProps<T>, 'hint' | 'required'>) {
  const error = errorOf(form, name);
  return (
    <div className={className}>
      <label className="checkbox">
        <input type="checkbox" {...form.register(name)} aria-invalid={error ? true : undefined} />
        {label}
      </label>
      {error && <span className="field__error">{error}</span>}
    </div>
  );
}

/**
 * The part of a failed save no input can show: the API's title and detail (a conflict, a 412),
 * and any field errors for fields the form does not have.
 */
export function FormProblem({ error, unplaced }: { error: unknown; unplaced?: FieldProblem[] }) {
  const i18n = useI18n();
  if (!error) return null;
  const hasFieldErrors = error instanceof ApiError && (error.problem.errors?.length ?? 0) > 0;
  if (hasFieldErrors && !unplaced?.length) return null;
  const { title, detail } = describeError(error, i18n);
  return (
    <Alert tone="error" title={title}>
      {detail && <p>{detail}</p>}
      {unplaced && unplaced.length > 0 && (
        <ul>
          {unplaced.map((p) => (
            <li key={`${p.field}-${p.code}`}>
              <code>{p.field}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
