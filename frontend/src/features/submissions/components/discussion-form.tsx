import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { FormProblem, SelectField, TextareaField } from '@/components/ui/form';
import { useServerErrors } from '@/hooks/use-server-errors';
import type { Indicator } from '@/lib/api';
import { useI18n, type I18n } from '@/i18n/i18n';
import { zodResolver } from '@/lib/zod-resolver';
import { useCommentOnSubmission } from '../api/comment-on-submission';

const MAX_TEXT = 2000;

export function discussionSchema({ t }: Pick<I18n, 't'>) {
  return z.object({
    text: z.string().trim().min(1, t('validation.required')).max(MAX_TEXT, t('validation.tooLong', { max: MAX_TEXT })),
    indicatorCode: z.string(),
  });
}

type Values = z.infer<ReturnType<typeof discussionSchema>>;

/** A message to the other side (officer ↔ reviewer), about the whole report or one of its values. */
export function DiscussionForm({ submissionId, indicators }: { submissionId: number; indicators: readonly Indicator[] }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const send = useCommentOnSubmission(submissionId);
  const resolver = useMemo(() => zodResolver(discussionSchema(i18n)), [i18n]);
  const form = useForm<Values>({ resolver, defaultValues: { text: '', indicatorCode: '' } });
  const server = useServerErrors(form);
  const onSubmit = form.handleSubmit(async (v) => {
    server.clear();
    try {
      await send.mutateAsync({ text: v.text.trim(), indicatorCode: v.indicatorCode || null });
      form.reset({ text: '', indicatorCode: v.indicatorCode });
    } catch (error) {
      server.apply(error);
    }
  });
  return (
    <form className="form discussion" onSubmit={onSubmit} noValidate aria-label={t('discussion.title')}>
      <SelectField form={form} name="indicatorCode" label={t('discussion.about')}>
        <option value="">{t('discussion.wholeReport')}</option>
        {indicators.map((i) => (
          <option key={i.code} value={i.code}>
            {pick(i.nameVi, i.nameEn)}
          </option>
        ))}
      </SelectField>
      <TextareaField form={form} name="text" label={t('discussion.text')} hint={t('discussion.hint')} required rows={3} />
      <FormProblem error={send.error} unplaced={server.unplaced} />
      <Button type="submit" busy={send.isPending}>
        {t('discussion.send')}
      </Button>
    </form>
  );
}
