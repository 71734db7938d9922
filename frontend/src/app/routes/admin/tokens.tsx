import { TokensAdmin } from '@/features/tokens/components/tokens-admin';

export function TokensAdminRoute() {
  return <TokensAdmin />;
}
