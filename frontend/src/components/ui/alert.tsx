import type { ReactNode } from 'react';
import { cn } from '@/utils/cn';

type Tone = 'error' | 'success' | 'warning' | 'info';

const ICONS: Record<Tone, string> = { error: '!', success: '✓', warning: '!', info: 'i' };

export interface AlertProps {
  tone: Tone;
  title?: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  className?: string;
  /** Polite announcements for confirmations, assertive for errors. */
  live?: boolean;
}

/** A message box whose meaning is carried by its icon and title as well as its colour. */
export function Alert({ tone, title, children, actions, className, live = true }: AlertProps) {
  const role = !live ? undefined : tone === 'error' ? 'alert' : 'status';
  return (
    <div className={cn('alert', `alert--${tone}`, className)} role={role}>
      <span className="alert__icon" aria-hidden="true">
        {ICONS[tone]}
      </span>
      <div className="alert__body">
        {title && <p className="alert__title">{title}</p>}
        {children}
        {actions && <div className="btn-row" style={{ marginTop: 8 }}>{actions}</div>}
      </div>
    </div>
  );
}
