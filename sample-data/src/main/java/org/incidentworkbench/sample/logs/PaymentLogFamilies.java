package org.incidentworkbench.sample.logs;

import static org.incidentworkbench.analysis.logs.Severity.ERROR;
import static org.incidentworkbench.analysis.logs.Severity.INFO;
import static org.incidentworkbench.analysis.logs.Severity.WARN;
import static org.incidentworkbench.sample.logs.Trigger.on;
import static org.incidentworkbench.sample.logs.Trigger.onErrors;
import static org.incidentworkbench.sample.logs.Trigger.perRequest;
import static org.incidentworkbench.sample.logs.Trigger.steady;
import static org.incidentworkbench.sample.system.ServiceCatalogue.PAYMENTS;
import static org.incidentworkbench.sample.system.ServiceCatalogue.PAYMENT_PROVIDER;
import static org.incidentworkbench.sample.system.ServiceCatalogue.RECONCILIATION_BATCH;

import java.util.List;
import org.incidentworkbench.sample.world.Symptom;

/** Payments and the PSP it talks to, and the reconciliation batch that settles with the PSP every hour. */
final class PaymentLogFamilies {

    private static final String PSP_CLIENT = "com.shop.payments.psp.PspClient";
    private static final String RECONCILER = "com.shop.reconciliation.SettlementReconciler";

    private PaymentLogFamilies() {
    }

    static List<LogFamily> all() {
        List<String> payments = List.of(PAYMENTS);
        List<String> batch = List.of(RECONCILIATION_BATCH);
        return List.of(
                LogFamily.of("payments.authorised", INFO, payments, "com.shop.payments.AuthorisationService", perRequest(0.002),
                        "Payment {payment} authorised: {amount} EUR for {order}, psp_ref={pspref}, took {latency} ms"),
                LogFamily.of("payments.declined", INFO, payments, "com.shop.payments.AuthorisationService", perRequest(0.0004),
                        "Payment {payment} declined by issuer: reason={reason} (order {order})"),
                LogFamily.of(LogFamilies.PSP_5XX, ERROR, payments, PSP_CLIENT, on(Symptom.UPSTREAM_ERROR, PAYMENT_PROVIDER, 0.1),
                        "PSP responded {status5} for POST /v3/payments (idempotency_key={uuid}, took {latency} ms)"),
                LogFamily.of(LogFamilies.PSP_TIMEOUT, ERROR, payments, PSP_CLIENT, on(Symptom.UPSTREAM_TIMEOUT, PAYMENT_PROVIDER, 0.1),
                        "PSP request timed out after {timeout} ms: java.net.SocketTimeoutException: Read timed out"),
                LogFamily.of("payments.webhook", INFO, payments, "com.shop.payments.webhooks.PspWebhookController", steady(0.05),
                        "Received PSP webhook {webhook} for psp_ref={pspref}"),
                LogFamily.of("payments.duplicate", WARN, payments, "com.shop.payments.IdempotencyFilter", perRequest(0.00005),
                        "Duplicate authorisation for idempotency_key={uuid}; returning stored result"),
                LogFamily.of("batch.started", INFO, batch, RECONCILER, on(Symptom.BATCH_START, 1),
                        "Reconciliation run {hex:8} started for settlement window {iso:3600}..{iso:1}"),
                LogFamily.of("batch.progress", INFO, batch, RECONCILER, on(Symptom.BATCH_RUNNING, 0.3),
                        "Reconciled {int:1000-5000} records (page {int:1-400}), {int:0-3} mismatches"),
                LogFamily.of("batch.mismatch", WARN, batch, RECONCILER, on(Symptom.BATCH_RUNNING, 0.06),
                        "Settlement mismatch for psp_ref={pspref}: expected {amount} EUR, settled {amount} EUR"),
                LogFamily.of("batch.psp.rate.limited", ERROR, batch, "com.shop.reconciliation.PspReportClient", onErrors(0.005),
                        "Failed to fetch settlement report page {int:1-400} from PSP: HTTP 429 Too Many Requests (retry in {int:5-60}s)"),
                LogFamily.of("batch.finished", INFO, batch, RECONCILER, on(Symptom.BATCH_FINISH, 1),
                        "Reconciliation run finished: {int:200000-600000} records, {int:0-40} mismatches, took {int:360-2000}s"));
    }
}
