import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, atVersion, createOrReplace, unwrap } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/mutations';
import type { components } from '@/lib/api-types';

export type Webhook = components['schemas']['Webhook'];
export type WebhookInput = components['schemas']['WebhookInput'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type WebhookEventType = components['schemas']['WebhookEventType'];

/** The events an endpoint can ask for, in the order the form offers them. */
export const WEBHOOK_EVENTS = ['report.submitted', 'report.approved', 'report.returned', 'report.reopened', 'plan.published'] as const;

/** The API's minimum (WebhookInput.secret): HMAC-SHA256's own output length, counted in UTF-8 bytes. */
export const MIN_SECRET_BYTES = 32;

export function secretBytes(secret: string): number {
  return new TextEncoder().encode(secret).length;
}

/** One page of endpoints (never their secrets), oldest first. */
export function getWebhooks(page: number, size: number) {
  return unwrap(api.GET('/api/v1/webhooks', { params: { query: { page, size, sort: 'id' } } }));
}

export function useWebhooks(page: number, size: number) {
  return useQuery({ queryKey: ['webhooks', { page, size }], queryFn: () => getWebhooks(page, size), placeholderData: keepPreviousData });
}

/** An endpoint's most recent deliveries, each with every attempt (the delivery log). */
export function getWebhookDeliveries(id: number, size: number) {
  return unwrap(api.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id }, query: { page: 1, size } } }));
}

export function useWebhookDeliveries(id: number, size: number) {
  return useQuery({ queryKey: ['webhooks', id, 'deliveries', { size }], queryFn: () => getWebhookDeliveries(id, size) });
}

/** POST a new endpoint, or PUT over the version read (412 when someone changed it in between). */
export function saveWebhook({ input, existing }: { input: WebhookInput; existing?: Webhook }) {
  return createOrReplace(
    existing,
    () => api.POST('/api/v1/webhooks', { body: input }),
    (params) => api.PUT('/api/v1/webhooks/{id}', { params, body: input }),
  );
}

/** The input that keeps an endpoint as it is (secret unchanged), for one-field changes such as pausing. */
export function webhookToInput(hook: Webhook): WebhookInput {
  return { url: hook.url, events: hook.events, secret: null, description: hook.description, active: hook.active };
}

export function deleteWebhook(hook: Webhook) {
  return unwrap(api.DELETE('/api/v1/webhooks/{id}', { params: atVersion(hook) }));
}

export function useSaveWebhook() {
  return useInvalidatingMutation(saveWebhook, ['webhooks'], 'settled');
}

export function useDeleteWebhook() {
  return useInvalidatingMutation(deleteWebhook, ['webhooks'], 'settled');
}
