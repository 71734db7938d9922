package vn.planmonitor.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Page;
import vn.planmonitor.common.PageRequest;
import vn.planmonitor.common.Versions;
import vn.planmonitor.common.Violations;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The endpoints an admin registers, and their delivery logs. */
@ApplicationScoped
@Transactional
public class WebhookService {

    static final int MAX_URL = 2000;
    static final int MAX_DESCRIPTION = 200;
    static final int MAX_SECRET = 500;
    /**
     * A secret shorter than HMAC-SHA256's own 32-byte output would be the weakest part of the signature
     * (and short ones get guessed); Stripe's and GitHub's generated secrets are longer still.
     */
    static final int MIN_SECRET_BYTES = 32;

    @Inject
    WebhookAddresses addresses;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookView> list(PageRequest page) {
        return Page.of(WebhookEndpoint.findAll(page.sort()), page, WebhookView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookView get(long id) {
        return WebhookView.of(find(id));
    }

    public WebhookView create(WebhookInput input) {
        WebhookEndpoint endpoint = new WebhookEndpoint();
        apply(endpoint, input, true);
        endpoint.persist();
        return WebhookView.of(endpoint);
    }

    public WebhookView update(long id, String ifMatch, WebhookInput input) {
        WebhookEndpoint endpoint = find(id);
        Versions.requireMatch(ifMatch, endpoint.version);
        apply(endpoint, input, false);
        endpoint.touch();
        WebhookEndpoint.flush();
        return WebhookView.of(endpoint);
    }

    /** The endpoint goes with its deliveries and their log (the foreign keys cascade). */
    public void delete(long id, String ifMatch) {
        WebhookEndpoint endpoint = find(id);
        Versions.requireMatch(ifMatch, endpoint.version);
        endpoint.delete();
    }

    /** The endpoint's deliveries, newest first, each with every attempt. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookDeliveryView> deliveries(long id, PageRequest page) {
        WebhookEndpoint endpoint = find(id);
        var query = WebhookDelivery.<WebhookDelivery>find("endpointId = ?1 order by id desc", endpoint.id);
        long total = query.count();
        List<WebhookDelivery> rows = query.page(io.quarkus.panache.common.Page.of(page.page() - 1, page.size())).list();
        Map<Long, List<WebhookAttempt>> log = WebhookAttempt.listFor(rows.stream().map(d -> d.id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.deliveryId));
        return new Page<>(rows.stream().map(d -> WebhookDeliveryView.of(d, log.getOrDefault(d.id, List.of()))).toList(),
                page.page(), page.size(), total);
    }

    private void apply(WebhookEndpoint endpoint, WebhookInput input, boolean creating) {
        if (input == null) {
            throw ApiException.badRequest("body-required");
        }
        Violations v = new Violations();
        String url = input.url() == null ? null : input.url().trim();
        v.text("url", url, MAX_URL);
        if (url != null && !url.isBlank() && !v.has("url")) {
            addresses.check(url).ifPresent(refusal -> v.add("url", switch (refusal) {
                case NOT_A_URL -> "not-a-url";
                case ADDRESS_NOT_ALLOWED -> "address-not-allowed";
                case HOST_UNKNOWN -> "host-unknown";
            }));
        }
        List<String> events = new ArrayList<>();
        if (input.events() == null || input.events().isEmpty()) {
            v.add("events", "required");
        } else {
            for (int i = 0; i < input.events().size(); i++) {
                String name = input.events().get(i);
                if (name == null || WebhookEventType.ofWireName(name).isEmpty()) {
                    v.add("events[" + i + "]", "not-one-of", WebhookEventType.wireNames());
                } else if (!events.contains(name)) {
                    events.add(name);
                }
            }
        }
        String secret = input.secret();
        if (creating) {
            v.required("secret", secret);
        }
        if (secret != null) {
            v.maxLength("secret", secret, MAX_SECRET);
            if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
                v.add("secret", "secret-too-short", MIN_SECRET_BYTES);
            }
        }
        String description = input.description() == null || input.description().isBlank() ? null
                : input.description().trim();
        v.maxLength("description", description, MAX_DESCRIPTION);
        v.throwIfAny();
        endpoint.url = url;
        endpoint.events = String.join(",", events);
        if (secret != null) {
            endpoint.secret = secret;
        }
        endpoint.description = description;
        if (input.active() != null) {
            endpoint.active = input.active();
        }
    }

    private static WebhookEndpoint find(long id) {
        return WebhookEndpoint.<WebhookEndpoint>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("webhook", id));
    }
}
