import { WebhooksAdmin } from '@/features/webhooks/components/webhooks-admin';

export function WebhooksAdminRoute() {
  return <WebhooksAdmin />;
}
