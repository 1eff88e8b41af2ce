package io.pteroca.panel.api;

import io.pteroca.panel.account.Permission;
import io.pteroca.panel.payment.PaymentAdministration;
import io.pteroca.panel.payment.PaymentStatus;
import io.pteroca.panel.payment.PaymentView;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.voucher.VoucherRequest;
import io.pteroca.panel.voucher.VoucherView;
import io.pteroca.panel.voucher.Vouchers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments and vouchers, for staff: what the admin payment and voucher pages do (settling a bank transfer that
 * arrived, making and retiring vouchers), through the same services, with the same permissions and audit lines.
 */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = "application/json")
@Tag(name = "Admin: payments and vouchers", description = "Staff only: scope admin:read or admin:write, and the role's permissions")
class AdminBillingApiController {

    private final PaymentAdministration payments;
    private final Vouchers vouchers;
    private final IdempotentRequests idempotent;

    AdminBillingApiController(PaymentAdministration payments, Vouchers vouchers, IdempotentRequests idempotent) {
        this.payments = payments;
        this.vouchers = vouchers;
        this.idempotent = idempotent;
    }

    @GetMapping("/payments")
    @ApiAccess(value = ApiScope.ADMIN_READ, permission = Permission.PAYMENTS_VIEW)
    @Operation(summary = "Top-up payments, newest first, filtered")
    ApiList<ApiJson.Payment> payments(
            @Parameter(description = "Only payments in this status") @RequestParam(required = false) PaymentStatus status,
            @Parameter(description = "Only payments of this customer (account id)") @RequestParam(required = false) Long customer,
            @Parameter(description = "Only payments through this gateway", example = "bank_transfer") @RequestParam(required = false) String gateway,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        Cursor page = Cursor.of(cursor, limit);
        String method = gateway == null || gateway.isBlank() ? null : gateway.strip();
        return page.page(payments.search(customer, status, method, page.byCreation()), ApiJson.Payment::of, PaymentView::id,
                PaymentView::createdAt);
    }

    @GetMapping("/payments/{id}")
    @ApiAccess(value = ApiScope.ADMIN_READ, permission = Permission.PAYMENTS_VIEW)
    @Operation(summary = "One payment")
    ApiJson.Payment payment(@PathVariable long id) {
        return ApiJson.Payment.of(payments.find(id).orElseThrow(() -> Refusal.notFound("api.notFound")));
    }

    @PostMapping("/payments/{id}/received")
    @ApiAccess(value = ApiScope.ADMIN_WRITE, permission = Permission.PAYMENTS_CHANGE)
    @Operation(summary = "Mark a pending payment (a bank transfer) received: the customer's wallet is credited once",
            description = "As the admin payment page's Received button. Needs an Idempotency-Key; a payment no longer pending is 409 "
                    + "and credits nothing.")
    @ApiResponse(responseCode = "200", description = "Paid; the payment as it is now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiJson.Payment.class)))
    ResponseEntity<?> received(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id,
                               @Parameter(description = "A new random value per payment settled, e.g. a UUID", required = true)
                               @RequestHeader(IdempotentRequests.HEADER) String key, HttpServletRequest request) {
        payments.find(id).orElseThrow(() -> Refusal.notFound("api.notFound"));
        return idempotent.once(caller, key, "payment-received:" + id, Map.of(), () -> {
            if (!payments.markReceived(id, caller.accountId(), caller.email(), request.getRemoteAddr())) {
                throw Refusal.conflict("payment.admin.notPending");
            }
            return ResponseEntity.ok(ApiJson.Payment.of(payments.find(id).orElseThrow()));
        });
    }

    @GetMapping("/vouchers")
    @ApiAccess(value = ApiScope.ADMIN_READ, permission = Permission.VOUCHERS_VIEW)
    @Operation(summary = "Vouchers, newest first, retired ones too")
    ApiList<ApiJson.Voucher> vouchers(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        Cursor page = Cursor.of(cursor, limit);
        return page.page(vouchers.all(page.byId()), ApiJson.Voucher::of, VoucherView::id, null);
    }

    @PostMapping("/vouchers")
    @ApiAccess(value = ApiScope.ADMIN_WRITE, permission = Permission.VOUCHERS_CHANGE)
    @Operation(summary = "Create a voucher", description = "As the admin voucher page does. Needs an Idempotency-Key: the same key "
            + "again creates one voucher and answers the same.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiJson.Voucher.class)))
    ResponseEntity<?> createVoucher(@AuthenticationPrincipal ApiCaller caller,
                                    @Parameter(description = "A new random value per voucher, e.g. a UUID", required = true)
                                    @RequestHeader(IdempotentRequests.HEADER) String key,
                                    @Valid @RequestBody ApiJson.NewVoucher voucher, HttpServletRequest request) {
        return idempotent.once(caller, key, "voucher", voucher, () -> {
            VoucherView created = vouchers.createByAdmin(new VoucherRequest(voucher.code(), voucher.type().name(), voucher.amount(),
                    Boolean.TRUE.equals(voucher.newAccountsOnly()), voucher.minimumTopUpTotal(), voucher.minimumOrderAmount(),
                    voucher.expiresOn() == null ? null : voucher.expiresOn().toString(),
                    voucher.maxUses() == null ? null : voucher.maxUses().toString(), voucher.description()),
                    caller.accountId(), caller.email(), request.getRemoteAddr());
            return ResponseEntity.status(HttpStatus.CREATED).body(ApiJson.Voucher.of(created));
        });
    }

    @PostMapping("/vouchers/{id}/deactivate")
    @ApiAccess(value = ApiScope.ADMIN_WRITE, permission = Permission.VOUCHERS_DELETE)
    @Operation(summary = "Retire a voucher: nobody can use it any more; its uses stay on record",
            description = "As the admin voucher page's Delete button. Retiring a retired voucher changes nothing.")
    ApiJson.Voucher deactivate(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id, HttpServletRequest request) {
        return ApiJson.Voucher.of(vouchers.deactivateByAdmin(id, caller.accountId(), caller.email(), request.getRemoteAddr())
                .orElseThrow(() -> Refusal.notFound("api.notFound")));
    }
}
