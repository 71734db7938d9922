import { useMemo } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { zodResolver } from '@/lib/zod-resolver';
import { useServerErrors } from './use-server-errors';

/**
 * The form of an edit dialog: one zod schema checks it, `save` sends it, and the API's field
 * errors land under the inputs they name (the rest in the dialog's summary). `onSaved` closes
 * the dialog with what the API answered. Pass a memoised schema: it is rebuilt only when the
 * language (or whatever it depends on) changes.
 */
export function useDialogForm<T extends FieldValues, R>({
  schema,
  defaultValues,
  mapField,
  save,
  onSaved,
}: {
  schema: z.ZodType<T>;
  defaultValues: DefaultValues<T>;
  mapField?: (apiField: string) => string | null;
  save: (values: T) => Promise<R>;
  onSaved: (saved: R) => void;
}) {
  const resolver = useMemo(() => zodResolver(schema), [schema]);
  const form = useForm<T>({ resolver, defaultValues });
  const server = useServerErrors(form, mapField);
  const onSubmit = form.handleSubmit(async (values) => {
    server.clear();
    try {
      onSaved(await save(values));
    } catch (error) {
      server.apply(error);
    }
  });
  return { form, onSubmit, unplaced: server.unplaced };
}
