import { z } from 'zod';
import type { I18n } from '@/i18n/i18n';

/** A code as the API accepts it (units, indicators and their parts, targets, plans). */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$/;

/** The field rules the admin forms share, with their messages in the UI language. */
export function formRules({ t }: Pick<I18n, 't'>) {
  return {
    code: () => z.string().trim().regex(CODE_PATTERN, t('validation.codeFormat')),
    text: (max: number) => z.string().trim().min(1, t('validation.required')).max(max, t('validation.tooLong', { max })),
    optionalText: (max: number) => z.string().trim().max(max, t('validation.tooLong', { max })),
  };
}
