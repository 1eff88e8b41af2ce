package io.pteroca.panel.voucher;

import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.RateLimiter;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A customer redeems a code from the wallet page; attempts are limited so codes cannot be guessed. */
@Controller
class VoucherController {

    static final int ATTEMPTS_PER_HOUR = 10;

    private final Vouchers vouchers;
    private final RateLimiter limiter;

    VoucherController(Vouchers vouchers, RateLimiter limiter) {
        this.vouchers = vouchers;
        this.limiter = limiter;
    }

    @PostMapping("/wallet/voucher")
    String redeem(Authentication authentication, @RequestParam(defaultValue = "") String code, HttpServletRequest request,
                  RedirectAttributes redirect) {
        long userId = CurrentUser.id(authentication);
        try {
            limiter.acquire("voucher:user:" + userId, ATTEMPTS_PER_HOUR, Duration.ofHours(1));
            limiter.acquire("voucher:ip:" + request.getRemoteAddr(), ATTEMPTS_PER_HOUR * 3, Duration.ofHours(1));
            if (code.isBlank() || code.length() > 64) {
                throw new Refusal("voucher.invalid");
            }
            vouchers.redeem(userId, code);
            redirect.addFlashAttribute("success", "voucher.redeemed");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
        }
        return "redirect:/wallet";
    }
}
