import { useMemo } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n, type I18n } from '@/i18n/i18n';
import { zodResolver } from '@/lib/zod-resolver';
import { useServerErrors } from './use-server-errors';

/**
 * The form of an edit dialog: one zod schema checks it, `save` sends it, and the API's field
 * errors land under the inputs they name (the rest in the dialog's summary). `onClose` gets
 * what the API answered, or nothing when the person cancels. `dialog` is what FormDialog needs.
 */
export function useDialogForm<T extends FieldValues, R>({
  schema,
  defaultValues,
  mapField,
  mutation,
  save,
  onClose,
}: {
  /** Built again only when the language changes: a dialog's other inputs are fixed while it is open. */
  schema: (i18n: I18n) => z.ZodType<T>;
  defaultValues: DefaultValues<T>;
  mapField?: (apiField: string) => string | null;
  /** The save's state (a react-query mutation): busy while it runs, its failure for the summary. */
  mutation: { isPending: boolean; error: unknown };
  save: (values: T) => Promise<R>;
  onClose: (saved?: R) => void;
}) {
  const i18n = useI18n();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see `schema` above
  const resolver = useMemo(() => zodResolver(schema(i18n)), [i18n]);
  const form = useForm<T>({ resolver, defaultValues });
  const server = useServerErrors(form, mapField);
  const onSubmit = form.handleSubmit(async (values) => {
    server.clear();
    try {
      onClose(await save(values));
    } catch (error) {
      server.apply(error);
    }
  });
  return {
    form,
    dialog: { onSubmit, onCancel: () => onClose(), busy: mutation.isPending, error: mutation.error, unplaced: server.unplaced },
  };
}
