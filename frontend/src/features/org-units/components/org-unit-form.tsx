import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { CheckboxField, FormProblem, SelectField, TextField } from '@/components/ui/form';
import { useServerErrors } from '@/hooks/use-server-errors';
import { ORG_UNIT_TYPES, type OrgUnit, type OrgUnitInput, type OrgUnitType } from '@/lib/api';
import { zodResolver } from '@/lib/zod-resolver';
import { useI18n, type I18n } from '@/i18n/i18n';
import { useSaveOrgUnit } from '../api/save-org-unit';

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$/;

function schema({ t }: Pick<I18n, 't'>) {
  const text = (max: number) => z.string().trim().min(1, t('validation.required')).max(max, t('validation.tooLong', { max }));
  return z
    .object({
      code: z.string().trim().regex(CODE_PATTERN, t('validation.codeFormat')),
      nameVi: text(200),
      nameEn: text(200),
      type: z.enum(ORG_UNIT_TYPES as [OrgUnitType, ...OrgUnitType[]], { error: t('validation.required') }),
      parentCode: z.string(),
      active: z.boolean(),
    })
    .refine((v) => v.type === 'DISTRICT' || v.parentCode !== '', { path: ['parentCode'], message: t('validation.required') });
}

type Values = z.infer<ReturnType<typeof schema>>;

/** Units this one may hang under: any other unit that is not below it (no cycles). */
function possibleParents(units: readonly OrgUnit[], editing?: OrgUnit): OrgUnit[] {
  if (!editing) return [...units];
  const below = new Set<string>([editing.code]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parentCode && below.has(u.parentCode) && !below.has(u.code)) {
        below.add(u.code);
        grew = true;
      }
    }
  }
  return units.filter((u) => !below.has(u.code));
}

export function OrgUnitForm({ units, editing, onClose }: { units: readonly OrgUnit[]; editing?: OrgUnit; onClose: (saved?: OrgUnit) => void }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const save = useSaveOrgUnit();
  const resolver = useMemo(() => zodResolver(schema(i18n)), [i18n]);
  const form = useForm<Values>({
    resolver,
    defaultValues: {
      code: editing?.code ?? '',
      nameVi: editing?.nameVi ?? '',
      nameEn: editing?.nameEn ?? '',
      type: editing?.type ?? 'WARD',
      parentCode: editing?.parentCode ?? (editing ? '' : (units.find((u) => u.type === 'DISTRICT')?.code ?? '')),
      active: editing?.active ?? true,
    },
  });
  const server = useServerErrors(form);
  const parents = possibleParents(units, editing);

  const onSubmit = form.handleSubmit(async (values) => {
    server.clear();
    const input: OrgUnitInput = { ...values, parentCode: values.parentCode || null };
    try {
      onClose(await save.mutateAsync({ input, existing: editing }));
    } catch (error) {
      server.apply(error);
    }
  });

  const formId = 'org-unit-form';
  return (
    <Dialog
      open
      onClose={() => onClose()}
      title={editing ? t('admin.editTitle', { name: pick(editing.nameVi, editing.nameEn) }) : t('admin.createTitle', { what: t('orgUnit.what') })}
      footer={
        <>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" busy={save.isPending}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={onSubmit} noValidate className="form-grid form-grid--2">
        <div className="span-all">
          <FormProblem error={save.error} unplaced={server.unplaced} />
        </div>
        <TextField form={form} name="code" label={t('common.code')} required readOnly={!!editing} hint={editing ? undefined : 'P17, THCS-…'} />
        <SelectField form={form} name="type" label={t('orgUnit.type')} required>
          {ORG_UNIT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`unitType.${type}`)}
            </option>
          ))}
        </SelectField>
        <TextField form={form} name="nameVi" label={t('common.nameVi')} required lang="vi" />
        <TextField form={form} name="nameEn" label={t('common.nameEn')} required lang="en" />
        <SelectField form={form} name="parentCode" label={t('orgUnit.parent')} className="span-all">
          <option value="">{t('orgUnit.parentNone')}</option>
          {ORG_UNIT_TYPES.map((type) => {
            const group = parents.filter((u) => u.type === type);
            return group.length === 0 ? null : (
              <optgroup key={type} label={t(`unitTypePlural.${type}`)}>
                {group.map((u) => (
                  <option key={u.code} value={u.code}>
                    {pick(u.nameVi, u.nameEn)} ({u.code})
                  </option>
                ))}
              </optgroup>
            );
          })}
        </SelectField>
        <CheckboxField form={form} name="active" label={t('common.active')} className="span-all" />
      </form>
    </Dialog>
  );
}
