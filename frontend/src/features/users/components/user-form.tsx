import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { CheckboxField, SelectField, TextField } from '@/components/ui/form';
import { FormDialog } from '@/components/ui/form-dialog';
import { UnitChecklist } from '@/components/ui/unit-checklist';
import { useDialogForm } from '@/hooks/use-dialog-form';
import { withoutIndex } from '@/hooks/use-server-errors';
import type { OrgUnit } from '@/lib/api';
import { useUnitTypes } from '@/hooks/use-unit-types';
import { topLevelCodes } from '@/utils/unit-types';
import { useI18n, type I18n } from '@/i18n/i18n';
import { ROLES, useSaveUser, type User, type UserInput } from '../api/users';

/** The API's rules (UserInput): checked here first, the API stays the judge. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,99}$/;
const MIN_PASSWORD = 10;
const MAX_PASSWORD_BYTES = 72;

function schema({ t }: Pick<I18n, 't'>, creating: boolean) {
  return z
    .object({
      username: z.string().trim().regex(USERNAME_PATTERN, t('users.usernameFormat')),
      displayName: z.string().trim().min(1, t('validation.required')).max(200, t('validation.tooLong', { max: 200 })),
      role: z.enum(['ADMIN', 'REVIEWER', 'REPORTER', 'VIEWER']),
      unitCodes: z.array(z.string()),
      password: z
        .string()
        .refine((p) => (creating ? p.length >= MIN_PASSWORD : p === '' || p.length >= MIN_PASSWORD), t('users.passwordShort', { min: MIN_PASSWORD }))
        .refine((p) => new TextEncoder().encode(p).length <= MAX_PASSWORD_BYTES, t('users.passwordLong')),
      active: z.boolean(),
    })
    .refine((v) => v.role !== 'REPORTER' || v.unitCodes.length > 0, { path: ['unitCodes'], message: t('users.unitsRequired') });
}

type Values = z.infer<ReturnType<typeof schema>>;

/** Create or change an account: name, role, the units a reporter enters data for, a password. */
export function UserForm({ editing, units, onClose }: { editing?: User; units: readonly OrgUnit[]; onClose: (saved?: User) => void }) {
  const { t } = useI18n();
  const topLevel = topLevelCodes(useUnitTypes().data);
  const save = useSaveUser();
  const { form, dialog } = useDialogForm({
    schema: (i18n) => schema(i18n, !editing),
    mapField: withoutIndex,
    defaultValues: {
      username: editing?.username ?? '',
      displayName: editing?.displayName ?? '',
      role: editing?.role ?? 'REPORTER',
      unitCodes: editing?.unitCodes ?? [],
      password: '',
      active: editing?.active ?? true,
    },
    save: (v: Values) => {
      const input: UserInput = {
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        role: v.role,
        // Units are for reporters only; the API refuses them for other roles.
        unitCodes: v.role === 'REPORTER' ? v.unitCodes : null,
        password: v.password === '' ? null : v.password,
        active: v.active,
      };
      return save.mutateAsync({ input, existing: editing });
    },
    mutation: save,
    onClose,
  });
  const role = useWatch({ control: form.control, name: 'role' });

  return (
    <FormDialog
      id="user-form"
      title={editing ? t('admin.editTitle', { name: editing.username }) : t('admin.createTitle', { what: t('users.what') })}
      {...dialog}
    >
      <TextField
        form={form}
        name="username"
        label={t('auth.username')}
        required
        readOnly={!!editing}
        hint={editing ? undefined : t('users.usernameHint')}
        autoCapitalize="none"
        spellCheck={false}
      />
      <TextField form={form} name="displayName" label={t('users.displayName')} required />
      <SelectField form={form} name="role" label={t('users.role')} required hint={t(`users.roleHint.${role}`)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        form={form}
        name="password"
        type="password"
        autoComplete="new-password"
        label={editing ? t('users.newPassword') : t('auth.password')}
        required={!editing}
        hint={editing ? t('users.passwordKeep', { min: MIN_PASSWORD }) : t('users.passwordHint', { min: MIN_PASSWORD })}
      />
      {editing && <CheckboxField form={form} name="active" label={t('users.activeLabel')} className="span-all" />}
      {role === 'REPORTER' && (
        <UnitChecklist form={form} name="unitCodes" units={units.filter((u) => u.active && !topLevel.has(u.type))} legend={t('users.units')} hint={t('users.unitsHint')} />
      )}
    </FormDialog>
  );
}
